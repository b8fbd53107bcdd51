import type { FoundQuote, Quote, QuoteVariant, Report, SentenceSpan } from '../model/types.js';
import { evidence, hashId } from '../model/evidence.js';
import type { ActorIndex } from './actors.js';
import { candidatePairs, collapseIdentical, completeLinkClusters, contentWords, idfWeights, normalizeWording, overlap, weightedContainment, wordDiff } from './text.js';

/** Content-word containment from which two quotes count as one utterance. */
export const QUOTE_ALIGN_THRESHOLD = 0.6;
/** Fewer content words than this and a quote is too short to align by wording alone. */
export const QUOTE_MIN_WORDS = 2;
/** Containment needed to align quotes credited to different speakers (then flagged). */
export const QUOTE_CROSS_SPEAKER_THRESHOLD = 0.8;
/** A quote with fewer content words than this is a partial quote: its sentence helps align it. */
export const PARTIAL_QUOTE_WORDS = 4;
/** Words the partial quote's sentence (the quote included) must share with the fuller quote. */
export const PARTIAL_CONTEXT_MATCHES = 2;
/** Content words needed before quotes with different speakers may align. */
export const QUOTE_CROSS_SPEAKER_MIN_WORDS = 5;

/** One quote as found in one report, with what alignment needs. */
export interface QuoteUnit {
  report: Report;
  index: number;
  quote: FoundQuote;
  speakerKey: string | null;
  words: string[];
  /** content words of the sentence the quote stands in */
  context: string[];
}

export interface AlignedQuotes {
  quotes: Quote[];
  /** `${reportId}#${quoteIndex}` -> quote id */
  quoteOf: Map<string, string>;
  /** groups of units, in the order of `quotes` */
  groups: QuoteUnit[][];
}

