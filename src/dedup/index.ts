/**
 * Exact and near-duplicate detection and syndication groups, incremental.
 *
 * Each report's normalised text becomes a set of hashed word 5-shingles. Candidate retrieval is
 * sub-linear: a content-defined sample of the shingles (those whose hash has its low bits zero,
 * Broder's "mod-m" sample) goes into an inverted index with capped posting lists, so two texts
 * that share a passage share sampled shingles whatever the rest of their texts, which is what
 * lets containment (a trimmed copy, a copy plus a paragraph) be caught and not only Jaccard.
 * Candidates are then verified on their full shingle sets.
 */
import { createHash } from 'node:crypto';
import { hashId } from '../model/evidence.js';
import { wireCredits } from './credit.js';
import { normalizeText, overlap, shingleHashes, words, type Overlap } from './normalize.js';

export { findRepeatedParagraphs, findRepeatedRuns, paragraphs } from './paragraphs.js';
export type { Paragraph, RepeatedParagraph, RepeatedRun } from './paragraphs.js';
export { normalizeText, shingleHashes, words, overlap, SHINGLE_WORDS } from './normalize.js';
export { wireCredits } from './credit.js';

export interface DedupDoc {
  id: string;
  text: string;
  title?: string | null;
  source?: string | null;
}

export interface DedupResult {
  id: string;
  /** id of the earlier report this one copies (exact or near-duplicate), or null */
  duplicateOf: string | null;
  /** shared by all reports of one origin (wire copy, reprints); distinct for independent ones */
  syndicationGroup: string;
}

/** Sample one shingle in 2^SAMPLE_BITS for the index: 1 in 8 keeps ~35 keys for a 300-word report. */
export const SAMPLE_BITS = 3;
const SAMPLE_MASK = (1 << SAMPLE_BITS) - 1;
/**
 * Posting lists stop growing at this length: a shingle seen in this many reports is boilerplate
 * or a wire story already well represented; the earliest reports (the originals) stay indexed.
 */
export const POSTING_CAP = 48;
/**
 * A candidate is verified when the share of the smaller report's sampled shingles it shares
 * reaches this; well under the group thresholds below to absorb sampling noise.
 */
export const CANDIDATE_SHARE = 0.12;
/** At most this many candidates (best sample counts first) are verified on full shingle sets. */
export const MAX_VERIFY = 12;
/** Near-duplicate: Jaccard of the shingle sets at least this (a reprint with small edits). */
export const DUP_JACCARD = 0.6;
/**
 * Near-duplicate by containment: the smaller text's shingles found in the larger at least this
 * share (a trimmed copy, or a copy with an added paragraph), ...
 */
export const DUP_CONTAINMENT = 0.8;
/** ... provided the smaller text has at least this many shingles (a headline-sized text is not a copy). */
export const DUP_MIN_SHINGLES = 25;
/** Same origin without being a copy: a rewritten wire story keeps at least half its shingles. */
export const GROUP_CONTAINMENT = 0.5;
/** Same origin when both carry the same wire credit: a lower overlap suffices. */
export const CREDIT_GROUP_CONTAINMENT = 0.25;
/** Minimum shared shingles for any syndication link (two shared quotes are not an origin). */
export const GROUP_MIN_SHARED = 15;

interface Entry {
  id: string;
  shingles: Uint32Array;
  sampled: number;
  credits: string[];
  group: string;
  /** arrival index of the report this one duplicates, or -1 */
  dupOf: number;
}

function contentHash(normalizedWords: readonly string[]): string {
  return createHash('sha1').update(normalizedWords.join(' ')).digest('hex');
}

function isNearDuplicate(o: Overlap, a: Uint32Array, b: Uint32Array): boolean {
  if (o.jaccard >= DUP_JACCARD) return true;
  return o.containment >= DUP_CONTAINMENT && Math.min(a.length, b.length) >= DUP_MIN_SHINGLES;
}

/** Incremental duplicate index: add reports one at a time, in arrival order. */
export class DedupIndex {
  private readonly entries: Entry[] = [];
  private readonly exact = new Map<string, number>();
  /** sampled shingle -> arrival indexes (a bare number while there is only one: most shingles) */
  private readonly postings = new Map<number, number | number[]>();
  private readonly results = new Map<string, DedupResult>();
  private counts = new Int32Array(1024);

  /** Number of reports added. */
  get size(): number {
    return this.entries.length;
  }

  /** The result of a report already added, by id. */
  get(id: string): DedupResult | undefined {
    return this.results.get(id);
  }

