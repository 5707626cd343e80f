/**
 * Reads a store file piece by piece: the text arrives in chunks (from a file stream) and each
 * record is cut out and parsed on its own as soon as it is complete. The whole file is never one
 * string and never one parsed object, which keeps an import of 100,000 claims within a small
 * multiple of the records' own size. Anything that is not well-formed JSON of the expected shape
 * (including a file cut off before its end) is reported with its place in the file.
 */
import { SECTIONS, placeOf, type Section } from './export-format';

/** Characters per piece when the file is given as a string. */
const TEXT_CHUNK = 1 << 20;

/** The file's text in pieces, with the share read so far. */
export async function* pieces(input: Blob | string): AsyncGenerator<{ text: string; done: number }> {
  if (typeof input === 'string') {
    for (let at = 0; at < input.length; at += TEXT_CHUNK) yield { text: input.slice(at, at + TEXT_CHUNK), done: Math.min(input.length, at + TEXT_CHUNK) };
    return;
  }
  const reader = input.stream().getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let done = 0;
  for (;;) {
    const next = await reader.read();
    if (next.done) break;
    done += next.value.byteLength;
    yield { text: decoder.decode(next.value, { stream: true }), done };
  }
  yield { text: decoder.decode(), done };
}

/** Keys that would reach an object's prototype if a record were ever copied carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface StoreFileEvents {
  header(key: string, value: unknown): void;
  /** A list of records begins. */
  section(section: Section): void;
  record(section: Section, index: number, value: unknown): void;
  /** Problems in the file's structure; after a fatal one, nothing more is read. */
  problem(message: string): void;
}

type State = 'start' | 'key' | 'colon' | 'value' | 'afterValue' | 'arrayStart' | 'element' | 'afterElement' | 'end' | 'failed';

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const isSection = (key: string): key is Section => (SECTIONS as readonly string[]).includes(key);

/** The first key at any depth that must not appear in a record, with its path (built only when one is found). */
export function forbiddenKey(value: unknown): PropertyKey[] | null {
  if (typeof value !== 'object' || value === null) return null;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return [key];
    const found = forbiddenKey((value as Record<string, unknown>)[key]);
    if (found) return [Array.isArray(value) ? Number(key) : key, ...found];
  }
  return null;
}

export class StoreFileReader {
  private buf = '';
  private pos = 0;
  /** Characters already dropped from `buf`, to report places as offsets into the file. */
  private dropped = 0;
  private state: State = 'start';
  private key = '';
  private section: Section | null = null;
  private index = 0;
  private readonly seen = new Set<string>();
  // A value being cut out: where it starts in `buf`, how far it was scanned, and the scan state.
  private valueStart = -1;
  private scanned = 0;
  private depth = 0;
  private inString = false;

  /**
   * `checked`: the text was read and checked before (an import's second reading), so records are
   * parsed without looking for forbidden keys again.
   */
  constructor(
    private readonly events: StoreFileEvents,
    private readonly options: { checked?: boolean } = {},
  ) {}

  get failed(): boolean {
    return this.state === 'failed';
  }

  feed(chunk: string): void {
    if (this.state === 'failed') return;
    this.buf = this.buf.slice(this.valueStart >= 0 ? this.valueStart : this.pos) + chunk;
    const shift = (this.valueStart >= 0 ? this.valueStart : this.pos);
    this.dropped += shift;
    this.pos -= shift;
    if (this.valueStart >= 0) {
      this.scanned -= shift;
      this.valueStart = 0;
    }
    this.run();
  }

  /** Called after the last chunk: a file that stops before its closing brace is cut off. */
  end(): void {
    if (this.state === 'failed') return;
    if (this.valueStart >= 0 || this.state !== 'end') {
      this.fail(`The file ends too early, ${this.where()}: it was cut off or is incomplete.`);
      return;
    }
    if (this.buf.slice(this.pos).trim()) this.fail(`Unexpected text after the end of the file's JSON, at character ${this.dropped + this.pos}.`);
  }

  private where(): string {
    if (this.section !== null) return `in ${placeOf(this.section, this.index)}`;
    return this.key ? `after "${this.key.slice(0, 40)}"` : 'at the start';
  }

  private fail(message: string): void {
    this.state = 'failed';
    this.events.problem(message);
  }

  private unexpected(): void {
    const char = this.buf[this.pos] ?? '';
    this.fail(`Not a Crosslight store file: unexpected ${JSON.stringify(char)} at character ${this.dropped + this.pos}, ${this.where()}.`);
  }

