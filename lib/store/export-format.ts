/**
 * The store file: the whole store as one JSON document, documented in docs/store-format.md.
 *
 *   { "format": "crosslight-store", "version": 2, "exportedAt": "<ISO 8601>",
 *     "sources": [...], "entities": [...], "claims": [...], "mentions": [...], "matches": [...],
 *     "blockedKeys": [...] }
 *
 * Each record is checked against these schemas before anything is written. Version 1 files (made
 * before "not an entity" existed) have no `blockedKeys`; they are upgraded by `upgradeHeader`.
 */
import * as z from 'zod/mini';
import { MAX_PAGE_TEXT } from '../messages';

export const STORE_FORMAT = 'crosslight-store';
export const STORE_FORMAT_VERSION = 2;
export const OLDEST_FORMAT_VERSION = 1;

/** Largest file accepted, checked before a byte is parsed. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;
/** Largest string field other than an article's text: a quote, a name, a URL. */
export const MAX_FIELD_CHARS = 65_536;
/** Longest list inside one record (keys, terms, aliases, sketch values). */
export const MAX_LIST = 10_000;

const text = z.string().check(z.maxLength(MAX_FIELD_CHARS));
const id = z.string().check(z.minLength(1), z.maxLength(2048));
const list = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.maxLength(MAX_LIST));
const count = z.int().check(z.gte(0));
const offset = z.int().check(z.gte(0), z.lte(MAX_PAGE_TEXT));
const finite = z.number().check(z.refine(Number.isFinite, 'expected a finite number'));

const selector = z.strictObject({ exact: text, prefix: text, suffix: text });
const position = z.strictObject({ start: offset, end: offset });
const entityType = z.enum(['person', 'place', 'organization']);

const quantity = z.strictObject({
  kind: z.enum(['duration', 'date', 'time', 'count', 'money', 'percent', 'measure']),
  value: finite,
  unit: text,
  text,
  start: offset,
  end: offset,
  bound: z.enum(['exact', 'approx', 'atLeast', 'atMost']),
  role: z.enum(['actual', 'planned']),
});

export const sourceSchema = z.strictObject({
  id,
  url: text,
  urls: list(text),
  title: text,
  site: text,
  byline: text,
  published: text,
  addedAt: finite,
  language: text,
  wordCount: count,
  text: z.string().check(z.maxLength(MAX_PAGE_TEXT)),
  sketchKeys: list(text),
  sketch: list(finite),
  duplicateOf: list(id),
  claimCount: count,
  conflictCount: count,
  leadEntityIds: z.optional(list(id)),
  topic: z.optional(z.strictObject({ places: list(text), terms: list(text) })),
});

export const claimSchema = z.strictObject({
  id,
  sourceId: id,
  index: count,
  text,
  selector,
  position,
  quantities: list(quantity),
  entityIds: list(id),
  terms: list(text),
  keys: list(text),
});

export const entitySchema = z.strictObject({
  id,
  name: text,
  type: entityType,
  aliases: list(text),
  keys: list(text),
  mentionCount: count,
});

export const mentionSchema = z.strictObject({ id, sourceId: id, entityId: id, selector, position });

export const matchSchema = z.strictObject({
  id,
  a: id,
  b: id,
  sourceA: id,
  sourceB: id,
  relation: z.enum(['agrees', 'conflicts', 'related']),
  score: finite,
  note: text,
});

export const blockedKeySchema = z.strictObject({ key: id, name: text, blockedAt: finite });

/** The record lists of a file, in the order they are written (referenced records first). */
export const SECTIONS = ['sources', 'entities', 'claims', 'mentions', 'matches', 'blockedKeys'] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTION_SCHEMAS = {
  sources: sourceSchema,
  entities: entitySchema,
  claims: claimSchema,
  mentions: mentionSchema,
  matches: matchSchema,
  blockedKeys: blockedKeySchema,
} as const;

export type SectionRecord<S extends Section> = z.infer<(typeof SECTION_SCHEMAS)[S]>;

/** The sections each version has. */
export const VERSION_SECTIONS: Record<number, readonly Section[]> = {
  1: ['sources', 'entities', 'claims', 'mentions', 'matches'],
  2: SECTIONS,
};

export const headerSchema = z.strictObject({
  format: z.literal(STORE_FORMAT),
  version: z.int().check(z.gte(OLDEST_FORMAT_VERSION), z.lte(STORE_FORMAT_VERSION)),
  exportedAt: z.string().check(z.maxLength(64)),
});
export type StoreFileHeader = z.infer<typeof headerSchema>;

/** `claims[17].quantities[0].value` */
export function placeOf(section: string, index: number | null, path: readonly PropertyKey[] = []): string {
  let place = index === null ? section : `${section}[${index}]`;
  for (const step of path) place += typeof step === 'number' ? `[${step}]` : `.${String(step)}`;
  return place;
}

/** zod/mini carries no messages of its own: problems are worded by its English locale. */
export const ENGLISH_ERRORS = { error: z.locales.en().localeError };

/** Each problem zod found in one record, as `place: message`. */
export function recordProblems(section: Section, index: number, value: unknown): string[] {
  const result = SECTION_SCHEMAS[section].safeParse(value, ENGLISH_ERRORS);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${placeOf(section, index, issue.path)}: ${issue.message}`);
}
