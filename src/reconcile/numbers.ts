import { CORRECTED_FIGURE, MEASURES, PERSON_UNITS } from './data/lexicon.js';
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
    } else if (m[3] && NUMBER_WORDS[m[3].toLowerCase()] !== undefined) {
      value = NUMBER_WORDS[m[3].toLowerCase()]!;
      // "no one was hurt": nobody
      if (value === 1 && tokens[i - 1]?.[3]?.toLowerCase() === 'no') {
        value = 0;
        unit = 'people';
      }
    } else return;
    if (!unit) {
      for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
        const w = tokens[k]![3]?.toLowerCase();
        if (!w) break;
        if (BETWEEN.has(w)) continue;
        unit = w;
        break;
      }
    }
    if (unit && value !== null && Number.isFinite(value)) {
      const unitKey = PERSON_UNITS.has(unit) ? PERSON : matchKey(unit);
      const near: string[] = [];
      for (let k = Math.max(0, i - FIGURE_WINDOW); k <= Math.min(tokens.length - 1, i + FIGURE_WINDOW + 1); k++) {
        const w = tokens[k]![3]?.toLowerCase();
        if (k === i || !w || BETWEEN.has(w) || NUMBER_WORDS[w] !== undefined) continue;
        const key = matchKey(w);
        if (key !== unitKey && key !== matchKey(unit) && contentWords(w).length) near.push(key);
      }
      out.push({ value, unit: unitKey, near, measures: measuresAround(tokens, i, unit) });
    }
  });
  return out;
}

/** Every MEASURES class a text speaks of ("the toll" → deaths), wherever the words stand. */
export function measuresIn(text: string): string[] {
  const ws = words(text);
  const out = new Set<string>();
  ws.forEach((w, i) => {
    const m = measureOf.get(w === 'part' && /^(?:took|take|takes|taking)$/.test(ws[i - 1] ?? '') ? 'took-part' : w);
    if (m) out.add(m);
  });
  return [...out];
}

/** Words that start another clause: what stands before them is not said of the figure after. */
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas', 'as', 'after', 'before']);

const isFigureToken = (t: RegExpMatchArray | undefined): boolean => !!t && (!!t[1] || NUMBER_WORDS[t[3]?.toLowerCase() ?? ''] !== undefined);

/** The MEASURES classes of the unit and of the words around token `i`, not past another figure. */
function measuresAround(tokens: RegExpMatchArray[], i: number, unit: string): string[] {
  const out = new Set<string>();
  const add = (w: string | undefined, prev: string | undefined): void => {
    if (!w) return;
    const key = w === 'part' && prev && /^(?:took|take|takes|taking)$/.test(prev) ? 'took-part' : w;
    const m = measureOf.get(key);
    if (m) out.add(m);
  };
  add(unit.toLowerCase(), undefined);
  // Backwards only within the figure's clause: "187 were rescued and 23 were missing".
  for (let k = i - 1; k >= Math.max(0, i - MEASURE_BEFORE) && !isFigureToken(tokens[k]) && !CLAUSE_JOINERS.has(tokens[k]![3]?.toLowerCase() ?? ''); k--) {
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
      if (x.unit !== y.unit || x.value === y.value) continue;
      if (fb.some((z) => z.unit === x.unit && z.value === x.value)) continue;
      // Figures of one measure ("15,000 joined" / "2,000 took part"), or one offered as the real
      // figure, conflict without more in common; figures measuring different things never do.
      if (x.measures.some((m) => y.measures.includes(m))) return { a: x, b: y };
      if ((correctedA && !x.measures.length) || (correctedB && !y.measures.length)) return { a: x, b: y };
      if (x.measures.length && y.measures.length) continue;
      if (!x.near.some((k) => y.near.includes(k))) continue;
      let shared = 0;
      for (const k of ka) if (k !== x.unit && kb.has(k) && !/^\d/.test(k)) shared++;
      if (shared >= minContext) return { a: x, b: y };
    }
  }
  return null;
}
