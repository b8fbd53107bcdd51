/**
 * Near-duplicate quality on a labelled synthetic set built from ecbplus-dev (seeded): each
 * article may get one copy of a kind — exact (typography changed), new headline, trimmed,
 * extra paragraph, light edits — and the other articles of the same event are the hard
 * negatives (same event, same quotes at times, different articles). Scored per report:
 * precision of the duplicateOf links, recall over the copies, per kind; and how often two
 * independent articles of one event share a syndication group.
 * usage: node dist/bench/neardup.js [SEED...]
 */
import { pathToFileURL } from 'node:url';
import { dedup } from '../src/dedup/index.js';
import { loadEcb, rng, shuffled, type GoldDoc } from './cluster-quality.js';
import { sentencesOf } from './cluster-synth.js';

type Kind = 'exact' | 'headline' | 'trim' | 'extra' | 'edit';
const KINDS: Kind[] = ['exact', 'headline', 'trim', 'extra', 'edit'];
/** Share of articles that get a copy. */
const COPY_RATE = 0.5;
/** Trimmed copies keep between these shares of the sentences (at least one sentence is cut). */
const TRIM_MIN = 0.5;
const TRIM_MAX = 0.9;
/** Articles with fewer sentences are neither trimmed nor extended (see labelledSet). */
const TRIM_MIN_SENTENCES = 4;
/** Light edits drop this share of words and change one number. */
const EDIT_RATE = 0.02;

interface Item {
  id: string;
  text: string;
  title: string;
  family: string;
  /** looser family: rewritten versions of one source story */
  loose: string;
  story: string;
  kind: Kind | 'original';
}

function curly(text: string): string {
  return text
    .replace(/"([^"]*)"/g, '\u201C$1\u201D')
    .replace(/'/g, '\u2019')
    .replace(/ - /g, ' \u2014 ');
}

/**
 * The source data has reprints of its own (one wire story in several outlets). They are found
 * with a measure independent of the one under test, on sentences: two articles of one topic are
 * one family when at least 80% of the smaller one's sentences have a counterpart in the other
 * (word-set Jaccard >= STRICT_MATCH: the same sentence up to a word or two). A looser match
 * (LOOSE_MATCH, half of the sentences) marks rewritten versions of one story: whether those are
 * "duplicates" is a matter of definition, so links between them count neither for nor against.
 */
const STRICT_SHARED_SENTENCES = 0.8;
const STRICT_MATCH = 0.9;
const LOOSE_SHARED_SENTENCES = 0.5;
const LOOSE_MATCH = 0.6;
const SOURCE_MIN_SENTENCES = 2;

function wordSet(sentence: string): Set<string> {
  return new Set(sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union ? shared / union : 0;
}

export function sourceFamilies(gold: readonly GoldDoc[], match: number, share: number): Map<string, string> {
  const sentences = gold.map((d) => sentencesOf(d.text).map(wordSet));
  const parent = gold.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] ?? i;
    return i;
  };
  const matched = (xs: Set<string>[], ys: Set<string>[]): number => xs.filter((x) => ys.some((y) => jaccard(x, y) >= match)).length;
  for (let i = 0; i < gold.length; i++) {
    for (let j = i + 1; j < gold.length; j++) {
      if (gold[i]?.topic !== gold[j]?.topic) continue;
      const a = sentences[i] ?? [];
      const b = sentences[j] ?? [];
      const [small, large] = a.length <= b.length ? [a, b] : [b, a];
      const shared = matched(small, large);
      if (shared >= SOURCE_MIN_SENTENCES && shared >= share * small.length) parent[find(j)] = find(i);
    }
  }
  return new Map(gold.map((d, i) => [d.id, gold[find(i)]?.id ?? d.id]));
}

export function labelledSet(gold: readonly GoldDoc[], seed: number): Item[] {
  const r = rng(seed);
  const items: Item[] = [];
  const families = sourceFamilies(gold, STRICT_MATCH, STRICT_SHARED_SENTENCES);
  const loose = sourceFamilies(gold, LOOSE_MATCH, LOOSE_SHARED_SENTENCES);
  {
    for (const d of gold) {
      const text = d.text;
      const id = d.id;
      const lines = text.split('\n');
      const title = lines.find((l) => !/^https?:/.test(l)) ?? '';
      items.push({ id, text, title, family: families.get(id) ?? id, loose: loose.get(id) ?? id, story: d.story, kind: 'original' });
      if (r() >= COPY_RATE) continue;
      let kind = KINDS[Math.floor(r() * KINDS.length)] ?? 'exact';
      const sentences = sentencesOf(text);
      // a paragraph added to a one-liner, or a trimmed one-liner, is no longer the same text
      if ((kind === 'trim' || kind === 'extra') && sentences.length < TRIM_MIN_SENTENCES) kind = 'headline';
      let copy = text;
      let copyTitle = title;
      if (kind === 'exact') copy = curly(text).replace(/\n/g, '\n\n');
      if (kind === 'headline') copyTitle = `Latest: ${sentences[sentences.length - 1]?.split(' ').slice(0, 7).join(' ') ?? ''}`;
      if (kind === 'trim') {
        const keep = Math.min(sentences.length - 1, Math.max(1, Math.round(sentences.length * (TRIM_MIN + (TRIM_MAX - TRIM_MIN) * r()))));
        copy = sentences.slice(0, keep).join('\n');
      }
      if (kind === 'extra') {
        const other = gold[Math.floor(r() * gold.length)];
        copy = `${text}\n${sentencesOf(other?.text ?? '')[0] ?? 'Our correspondent contributed to this report.'}`;
      }
      if (kind === 'edit') {
        let changed = false;
        copy = text
          .split(' ')
          .filter(() => r() >= EDIT_RATE)
          .map((w) => {
            if (!changed && /^\d{2,}$/.test(w)) {
              changed = true;
              return String(Number(w) + 1);
            }
            return w;
          })
          .join(' ');
      }
      items.push({ id: `${id}#${kind}`, text: copy, title: copyTitle, family: families.get(id) ?? id, loose: loose.get(id) ?? id, story: d.story, kind });
    }
  }
  return shuffled(items, seed + 1);
}