  add(doc: DedupDoc): DedupResult {
    const ws = words(normalizeText(doc.text));
    const hash = contentHash(ws);
    const shingles = shingleHashes(ws);
    const credits = wireCredits(doc.text, doc.source);
    const idx = this.entries.length;
    const { result, dupOf } = this.decide(doc.id, ws.length, hash, shingles, credits);
    const entry: Entry = { id: doc.id, shingles, sampled: 0, credits, group: result.syndicationGroup, dupOf };
    this.entries.push(entry);
    this.results.set(doc.id, result);
    if (ws.length > 0 && !this.exact.has(hash)) this.exact.set(hash, idx);
    for (const h of shingles) {
      if ((h & SAMPLE_MASK) !== 0) continue;
      entry.sampled++;
      const list = this.postings.get(h);
      if (list === undefined) this.postings.set(h, idx);
      else if (typeof list === 'number') this.postings.set(h, [list, idx]);
      else if (list.length < POSTING_CAP) list.push(idx);
    }
    return result;
  }

  /** The result for a new report, and the arrival index of the report it duplicates (or -1). */
  private decide(id: string, wordCount: number, hash: string, shingles: Uint32Array, credits: string[]): { result: DedupResult; dupOf: number } {
    const own = (): { result: DedupResult; dupOf: number } => ({ result: { id, duplicateOf: null, syndicationGroup: hashId('syn', hash) }, dupOf: -1 });
    if (wordCount === 0) return { result: { id, duplicateOf: null, syndicationGroup: hashId('syn', 'empty', id) }, dupOf: -1 };
    const same = this.exact.get(hash);
    const sameEntry = same === undefined ? undefined : this.entries[same];
    if (same !== undefined && sameEntry) {
      // an exact copy of a near-duplicate copies what that one copies
      const dupOf = sameEntry.dupOf >= 0 ? sameEntry.dupOf : same;
      const target = this.entries[dupOf] ?? sameEntry;
      return { result: { id, duplicateOf: target.id, syndicationGroup: sameEntry.group }, dupOf };
    }

    let sampled = 0;
    // shared sampled shingles per earlier report, counted in a reusable scratch array
    if (this.counts.length < this.entries.length) {
      const grown = new Int32Array(Math.max(this.entries.length, this.counts.length * 2));
      grown.set(this.counts);
      this.counts = grown;
    }
    const touched: number[] = [];
    for (const h of shingles) {
      if ((h & SAMPLE_MASK) !== 0) continue;
      sampled++;
      const list = this.postings.get(h);
      if (list === undefined) continue;
      for (const i of typeof list === 'number' ? [list] : list) {
        if (this.counts[i] === 0) touched.push(i);
        this.counts[i] = (this.counts[i] ?? 0) + 1;
      }
    }
    // rank by estimated containment (shared sample / smaller sample), then by shared sample
    const ranked: [number, number, number][] = [];
    for (const i of touched) {
      const n = this.counts[i] ?? 0;
      this.counts[i] = 0;
      const e = this.entries[i];
      if (!e) continue;
      const share = n / Math.max(1, Math.min(sampled, e.sampled));
      if (share >= CANDIDATE_SHARE) ranked.push([i, share, n]);
    }
    if (ranked.length === 0) return own();
    ranked.sort((x, y) => y[1] - x[1] || y[2] - x[2] || x[0] - y[0]);

    let dup: number | null = null;
    let group: number | null = null;
    // the earliest report it copies is the original; the earliest it shares an origin with
    // gives the syndication group
    for (const [i] of ranked.slice(0, MAX_VERIFY)) {
      const e = this.entries[i];
      if (!e) continue;
      const o = overlap(shingles, e.shingles);
      const copy = isNearDuplicate(o, shingles, e.shingles);
      if (copy && (dup === null || i < dup)) dup = i;
      const credited = credits.some((c) => e.credits.includes(c));
      const sameOrigin = o.shared >= GROUP_MIN_SHARED && (o.containment >= GROUP_CONTAINMENT || (credited && o.containment >= CREDIT_GROUP_CONTAINMENT));
      if ((copy || sameOrigin) && (group === null || i < group)) group = i;
    }
    const dupEntry = dup === null ? undefined : this.entries[dup];
    if (dup !== null && dupEntry) return { result: { id, duplicateOf: dupEntry.id, syndicationGroup: dupEntry.group }, dupOf: dup };
    const groupEntry = group === null ? undefined : this.entries[group];
    if (groupEntry) return { result: { id, duplicateOf: null, syndicationGroup: groupEntry.group }, dupOf: -1 };
    return own();
  }
}

/** Batch form: the results of adding the reports in the given order. */
export function dedup(docs: readonly DedupDoc[]): DedupResult[] {
  const index = new DedupIndex();
  return docs.map((d) => index.add(d));
}
