/**
 * The timeline of a story: dated mentions from all its reports, merged into one entry per event.
 *
 * A mention is a resolved time expression together with the sentence that carries it. Two
 * mentions are one event when their dates agree (one date contains the other: 2025-03 holds
 * 2025-03-13; a range holds its days) and their sentences share enough rare content words
 * (IDF-weighted overlap, so "Putin" and "Kursk", present everywhere in a story, count little).
 * Mentions whose dates disagree but whose sentences are nearly the same event (a much higher
 * overlap, from another report) join the entry too and mark it `conflict: true`.
 *
 * Entry text is one of the member sentences, never written by the tool: among the sentences that
 * date the fewest things, the one most similar to the others (the medoid). Evidence cites each
 * member sentence, the chosen one first; reprinted sentences are cited once per report span.
 * Left out: unresolved times (they stay in the per-report analysis with their `unresolved`
 * reason) and durations ("over the past week", "from 2014 to 2022"): they are periods, not the
 * date of an event. Week ranges ("earlier this week") stay, with `range` on the entry.
 */
import type { Evidence, FoundTime, Precision, SentenceSpan, Span, TimelineEntry } from '../model/types.js';
import { trimmedEvidence } from '../model/evidence.js';
import { EVENT_STOPWORDS } from '../analyze/data/time-event-words.js';

export interface TimelineInput {
  reportId: string;
  text: string;
  sentences: SentenceSpan[];
  times: FoundTime[];
}

/** Weighted overlap from which two same-date mentions are one event. */
export const MERGE_OVERLAP = 0.2;
/** Content words two same-date mentions must share at least (one shared word is chance). */
export const MERGE_MIN_SHARED = 2;
/**
 * Same-month or same-year mentions need far less, one shared content word: a story's reports
 * name a month or a year for its few background events ("the incursion last August" / "the
 * offensive in August 2024").
 */
export const MERGE_OVERLAP_COARSE = 0.05;
export const MERGE_MIN_SHARED_COARSE = 1;
/** Share of the merge threshold that the mean similarity to all members must reach. */
export const MEAN_LINK_SHARE = 0.5;
/** Weighted overlap from which mentions on different dates are one event told two ways. */
export const CONFLICT_OVERLAP = 0.6;
/** Shared content words needed before a date disagreement is called a conflict. */
export const CONFLICT_MIN_SHARED = 4;
/**
 * A day range longer than a week ("over the past week" is eight days up to publication) is a
 * duration, not the date of an event: it stays out of the timeline. "Earlier this week",
 * "last week", "March 3-5" fit.
 */
export const MAX_EVENT_RANGE_DAYS = 7;
const MS_PER_DAY = 86_400_000;
/**
 * Distinct sentences of an entry compared with a newcomer, and medoid candidates: enough to
 * judge an event, and a story with thousands of mentions stays fast.
 */
export const MAX_COMPARED_MEMBERS = 12;
/** Letters a truncation stem keeps: long enough to tell most news words apart. */
const STEM_LENGTH = 6;
/** Shortest content word compared (drops initials and stray letters). */
const MIN_WORD_LENGTH = 2;
/** A sentence longer than this is cut at the nearest clause around the time expression. */
const MAX_FALLBACK_SENTENCE = 400;

interface Mention {
  order: number;
  reportId: string;
  text: string;
  time: FoundTime;
  sentence: Span;
  words: Set<string>;
  /** time expressions in the sentence: one that dates several things represents none well */
  timesInSentence: number;
}

interface Cluster {
  members: Mention[];
  /** distinct member sentences compared with newcomers (at most MAX_COMPARED_MEMBERS) */
  reps: Mention[];
  /** the distinct dates of the members */
  dates: Map<string, FoundTime>;
  reports: Set<string>;
  /** all members at month precision or coarser */
  coarse: boolean;
  conflict: boolean;
}

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2, 'part-of-day': 3, time: 4 };

function contentWords(sentence: string, exclude: Span[], offset: number): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) {
    const at = offset + m.index;
    if (exclude.some((s) => at >= s.start && at < s.end)) continue;
    const w = m[0].toLowerCase().replace(/['’]s$/, '');
    if (w.length < MIN_WORD_LENGTH || EVENT_STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    out.add(stem(w));
  }
  return out;
}

/**
 * Truncation stem: long words compare by their first STEM_LENGTH letters ("captured" and
 * "capturing", "Ukraine" and "Ukrainian" meet); short ones lose a plural s.
 */
function stem(w: string): string {
  if (w.length > STEM_LENGTH) return w.slice(0, STEM_LENGTH);
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** The sentence holding the span: from the given sentences, else cut from the text. */
function sentenceOf(text: string, sentences: SentenceSpan[], span: Span): Span {
  const given = sentences.find((s) => s.start <= span.start && span.end <= s.end);
  if (given) return { start: given.start, end: given.end };
  // an expression split by the sentence splitter ("Feb. | 24, 2022"): the sentences it touches
  const touched = sentences.filter((s) => s.start < span.end && span.start < s.end);
  if (touched.length > 0) {
    return { start: Math.min(...touched.map((s) => s.start)), end: Math.max(...touched.map((s) => s.end)) };
  }
  let start = span.start;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1] ?? '') && span.start - start < MAX_FALLBACK_SENTENCE) start--;
  let end = span.end;
  while (end < text.length && !/[.!?\n]/.test(text[end] ?? '') && end - span.end < MAX_FALLBACK_SENTENCE) end++;
  if (end < text.length && text[end] !== '\n') end++;
  return { start, end };
}

