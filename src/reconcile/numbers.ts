import { CORRECTED_FIGURE, MEASURES, PERSON_UNITS, STOPWORDS } from './data/lexicon.js';
import { contentWords, keySet, matchKey, words } from './text.js';

const measureOf = new Map<string, string>();
for (const [m, ws] of Object.entries(MEASURES)) for (const w of ws) measureOf.set(w, m);

/** Unit key shared by every word for counted people ("people", "survivors", "passengers"). */
export const PERSON = '#person';
/** Words before and after a figure searched for what it measures (not past another figure). */
export const MEASURE_BEFORE = 3;
export const MEASURE_AFTER = 6;

/** Exact number words ("nine miners"); vague ones ("dozens", "thousands") are not figures. */
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100,
};

/** How many times something happened: "once", "twice". */
const TIMES: Record<string, number> = { once: 1, twice: 2, thrice: 3 };
/** Words after "once" that make it a conjunction ("once the bridge opens"). */
const CONJUNCTION_AFTER = new Set(['the', 'a', 'an', 'it', 'they', 'he', 'she', 'we', 'you', 'i', 'this', 'that', 'more', 'again', 'upon']);

/** Words that put a figure in the future (a plan, a forecast) rather than a count of what is. */
const FUTURE = /\b(?:will|would|shall|next|plans? to|planned to|expects? to|expected to|aims? to|going to)\b/i;

/** A year standing alone ("in 2019"), which dates what a figure is said of. */
const YEAR = /\b(?:19|20)\d\d\b/g;

/** Words skipped between a figure and what it counts ("30 of the miners", "12 more people"). */
const BETWEEN = new Set(['of', 'the', 'more', 'other', 'additional', 'new', 'per', 'a', 'an']);

const FIGURE = /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s*(?:%|percent|per cent)|-[a-z]+)?|\b([a-z]+)\b/gi;

/** A figure in a text and the word it counts: {value: 30, unit key of "people"}. */
export interface Figure {
  value: number;
  unit: string;
  /** match keys of the words around the figure: what it is said of ("killed", "turnout") */
  near: string[];
  /** what the figure measures (MEASURES classes found around it): "deaths", "injured" */
  measures: string[];
  /** the values the figure allows: "just over forty" is 40 to 44, "at least 130" 130 upwards */
  range: [number, number];
  /** the word counted ("deaths", "civilians"), before unit keys merge persons */
  unitWord: string;
}

/** Unit key of sums of money. */
export const MONEY = '#money';
const CURRENCY_SIGN = /[£$€¥]\s*$/;
const CURRENCY_WORDS = new Set(['dollars', 'euros', 'pounds', 'crowns', 'marks', 'francs', 'kronor', 'rupees', 'yen', 'pesos', 'lira', 'dinars']);
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, bn: 1e9, m: 1e6 };
const SCALE_WORDS = new Set(Object.keys(SCALE));
/** "the number of (confirmed) cases … 42": the counted noun named before the figure. */
const COUNT_OF = /\b(?:number|count|total|tally)\s+of\s+(?:[a-z-]+\s+){0,2}?([a-z]+s)\b(?:(?![.;!?])[^\d])*$/i;
const COUNT_OF_CHARS = 80;
/** Largest ratio between two sums that may be one sum told two ways. */
export const MONEY_RATIO = 2;
/** Money words stand further from the sum ("will cost the club about £1 million"). */
const MONEY_MEASURE_BEFORE = 5;
/** Characters before a figure searched for a hedge ("at least", "just over"). */
const HEDGE_CHARS = 24;
/** Share by which an approximate figure ("about", "nearly") may be off. */
export const APPROX_SHARE = 0.1;
/** How far above a lower bound ("more than 40") a figure still agrees with it. */
export const BOUND_FACTOR = 2;

