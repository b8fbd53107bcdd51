import { contentWords, keySet, matchKey } from './text.js';

/** Exact number words ("nine miners"); vague ones ("dozens", "thousands") are not figures. */
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100,
};

/** Words skipped between a figure and what it counts ("30 of the miners", "12 more people"). */
const BETWEEN = new Set(['of', 'the', 'more', 'other', 'additional', 'new', 'per', 'a', 'an']);

const FIGURE = /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s*(?:%|percent|per cent)|-[a-z]+)?|\b([a-z]+)\b/gi;

/** A figure in a text and the word it counts: {value: 30, unit key of "people"}. */
export interface Figure {
  value: number;
  unit: string;
  /** match keys of the words around the figure: what it is said of ("killed", "turnout") */
  near: string[];
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
    } else if (m[3] && NUMBER_WORDS[m[3].toLowerCase()] !== undefined) {
      value = NUMBER_WORDS[m[3].toLowerCase()]!;
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
      const unitKey = matchKey(unit);
      const near: string[] = [];
      for (let k = Math.max(0, i - FIGURE_WINDOW); k <= Math.min(tokens.length - 1, i + FIGURE_WINDOW + 1); k++) {
        const w = tokens[k]![3]?.toLowerCase();
        if (k === i || !w || BETWEEN.has(w) || NUMBER_WORDS[w] !== undefined) continue;
        const key = matchKey(w);
        if (key !== unitKey && contentWords(w).length) near.push(key);
      }
      out.push({ value, unit: unitKey, near });
    }
  });
  return out;
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
  for (const x of fa) {
    for (const y of fb) {
      if (x.unit !== y.unit || x.value === y.value) continue;
      if (fb.some((z) => z.unit === x.unit && z.value === x.value)) continue;
      if (!x.near.some((k) => y.near.includes(k))) continue;
      let shared = 0;
      for (const k of ka) if (k !== x.unit && kb.has(k) && !/^\d/.test(k)) shared++;
      if (shared >= minContext) return { a: x, b: y };
    }
  }
  return null;
}
