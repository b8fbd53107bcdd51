/**
 * `npm run bench:cluster`: prints four tables.
 *  (1) Story clustering on ../shared/data/ecbplus-dev in shuffled orders (several seeds), scored
 *      by the official ../shared/tools/score-clusters.mjs: ours and a plain TF-IDF single-pass
 *      baseline (its best threshold).
 *  (2) Scale: dedup + cluster over seeded synthetic streams of 1k, 10k and 100k reports, one
 *      core, each size in its own process: time, reports/s and peak memory.
 *  (3) Near-duplicate quality on a labelled synthetic set (see bench/neardup.ts).
 *  (4) Dated reports: our labelled multi-outlet stories as one corpus (see bench/cluster-dated.ts).
 * usage: node dist/bench/cluster.js [--sizes 1000,10000,100000] [--skip-scale]
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BASELINE_THRESHOLDS, MORE_SEEDS, SEEDS, evaluate, loadEcb, plainTfidf, score, shuffled, tmp, type Scores } from './cluster-quality.js';
import { neardupTable } from './neardup.js';
import { datedTable, LATER_SETS } from './cluster-dated.js';
import type { ScaleResult } from './cluster-scale.js';

const args = process.argv.slice(2);
const sizesArg = args[args.indexOf('--sizes') + 1];
const SIZES = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [1000, 10000, 100000];
const f4 = (x: number): string => x.toFixed(4);

function qualityTable(): string[] {
  const docs = loadEcb();
  if (!docs) return ['ecbplus-dev absent: clustering quality skipped'];
  const dir = tmp();
  const ours = evaluate(docs, {}, dir);
  let baseline: { threshold: number; scores: Scores[] } | null = null;
  for (const threshold of BASELINE_THRESHOLDS) {
    const scores = SEEDS.map((seed) => score(plainTfidf(shuffled(docs, seed), threshold), dir));
    const mean = scores.reduce((a, s) => a + s.bcubed.f1, 0) / scores.length;
    const best = baseline ? baseline.scores.reduce((a, s) => a + s.bcubed.f1, 0) / baseline.scores.length : -1;
    if (mean > best) baseline = { threshold, scores };
  }
  const lines = [
    `### (1) ecbplus-dev (${docs.length} articles, ${new Set(docs.map((d) => d.story)).size} events), shuffled input, official scorer`,
    '',
    '| system | seed | B3 P | B3 R | B3 F1 | pairwise F1 | ARI | stories |',
    '|---|---|---|---|---|---|---|---|',
  ];
  const rows = (name: string, scores: Scores[]): void => {
    scores.forEach((s, i) =>
      lines.push(`| ${name} | ${SEEDS[i]} | ${f4(s.bcubed.precision)} | ${f4(s.bcubed.recall)} | ${f4(s.bcubed.f1)} | ${f4(s.pairwise.f1)} | ${f4(s.ari)} | ${s.predictedClusters} |`),
    );
    const m = (g: (s: Scores) => number): string => f4(scores.reduce((a, s) => a + g(s), 0) / scores.length);
    lines.push(`| **${name}** | mean | ${m((s) => s.bcubed.precision)} | ${m((s) => s.bcubed.recall)} | **${m((s) => s.bcubed.f1)}** | ${m((s) => s.pairwise.f1)} | ${m((s) => s.ari)} | |`);
  };
  rows('triangulate', ours);
  if (baseline) rows(`plain TF-IDF (t=${baseline.threshold})`, baseline.scores);
  const more = evaluate(docs, {}, dir, MORE_SEEDS);
  const m = (g: (s: Scores) => number): string => f4(more.reduce((a, s) => a + g(s), 0) / more.length);
  const f1s = more.map((s) => s.bcubed.f1);
  lines.push(
    `| triangulate | ${MORE_SEEDS[0]}–${MORE_SEEDS[MORE_SEEDS.length - 1]} (mean; F1 ${f4(Math.min(...f1s))}–${f4(Math.max(...f1s))}) | ${m((s) => s.bcubed.precision)} | ${m((s) => s.bcubed.recall)} | ${m((s) => s.bcubed.f1)} | ${m((s) => s.pairwise.f1)} | ${m((s) => s.ari)} | |`,
  );
  return lines;
}

function scaleTable(): string[] {
  const script = fileURLToPath(new URL('./cluster-scale.js', import.meta.url));
  const lines = [
    '### (2) Scale: dedup + cluster, synthetic streams (20% reprints, ~12 reports per event), one process per size',
    '',
    '| reports | events | wall s | CPU s | reports/s (wall) | reports/s (CPU) | peak RSS MB | peak heap MB | duplicates | stories |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const size of SIZES) {
    const r = spawnSync(process.execPath, [script, String(size)], { encoding: 'utf8' });
    const out = r.stdout.trim().split('\n').pop() ?? '';
    let res: ScaleResult | { error: string };
    try {
      res = JSON.parse(out) as ScaleResult | { error: string };
    } catch {
      res = { error: r.stderr.trim().split('\n').pop() ?? 'no output' };
    }
    if ('error' in res) {
      lines.push(`| ${size} | ${res.error} |`);
      continue;
    }
    lines.push(
      `| ${res.size} | ${res.events} | ${res.seconds.toFixed(1)} | ${res.cpuSeconds.toFixed(1)} | ${res.perSecond.toFixed(0)} | ${res.perCpuSecond.toFixed(0)} | ${res.peakRssMb.toFixed(0)} | ${res.peakHeapMb.toFixed(0)} | ${res.duplicates} | ${res.stories} |`,
    );
  }
  return lines;
}

const out: string[] = [...qualityTable(), ''];
if (!args.includes('--skip-scale')) out.push(...scaleTable(), '');
out.push('### (3) Near-duplicates: labelled synthetic set from ecbplus-dev', '', ...neardupTable([1, 2, 3]));
out.push('', '### (4) Dated reports: our labelled multi-outlet stories as one corpus', '', ...datedTable());
out.push('', '### (5) Dated reports written later: dev5–dev11 as one corpus (the date grace window chosen on dev5–dev7)', '', ...datedTable(LATER_SETS));
console.log(out.join('\n'));