/** The values a hedged figure allows: exact, approximate, a lower or an upper bound. */
function rangeOf(value: number, before: string): [number, number] {
  const b = before.toLowerCase();
  const slack = Math.max(1, value * APPROX_SHARE);
  if (/\b(?:just|slightly) (?:over|above|more than)\s*\S*$/.test(b)) return [value, value + slack];
  if (/\b(?:just|slightly) (?:under|below|less than|fewer than)\s*\S*$/.test(b)) return [value - slack, value];
  if (/\b(?:about|around|nearly|almost|roughly|some|approximately|close to|an estimated)\s*\S*$/.test(b)) return [value - slack, value + slack];
  if (/\b(?:at least|more than|over|above|upwards of|no fewer than|no less than)\s*\S*$/.test(b)) return [value, value * BOUND_FACTOR];
  if (/\b(?:fewer than|less than|under|below|at most|up to|no more than)\s*\S*$/.test(b)) return [value / BOUND_FACTOR, value];
  return [value, value];
}

/** Two figures allow no common value. */
const disjoint = (x: Figure, y: Figure): boolean => x.range[1] < y.range[0] || y.range[1] < x.range[0];

/** Units that may count the same thing: one word, or persons and a measure word ("five people died" / "two deaths"). */
function sameUnit(x: Figure, y: Figure): boolean {
  if (x.unit === y.unit) return true;
  const countsPersons = (f: Figure): boolean => f.unit === PERSON || measureOf.has(f.unitWord);
  return countsPersons(x) && countsPersons(y) && x.unit !== MONEY && y.unit !== MONEY && x.measures.some((m) => y.measures.includes(m));
}

/** A vote count "112 votes to 98", "112 to 96", "112-88": for and against. */
const TALLY = /(?<!\bfrom\s)\b(\d{1,4})\s*(?:votes?\s+)?(?:to|-|–)\s*(\d{1,4})\b(?!\s*(?:%|percent|per cent))/gi;

/** The vote tallies of a text, as [for, against]. */
export function tallies(text: string): [number, number][] {
  return [...text.matchAll(TALLY)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]).filter(([a, b]) => a + b > 2 && !/^(?:19|20)\d\d$/.test(String(a)));
}

/** Share by which the totals of two tallies may differ and still be the same vote. */
const TALLY_TOTAL_SHARE = 0.2;

/** Two texts give different tallies of what is plausibly one vote (totals close, some number shared or near). */
export function conflictingTallies(a: string, b: string): [string, string] | null {
  for (const [x1, x2] of tallies(a)) {
    for (const [y1, y2] of tallies(b)) {
      if (x1 === y1 && x2 === y2) return null;
      const tx = x1 + x2;
      const ty = y1 + y2;
      if (Math.abs(tx - ty) > TALLY_TOTAL_SHARE * Math.max(tx, ty)) continue;
      if (x1 === y1 || x2 === y2) return [`${x1} to ${x2}`, `${y1} to ${y2}`];
    }
  }
  return null;
}

/** Words on each side of a figure that say what it is a figure of. */
export const FIGURE_WINDOW = 2;

/**
 * Figures with what they count: "At least 30 people were killed" → 30 people; "turnout of 48%"
 * → 48 percent. Years (1900–2099 standing alone) and vague quantities are left out.
 */
