/**
 * Vocabulary of the time-expression stage (src/analyze/time.ts): the words that decide how a
 * date written in a news report is resolved against the report's publication date.
 */

/**
 * Representative clock hour of each part of the day. A part-of-day expression ("as of
 * Wednesday evening") resolves to `YYYY-MM-DDTHH:00` with precision 'part-of-day': the hour is
 * a sortable stand-in, not a claim; the precision says the real time is anywhere in that part.
 * Evening = 18:00 follows the dossier schema's own example (2025-03-12T18:00).
 */
export const PART_OF_DAY_HOURS: Readonly<Record<string, number>> = {
  dawn: 6,
  morning: 9,
  daytime: 12,
  afternoon: 15,
  evening: 18,
  dusk: 18,
  night: 21,
  tonight: 21,
  overnight: 2,
};

/** Clock times named by a word; these are exact times (precision 'time'). */
export const NAMED_CLOCK_TIMES: Readonly<Record<string, number>> = {
  noon: 12,
  midday: 12,
  midnight: 0,
};

/** Casual day words and their offset in days from the publication date. */
export const CASUAL_DAY_OFFSETS: Readonly<Record<string, number>> = {
  yesterday: -1,
  today: 0,
  tonight: 0,
  tomorrow: 1,
  'this morning': 0,
  'this afternoon': 0,
  'this evening': 0,
  'last night': -1,
  'last evening': -1,
  'earlier today': 0,
  'later today': 0,
};

export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Month abbreviations as written in news copy ("Feb. 24", "Sept. 3"). */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Number words used in "two days ago", "over the past three weeks". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};

/**
 * Words before a bare four-digit number that make it a year ("in 2022", "since 2014",
 * "the 2022 invasion" is caught by the determiner rule in time.ts instead).
 */
export const YEAR_CUES: readonly string[] = [
  'in',
  'since',
  'by',
  'until',
  'till',
  'through',
  'from',
  'during',
  'throughout',
  'before',
  'after',
  'of',
  'early',
  'late',
  'mid',
  'end of',
  'start of',
  'beginning of',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'year',
];

/**
 * Words in the clause before a weekday or a month that put it in the future ("talks will
 * resume on Monday", "elections are scheduled for May"). Checked before PAST_CUES, token by
 * token walking back from the expression: whichever is met first decides.
 */
export const FUTURE_CUES: readonly string[] = [
  'will',
  "'ll",
  '’ll',
  'shall',
  'would',
  'scheduled',
  'planned',
  'plans',
  'plan',
  'due',
  'set',
  'expected',
  'upcoming',
  'going',
  'next',
  'coming',
  'expect',
  'expects',
  'hope',
  'hopes',
  'intends',
  'aims',
  // present tense of scheduled events ("talks resume on Monday", "the office opens in May")
  'resume',
  'resumes',
  'reopen',
  'reopens',
  'begin',
  'begins',
  'start',
  'starts',
  'open',
  'opens',
  'expire',
  'expires',
  'takes',
  'convene',
  'convenes',
];

/** Reporting verbs and auxiliaries that anchor an expression in the past ("said on Monday"). */
export const PAST_CUES: readonly string[] = [
  'said',
  'says',
  'told',
  'announced',
  'stated',
  'added',
  'reported',
  'was',
  'were',
  'had',
  'did',
  'ago',
  'since',
  'earlier',
];

/** Prepositions trimmed off the front of an expression's span ("on Thursday" → "Thursday"). */
export const LEADING_PREPOSITIONS: readonly string[] = ['on', 'at', 'in', 'since', 'by', 'from', 'as of', 'of', 'for'];

/**
 * Modifier words kept in the span when they precede the date, because they change its meaning
 * ("last August", "earlier this week", "mid-March").
 */
export const SPAN_MODIFIERS: readonly string[] = ['last', 'next', 'this', 'earlier', 'later', 'early', 'late', 'mid', 'mid-'];

/** How many tokens back the tense check walks before giving up (a clause, roughly). */
export const TENSE_WINDOW_TOKENS = 8;

/**
 * Fixed-date holidays named in news copy: [month, day]. Their year follows the same rule as a
 * day and month written without one (the nearest, or the side tense points to).
 */
export const FIXED_HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  'christmas day': [12, 25],
  christmas: [12, 25],
  'christmas eve': [12, 24],
  'boxing day': [12, 26],
  "valentine's day": [2, 14],
  halloween: [10, 31],
  'may day': [5, 1],
};

/**
 * Words shortly before "in N years" that make it a span, not a date ahead: "the first in ten
 * years", "its lowest level in 20 years", "for the first time in a decade".
 */
export const SPAN_BEFORE_IN: readonly string[] = ['first', 'only', 'time', 'ever', 'level', 'since'];

/** "the end of June", "the start of May": month-level wording even when chrono fills in a day. */
export const MONTH_PARTS: readonly string[] = ['end', 'start', 'beginning', 'middle', 'half', 'part'];