const sentenceText = (m: Mention): string => m.text.slice(m.sentence.start, m.sentence.end).trim();

/**
 * Two dates agree when one contains the other (2025-03 holds 2025-03-13 and 2025-03-13T18:00),
 * or a point date falls inside the other's range ("Tuesday" in "earlier this week").
 */
export function datesAgree(a: FoundTime, b: FoundTime): boolean {
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (a.range && b.range) return a.range.start <= b.range.end && b.range.start <= a.range.end;
  if (da.startsWith(db) || db.startsWith(da)) return true;
  const inRange = (d: string, r: { start: string; end: string } | undefined): boolean =>
    r != null && d.slice(0, r.start.length) >= r.start && d.slice(0, r.end.length) <= r.end;
  return inRange(da, b.range) || inRange(db, a.range);
}

/**
 * True for a range too long to date one event: a day range longer than MAX_EVENT_RANGE_DAYS,
 * or any month or year range ("over the past month", "from 2014 to 2022" are periods).
 */
function isDuration(t: FoundTime): boolean {
  if (!t.range) return false;
  if (t.precision !== 'day') return true;
  const days = (Date.parse(t.range.end) - Date.parse(t.range.start)) / MS_PER_DAY;
  return days >= MAX_EVENT_RANGE_DAYS;
}

/** The most precise member date, or by conflict the date carried by the most reports. */
function entryDate(members: Mention[], conflict: boolean): FoundTime {
  // distinct dates, each with its reports, in order of precision (finest first, points before
  // ranges, earliest mention first)
  const byDate = new Map<string, { time: FoundTime; order: number; reports: Set<string> }>();
  for (const m of members) {
    const key = `${m.time.date}|${m.time.range?.start ?? ''}|${m.time.range?.end ?? ''}|${m.time.precision}`;
    const slot = byDate.get(key) ?? { time: m.time, order: m.order, reports: new Set<string>() };
    slot.reports.add(m.reportId);
    byDate.set(key, slot);
  }
  const ranked = [...byDate.values()].sort(
    (a, b) =>
      PRECISION_RANK[b.time.precision] - PRECISION_RANK[a.time.precision] ||
      Number(a.time.range != null) - Number(b.time.range != null) ||
      a.order - b.order,
  );
  const best = ranked[0] as { time: FoundTime };
  if (!conflict) return best.time;
  let winner = best.time;
  let winnerVotes = -1;
  for (const d of ranked) {
    const reports = new Set<string>();
    for (const other of ranked) if (datesAgree(other.time, d.time)) for (const r of other.reports) reports.add(r);
    if (reports.size > winnerVotes) {
      winner = d.time;
      winnerVotes = reports.size;
    }
  }
  return winner;
}

/**
 * One entry per event across the reports of a story, sorted by date. Inputs: each report's
 * cleaned text, its sentences (may be empty: the sentence is then cut from the text) and its
 * resolved times.
 */
