import { normalizeText, overlap, shingleHashes, words } from './normalize.js';

/** A paragraph of a text: offsets are JavaScript string indices into the text. */
export interface Paragraph {
  start: number;
  end: number;
}

/** One paragraph that repeats an earlier one of the same text. */
export interface RepeatedParagraph {
  start: number;
  end: number;
  /** start offset of the earlier paragraph it repeats */
  of: number;
  /** end offset of the earlier paragraph */
  ofEnd: number;
}

/** A maximal run of consecutive repeated paragraphs (e.g. a page that prints its article twice). */
export interface RepeatedRun {
  start: number;
  end: number;
  of: number;
  ofEnd: number;
  paragraphs: number;
}

/**
 * Paragraph repeats are near-duplicates when their shingle sets overlap this much (Jaccard).
 * 0.8 tolerates a changed word or two in a paragraph of a few sentences, yet two different
 * paragraphs that share one quote stay far below it.
 */
export const PARAGRAPH_JACCARD = 0.8;
/** Paragraphs shorter than this (in words) only count when their normalised text is identical. */
export const PARAGRAPH_MIN_WORDS = 8;
/**
 * Shingle length inside paragraphs: shorter than the document-level five words because a
 * paragraph has few shingles and one change would break a large share of them.
 */
const PARAGRAPH_SHINGLE_WORDS = 3;

/** Splits a text into non-blank lines (news text keeps one paragraph per line). */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = (m.index ?? 0) + lead;
    out.push({ start, end: start + trimmed.length });
  }
  return out;
}

/**
 * Paragraphs that repeat an earlier paragraph of the same text (exactly after normalisation, or
 * near-exactly). Each repeated paragraph points at its first occurrence.
 */
export function findRepeatedParagraphs(text: string): RepeatedParagraph[] {
  const paras = paragraphs(text);
  const exact = new Map<string, Paragraph>();
  const seen: { p: Paragraph; shingles: Uint32Array }[] = [];
  const byShingle = new Map<number, number[]>();
  const out: RepeatedParagraph[] = [];
  for (const p of paras) {
    const norm = normalizeText(text.slice(p.start, p.end));
    const ws = words(norm);
    const key = ws.join(' ');
    if (!key) continue;
    const first = exact.get(key);
    if (first) {
      out.push({ start: p.start, end: p.end, of: first.start, ofEnd: first.end });
      continue;
    }
    exact.set(key, p);
    if (ws.length < PARAGRAPH_MIN_WORDS) continue;
    const shingles = shingleHashes(ws, PARAGRAPH_SHINGLE_WORDS);
    const counts = new Map<number, number>();
    for (const h of shingles) for (const i of byShingle.get(h) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
    let best: number | null = null;
    let bestJ = 0;
    for (const [i] of counts) {
      const other = seen[i];
      if (!other) continue;
      const { jaccard } = overlap(shingles, other.shingles);
      if (jaccard >= PARAGRAPH_JACCARD && jaccard > bestJ) {
        best = i;
        bestJ = jaccard;
      }
    }
    const match = best === null ? undefined : seen[best];
    if (match) {
      out.push({ start: p.start, end: p.end, of: match.p.start, ofEnd: match.p.end });
      continue;
    }
    const idx = seen.length;
    seen.push({ p, shingles });
    for (const h of shingles) {
      const list = byShingle.get(h);
      if (list) list.push(idx);
      else byShingle.set(h, [idx]);
    }
  }
  return out;
}

/** Merges consecutive repeated paragraphs that repeat consecutive earlier ones into runs. */
export function findRepeatedRuns(text: string): RepeatedRun[] {
  const reps = findRepeatedParagraphs(text);
  const runs: RepeatedRun[] = [];
  for (const r of reps) {
    const last = runs[runs.length - 1];
    const between = last ? text.slice(last.end, r.start) : '';
    if (last && !between.trim() && r.of >= last.ofEnd && !text.slice(last.ofEnd, r.of).trim()) {
      last.end = r.end;
      last.ofEnd = r.ofEnd;
      last.paragraphs++;
    } else runs.push({ start: r.start, end: r.end, of: r.of, ofEnd: r.ofEnd, paragraphs: 1 });
  }
  return runs;
}