/** Quoted words inside reported speech: “…” or "…", at least a few characters long. */
const INNER_QUOTE = /[“"][^“”"]{3,}?[”"]/g;
/** Index space kept apart for the inner quotes of one found quote (their index is negative). */
const INNER_PER_QUOTE = 100;

/** Weighted containment every pair of a quote's variants must reach (no chains of loose links). */
export const QUOTE_LINK_FLOOR = 0.3;

/** Aligns quotes across reports: the same utterance in any wording becomes one Quote. */
export function alignQuotes(units: QuoteUnit[], actors: ActorIndex): AlignedQuotes {
  const weight = idfWeights(units.map((u) => u.words));
  // Identical wordings of one speaker are scored once.
  const { reps, members } = collapseIdentical(units, (u) => `${u.speakerKey ?? ''}\u0000${normalizeWording(u.quote.text)}`);
  const score = (x: number, y: number): number => {
    const a = units[reps[x]!]!;
    const b = units[reps[y]!]!;
    const ma = members.get(reps[x]!)!;
    const mb = members.get(reps[y]!)!;
    // Two quotes of one report are one utterance only when one contains the other.
    for (const i of ma) {
      for (const j of mb) {
        const ua = units[i]!;
        const ub = units[j]!;
        if (ua.report.id !== ub.report.id) continue;
        const nested = ua.quote.start < ub.quote.end && ub.quote.start < ua.quote.end;
        if (!nested) return -1;
      }
    }
    const small = Math.min(new Set(a.words).size, new Set(b.words).size);
    const c = small < QUOTE_MIN_WORDS ? 0 : weightedContainment(a.words, b.words, weight);
    const speakersDiffer = a.speakerKey !== null && b.speakerKey !== null && a.speakerKey !== b.speakerKey;
    if (speakersDiffer) return c >= QUOTE_CROSS_SPEAKER_THRESHOLD && small >= QUOTE_CROSS_SPEAKER_MIN_WORDS ? c : 0;
    if (partialMatch(a, b) || partialMatch(b, a)) return Math.max(c, QUOTE_ALIGN_THRESHOLD);
    return c;
  };
  const pairs = candidatePairs(reps.map((r) => [...units[r]!.words, ...units[r]!.context]), score, QUOTE_ALIGN_THRESHOLD);
  // Reported speech paraphrases: it may join a quote through its best match, but it never vetoes
  // two direct wordings joining (only direct wordings must all be alike).
  const floorScore = (x: number, y: number): number => {
    const sc = score(x, y);
    if (sc < 0) return sc;
    return units[reps[x]!]!.quote.direct && units[reps[y]!]!.quote.direct ? sc : Math.max(sc, QUOTE_LINK_FLOOR);
  };
  const clusters = completeLinkClusters(reps.length, pairs, floorScore, QUOTE_LINK_FLOOR).map((g) => g.flatMap((x) => members.get(reps[x]!)!));
  const groups = clusters
    .map((g) => g.map((i) => units[i]!))
    .sort((a, b) => b.length - a.length || firstPos(a) - firstPos(b));
  const quoteOf = new Map<string, string>();
  const quotes = groups.map((group) => {
    const q = makeQuote(group, actors);
    for (const u of group) quoteOf.set(`${u.report.id}#${u.index}`, q.id);
    return q;
  });
  return { quotes, quoteOf, groups };
}

/**
 * A partial quote ("life and reasonable treatment") matches a fuller one of the same speaker
 * when it shares a word with it and its sentence shares more.
 */
function partialMatch(part: QuoteUnit, full: QuoteUnit): boolean {
  if (part.speakerKey === null || part.speakerKey !== full.speakerKey) return false;
  if (new Set(part.words).size >= PARTIAL_QUOTE_WORDS) return false;
  return overlap(part.words, full.words) >= 1 && overlap(part.context, full.words) >= PARTIAL_CONTEXT_MATCHES;
}

function firstPos(group: QuoteUnit[]): number {
  return Math.min(...group.map((u) => u.quote.start));
}

function makeQuote(group: QuoteUnit[], actors: ActorIndex): Quote {
  // The canonical wording: carried by most syndication groups; direct before indirect; longer first.
  const byWording = new Map<string, { units: QuoteUnit[]; groups: Set<string> }>();
  for (const u of group) {
    const k = normalizeWording(u.quote.text);
    const e = byWording.get(k) ?? { units: [], groups: new Set<string>() };
    e.units.push(u);
    e.groups.add(u.report.syndicationGroup);
    byWording.set(k, e);
  }
  const best = [...byWording.values()].sort(
    (a, b) =>
      b.groups.size - a.groups.size ||
      Number(b.units[0]!.quote.direct) - Number(a.units[0]!.quote.direct) ||
      b.units[0]!.quote.text.length - a.units[0]!.quote.text.length ||
      a.units[0]!.report.id.localeCompare(b.units[0]!.report.id),
  )[0]!;
  const canonical = best.units[0]!.quote.text;
  const speakerVotes = new Map<string, number>();
  for (const u of group) {
    const id = actors.idOf(u.quote.speakerName);
    if (id) speakerVotes.set(id, (speakerVotes.get(id) ?? 0) + 1);
  }
  const speaker = [...speakerVotes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  const variants: QuoteVariant[] = group
    .slice()
    .sort((a, b) => a.report.id.localeCompare(b.report.id) || a.quote.start - b.quote.start)
    .map((u) => {
      const v: QuoteVariant = {
        text: u.quote.text,
        direct: u.quote.direct,
        evidence: evidence(u.report.id, u.report.text, u.quote.start, u.quote.end),
        diff: wordDiff(canonical, u.quote.text),
      };
      if (u.quote.speaker && u.quote.speaker.end > u.quote.speaker.start) {
        v.speakerEvidence = evidence(u.report.id, u.report.text, u.quote.speaker.start, u.quote.speaker.end);
      }
      return v;
    });
  const independentSources = new Set(group.map((u) => u.report.syndicationGroup)).size;
  return { id: hashId('q', speaker ?? '', canonical), speaker, text: canonical, variants, independentSources };
}

export function quoteUnits(report: Report, quotes: FoundQuote[], sentences: SentenceSpan[], actors: ActorIndex): QuoteUnit[] {
  const units: QuoteUnit[] = [];
  quotes.forEach((found, index) => {
    if (!(found.start >= 0 && found.end <= report.text.length && found.end > found.start)) return;
    // The variant's text is always the cited characters, whatever the analyzer normalised.
    const quote = { ...found, text: report.text.slice(found.start, found.end) };
    const sentence = sentences.find((s) => s.start <= found.start && found.start < s.end);
    const context = sentence ? contentWords(report.text.slice(sentence.start, Math.max(sentence.end, found.end))) : [];
    const speakerKey = actors.keyOf(quote.speakerName);
    units.push({ report, index, quote, speakerKey, words: contentWords(quote.text), context });
    if (found.direct) return;
    // Reported speech that quotes a few words ("he promised “respect and fairness”"): the quoted
    // words are a partial quote of the same utterance and align on their own.
    let k = 0;
    for (const m of quote.text.matchAll(INNER_QUOTE)) {
      const start = found.start + m.index;
      const end = start + m[0].length;
      const words = contentWords(m[0]);
      if (words.length < QUOTE_MIN_WORDS || (start === found.start && end === found.end)) continue;
      k++;
      const inner = { ...found, start, end, text: m[0], direct: true };
      delete inner.parts;
      units.push({ report, index: -(index * INNER_PER_QUOTE + k), quote: inner, speakerKey, words, context });
    }
  });
  return units;
}
