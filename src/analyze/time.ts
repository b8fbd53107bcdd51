/**
 * Time expressions of one report, resolved against its publication date with the conventions of
 * news copy.
 *
 * chrono-node finds most expressions and reads their parts (month, day, weekday, clock time);
 * this module decides what they mean in a news report and adds the expressions chrono does not
 * handle the news way:
 * - a bare weekday is the most recent such day on or before publication ("Thursday" in a report
 *   of Saturday 15 March 2025 is 13 March), unless "next" or future wording ("will meet on
 *   Monday") points forward; "Thursday last week" is in the previous ISO week;
 * - a month without a year ("last August", "in August") is the most recent such month on or
 *   before publication (strictly before after "last"), forward after "next" or future wording;
 * - a day and month without a year ("March 12") is the nearest such day, unless tense says
 *   which side;
 * - "earlier this week", "last week", "over the weekend", "over the past month" are ranges:
 *   `date` is the first day, `range` gives first and last (weeks run Monday to Sunday);
 * - "a day later", "the following week" are relative to the previous date of the text (the
 *   anchor), not to publication;
 * - parts of the day resolve to a representative hour with precision 'part-of-day'
 *   ("as of Wednesday evening" → 2025-03-12T18:00), clock times to `THH:MM` with 'time';
 * - numeric dates are month-first (US) when slashed, day-first when dotted or when the same
 *   text has an unambiguous day-first slashed date (25/03/2025); `options.dayFirst` forces it;
 * - "in 2022", "since 2014", "the 2022 invasion" are years; "between 2020 and 2022" a range;
 * - fixed-date holidays ("New Year's Day") are dated like a day and month without a year.
 * Not dates: durations ("for 30 days", "the three-year-old war", "a 30-day ceasefire", "the
 * first in 10 years"), "now", "recently", "in recent weeks", "the past few weeks", fractions
 * ("3/4", "24/7"), lower-case "march"/"may", "the Sun", "at 5".
 * "a day after he met …" is counted from an event the text does not date: unresolved.
 * Without a publication date every relative expression gets `date: null` and `unresolved`
 * saying why; absolute ones still resolve.
 */
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import type { FoundTime, Precision } from '../model/types.js';
import {
  addDays,
  addMonths,
  daysBetween,
  formatDay,
  formatMonth,
  formatTime,
  formatYear,
  isValidDate,
  parseIsoDate,
  weekdayInWeek,
  weekdayOnOrAfter,
  weekdayOnOrBefore,
  weekStart,
  type CalDate,
} from './time-calendar.js';
import {
  CASUAL_DAY_OFFSETS,
  FIXED_HOLIDAYS,
  FUTURE_CUES,
  LEADING_PREPOSITIONS,
  MONTH_ABBREVIATIONS,
  MONTH_PARTS,
  MONTHS,
  NAMED_CLOCK_TIMES,
  NUMBER_WORDS,
  PART_OF_DAY_HOURS,
  PAST_CUES,
  SPAN_BEFORE_IN,
  SPAN_MODIFIERS,
  TENSE_WINDOW_TOKENS,
  YEAR_CUES,
} from './data/time-lexicon.js';

export interface FindTimesOptions {
  /** Read ambiguous numeric dates (04/03/2025) day-first. Default: detected from the text. */
  dayFirst?: boolean;
}

export const UNRESOLVED_NO_PUBLICATION_DATE =
  'relative expression and the report has no publication date to resolve it against';
export const UNRESOLVED_NO_ANCHOR = 'relative to an earlier date that the text does not give';
export const UNRESOLVED_EVENT = 'relative to an event ("a day after he met …") whose date the text does not give';

/**
 * chrono needs some reference even when the report has none; results that depend on it are
 * reported unresolved, so the value only has to be a valid day.
 */