  private skipWhitespace(): boolean {
    while (this.pos < this.buf.length && WHITESPACE.has(this.buf.charCodeAt(this.pos))) this.pos++;
    return this.pos < this.buf.length;
  }

  private run(): void {
    while (this.state !== 'failed') {
      if (this.valueStart >= 0) {
        const end = this.scanValue();
        if (end < 0) return;
        const raw = this.buf.slice(this.valueStart, end);
        this.valueStart = -1;
        this.pos = end;
        this.take(raw);
        continue;
      }
      if (!this.skipWhitespace()) return;
      const c = this.buf[this.pos]!;
      switch (this.state) {
        case 'start':
          if (c !== '{') return this.unexpected();
          this.pos++;
          this.state = 'key';
          break;
        case 'key':
          if (c === '}') {
            this.pos++;
            this.state = 'end';
          } else if (c === '"') this.startValue();
          else return this.unexpected();
          break;
        case 'colon':
          if (c !== ':') return this.unexpected();
          this.pos++;
          this.state = isSection(this.key) ? 'arrayStart' : 'value';
          break;
        case 'value':
          this.startValue();
          break;
        case 'arrayStart':
          if (c !== '[') return this.fail(`${this.key}: expected a list of records.`);
          this.pos++;
          this.section = this.key as Section;
          this.index = 0;
          this.events.section(this.section);
          this.state = 'element';
          break;
        case 'element':
          if (c === ']' && this.index === 0) this.closeArray();
          else this.startValue();
          break;
        case 'afterElement':
          if (c === ',') {
            this.pos++;
            this.index++;
            this.state = 'element';
          } else if (c === ']') this.closeArray();
          else return this.unexpected();
          break;
        case 'afterValue':
          if (c === ',') {
            this.pos++;
            this.state = 'key';
          } else if (c === '}') {
            this.pos++;
            this.state = 'end';
          } else return this.unexpected();
          break;
        case 'end':
          return this.unexpected();
      }
    }
  }

  private closeArray(): void {
    this.pos++;
    this.section = null;
    this.state = 'afterValue';
  }

  private startValue(): void {
    this.valueStart = this.pos;
    this.scanned = this.pos;
    this.depth = 0;
    this.inString = false;
  }

  /** Scans on from where the last chunk ended; the end of the value, or -1 when it is not complete yet. */
  private scanValue(): number {
    const { buf } = this;
    let i = this.scanned;
    while (i < buf.length) {
      if (this.inString) {
        const quote = buf.indexOf('"', i);
        if (quote < 0) {
          i = buf.length;
          break;
        }
        let slashes = 0;
        for (let j = quote - 1; buf.charCodeAt(j) === 0x5c; j--) slashes++;
        i = quote + 1;
        if (slashes % 2 === 1) continue;
        this.inString = false;
        if (this.depth === 0) return i;
        continue;
      }
      const c = buf.charCodeAt(i);
      if (c === 0x22) this.inString = true;
      else if (c === 0x7b || c === 0x5b) this.depth++;
      else if (c === 0x7d || c === 0x5d) {
        if (this.depth === 0) return i;
        if (--this.depth === 0) return i + 1;
      } else if (this.depth === 0 && (c === 0x2c || c === 0x3a || WHITESPACE.has(c))) return i;
      i++;
    }
    // Escapes are judged by looking back from each quote, over text kept since the value began,
    // so a chunk boundary inside an escape needs no special case.
    this.scanned = i;
    return -1;
  }

  private take(raw: string): void {
    const place = this.section !== null ? placeOf(this.section, this.index) : this.state === 'key' ? 'a section name' : this.key;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      this.fail(`${place}: not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
      return;
    }
    if (this.state === 'key') {
      if (typeof value !== 'string') return this.unexpected();
      if (this.seen.has(value)) return this.fail(`"${value.slice(0, 40)}" appears twice in the file.`);
      this.seen.add(value);
      this.key = value;
      this.state = 'colon';
      return;
    }
    const forbidden = this.options.checked ? null : forbiddenKey(value);
    if (forbidden) {
      this.events.problem(`${placeOf(place, null, forbidden.slice(0, -1))}: the key "${String(forbidden[forbidden.length - 1])}" is not allowed in a store file.`);
    } else if (this.section !== null) {
      this.events.record(this.section, this.index, value);
    } else {
      this.events.header(this.key, value);
    }
    this.state = this.section !== null ? 'afterElement' : 'afterValue';
  }
}
