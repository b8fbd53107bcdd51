/**
 * Seeded synthetic report streams built from ecbplus-dev, for the scale and near-duplicate
 * benchmarks. New events are made by renaming: a "universe" maps every capitalised word of a
 * story to an invented name and shifts its numbers, so story s in universe u is a distinct event
 * of the same kind as s (same topic words, different actors, places and figures).
 */
import { rng, type GoldDoc } from './cluster-quality.js';

export interface SynthDoc {
  id: string;
  text: string;
  title: string;
  /** gold event: story + universe */
  event: string;
  /** id of the report this one reprints (the first-seen original), or null */
  copyOf: string | null;
  kind: 'original' | 'exact' | 'headline' | 'trim' | 'extra' | 'edit';
}

const SYLLABLES = ['ka', 'lo', 'ver', 'min', 'tas', 'ro', 'bel', 'din', 'sa', 'mor', 'qui', 'len', 'dra', 'vo', 'nir', 'pel', 'gu', 'tor', 'fey', 'zan'];

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Invented capitalised name for a word in a universe (deterministic). */
function inventName(word: string, universe: number): string {
  let h = hash(`${universe}\u0000${word}`);
  const n = 2 + (h % 2);
  let out = '';
  for (let i = 0; i < n; i++) {
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
    out += SYLLABLES[h % SYLLABLES.length];
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Rewrites a text into a universe: capitalised words renamed, numbers of 2+ digits shifted. */
export function toUniverse(text: string, universe: number): string {
  if (universe === 0) return text;
  return text
    .replace(/\b\p{Lu}\p{Ll}{2,}\b/gu, (w) => (hash(w) % 3 === 0 ? w : inventName(w, universe)))
    .replace(/\b\d{2,}\b/g, (d) => String(Number(d) + (universe % 97) + 1));
}

export function sentencesOf(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => !/^https?:/.test(l.trim()))
    .flatMap((l) => l.split(/(?<=[.!?]) +(?=[A-Z`"'])/))
    .map((s) => s.trim())
    .filter((s) => s.split(' ').length >= 4);
}

function pick<T>(xs: readonly T[], r: () => number): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

/** Word-level edits: drops or duplicates about `rate` of the words. */
function edit(text: string, rate: number, r: () => number): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .split(' ')
        .filter(() => r() >= rate)
        .join(' '),
    )
    .join('\n');
}

export interface StreamOptions {
  size: number;
  seed: number;
  /** share of reports that reprint an earlier report */
  reprintRate: number;
  /** mean reports per event */
  reportsPerEvent: number;
}

/**
 * A stream of `size` reports: events open progressively (a sliding window, as in a news
 * stream); each report is either an original composed of sentences of its story's articles (in
 * the event's universe, lightly edited) or a reprint of an earlier report.
 */
export function syntheticStream(gold: readonly GoldDoc[], o: StreamOptions): SynthDoc[] {
  return [...synthesize(gold, o)];
}

/** Reprints copy one of this many most recent originals (only those are kept in memory). */
const REPRINT_WINDOW = 500;

/** The same stream, generated lazily (a stream of 100k reports need not be held in memory). */
export function* synthesize(gold: readonly GoldDoc[], o: StreamOptions): Generator<SynthDoc> {
  const r = rng(o.seed);
  const byStory = new Map<string, string[]>();
  for (const d of gold) {
    const list = byStory.get(d.story) ?? [];
    list.push(...sentencesOf(d.text));
    byStory.set(d.story, list);
  }
  const stories = [...byStory.keys()].sort();
  const events = Math.max(1, Math.round(o.size / o.reportsPerEvent));
  /** events open in order; a report picks among the most recent WINDOW events */
  const WINDOW = Math.min(events, 200);
  const originals: SynthDoc[] = [];
  for (let i = 0; i < o.size; i++) {
    const reprint = originals.length > 0 && r() < o.reprintRate;
    if (reprint) {
      const base = originals[Math.max(0, originals.length - 1 - Math.floor(r() * originals.length))] as SynthDoc;
      const kinds: SynthDoc['kind'][] = ['exact', 'headline', 'trim', 'extra', 'edit'];
      const kind = pick(kinds, r);
      const paras = base.text.split('\n');
      let text = base.text;
      let title = base.title;
      if (kind === 'headline') title = `${pick(['Update:', 'Report:', 'Breaking:', 'Latest:'], r)} ${paras[paras.length - 1]?.split(' ').slice(0, 8).join(' ') ?? ''}`;
      if (kind === 'trim') text = paras.slice(0, Math.max(1, Math.ceil(paras.length * (0.55 + 0.35 * r())))).join('\n');
      if (kind === 'extra') text = `${base.text}\n${pick(originals, r).text.split('\n')[0] ?? ''}`;
      if (kind === 'edit') text = edit(base.text, 0.02, r);
      yield { id: `r${i}`, text, title, event: base.event, copyOf: base.copyOf ?? base.id, kind };
      continue;
    }
    const opened = Math.min(events, Math.floor(i / o.reportsPerEvent) + 1);
    const e = opened - 1 - Math.floor(r() * Math.min(WINDOW, opened));
    const story = stories[e % stories.length] as string;
    const universe = Math.floor(e / stories.length);
    const pool = byStory.get(story) ?? [];
    const n = Math.min(pool.length, 4 + Math.floor(r() * 9));
    const chosen = new Set<number>();
    while (chosen.size < n) chosen.add(Math.floor(r() * pool.length));
    const sentences = [...chosen].sort((a, b) => a - b).map((k) => toUniverse(pool[k] ?? '', universe));
    const paras: string[] = [];
    for (let k = 0; k < sentences.length; k += 2) paras.push(sentences.slice(k, k + 2).join(' '));
    const doc: SynthDoc = {
      id: `r${i}`,
      text: edit(paras.join('\n'), 0.03, r),
      title: sentences[0]?.split(' ').slice(0, 9).join(' ') ?? '',
      event: `${story}@${universe}`,
      copyOf: null,
      kind: 'original',
    };
    originals.push(doc);
    if (originals.length > REPRINT_WINDOW) originals.shift();
    yield doc;
  }
}