const PLACEHOLDER_REFERENCE: CalDate = { year: 2000, month: 1, day: 1 };
/** Reference clock hour: midday keeps the calendar day stable under any host time-zone offset. */
const REFERENCE_HOUR = 12;
/** A day-and-month date without a year is the nearest such day within half a year either way. */
const MONTHS_PER_YEAR = 12;
const DAYS_PER_WEEK = 7;
const HOURS_PER_DAY = 24;
/** Saturday, Sunday in getUTCDay() numbering. */
const SATURDAY = 6;
/** Two-digit years in numeric dates: 00–69 → 2000s, 70–99 → 1900s (POSIX strptime rule). */
const TWO_DIGIT_YEAR_PIVOT = 70;
/** Chrono's casual parts of the day carry no clock; a numeric time is one written with a colon, a meridiem or "o'clock". */
const EXPLICIT_CLOCK_RE = /\d[:.]\d{2}|\d\s*[ap]\.?m\b\.?|o['’]clock|\b(?:noon|midday|midnight)\b/i;

interface Resolution {
  date: string | null;
  precision: Precision;
  range?: { start: string; end: string };
  unresolved?: string;
  /** the day this expression fixes, used as anchor by later relative expressions */
  anchor?: Anchor;
  /** the expression takes in the text up to here (a clock time and the day after it) */
  through?: number;
}

interface Anchor {
  day: CalDate;
  precision: Precision;
}

interface Context {
  text: string;
  pub: CalDate | null;
  anchor: Anchor | null;
  dayFirst: boolean;
  /** the day named right after offset i ("10:30 local time on Friday") and where it ends */
  dayAfter: (i: number) => { day: CalDate; end: number } | null;
}

interface Candidate {
  start: number;
  end: number;
  own: boolean;
  /** null: the span is known and deliberately not a date (it still blocks chrono's reading) */
  resolve: (ctx: Context) => Resolution | null;
}

type Tense = 'future' | 'past' | null;

// ---------------------------------------------------------------------------------------------
// Small helpers

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(escapeRe).join('|');

const NUMBER_RE = `(?:\\d{1,3}|${alternation(Object.keys(NUMBER_WORDS))})`;

function toNumber(word: string): number | null {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  return NUMBER_WORDS[lower] ?? null;
}

function precisionOfUnit(unit: string): Precision {
  const u = unit.toLowerCase();
  if (u.startsWith('year')) return 'year';
  if (u.startsWith('month')) return 'month';
  return 'day';
}

function formatAt(d: CalDate, precision: Precision): string {
  if (precision === 'year') return formatYear(d.year);
  if (precision === 'month') return formatMonth(d.year, d.month);
  return formatDay(d);
}

function shift(d: CalDate, n: number, unit: string): CalDate {
  const u = unit.toLowerCase();
  if (u.startsWith('year')) return addMonths(d, n * MONTHS_PER_YEAR);
  if (u.startsWith('month')) return addMonths(d, n);
  if (u.startsWith('week')) return addDays(d, n * DAYS_PER_WEEK);
  if (u.startsWith('hour')) return addDays(d, Math.sign(n) * Math.ceil(Math.abs(n) / HOURS_PER_DAY));
  return addDays(d, n);
}

function dayResolution(day: CalDate, precision: Precision = 'day'): Resolution {
  return { date: formatAt(day, precision), precision, anchor: { day, precision } };
}

function unresolved(precision: Precision, reason = UNRESOLVED_NO_PUBLICATION_DATE): Resolution {
  return { date: null, precision, unresolved: reason };
}

function rangeResolution(first: CalDate, last: CalDate, precision: Precision): Resolution {
  return {
    date: formatAt(first, precision),
    precision,
    range: { start: formatAt(first, precision), end: formatAt(last, precision) },
    anchor: { day: first, precision },
  };
}

/** The tense window never reaches further back than this (text without sentence ends). */
const TENSE_WINDOW_CHARS = 300;

/** Start of the sentence holding offset i (a rough cut; enough for the tense window). */
function sentenceStart(text: string, i: number): number {
  const floor = Math.max(0, i - TENSE_WINDOW_CHARS);
  for (let k = i - 1; k >= floor; k--) {
    const c = text[k];
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && /\s/.test(text[k + 1] ?? ''))) return k + 1;
  }
  return floor;
}

const FUTURE_SET = new Set(FUTURE_CUES);
const PAST_SET = new Set(PAST_CUES);