export function figures(text: string): Figure[] {
  const out: Figure[] = [];
  const tokens = [...text.matchAll(FIGURE)];
  tokens.forEach((m, i) => {
    let value: number | null = null;
    let unit: string | null = null;
    if (m[1]) {
      value = Number(m[1].replace(/,/g, ''));
      if (/^(19|20)\d\d$/.test(m[1]) && !m[2]) return;
      if (m[2]) unit = /%|percent|per cent/i.test(m[2]) ? 'percent' : m[2].slice(1).toLowerCase();
    } else if (m[3] && /^(?:nobody|no-one)$/i.test(m[3])) {
      value = 0;
      unit = 'people';
    } else if (m[3] && TIMES[m[3].toLowerCase()] !== undefined) {
      // "flew there twice in July" / "once in July"; "once the bridge opens" is no count.
      if (CONJUNCTION_AFTER.has(tokens[i + 1]?.[3]?.toLowerCase() ?? '')) return;
      value = TIMES[m[3].toLowerCase()]!;
      unit = '#times';
    } else if (m[3] && NUMBER_WORDS[m[3].toLowerCase()] !== undefined) {
      value = NUMBER_WORDS[m[3].toLowerCase()]!;
      // "no one was hurt": nobody
      if (value === 1 && tokens[i - 1]?.[3]?.toLowerCase() === 'no') {
        value = 0;
        unit = 'people';
      }
    } else return;
    const at = m.index ?? 0;
    // "£2.5 million", "48,000 marks": a sum of money, whatever the currency.
    let k0 = i + 1;
    const scale = tokens[k0]?.[3]?.toLowerCase();
    if (scale && SCALE[scale] !== undefined && value !== null) {
      value *= SCALE[scale]!;
      k0++;
    }
    if (!unit && (CURRENCY_SIGN.test(text.slice(Math.max(0, at - 2), at)) || CURRENCY_WORDS.has(tokens[k0]?.[3]?.toLowerCase() ?? ''))) unit = MONEY;
    if (!unit) {
      for (let k = k0; k < tokens.length && k <= k0 + 2; k++) {
        const w = tokens[k]![3]?.toLowerCase();
        // "at least 130, three times the official figure": another figure is no unit.
        if (!w || isFigureToken(tokens[k])) break;
        if (BETWEEN.has(w)) continue;
        unit = w;
        break;
      }
    }
    // "the number of confirmed cases stood at 42": what is counted stands before the figure.
    const counted = COUNT_OF.exec(text.slice(Math.max(0, at - COUNT_OF_CHARS), at));
    if (counted?.[1] && (!unit || STOPWORDS.has(unit) || !/\p{L}{3}/u.test(unit))) unit = counted[1].toLowerCase();
    if (unit && value !== null && Number.isFinite(value)) {
      const unitKey = unit === MONEY || unit === '#times' ? unit : PERSON_UNITS.has(unit) ? PERSON : matchKey(unit);
      const near: string[] = [];
      for (let k = Math.max(0, i - FIGURE_WINDOW); k <= Math.min(tokens.length - 1, i + FIGURE_WINDOW + 1); k++) {
        const w = tokens[k]![3]?.toLowerCase();
        if (k === i || !w || BETWEEN.has(w) || NUMBER_WORDS[w] !== undefined) continue;
        const key = matchKey(w);
        if (key !== unitKey && key !== matchKey(unit) && !CURRENCY_WORDS.has(w) && !SCALE_WORDS.has(w) && contentWords(w).length) near.push(key);
      }
      out.push({ value, unit: unitKey, near, measures: measuresAround(tokens, i, unit, unit === MONEY ? MONEY_MEASURE_BEFORE : MEASURE_BEFORE), range: rangeOf(value, text.slice(Math.max(0, at - HEDGE_CHARS), at)), unitWord: unit });
    }
  });
  return out;
}

/** The MEASURES key of a word given the word before it: "part" after "took" is "took-part". */
const measureKey = (w: string, prev: string | undefined): string => (w === 'part' && prev !== undefined && /^(?:took|take|takes|taking)$/.test(prev) ? 'took-part' : w);

/** Every MEASURES class a text speaks of ("the toll" → deaths), wherever the words stand. */
export function measuresIn(text: string): string[] {
  const ws = words(text);
  const out = new Set<string>();
  ws.forEach((w, i) => {
    const m = measureOf.get(measureKey(w, ws[i - 1]));
    if (m) out.add(m);
  });
  return [...out];
}

/** Words that start another clause: what stands before them is not said of the figure after. */
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas', 'as', 'after', 'before']);

const isFigureToken = (t: RegExpMatchArray | undefined): boolean => !!t && (!!t[1] || NUMBER_WORDS[t[3]?.toLowerCase() ?? ''] !== undefined);

