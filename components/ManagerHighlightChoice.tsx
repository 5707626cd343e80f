import { readHighlightChoice, type HighlightChoice } from '../lib/highlight/painter';
import type { SettingHandle } from '../lib/ui/setting-port';
import { ChoiceOption } from './ChoiceOption';

const CLAIMS: { claims: HighlightChoice['claims']; label: string; hint: string }[] = [
  { claims: 'reported', label: 'Every claim other sources report', hint: 'Conflicts strongest, then agreements, then claims other sources only discuss.' },
  { claims: 'conflicts', label: 'Only conflicts', hint: 'The quietest page: just the claims another source contradicts.' },
];

/** What pages are painted with; open pages change at once, without being read again. */
export function ManagerHighlightChoice({ choice }: { choice: SettingHandle<HighlightChoice> }) {
  const current = choice.value === undefined ? undefined : readHighlightChoice(choice.value);
  const set = (change: Partial<HighlightChoice>) => current && void choice.set({ ...current, ...change });
  return (
    <fieldset class="cl-radios cl-highlight-choice" disabled={current === undefined}>
      <legend>What pages show</legend>
      <ChoiceOption label="Underline names" hint="People, places and organisations, faintly; a click shows what other sources say of them.">
        <input type="checkbox" checked={current?.names ?? false} onChange={(event) => set({ names: event.currentTarget.checked })} data-testid="manager-highlight-names" />
      </ChoiceOption>
      {CLAIMS.map(({ claims, label, hint }) => (
        <ChoiceOption key={claims} label={label} hint={hint}>
          <input type="radio" name="highlight-claims" value={claims} checked={current?.claims === claims} onChange={() => set({ claims })} data-testid={`manager-highlight-claims-${claims}`} />
        </ChoiceOption>
      ))}
      {choice.error && (
        <p class="cl-error" role="alert">
          {choice.error}
        </p>
      )}
    </fieldset>
  );
}