/** Tense of the clause before offset i: the nearest future or past cue walking back decides. */
export function tenseBefore(text: string, i: number): Tense {
  const clause = text.slice(sentenceStart(text, i), i).toLowerCase();
  const tokens = clause.match(/[a-z’']+/g) ?? [];
  const window = tokens.slice(-TENSE_WINDOW_TOKENS).reverse();
  // "the vote is on Sunday", "talks are set for May": a present copula right before a date
  if (/^(?:on|for|in)$/.test(window[0] ?? '') && /^(?:is|are)$/.test(window[1] ?? '')) return 'future';
  for (const token of window) {
    const bare = token.replace(/^['’]+|['’]+$/g, '');
    if (FUTURE_SET.has(token) || FUTURE_SET.has(bare) || /['’]ll$/.test(token)) return 'future';
    if (PAST_SET.has(bare) || /[a-z]{3,}ed$/.test(bare)) return 'past';
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Expressions chrono does not read the news way: own regular-expression readers

const DURATION_RE = new RegExp(
  `\\b(?:(?:over|in|during|for|throughout|within)\\s+the\\s+(?:past|last|previous)\\s+(?:(${NUMBER_RE}|few|several|couple\\s+of)\\s+)?` +
    `|(?:the\\s+)?(?:past|last|previous|next|coming)\\s+(${NUMBER_RE}|few|several|couple\\s+of)\\s+)(hour|day|week|month|year)s?\\b`,
  'gi',
);

/** "over the past week", "the last two weeks" (back to publication); "the next few days" is vague. */
function durationCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(DURATION_RE)) {
    const count = m[1] ?? m[2];
    const unit = m[3] ?? 'day';
    const ahead = /\b(?:next|coming)\s/i.test(m[0]);
    const n = count == null ? 1 : toNumber(count);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      own: true,
      resolve: ({ pub }) => {
        if (n == null) return null; // "the past few weeks": vague, not placed on a timeline
        const precision = precisionOfUnit(unit);
        if (!pub) return unresolved(precision);
        if (ahead) return rangeResolution(pub, shift(pub, n, unit), precision);
        return rangeResolution(shift(pub, -n, unit), pub, precision);
      },
    });
  }
  return out;
}

const ANCHORED_RE = new RegExp(
  `\\b(?:(${NUMBER_RE})\\s+(day|week|month|year)s?\\s+(later|earlier|after|afterwards|before)` +
    `|the\\s+(next|following|previous|preceding)\\s+(day|morning|afternoon|evening|night|week|month|year)` +
    `|the\\s+(day|night|week|month|year)\\s+(before|after))\\b`,
  'gi',
);

function anchoredCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(ANCHORED_RE)) {
    let n: number;
    let unit: string;
    let part: string | null = null;
    if (m[1] != null && m[2] != null && m[3] != null) {
      n = (toNumber(m[1]) ?? 1) * (/^(?:earlier|before)$/i.test(m[3]) ? -1 : 1);
      unit = m[2];
    } else if (m[4] != null && m[5] != null) {
      n = /^(?:next|following)$/i.test(m[4]) ? 1 : -1;
      unit = m[5];
    } else {
      n = /^after$/i.test(m[7] ?? '') ? 1 : -1;
      unit = m[6] ?? 'day';
    }
    if (unit.toLowerCase() in PART_OF_DAY_HOURS) {
      part = unit.toLowerCase();
      unit = 'day';
    } else if (unit.toLowerCase() === 'night') {
      part = 'night';
      unit = 'day';
    }
    const partName = part;
    const unitName = unit;
    // "a day after he met …", "two days before the vote": counted from that event, not from
    // the previous date of the text
    const counted = m[1] != null && /^(?:after|before)$/i.test(m[3] ?? '');
    const fromEvent = counted && /^\s*[\p{L}\d“"‘']/u.test(text.slice(m.index + m[0].length));
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      own: true,
      resolve: ({ anchor }) => {
        const precision = precisionOfUnit(unitName);
        if (fromEvent) return unresolved(precision, UNRESOLVED_EVENT);
        if (!anchor || !coarserOrEqual(precision, anchor.precision)) return unresolved(precision, UNRESOLVED_NO_ANCHOR);
        const day = shift(anchor.day, n, unitName);
        if (partName != null) return partOfDayResolution(day, partName);
        return dayResolution(day, precision);
      },
    });
  }
  return out;
}

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2, 'part-of-day': 3, time: 4 };

/** True when a is as coarse as b or coarser (a month offset needs an anchor known to the month). */
function coarserOrEqual(a: Precision, b: Precision): boolean {
  return PRECISION_RANK[a] <= PRECISION_RANK[b];
}

function partOfDayResolution(day: CalDate, part: string): Resolution {
  const hour = PART_OF_DAY_HOURS[part] ?? REFERENCE_HOUR;
  return { date: formatTime(day, hour, 0), precision: 'part-of-day', anchor: { day, precision: 'part-of-day' } };
}

const WEEK_RE = /\b(?:(earlier|later)\s+)?(this|last|next|past|the\s+past)\s+week\b/gi;

function weekCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(WEEK_RE)) {
    const side = (m[1] ?? '').toLowerCase();
    const which = (m[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      own: true,
      resolve: ({ pub }) => {
        if (!pub) return unresolved('day');
        const monday = weekStart(pub);
        const sunday = addDays(monday, DAYS_PER_WEEK - 1);
        if (which === 'this') {
          if (side === 'earlier') return rangeResolution(monday, daysBetween(monday, pub) > 0 ? addDays(pub, -1) : pub, 'day');
          if (side === 'later') return rangeResolution(daysBetween(pub, sunday) > 0 ? addDays(pub, 1) : pub, sunday, 'day');
          return rangeResolution(monday, sunday, 'day');
        }
        if (which === 'next') return rangeResolution(addDays(monday, DAYS_PER_WEEK), addDays(sunday, DAYS_PER_WEEK), 'day');
        if (which === 'last') return rangeResolution(addDays(monday, -DAYS_PER_WEEK), addDays(sunday, -DAYS_PER_WEEK), 'day');
        // "the past week": the seven days up to publication
        return rangeResolution(addDays(pub, -DAYS_PER_WEEK), pub, 'day');
      },
    });
  }
  return out;
}

const WEEKEND_RE = /\b(last|this|next|coming|past|over\s+the|at\s+the|on\s+the|during\s+the|the)\s+weekend\b/gi;

function weekendCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(WEEKEND_RE)) {
    const which = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const start = m.index;
    out.push({
      start,
      end: start + m[0].length,
      own: true,
      resolve: ({ pub, text: t }) => {
        if (!pub) return unresolved('day');
        let saturday: CalDate;
        if (which === 'last') saturday = addDays(weekStart(pub), -2);
        else if (which === 'next') saturday = addDays(weekStart(pub), DAYS_PER_WEEK + SATURDAY - 1);
        else if (which === 'coming' || (which === 'this' ? tenseBefore(t, start) !== 'past' : tenseBefore(t, start) === 'future')) {
          saturday = weekdayOnOrAfter(pub, SATURDAY); // "this weekend" looks ahead unless told in the past
        }
        else saturday = weekdayOnOrBefore(pub, SATURDAY);
        return rangeResolution(saturday, addDays(saturday, 1), 'day');
      },
    });
  }
  return out;
}

