/**
 * Small, stable, non-cryptographic string hashes. Ids and index keys derived from them must be
 * identical in every context (service worker, CLI, tests), so nothing here depends on the
 * platform or on randomness.
 */

/** Murmur3's finaliser: spreads the bits of a 32-bit integer so that near inputs land far apart. */
export function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Where an FNV-1a hash starts. */
export const FNV_OFFSET = 0x811c9dc5;

/** One FNV-1a step: the hash so far, followed by one more UTF-16 code unit. */
export function fnvStep(h: number, codeUnit: number): number {
  return Math.imul(h ^ codeUnit, 0x01000193);
}

/** 32-bit FNV-1a over UTF-16 code units, finalised with `mix32`. */
export function hash32(text: string, seed = 0): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = fnvStep(h, text.charCodeAt(i));
  return mix32(h);
}

/**
 * A 53-bit hash (cyrb53) as a short base-36 string: collisions stay negligible for the millions
 * of ids a store can hold, where 32 bits would already collide at tens of thousands.
 */
export function hashString(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