/** The MEASURES classes of the unit and of the words around token `i`, not past another figure. */
function measuresAround(tokens: RegExpMatchArray[], i: number, unit: string, before: number): string[] {
  const out = new Set<string>();
  const add = (w: string | undefined, prev: string | undefined): void => {
    if (!w) return;
    const m = measureOf.get(measureKey(w, prev));
    if (m) out.add(m);
  };
  add(unit.toLowerCase(), undefined);
  // Backwards only within the figure's clause: "187 were rescued and 23 were missing".
  for (let k = i - 1; k >= Math.max(0, i - before) && !isFigureToken(tokens[k]) && !CLAUSE_JOINERS.has(tokens[k]![3]?.toLowerCase() ?? ''); k--) {
    add(tokens[k]![3]?.toLowerCase(), tokens[k - 1]?.[3]?.toLowerCase());
  }
  for (let k = i + 1; k < tokens.length && k <= i + MEASURE_AFTER && !isFigureToken(tokens[k]); k++) add(tokens[k]![3]?.toLowerCase(), tokens[k - 1]?.[3]?.toLowerCase());
  return [...out];
}

/**
 * Two statements give different figures for the same thing: a unit they share with different
 * values, said of the same word ("30 people were killed" / "killing 12 people"), and at least
 * `minContext` other words in common.
 */
export function conflictingFigures(a: string, b: string, minContext: number): { a: Figure; b: Figure } | null {
  // "by 112 votes to 98" / "by 112 to 96": one vote counted two ways (a year elsewhere in the
  // sentence does not date a tally).
  const tally = conflictingTallies(a, b);
  if (tally) {
    const as = (t: string): Figure => ({ value: Number(t.split(' ')[2]), unit: '#tally', near: [], measures: ['votes'], range: [0, 0], unitWord: t });
    return { a: as(tally[0]), b: as(tally[1]) };
  }
  const fa = figures(a);
  const fb = figures(b);
  if (!fa.length || !fb.length) return null;
  const ka = keySet(contentWords(a));
  const kb = keySet(contentWords(b));
  // "a quake in 2019 killed 40" is background, not a rival toll for this one: figures dated by
  // different years are not compared.
  const years = (t: string): string => [...new Set(t.match(YEAR) ?? [])].sort().join(' ');
  if (years(a) !== years(b)) return null;
  // "would build 200 homes next year" is a plan, not a rival count of "150 homes were built".
  if (FUTURE.test(a) !== FUTURE.test(b)) return null;
  const correctedA = CORRECTED_FIGURE.test(a);
  const correctedB = CORRECTED_FIGURE.test(b);
  for (const x of fa) {
    for (const y of fb) {
      if (!sameUnit(x, y) || !disjoint(x, y)) continue;
      if (fb.some((z) => sameUnit(x, z) && !disjoint(x, z))) continue;
      // Figures of one measure ("15,000 joined" / "2,000 took part"), or one offered as the real
      // figure, conflict without more in common; figures measuring different things never do.
      if (x.measures.some((m) => y.measures.includes(m))) return { a: x, b: y };
      if ((correctedA && !x.measures.length) || (correctedB && !y.measures.length)) return { a: x, b: y };
      if (x.measures.length && y.measures.length) continue;
      // Two sums of one order ("2.4 million crowns" / "1.8 million crowns") may be one sum told two
      // ways; sums an order apart (a first payment and the total) are different things.
      const sameOrder = x.unit === MONEY && Math.max(x.value, y.value) < MONEY_RATIO * Math.min(x.value, y.value);
      if (!sameOrder && !x.near.some((k) => y.near.includes(k))) continue;
      let shared = 0;
      for (const k of ka) if (k !== x.unit && kb.has(k) && !/^\d/.test(k)) shared++;
      if (shared >= minContext) return { a: x, b: y };
    }
  }
  return null;
}