const YEAR = '(?:1[89]\\d{2}|20\\d{2})';
const YEAR_RANGE_RE = new RegExp(
  `\\b(?:(between|from)\\s+)?(${YEAR})\\s*(?:-|–|—|and|to|through|until)\\s*(${YEAR}|\\d{2})\\b(?![-/.,]\\d)`,
  'gi',
);
const YEAR_RE = new RegExp(`(?<![\\d,.$£€/])(?<!(?<!\\bmid)-)\\b(${YEAR})\\b(?!\\s*(?:%|percent)|[-/.,:]\\d|s\\b)`, 'gi');
const YEAR_CUE_BEFORE_RE = new RegExp(
  `(?:\\b(?:${alternation(YEAR_CUES)})\\s+(?:the\\s+)?(?:year\\s+)?|\\bmid-|\\b(?:the|its|their|his|her)\\s+|\\w['’]s\\s+|\\b(?:1[89]|20)\\d{2}\\s*(?:,|and|or|&)\\s*)$`,
  'i',
);

function yearCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(YEAR_RANGE_RE)) {
    const a = Number(m[2]);
    const rawB = m[3] ?? '';
    const b = rawB.length === 2 ? Math.floor(a / 100) * 100 + Number(rawB) : Number(rawB);
    const joiner = m[0].slice((m[1] ?? '').length).replace(/\d/g, '').trim().toLowerCase();
    // "2020 and 2022" alone is two years, not a range; "between 2020 and 2022" is one
    if (b <= a || (joiner === 'and' && (m[1] ?? '').toLowerCase() !== 'between')) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      own: true,
      resolve: () => ({
        date: formatYear(a),
        precision: 'year',
        range: { start: formatYear(a), end: formatYear(b) },
        anchor: { day: { year: a, month: 1, day: 1 }, precision: 'year' },
      }),
    });
  }
  for (const m of text.matchAll(YEAR_RE)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + 4, m.index + 6);
    if (!YEAR_CUE_BEFORE_RE.test(before) && !/^['’]s/.test(after)) continue;
    const year = Number(m[1]);
    out.push({
      start: m.index,
      end: m.index + 4,
      own: true,
      resolve: () => ({
        date: formatYear(year),
        precision: 'year',
        anchor: { day: { year, month: 1, day: 1 }, precision: 'year' },
      }),
    });
  }
  return out;
}

const MONTH_NAMES_CAPITALISED = MONTHS.map((m) => m[0]?.toUpperCase() + m.slice(1));
const MONTH_ONLY_RE = new RegExp(
  `\\b(?:(last|next|this|coming|early|late|mid-?)\\s*)?(${MONTH_NAMES_CAPITALISED.join('|')})\\b(?!\\s*\\d|-)`,
  'g',
);
/** A month name alone is a month after these words ("scheduled for May"); "May" alone is the verb. */
const MONTH_CUE_BEFORE_RE = /\b(?:in|for|of|since|until|till|by|from|before|after|during|through|throughout|early|late|mid|last|next|this|coming)\s*-?\s*$/i;

/** Month names chrono skips (it leaves out "May" after anything but "in"). */
function monthCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(MONTH_ONLY_RE)) {
    const name = m[2] ?? '';
    const modifier = (m[1] ?? '').toLowerCase();
    if (modifier === '' && !MONTH_CUE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const month = MONTHS.indexOf(name.toLowerCase()) + 1;
    const start = m.index;
    out.push({
      start,
      end: start + m[0].length,
      own: false, // chrono's reading of the same words, when it has one, is as good
      resolve: ({ pub, text: t }) => {
        if (!pub) return unresolved('month');
        const mod = modifier.startsWith('mid') || modifier === 'early' || modifier === 'late' ? '' : modifier;
        return dayResolution(resolveMonth(pub, month, mod, tenseBefore(t, start)), 'month');
      },
    });
  }
  return out;
}

const HOLIDAY_CUE_BEFORE_RE = /\b(?:until|till|by|at|on|before|after|over|since|for|from|to)\s+$/i;
const HOLIDAY_RE = new RegExp(`\\b(${alternation(Object.keys(FIXED_HOLIDAYS)).replace(/'/g, "['’]")})\\b`, 'gi');

