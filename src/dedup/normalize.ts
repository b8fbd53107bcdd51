/**
 * Text normalisation and shingling shared by document- and paragraph-level duplicate detection.
 * Normalising makes copies that differ only in typography (curly vs straight quotes, en vs em
 * dashes, line breaks, letter case) hash to the same shingles.
 */

/** Quote and dash variants folded onto one ASCII form each. */
const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** Lowercase, NFKC, unified quotes and dashes, collapsed white space. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words of normalised text: runs of letters and digits (punctuation is not part of a shingle). */
const WORD = /[\p{L}\p{N}]+/gu;

export function words(normalized: string): string[] {
  return normalized.match(WORD) ?? [];
}

/** 32-bit FNV-1a of a string. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Final avalanche (murmur3 fmix32) so that low bits of a combined hash are well mixed. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Word shingle length. Five words is the usual choice for news near-duplicates: long enough that
 * two independent articles sharing a quote of a dozen words only share a handful of shingles,
 * short enough that one changed word only breaks five shingles.
 */
export const SHINGLE_WORDS = 5;

/**
 * Hashes of the word k-shingles of a list of words, unique and sorted ascending.
 * A text shorter than k words yields one shingle of all its words (or none when empty).
 */
export function shingleHashes(ws: readonly string[], k: number = SHINGLE_WORDS): Uint32Array {
  if (ws.length === 0) return new Uint32Array(0);
  const th = ws.map(fnv1a);
  const n = Math.max(1, ws.length - k + 1);
  const width = Math.min(k, ws.length);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x9747b28c;
    for (let j = 0; j < width; j++) h = Math.imul(h ^ (th[i + j] ?? 0), 0x5bd1e995) + j;
    out[i] = mix32(h >>> 0);
  }
  out.sort();
  return uniqueSorted(out);
}

function uniqueSorted(a: Uint32Array): Uint32Array {
  if (a.length < 2) return a;
  let w = 1;
  for (let r = 1; r < a.length; r++) if (a[r] !== a[w - 1]) a[w++] = a[r] ?? 0;
  return w === a.length ? a : a.slice(0, w);
}

/** Size of the intersection of two ascending unique arrays. */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Overlap of two shingle sets: Jaccard and containment of the smaller in the larger. */
export interface Overlap {
  shared: number;
  jaccard: number;
  containment: number;
}

export function overlap(a: Uint32Array, b: Uint32Array): Overlap {
  const shared = intersectionSize(a, b);
  const union = a.length + b.length - shared;
  const smaller = Math.min(a.length, b.length);
  return { shared, jaccard: union ? shared / union : 0, containment: smaller ? shared / smaller : 0 };
}