export interface NeardupScore {
  seed: number;
  reports: number;
  copies: number;
  /** reports whose only earlier counterparts are rewritten versions (LOOSE_MATCH), not scored */
  ambiguous: number;
  precision: number;
  recall: number;
  recallByKind: Record<string, number>;
  /** pairs of independent articles of one event that share a syndication group / all such pairs */
  falseSyndication: number;
}

export function scoreNeardup(gold: readonly GoldDoc[], seed: number): NeardupScore {
  const items = labelledSet(gold, seed);
  const results = dedup(items.map((i) => ({ id: i.id, text: i.text, title: i.title })));
  const byId = new Map(items.map((i) => [i.id, i]));
  const seenFamily = new Set<string>();
  const seenLoose = new Set<string>();
  let ambiguous = 0;
  const copyKind = new Map(items.filter((i) => i.kind !== 'original').map((i) => [i.family, i.kind]));
  let predicted = 0;
  let correct = 0;
  let copies = 0;
  let found = 0;
  const kindTotals = new Map<string, [number, number]>();
  results.forEach((res, k) => {
    const item = items[k];
    if (!item) return;
    const first = !seenFamily.has(item.family);
    const firstLoose = !seenLoose.has(item.loose);
    seenFamily.add(item.family);
    seenLoose.add(item.loose);
    const target = res.duplicateOf === null ? undefined : byId.get(res.duplicateOf);
    const right = target !== undefined && target.family === item.family;
    if (first && !firstLoose) {
      ambiguous++;
      if (!target || target.loose === item.loose) return;
    }
    if (res.duplicateOf !== null) {
      predicted++;
      if (right) correct++;
    }
    if (!first) {
      copies++;
      if (right) found++;
      const label = item.kind === 'original' ? `${copyKind.get(item.family) ?? '?'}, original second` : item.kind;
      const t = kindTotals.get(label) ?? [0, 0];
      kindTotals.set(label, [t[0] + 1, t[1] + (right ? 1 : 0)]);
    }
  });
  // independent articles of one event (different loose families) should not share a group
  let pairs = 0;
  let shared = 0;
  const originals = items.map((item, k) => ({ item, group: results[k]?.syndicationGroup })).filter((x) => x.item.kind === 'original');
  for (let i = 0; i < originals.length; i++) {
    for (let j = i + 1; j < originals.length; j++) {
      const a = originals[i];
      const b = originals[j];
      if (!a || !b || a.item.story !== b.item.story || a.item.loose === b.item.loose) continue;
      pairs++;
      if (a.group === b.group) shared++;
    }
  }
  const recallByKind: Record<string, number> = {};
  for (const [k, [n, ok]] of [...kindTotals].sort()) recallByKind[`${k} (${n})`] = ok / n;
  return {
    seed,
    reports: items.length,
    copies,
    ambiguous,
    precision: predicted ? correct / predicted : 1,
    recall: copies ? found / copies : 1,
    recallByKind,
    falseSyndication: pairs ? shared / pairs : 0,
  };
}

export function neardupTable(seeds: readonly number[]): string[] {
  const gold = loadEcb();
  if (!gold) return ['ecbplus-dev absent: near-duplicate benchmark skipped'];
  const rows = seeds.map((s) => scoreNeardup(gold, s));
  const f = (x: number): string => x.toFixed(4);
  const lines = [
    '| seed | reports | copies | not scored (rewrites) | precision | recall | independent same-event pairs sharing a syndication group |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) lines.push(`| ${r.seed} | ${r.reports} | ${r.copies} | ${r.ambiguous} | ${f(r.precision)} | ${f(r.recall)} | ${f(r.falseSyndication)} |`);
  const mean = (g: (r: NeardupScore) => number): string => f(rows.reduce((a, r) => a + g(r), 0) / rows.length);
  lines.push(`| mean | | | | ${mean((r) => r.precision)} | ${mean((r) => r.recall)} | ${mean((r) => r.falseSyndication)} |`);
  lines.push('', 'recall by kind (first seed): ' + Object.entries(rows[0]?.recallByKind ?? {}).map(([k, v]) => `${k} ${f(v)}`).join(', '));
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const seeds = process.argv.slice(2).map(Number);
  console.log(neardupTable(seeds.length ? seeds : [1, 2, 3]).join('\n'));
}