/** Fixed-date holidays ("New Year's Day"), dated like a day and month without a year. */
function holidayCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(HOLIDAY_RE)) {
    const key = (m[1] ?? '').toLowerCase().replace(/’/g, "'");
    const date = FIXED_HOLIDAYS[key];
    if (!date || (key === 'may day' && m[1] !== 'May Day')) continue;
    // "Christmas shoppers" is not a date; "until Christmas", "at Christmas" are
    if (key === 'christmas' && !HOLIDAY_CUE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const [month, day] = date;
    const start = m.index;
    out.push({
      start,
      end: start + m[0].length,
      own: true,
      resolve: ({ pub, text: t }) => {
        if (!pub) return unresolved('day');
        return dayResolution(nearestDayMonth(pub, month, day, tenseBefore(t, start)));
      },
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// chrono's results, read the news way

const WEEKDAY_ABBREVIATION_RE = /^(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)\.?$/i;
const NUMERIC_DATE_RE = /^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{2}|\d{4}))?$/;
const PART_OF_DAY_RE = new RegExp(`\\b(${alternation(Object.keys(PART_OF_DAY_HOURS))})\\b`, 'i');
const CASUAL_RE = new RegExp(`\\b(${alternation(Object.keys(CASUAL_DAY_OFFSETS))})\\b`, 'i');
const RELATIVE_UNIT_RE = /\b(?:ago|this|next|last|past|in|within)\b.*\b(hour|day|week|month|year)s?\b|\b(hour|day|week|month|year)s?\s+ago\b/i;
const MODIFIER_BEFORE_RE = new RegExp(`(?:\\b(${alternation(SPAN_MODIFIERS.filter((w) => !w.endsWith('-')))})\\s+|\\b(mid)-)$`, 'i');
const WEEK_SHIFT_RE = /\b(last|next|this)\s+week\b/i;
/** Characters before "in N years" searched for SPAN_BEFORE_IN words (three or four words). */
const SPAN_BEFORE_IN_WINDOW = 30;
const SPAN_BEFORE_IN_RE = new RegExp(`\\b(?:${alternation(SPAN_BEFORE_IN)}|\\w+est)\\b[^.;!?]*$`, 'i');
const MONTH_PART_RE = new RegExp(`\\b(?:${alternation(MONTH_PARTS)})\\s+of\\s+(?:the\\s+)?$`, 'i');
const MONTH_PART_START_RE = new RegExp(`^(?:${alternation(MONTH_PARTS)})\\s+of\\s`, 'i');
/**
 * chrono readings that are not dates in news copy: "now", durations ("for 30 days", "after
 * eight days of riots"), counts from an event ("two minutes after"), idioms ("at the last
 * minute", "to this day"), bare units ("in the days following").
 */
const NOT_A_DATE_RE =
  /^(?:now|for\b|within\b|after\b|before\b|the\s+\w+-\w+-old\b|(?:the\s+)?(?:last|this|next)\s+(?:minute|second|moment|day)\b|(?:the\s+)?(?:days?|weeks?|months?|years?)$)|\b(?:minutes?|seconds?)\b|\b(?:after|before|later|earlier)$/i;
const PART_OF_PREFIX_RE = new RegExp(`^(?:${alternation(Object.keys(PART_OF_DAY_HOURS))})\\s+of\\s+(?:the\\s+)?`, 'i');
/** A clock time torn from its hour by tokenised text ("11: 00 AM" read as "00 AM"). */
const TORN_CLOCK_BEFORE_RE = /\d:\s+$/;

const MONTH_WORD_RE = new RegExp(`\\b(${alternation([...MONTHS, ...Object.keys(MONTH_ABBREVIATIONS)])})\\b`, 'i');

/** True when the month name in the expression is written in lower case ("a protest march"). */
function lowercaseMonth(core: string): boolean {
  const name = MONTH_WORD_RE.exec(core)?.[1];
  return name != null && name === name.toLowerCase();
}

/**
 * A chrono result read the news way. `partStart`: where a part-of-day prefix that chrono read
 * apart begins ("the afternoon of April 20": `r` is "April 20", the span starts at "afternoon").
 */
function chronoCandidate(r: ParsedResult, text: string, offset: number, partStart?: number): Candidate | null {
  const index = offset + r.index;
  let start = index;
  let end = index + r.text.length;
  const s = r.start;
  const known = (c: 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute'): number | null =>
    s.isCertain(c) ? s.get(c) : null;
  const core = trimSpan(text, start, end);
  const coreText = text.slice(core.start, core.end);
  if (coreText.length === 0 || NOT_A_DATE_RE.test(r.text.trim()) || NOT_A_DATE_RE.test(coreText)) return null;
  if (TORN_CLOCK_BEFORE_RE.test(text.slice(Math.max(0, index - 3), index))) return null;
  if (WEEKDAY_ABBREVIATION_RE.test(coreText)) return null;
  if (lowercaseMonth(coreText) && known('day') == null && known('year') == null) return null; // "a protest march"
  const numeric = NUMERIC_DATE_RE.exec(coreText);
  if (numeric && numeric[4] == null) return null; // "3/4", "24/7", "9/11": fractions and names
  const hasDate = (['year', 'month', 'day', 'weekday'] as const).some((c) => s.isCertain(c));
  const casual = CASUAL_RE.exec(coreText);
  if (!hasDate && !casual && known('hour') != null && !EXPLICIT_CLOCK_RE.test(coreText)) return null; // "at 5"
  if (/^in\s/i.test(r.text.trim()) && SPAN_BEFORE_IN_RE.test(text.slice(Math.max(0, index - SPAN_BEFORE_IN_WINDOW), index))) {
    return null; // "the first in 10 years": a span looking back, not a date ahead
  }

  // keep a modifier chrono left out ("last August", "mid-March")
  for (let k = 0; k < 2; k++) {
    const mod = MODIFIER_BEFORE_RE.exec(text.slice(Math.max(0, core.start - 12), core.start));
    if (!mod) break;
    core.start -= mod[0].length;
  }
  start = partStart ?? core.start;
  end = core.end;
  const spanText = text.slice(start, end);
  const modifier = (/^(last|next|this|coming|past)\b/i.exec(spanText)?.[1] ?? '').toLowerCase();
  const part = PART_OF_DAY_RE.exec(spanText)?.[1]?.toLowerCase() ?? null;
  const weekShift = WEEK_SHIFT_RE.exec(spanText)?.[1]?.toLowerCase() ?? null;
  // "the end of June": chrono fills in the 30th; the text says the month
  const monthPart =
    (MONTH_PART_RE.test(text.slice(Math.max(0, start - SPAN_BEFORE_IN_WINDOW), start)) || MONTH_PART_START_RE.test(spanText)) &&
    !/\d/.test(spanText);
  const tags = r.tags();
  const relative = tags.has('result/relativeDate') || RELATIVE_UNIT_RE.test(spanText);
  const endDay = r.end?.isCertain('day') ? { day: r.end.get('day'), month: r.end.isCertain('month') ? r.end.get('month') : null } : null;

  return {
    start,
    end,
    own: false,
    resolve: (ctx) => {
      const { pub } = ctx;
      const tense = tenseBefore(ctx.text, start);
      let hour = known('hour');
      const minute = known('minute') ?? 0;
      const named = /\b(noon|midday|midnight)\b/i.exec(spanText)?.[1]?.toLowerCase();
      if (named != null) hour = NAMED_CLOCK_TIMES[named] ?? hour;
      const finish = (day: CalDate, precision: Precision = 'day'): Resolution => {
        if (precision !== 'day') return dayResolution(day, precision);
        if (hour != null && (EXPLICIT_CLOCK_RE.test(spanText) || named != null)) {
          return { date: formatTime(day, hour, minute), precision: 'time', anchor: { day, precision: 'time' } };
        }
        if (part != null) return partOfDayResolution(day, part);
        return dayResolution(day);
      };
      const finerThanDay: Precision = hour != null && EXPLICIT_CLOCK_RE.test(spanText) ? 'time' : part != null ? 'part-of-day' : 'day';

      // 1. yesterday, today, tonight, last night, this morning …
      if (casual?.[1] != null) {
        const offset = CASUAL_DAY_OFFSETS[casual[1].toLowerCase()] ?? 0;
        if (!pub) return unresolved(finerThanDay);
        const partWord = casual[1].toLowerCase().split(' ').pop() ?? '';
        const day = addDays(pub, offset);
        if (part == null && (partWord === 'night' || partWord === 'tonight' || partWord === 'evening')) {
          return hour != null && EXPLICIT_CLOCK_RE.test(spanText) ? finish(day) : partOfDayResolution(day, partWord);
        }
        return finish(day);
      }
      // 2. counted or named relative units: "two days ago", "in three weeks", "next month", "last year"
      const unitMatch = RELATIVE_UNIT_RE.exec(spanText);
      if (relative && unitMatch && !(known('weekday') != null && known('day') == null)) {
        const unit = unitMatch[1] ?? unitMatch[2] ?? 'day';
        const precision = precisionOfUnit(unit);
        if (!pub) return unresolved(precision);
        const y = s.get('year');
        const mo = s.get('month');
        const d = s.get('day');
        if (y == null || mo == null || d == null) return null;
        return finish({ year: y, month: mo, day: d }, precision);
      }
      // 3. day and month, year given or not
      let day = known('day');
      let mon = known('month');
      let year = known('year');
      if (numeric && numeric[4] != null) {
        const a = Number(numeric[1]);
        const b = Number(numeric[3]);
        const rawYear = numeric[4];
        const dayFirst = numeric[2] === '.' || ctx.dayFirst || a > MONTHS_PER_YEAR;
        [day, mon] = dayFirst ? [a, b] : [b, a];
        year = rawYear.length === 2 ? (Number(rawYear) < TWO_DIGIT_YEAR_PIVOT ? 2000 : 1900) + Number(rawYear) : Number(rawYear);
        if (!isValidDate(year, mon, day)) return null;
      }
      if (monthPart && day != null) day = null;
      if (day != null && mon != null) {
        let date: CalDate;
        if (year != null) date = { year, month: mon, day };
        else if (!pub) return unresolved(finerThanDay);
        else date = nearestDayMonth(pub, mon, day, tense);
        if (!isValidDate(date.year, date.month, date.day)) return null;
        const res = finish(date);
        if (endDay?.day != null && res.precision === 'day') {
          const endMonth = endDay.month ?? date.month;
          const last: CalDate = { year: date.year + (endMonth < date.month ? 1 : 0), month: endMonth, day: endDay.day };
          if (isValidDate(last.year, last.month, last.day) && daysBetween(date, last) > 0) return rangeResolution(date, last, 'day');
        }
        return res;
      }
      // 4. weekday
      const wd = known('weekday');
      if (wd != null) {
        if (!pub) return unresolved(finerThanDay);
        return finish(resolveWeekday(pub, wd, modifier, weekShift, tense));
      }
      // 5. month, year given or not
      if (mon != null) {
        if (year != null) return dayResolution({ year, month: mon, day: 1 }, 'month');
        if (!pub) return unresolved('month');
        return dayResolution(resolveMonth(pub, mon, modifier, tense), 'month');
      }
      // 6. year alone
      if (year != null) return dayResolution({ year, month: 1, day: 1 }, 'year');
      // 7. a clock time alone: the day named right after it, else the day of the previous date
      // in the text, else the publication day
      if (hour != null) {
        const anchorDay = ctx.anchor && PRECISION_RANK[ctx.anchor.precision] >= PRECISION_RANK.day ? ctx.anchor.day : null;
        const after = ctx.dayAfter(end);
        const base = after?.day ?? anchorDay ?? pub;
        if (!base) return unresolved('time');
        const res: Resolution = { date: formatTime(base, hour, minute), precision: 'time' };
        if (after) {
          res.through = after.end;
          res.anchor = { day: after.day, precision: 'time' };
        }
        return res;
      }
      return null;
    },
  };
}

/** The given weekday the news way (see the module comment). */
function resolveWeekday(pub: CalDate, wd: number, modifier: string, weekShift: string | null, tense: Tense): CalDate {
  if (weekShift === 'last') return weekdayInWeek(addDays(weekStart(pub), -DAYS_PER_WEEK), wd);
  if (weekShift === 'next') return weekdayInWeek(addDays(weekStart(pub), DAYS_PER_WEEK), wd);
  if (weekShift === 'this') return weekdayInWeek(weekStart(pub), wd);
  if (modifier === 'last' || modifier === 'past') return weekdayOnOrBefore(pub, wd, true);
  if (modifier === 'next' || modifier === 'coming') return weekdayOnOrAfter(pub, wd, true);
  if (tense === 'future') return weekdayOnOrAfter(pub, wd);
  return weekdayOnOrBefore(pub, wd);
}

/** The given month the news way: the most recent one unless "next" or future wording. */
function resolveMonth(pub: CalDate, month: number, modifier: string, tense: Tense): CalDate {
  if (modifier === 'this') return { year: pub.year, month, day: 1 };
  if (modifier === 'last' || modifier === 'past') {
    return { year: month < pub.month ? pub.year : pub.year - 1, month, day: 1 };
  }
  if (modifier === 'next' || modifier === 'coming') {
    return { year: month > pub.month ? pub.year : pub.year + 1, month, day: 1 };
  }
  if (tense === 'future') return { year: month >= pub.month ? pub.year : pub.year + 1, month, day: 1 };
  return { year: month <= pub.month ? pub.year : pub.year - 1, month, day: 1 };
}

/** A day and month without a year: the nearest such day, or the side tense points to. */
function nearestDayMonth(pub: CalDate, month: number, day: number, tense: Tense): CalDate {
  const options = [pub.year - 1, pub.year, pub.year + 1]
    .filter((y) => isValidDate(y, month, day))
    .map((y) => ({ year: y, month, day }));
  const allowed = options.filter((d) => {
    const diff = daysBetween(pub, d);
    return tense === 'future' ? diff >= 0 : tense === 'past' ? diff <= 0 : true;
  });
  const pool = allowed.length > 0 ? allowed : options;
  let best = pool[0] ?? { year: pub.year, month, day };
  for (const d of pool) if (Math.abs(daysBetween(pub, d)) < Math.abs(daysBetween(pub, best))) best = d;
  return best;
}

// ---------------------------------------------------------------------------------------------
// Spans

const IN_COUNT_RE = new RegExp(`^in\\s+${NUMBER_RE}\\s+(?:hour|day|week|month|year)s?\\b`, 'i');
const LEADING_RE = new RegExp(`^(?:(?:${alternation(LEADING_PREPOSITIONS)})\\s+)+`, 'i');

/** Trims white space, trailing punctuation and leading prepositions ("on Thursday," → "Thursday"). */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /[\s,;:!?)]/.test(text[e - 1] ?? '')) e--;
  if (e > s && text[e - 1] === '.' && !/(?:[ap]\.m|\b[A-Z][a-z]{2,3})\.$/.test(text.slice(s, e))) e--;
  const lead = LEADING_RE.exec(text.slice(s, e));
  // "in three days" keeps its "in": without it the words name a span, not a date
  if (lead && lead[0].length < e - s && !IN_COUNT_RE.test(text.slice(s, e))) s += lead[0].length;
  return { start: s, end: e };
}

