/**
 * Quotes, speakers and statement acts (issue 5).
 *
 *  1. PolNeAR dev (../shared/data/polnear/dev.gold.jsonl): quote spans and speaker spans from
 *     findQuotes, written as PRED JSONL and scored with ../shared/tools/score-quotes.mjs.
 *  2. Speed: articles per second on one core for quotes + statements (sentences included, actor
 *     recognition excluded) and for the whole analyze stage (with compromise).
 *  3. Act typing on bench/data/acts.jsonl (our own sentences): per-act precision and recall, and
 *     actor/target accuracy where the set gives them.
 *
 * usage: node dist/bench/quotes.js [--split dev|train] [--limit N]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findMentions } from '../src/analyze/actors.js';
import { analyzeReport } from '../src/analyze/index.js';
import { findQuotes } from '../src/analyze/quotes.js';
import { splitSentences } from '../src/analyze/sentences.js';
import { findStatements } from '../src/analyze/statements.js';
import type { Act } from '../src/model/types.js';

const SHARED = resolve(process.cwd(), '../shared');
const SCORER = join(SHARED, 'tools/score-quotes.mjs');
const ACTS = resolve(process.cwd(), 'bench/data/acts.jsonl');
/** Written after the lexicon was tuned on acts.jsonl and never used for tuning: an honest check. */
const ACTS_HELDOUT = resolve(process.cwd(), 'bench/data/acts-heldout.jsonl');
/** Articles timed for the full analyze stage (compromise is slow; a sample is enough for a rate). */
const FULL_ANALYZE_SAMPLE = 40;
/** Repetitions of the quotes+statements pass so the rate is not dominated by JIT warm-up. */
const SPEED_ROUNDS = 3;

interface GoldDoc {
  id: string;
  text: string;
}

interface ScoreRow {
  threshold: number;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  speakerSpanAccuracy: number | null;
}

export interface ActCase {
  text: string;
  act: Act;
  actor?: string;
  target?: string;
}

const fmt = (x: number | null): string => (x === null ? '  n/a' : x.toFixed(3));

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

function polnear(split: string, limit: number): void {
  const gold = join(SHARED, `data/polnear/${split}.gold.jsonl`);
  if (!existsSync(gold) || !existsSync(SCORER)) {
    console.log(`PolNeAR: skipped (${gold} or the scorer is absent)`);
    return;
  }
  const docs = readJsonl<GoldDoc>(gold).slice(0, limit);
  const dir = mkdtempSync(join(tmpdir(), 'tri-quotes-'));
  const goldPath = join(dir, 'gold.jsonl');
  const predPath = join(dir, 'pred.jsonl');
  writeFileSync(goldPath, readFileSync(gold, 'utf8').split('\n').filter((l) => l.trim()).slice(0, limit).join('\n') + '\n');
  const lines = docs.map((d) => {
    const quotes = findQuotes(d.text, splitSentences(d.text), []);
    return JSON.stringify({
      id: d.id,
      quotes: quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker, speakerName: q.speakerName })),
    });
  });
  writeFileSync(predPath, lines.join('\n') + '\n');
  const r = spawnSync(process.execPath, [SCORER, goldPath, predPath, '--json'], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.log(`PolNeAR: scorer failed: ${r.stderr}`);
    return;
  }
  const rows = JSON.parse(r.stdout) as ScoreRow[];
  console.log(`PolNeAR ${split} (${docs.length} articles), ../shared/tools/score-quotes.mjs`);
  console.log('| overlap | quote P | quote R | quote F1 | speaker span acc | gold | predicted | matched |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const x of rows) {
    console.log(`| >${x.threshold} | ${fmt(x.precision)} | ${fmt(x.recall)} | ${fmt(x.f1)} | ${fmt(x.speakerSpanAccuracy)} | ${x.gold} | ${x.predicted} | ${x.matched} |`);
  }
  console.log('targets: F1 (>0.3) >= 0.80, speaker span >= 0.88\n');

  // speed: CPU time of this (single-threaded) process, and wall time, which a shared machine inflates
  const rate = (n: number, run: () => void): { cpu: number; wall: number } => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run();
    const c = process.cpuUsage(c0);
    return { cpu: n / ((c.user + c.system) / 1e6), wall: n / ((performance.now() - t0) / 1000) };
  };
  const fast = rate(docs.length * SPEED_ROUNDS, () => {
    for (let round = 0; round < SPEED_ROUNDS; round++) {
      for (const d of docs) {
        const sentences = splitSentences(d.text);
        const quotes = findQuotes(d.text, sentences, []);
        findStatements(d.text, sentences, quotes, []);
      }
    }
  });
  const sample = docs.slice(0, FULL_ANALYZE_SAMPLE);
  const mentionsRate = rate(sample.length, () => {
    for (const d of sample) findMentions(d.text, splitSentences(d.text));
  });
  const full = rate(sample.length, () => {
    for (const d of sample) analyzeReport({ id: d.id, text: d.text });
  });
  const avgChars = docs.reduce((s, d) => s + d.text.length, 0) / Math.max(1, docs.length);
  console.log(`| speed, one core (articles of ${avgChars.toFixed(0)} chars on average) | articles/s (CPU time) | articles/s (wall) |`);
  console.log('|---|---|---|');
  console.log(`| sentences + quotes + statements | ${fast.cpu.toFixed(0)} | ${fast.wall.toFixed(0)} |`);
  console.log(`| actor mentions (compromise + lexicon) | ${mentionsRate.cpu.toFixed(1)} | ${mentionsRate.wall.toFixed(1)} |`);
  console.log(`| whole analyzeReport | ${full.cpu.toFixed(1)} | ${full.wall.toFixed(1)} |`);
  console.log('target: >= 200 articles/s for quotes + statements\n');
}

