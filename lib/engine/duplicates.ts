/**
 * Near-duplicate detection: MinHash over word shingles, with LSH band keys for an index.
 *
 * A sketch is `[distinctShingles, min_0, …, min_{HASHES-1}]`. The shingle count travels with the
 * minima because a repost wraps the same story in other boilerplate: the two shingle sets differ
 * in size, so Jaccard similarity understates the copy while containment (shared shingles over the
 * smaller set) does not, and containment can only be estimated from Jaccard with both set sizes.
 */
import { FNV_OFFSET, fnvStep, mix32 } from './hash';
import { isWordChar } from './text';

const SHINGLE_WORDS = 5;
const HASHES = 96;
/**
 * Two rows per band: a pair whose Jaccard is only 0.25 (a copy inside twice its size of
 * boilerplate) still shares a band with probability 0.95; candidates are verified afterwards.
 */
const ROWS_PER_BAND = 2;
/** Below this many shingles a text is too short to call anything a copy of it. */
const MIN_SHINGLES = 30;
/** Share of the smaller text found in the larger one for the two to count as copies. */
const DUPLICATE_CONTAINMENT = 0.5;
/** A short text quoted inside a much longer one is a quotation, not a copy of that page. */
const MIN_SIZE_RATIO = 0.2;

const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => mix32(0x9e3779b9 + i * 0x632be5ab));

/**
 * `hash32` of every word of the text, folded (diacritics dropped, lower case), hashed as it is
 * read rather than cut out of the text first: a long text has thousands of words.
 */
function wordHashes(text: string): number[] {
  const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  const hashes: number[] = [];
  let h = 0;
  let inWord = false;
  for (let i = 0; i < folded.length; i++) {
    const codePoint = folded.codePointAt(i)!;
    const units = codePoint > 0xffff ? 2 : 1;
    if (isWordChar(codePoint)) {
      if (!inWord) h = FNV_OFFSET;
      inWord = true;
      for (let u = 0; u < units; u++) h = fnvStep(h, folded.charCodeAt(i + u));
    } else if (inWord) {
      hashes.push(mix32(h));
      inWord = false;
    }
    i += units - 1;
  }
  if (inWord) hashes.push(mix32(h));
  return hashes;
}

function shingleHashes(text: string): Set<number> {
  const hashes = wordHashes(text);
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= hashes.length; i++) {
    let h = 0;
    for (let j = 0; j < SHINGLE_WORDS; j++) h = mix32(Math.imul(h, 31) + (hashes[i + j] ?? 0));
    shingles.add(h);
  }
  return shingles;
}

/** The near-duplicate sketch of a text (see the module comment for its layout). */
export function sketchText(text: string): number[] {
  const shingles = shingleHashes(text);
  if (shingles.size === 0) return [0];
  // Typed arrays keep the 96 minima per shingle, the engine's hottest loop, free of bounds and
  // hole checks. The hash function is read into a local once: V8 runs the loop markedly faster
  // than when it reads the imported binding again on each of its calls.
  const mix = mix32;
  const minima = new Uint32Array(HASHES).fill(0xffffffff);
  for (const s of shingles) {
    for (let i = 0; i < HASHES; i++) {
      const v = mix(s ^ SEEDS[i]!);
      if (v < minima[i]!) minima[i] = v;
    }
  }
  return [shingles.size, ...minima];
}

function shingleCount(sketch: readonly number[]): number {
  return sketch[0] ?? 0;
}

function hasMinima(sketch: readonly number[]): boolean {
  return sketch.length === HASHES + 1 && shingleCount(sketch) > 0;
}

/** LSH band keys: two sketches that share one are candidates for a near-duplicate check. */
export function sketchBandKeys(sketch: readonly number[]): string[] {
  if (!hasMinima(sketch) || shingleCount(sketch) < MIN_SHINGLES) return [];
  const keys: string[] = [];
  for (let band = 0; band * ROWS_PER_BAND < HASHES; band++) {
    let h = band;
    for (let r = 0; r < ROWS_PER_BAND; r++) h = mix32(h ^ (sketch[1 + band * ROWS_PER_BAND + r] ?? 0));
    keys.push(`${band.toString(36)}.${h.toString(36)}`);
  }
  return keys;
}

export interface SketchSimilarity {
  /** Estimated Jaccard similarity of the two shingle sets. */
  jaccard: number;
  /** Estimated share of the smaller text's shingles that also occur in the larger one. */
  containment: number;
}

export function sketchSimilarity(a: readonly number[], b: readonly number[]): SketchSimilarity {
  if (!hasMinima(a) || !hasMinima(b)) return { jaccard: 0, containment: 0 };
  let equal = 0;
  for (let i = 1; i <= HASHES; i++) if (a[i] === b[i]) equal++;
  const jaccard = equal / HASHES;
  const sizeA = shingleCount(a);
  const sizeB = shingleCount(b);
  const shared = (jaccard * (sizeA + sizeB)) / (1 + jaccard);
  return { jaccard, containment: Math.min(1, shared / Math.min(sizeA, sizeB)) };
}

/**
 * The similarity reported for a pair of documents when one is a copy of the other, or `null` when
 * they are not copies.
 */
export function duplicateSimilarity(a: readonly number[], b: readonly number[]): number | null {
  const sizeA = shingleCount(a);
  const sizeB = shingleCount(b);
  if (Math.min(sizeA, sizeB) < MIN_SHINGLES) return null;
  if (Math.min(sizeA, sizeB) / Math.max(sizeA, sizeB) < MIN_SIZE_RATIO) return null;
  const { containment } = sketchSimilarity(a, b);
  return containment >= DUPLICATE_CONTAINMENT ? containment : null;
}