/** What may stand between a clock time and the day it belongs to ("10:30 local time on Friday"). */
const CLOCK_TO_DAY_GAP_RE = /^[\s,]*(?:local\s+time|\(?[A-Z]{2,4}\)?)?[\s,]*(?:on\s*)?$/;

/** Day-first when the text itself writes an impossible month-first date (25/03/2025). */
function detectDayFirst(text: string): boolean {
  for (const m of text.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})\b/g)) {
    if (Number(m[1]) > MONTHS_PER_YEAR && Number(m[2]) <= MONTHS_PER_YEAR) return true;
  }
  return false;
}

/**
 * Keeps the longest candidates that do not overlap; on equal length our own readers win.
 * Candidates are swept in text order into groups of mutually reachable overlaps, and each group
 * is settled greedily, so a long text costs about linear time.
 */
function selectCandidates(candidates: Candidate[]): Candidate[] {
  const byStart = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let group: Candidate[] = [];
  let groupEnd = -1;
  const settle = (): void => {
    const ranked = [...group].sort(
      (a, b) => b.end - b.start - (a.end - a.start) || Number(b.own) - Number(a.own) || a.start - b.start,
    );
    const chosen: Candidate[] = [];
    for (const c of ranked) if (chosen.every((k) => c.end <= k.start || c.start >= k.end)) chosen.push(c);
    kept.push(...chosen.sort((a, b) => a.start - b.start));
    group = [];
  };
  for (const c of byStart) {
    if (c.start >= groupEnd && group.length > 0) settle();
    group.push(c);
    groupEnd = Math.max(groupEnd, c.end);
  }
  if (group.length > 0) settle();
  return kept;
}

