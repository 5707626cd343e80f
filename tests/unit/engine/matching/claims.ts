/**
 * Hand-made claims for matcher tests: quantities are located by their text in the claim, terms are
 * the claim's content words, entities are given by type and name.
 */
import { entityIdFor } from '../../../../lib/engine/entity-resolution';
import { isStopWord, lightStem, words } from '../../../../lib/engine/terms';
import type { ArticleTopic, EntityType, MatchableClaim, Quantity } from '../../../../lib/engine/types';

export interface QuantitySpec {
  text: string;
  kind: Quantity['kind'];
  value: number;
  unit?: string;
  bound?: Quantity['bound'];
  role?: Quantity['role'];
}

export const person = (name: string) => entityIdFor('person', name.toLowerCase());
export const place = (name: string) => entityIdFor('place', name.toLowerCase());
export const org = (name: string) => entityIdFor('organization', name.toLowerCase());

const DEFAULT_UNITS: Record<Quantity['kind'], string> = { duration: 's', date: 'md', time: 'min', count: '', money: 'USD', percent: '%', measure: 'm' };

export function matchable(
  id: string,
  text: string,
  options: { quantities?: QuantitySpec[]; entities?: string[]; context?: string[]; topic?: ArticleTopic; offset?: number } = {},
): MatchableClaim {
  const offset = options.offset ?? 0;
  const quantities = (options.quantities ?? []).map((q): Quantity => {
    const at = text.indexOf(q.text);
    if (at < 0) throw new Error(`"${q.text}" is not in "${text}"`);
    return {
      kind: q.kind,
      value: q.value,
      unit: q.unit ?? DEFAULT_UNITS[q.kind],
      text: q.text,
      start: offset + at,
      end: offset + at + q.text.length,
      bound: q.bound ?? 'exact',
      role: q.role ?? 'actual',
    };
  });
  return {
    id,
    sourceId: id.split('#')[0] ?? id,
    text,
    quantities,
    entityIds: options.entities ?? [],
    terms: [...new Set(words(text).map((w) => w.norm).filter((w) => !isStopWord(w)).map(lightStem))],
    contextEntityIds: options.context,
    topic: options.topic,
  };
}

type Kinded = [EntityType, string];
export const ids = (...entities: Kinded[]) => entities.map(([type, name]) => entityIdFor(type, name.toLowerCase()));
