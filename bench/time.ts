/**
 * `npm run bench:time`: the time-expression stage against our own labelled sentences, each with
 * a publication date. Three sets: bench/data/time-expressions.jsonl (the development set, ≥150
 * expressions by category), then two sets each written after the rules of the time and scored
 * once before its misses were fixed: time-expressions-fresh.jsonl (first run: 54/55 found, 53/55
 * right, 1 false positive) and time-expressions-blind.jsonl (first run: 35/38 found, 34/38
 * right, 0 false positives). Those first runs are the honest estimate for unseen phrasing; all
 * three sets now guard against regressions. Prints recall (expressions found), resolution
 * accuracy (date and precision right) and false positives per category, then speed.
 * `--misses` lists every miss.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { findTimes } from '../src/analyze/time.js';
import { parseLabelledCases, scoreCases, type CategoryScore, type LabelledCase } from '../src/analyze/time-score.js';

/** dist/bench/time.js → project root. */
const SETS = [
  new URL('../../bench/data/time-expressions.jsonl', import.meta.url),
  new URL('../../bench/data/time-expressions-fresh.jsonl', import.meta.url),
  new URL('../../bench/data/time-expressions-blind.jsonl', import.meta.url),
];
/** Passes over the whole set for the speed line: enough for a stable figure, short on 2 cores. */
const SPEED_PASSES = 20;

const ratio = (a: number, b: number): string => (b === 0 ? '   -' : (a / b).toFixed(3));

function row(s: CategoryScore): string {
  return [
    s.category.padEnd(16),
    String(s.cases).padStart(5),
    String(s.expressions).padStart(11),
    String(s.found).padStart(6),
    ratio(s.found, s.expressions).padStart(7),
    String(s.correct).padStart(8),
    ratio(s.correct, s.expressions).padStart(9),
    String(s.falsePositives).padStart(6),
  ].join(' ');
}

function table(file: URL, showMisses: boolean): LabelledCase[] {
  const cases = parseLabelledCases(readFileSync(file, 'utf8'));
  const report = scoreCases(cases);
  console.log(`\ntime expressions: bench/data/${path.basename(file.pathname)}`);
  console.log(['category'.padEnd(16), 'cases', 'expressions', ' found', ' recall', ' correct', ' accuracy', '  f.p.'].join(' '));
  for (const s of report.categories) console.log(row(s));
  console.log(row(report.total));
  if (showMisses) for (const m of report.misses) console.log(`  ${m}`);
  return cases;
}

function main(): void {
  const showMisses = process.argv.includes('--misses');
  const cases = SETS.flatMap((file) => table(file, showMisses));
  console.log('\nrecall = found / expressions; accuracy = date and precision right / expressions; f.p. = found where no label');

  const chars = cases.reduce((n, c) => n + c.text.length, 0);
  const t0 = performance.now();
  for (let pass = 0; pass < SPEED_PASSES; pass++) for (const c of cases) findTimes(c.text, c.publishedAt);
  const ms = performance.now() - t0;
  const perCase = ms / (SPEED_PASSES * cases.length);
  const charsPerSecond = (SPEED_PASSES * chars) / (ms / 1000);
  console.log(`speed: ${perCase.toFixed(3)} ms per text (${cases.length} texts × ${SPEED_PASSES}), ${Math.round(charsPerSecond).toLocaleString('en-US')} chars/s`);
}

main();