/** Index of the first candidate (sorted by start) that starts at or after i. */
function firstAtOrAfter(sorted: Candidate[], i: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Candidate).start < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * chrono slows down more than linearly on long inputs; dates never cross a paragraph, so it
 * reads paragraphs, packed up to CHUNK_CHARS (a longer paragraph is cut after a sentence end).
 */
const CHUNK_CHARS = 4000;

function chunks(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK_CHARS);
    if (end < text.length) {
      const window = text.slice(start, end);
      const newline = window.lastIndexOf('\n');
      const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
      const cut = newline > 0 ? newline + 1 : sentence > 0 ? sentence + 2 : window.lastIndexOf(' ') + 1;
      if (cut > 0) end = start + cut;
    }
    out.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return out;
}

/**
 * The time expressions of a text, resolved against the publication date (ISO date or
 * date-time, or null when unknown). Offsets are JS string indices into `text`.
 */
export function findTimes(text: string, publishedAt: string | null, options: FindTimesOptions = {}): FoundTime[] {
  const pub = parseIsoDate(publishedAt);
  const ref = pub ?? PLACEHOLDER_REFERENCE;
  const reference = {
    instant: new Date(Date.UTC(ref.year, ref.month - 1, ref.day, REFERENCE_HOUR)),
    timezone: 0,
  };
  const candidates: Candidate[] = [
    ...durationCandidates(text),
    ...anchoredCandidates(text),
    ...weekCandidates(text),
    ...weekendCandidates(text),
    ...yearCandidates(text),
    ...monthCandidates(text),
    ...holidayCandidates(text),
  ];
  for (const chunk of chunks(text)) {
    for (const r of chrono.parse(chunk.text, reference)) {
      // chrono reads "the afternoon of April 20" as one result but drops the date: read the
      // date part alone and keep the part of the day in the span
      const prefix = PART_OF_PREFIX_RE.exec(r.text);
      const sub = prefix ? chrono.parse(r.text.slice(prefix[0].length), reference).find((x) => x.index === 0) : undefined;
      const c = sub
        ? chronoCandidate(sub, text, chunk.start + r.index + (prefix?.[0].length ?? 0), chunk.start + r.index)
        : chronoCandidate(r, text, chunk.start);
      if (c) candidates.push(c);
    }
  }
  const kept = selectCandidates(candidates);
  const ctx: Context = {
    text,
    pub,
    anchor: null,
    dayFirst: options.dayFirst ?? detectDayFirst(text),
    dayAfter: (i) => {
      const next = kept[firstAtOrAfter(kept, i)];
      if (!next || !CLOCK_TO_DAY_GAP_RE.test(text.slice(i, next.start))) return null;
      const res = next.resolve({ ...ctx, dayAfter: () => null });
      if (!res?.anchor || PRECISION_RANK[res.anchor.precision] < PRECISION_RANK.day) return null;
      return { day: res.anchor.day, end: next.end };
    },
  };
  const found: FoundTime[] = [];
  let consumed = 0;
  for (const c of kept) {
    if (c.start < consumed) continue;
    const res = c.resolve(ctx);
    if (!res) continue;
    const span = trimSpan(text, c.start, Math.max(c.end, res.through ?? 0));
    consumed = span.end;
    if (span.end <= span.start) continue;
    const time: FoundTime = {
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      date: res.date,
      precision: res.precision,
    };
    if (res.unresolved != null) time.unresolved = res.unresolved;
    if (res.range) time.range = res.range;
    found.push(time);
    if (res.anchor) ctx.anchor = res.anchor;
  }
  return found;
}
