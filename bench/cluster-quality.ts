/**
 * Story clustering quality on ../shared/data/ecbplus-dev: B-cubed (and pairwise) scores from the
 * official scorer (../shared/tools/score-clusters.mjs) on PRED files written for shuffled input
 * orders, for our clusterer and a plain TF-IDF single-pass baseline.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cluster, type ClusterDoc, type ClusterOptions } from '../src/cluster/index.js';
import { STOPWORDS } from '../src/cluster/data/lexicon.js';

export const SHARED = resolve(process.cwd(), '../shared');
export const ECB_DOCS = join(SHARED, 'data/ecbplus-dev/docs.jsonl');
const SCORER = join(SHARED, 'tools/score-clusters.mjs');

export interface GoldDoc extends ClusterDoc {
  story: string;
  topic: number;
}

export function loadEcb(): GoldDoc[] | null {
  if (!existsSync(ECB_DOCS)) return null;
  return readFileSync(ECB_DOCS, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldDoc);
}

/** Deterministic PRNG (mulberry32) so that every shuffle and synthetic corpus is reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const r = rng(seed);
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    const tmp = a[i] as T;
    a[i] = a[j] as T;
    a[j] = tmp;
  }
  return a;
}

export interface Scores {
  pairwise: { precision: number; recall: number; f1: number };
  bcubed: { precision: number; recall: number; f1: number };
  ari: number;
  predictedClusters: number;
}

/** Runs the official scorer on a PRED file. */
export function score(pred: { id: string; story: string }[], dir: string): Scores {
  const path = join(dir, 'pred.jsonl');
  writeFileSync(path, pred.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const r = spawnSync(process.execPath, [SCORER, ECB_DOCS, path, '--json'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`score-clusters failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Scores;
}

/** The baseline: lowercase bag of words, TF-IDF with running document frequencies, single pass. */
export function plainTfidf(docs: readonly ClusterDoc[], threshold: number): { id: string; story: string }[] {
  const df = new Map<string, number>();
  const centroids: Map<string, number>[] = [];
  const out: { id: string; story: string }[] = [];
  let n = 0;
  for (const d of docs) {
    n++;
    const tf = new Map<string, number>();
    for (const w of `${d.title ?? ''} ${d.text}`.toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? []) {
      if (w.length < 3 || STOPWORDS.has(w)) continue;
      tf.set(w, (tf.get(w) ?? 0) + 1);
    }
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    const v = new Map<string, number>();
    let sq = 0;
    for (const [t, f] of tf) {
      const w = (1 + Math.log(f)) * (Math.log((n + 1) / ((df.get(t) ?? 0) + 1)) + 1);
      v.set(t, w);
      sq += w * w;
    }
    const norm = Math.sqrt(sq) || 1;
    let best = -1;
    let bestSim = 0;
    centroids.forEach((c, i) => {
      let dot = 0;
      let csq = 0;
      for (const [, w] of c) csq += w * w;
      for (const [t, w] of v) dot += (w / norm) * (c.get(t) ?? 0);
      const sim = csq ? dot / Math.sqrt(csq) : 0;
      if (sim > bestSim) {
        bestSim = sim;
        best = i;
      }
    });
    let target = best >= 0 && bestSim >= threshold ? best : -1;
    if (target < 0) {
      target = centroids.length;
      centroids.push(new Map());
    }
    const c = centroids[target] ?? new Map<string, number>();
    for (const [t, w] of v) c.set(t, (c.get(t) ?? 0) + w / norm);
    out.push({ id: d.id, story: `s${target}` });
  }
  return out;
}

export const SEEDS = [1, 2, 3, 4, 5];
/** Ten more orders, reported as a mean: the spread between input orders is part of the result. */
export const MORE_SEEDS = [6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
/** Thresholds tried for the baseline; its best mean F1 is reported (a generous baseline). */
export const BASELINE_THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35];

export function evaluate(docs: readonly GoldDoc[], options: Partial<ClusterOptions>, dir: string, seeds: readonly number[] = SEEDS): Scores[] {
  return seeds.map((seed) => score(cluster(shuffled(docs, seed), options), dir));
}

export function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'triangulate-bench-'));
}