export function buildTimeline(inputs: TimelineInput[]): TimelineEntry[] {
  const mentions: Mention[] = [];
  for (const input of inputs) {
    const dated = input.times.filter((t) => t.date != null && !isDuration(t));
    const spans = input.times.map((t) => ({ start: t.start, end: t.end }));
    const bySentence = new Map<string, FoundTime[]>();
    for (const t of dated) {
      const s = sentenceOf(input.text, input.sentences, t);
      const key = `${s.start}:${s.end}`;
      const list = bySentence.get(key) ?? [];
      // in one sentence, a date that another refines is the same mention ("Tuesday, at 9 a.m.")
      const same = list.findIndex((x) => datesAgree(x, t));
      if (same < 0) list.push(t);
      else if (PRECISION_RANK[t.precision] > PRECISION_RANK[(list[same] as FoundTime).precision]) list[same] = t;
      bySentence.set(key, list);
    }
    for (const [key, times] of bySentence) {
      const [start, end] = key.split(':').map(Number) as [number, number];
      const words = contentWords(input.text.slice(start, end), spans, start);
      const timesInSentence = spans.filter((x) => x.start >= start && x.end <= end).length;
      for (const time of times) {
        mentions.push({
          order: mentions.length,
          reportId: input.reportId,
          text: input.text,
          time,
          sentence: { start, end },
          words,
          timesInSentence,
        });
      }
    }
  }

  const df = new Map<string, number>();
  for (const m of mentions) for (const w of m.words) df.set(w, (df.get(w) ?? 0) + 1);
  // inverse document frequency over the story's dated sentences: a word in nearly all of them
  // ("Putin", "Kursk") weighs almost nothing
  const weights = new Map<string, number>();
  for (const [w, n] of df) weights.set(w, Math.log((mentions.length + 1) / n));
  const mass = new Map<Mention, number>();
  for (const m of mentions) {
    let total = 0;
    for (const w of m.words) total += weights.get(w) ?? 0;
    mass.set(m, total);
  }
  // shared words of the last pair compared (a scratch value: the hot loop allocates nothing)
  let lastShared = 0;
  /** IDF-weighted mass of the words a and b share. */
  const sharedMass = (a: Mention, b: Mention): number => {
    const small = a.words.size <= b.words.size ? a.words : b.words;
    const large = small === a.words ? b.words : a.words;
    let shared = 0;
    let weight = 0;
    for (const w of small) {
      if (large.has(w)) {
        shared++;
        weight += weights.get(w) ?? 0;
      }
    }
    lastShared = shared;
    return weight;
  };
  /** Containment: shared mass over the smaller sentence's mass. */
  const overlap = (a: Mention, b: Mention): number => {
    const denom = Math.min(mass.get(a) ?? 0, mass.get(b) ?? 0);
    const shared = sharedMass(a, b);
    return denom > 0 ? shared / denom : 0;
  };
  /** Cosine: shared mass over the geometric mean of both masses. */
  const cosine = (a: Mention, b: Mention): number => {
    const norm = Math.sqrt((mass.get(a) ?? 0) * (mass.get(b) ?? 0));
    const shared = sharedMass(a, b);
    return norm > 0 ? shared / norm : 0;
  };

  const clusters: Cluster[] = [];
  for (const m of mentions) {
    let best: { cluster: Cluster; score: number; conflict: boolean } | null = null;
    for (const c of clusters) {
      const agree = [...c.dates.values()].every((t) => datesAgree(t, m.time));
      const otherReport = !c.reports.has(m.reportId);
      if (!agree && !otherReport) continue;
      let score = 0;
      let shared = 0;
      let sum = 0;
      for (const x of c.reps) {
        const o = overlap(m, x);
        sum += o;
        if (o > score) {
          score = o;
          shared = lastShared;
        }
      }
      // the best member must be close, and the cluster as a whole not far: no chaining of
      // "A like B, B like C" into one event
      const mean = sum / c.reps.length;
      const coarse = c.coarse && PRECISION_RANK[m.time.precision] <= PRECISION_RANK.month;
      const threshold = coarse ? MERGE_OVERLAP_COARSE : MERGE_OVERLAP;
      const fits = agree
        ? score >= threshold && mean >= threshold * MEAN_LINK_SHARE && shared >= (coarse ? MERGE_MIN_SHARED_COARSE : MERGE_MIN_SHARED)
        : score >= CONFLICT_OVERLAP && shared >= CONFLICT_MIN_SHARED;
      if (fits && (!best || score > best.score)) best = { cluster: c, score, conflict: !agree };
    }
    const c: Cluster = best?.cluster ?? { members: [], reps: [], dates: new Map(), reports: new Set(), coarse: true, conflict: false };
    if (!best) clusters.push(c);
    if (best?.conflict) c.conflict = true;
    c.members.push(m);
    c.reports.add(m.reportId);
    c.dates.set(`${m.time.date}|${m.time.range?.start ?? ''}|${m.time.range?.end ?? ''}`, m.time);
    c.coarse &&= PRECISION_RANK[m.time.precision] <= PRECISION_RANK.month;
    if (c.reps.length < MAX_COMPARED_MEMBERS && c.reps.every((x) => sentenceText(x) !== sentenceText(m))) c.reps.push(m);
  }

  const entries: { entry: TimelineEntry; order: number }[] = [];
  for (const c of clusters) {
    const time = entryDate(c.members, c.conflict);
    // the entry's sentence: among those dating the fewest things (a sentence that dates one
    // event is about it; one that dates three is about none), the medoid, most similar to the
    // other distinct sentences (reprints count once); earliest on ties
    const fewest = Math.min(...c.members.map((m) => m.timesInSentence));
    const candidates = c.members.filter((m) => m.timesInSentence === fewest).slice(0, MAX_COMPARED_MEMBERS);
    let medoid = candidates[0] as Mention;
    let medoidScore = -1;
    for (const m of candidates) {
      let total = 0;
      // cosine, not containment: a long sentence contains a bit of everything
      for (const x of c.reps) if (sentenceText(x) !== sentenceText(m)) total += cosine(m, x);
      if (total > medoidScore) {
        medoid = m;
        medoidScore = total;
      }
    }
    const evidence: Evidence[] = [];
    const seen = new Set<string>();
    for (const m of [medoid, ...c.members.filter((x) => x !== medoid)]) {
      const key = `${m.reportId}:${m.sentence.start}:${m.sentence.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      evidence.push(trimmedEvidence(m.reportId, m.text, m.sentence));
    }
    const entry: TimelineEntry = {
      date: time.date ?? '',
      precision: time.precision,
      text: (evidence[0] as Evidence).exact,
      evidence,
    };
    if (c.conflict) entry.conflict = true;
    if (time.range) entry.range = { ...time.range };
    entries.push({ entry, order: Math.min(...c.members.map((m) => m.order)) });
  }
  entries.sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.order - b.order));
  return entries.map((e) => e.entry);
}