/** The statement a one-sentence case is about: the first attributed one, else the first. */
export function actOf(text: string): { act: Act | 'none'; actor: string | null; target: string | null } {
  const a = analyzeReport({ id: 'case', text });
  const s = a.statements.find((x) => x.actorName !== null) ?? a.statements[0];
  return s ? { act: s.act, actor: s.actorName, target: s.targetName } : { act: 'none', actor: null, target: null };
}

function acts(path: string, title: string): void {
  if (!existsSync(path)) {
    console.log(`acts: skipped (${path} absent)`);
    return;
  }
  const cases = readJsonl<ActCase>(path);
  const labels: Act[] = ['claim', 'denial', 'demand', 'promise', 'appeal', 'accusation', 'threat', 'assessment'];
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  let right = 0;
  let actorAsked = 0;
  let actorRight = 0;
  let targetAsked = 0;
  let targetRight = 0;
  const last = (s: string | null | undefined): string => (s ?? '').toLowerCase().split(/\s+/).pop() ?? '';
  for (const c of cases) {
    const p = actOf(c.text);
    if (p.act === c.act) {
      inc(tp, c.act);
      right++;
    } else {
      inc(fn, c.act);
      inc(fp, p.act);
    }
    if (c.actor) {
      actorAsked++;
      if (last(p.actor) === last(c.actor)) actorRight++;
    }
    if (c.target) {
      targetAsked++;
      if (last(p.target) === last(c.target)) targetRight++;
    }
  }
  console.log(`Act typing on ${title} (${cases.length} statements we wrote)`);
  console.log('| act | n | precision | recall |');
  console.log('|---|---|---|---|');
  for (const l of labels) {
    const t = tp.get(l) ?? 0;
    const p = t + (fp.get(l) ?? 0);
    const r = t + (fn.get(l) ?? 0);
    console.log(`| ${l} | ${r} | ${fmt(p ? t / p : null)} | ${fmt(r ? t / r : null)} |`);
  }
  console.log(`| all (accuracy) | ${cases.length} | ${fmt(right / cases.length)} | |`);
  console.log(`actor accuracy ${fmt(actorAsked ? actorRight / actorAsked : null)} (${actorAsked}), target accuracy ${fmt(targetAsked ? targetRight / targetAsked : null)} (${targetAsked})`);
}

const { values } = parseArgs({
  options: { split: { type: 'string', default: 'dev' }, limit: { type: 'string', default: '100000' } },
});
polnear(String(values.split), Number(values.limit));
acts(ACTS, 'bench/data/acts.jsonl, the development set');
console.log('');
acts(ACTS_HELDOUT, 'bench/data/acts-heldout.jsonl, held out');
