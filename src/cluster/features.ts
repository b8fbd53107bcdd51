/**
 * Story features of a report: what it is about (topic words) and what distinguishes it from
 * another event of the same kind — names (capitalised words and runs of them), numbers and
 * dates. Term keys carry their class as a prefix: `w:` topic word, `e:` name, `n:` number or
 * month (`n:month-3`).
 */
import { MONTHS, NAME_ABBREVIATIONS, STOPWORDS, WEEKDAYS } from './data/lexicon.js';

export type TermClass = 'w' | 'e' | 'n';

/** Raw term frequencies of one report, keyed `class:term`. */
export type TermCounts = Map<string, number>;

/** Topic words shorter than this are mostly abbreviations and noise. */
const MIN_WORD_LENGTH = 3;
/** Numbers with fewer digits ("3 people", "5 days") are too common to identify an event. */
const MIN_NUMBER_DIGITS = 2;

const TOKEN = /\p{L}[\p{L}\p{M}'’-]*|\p{N}+(?:[.,]\p{N}+)*/gu;

/** Light English suffix folding so that "earthquake"/"earthquakes", "arrested"/"arrest" meet. */
export function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

function clean(word: string): string {
  const lower = word.toLowerCase();
  // fast path: most words carry no possessive or trailing apostrophe/hyphen
  if (!/['’-]/u.test(lower)) return lower;
  return lower.replace(/[’']s$/u, '').replace(/[’'-]+$/u, '');
}

function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Characters after which (and white space) a word starts a sentence or a quotation. */
const OPENERS = new Set(['.', '!', '?', '\n', '"', '“', '”', ':', ';', '(', '`', "'"]);

function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i--;
  return i < 0 || OPENERS.has(text[i] ?? '');
}

/** Term counts of a text (title, if any, counts as part of the text). */
export function termCounts(text: string, title?: string | null): TermCounts {
  const full = title ? `${title}\n${text}` : text;
  // one pass to tokenise (and learn which words the text also writes in lower case), one to count
  const tokens: string[] = [];
  const cleaned: string[] = [];
  const initials: boolean[] = [];
  const lowerSeen = new Set<string>();
  for (const m of full.matchAll(TOKEN)) {
    const word = m[0];
    const w = clean(word);
    tokens.push(word);
    cleaned.push(w);
    initials.push(startsSentence(full, m.index ?? 0));
    if (!isCapitalised(word)) lowerSeen.add(w);
  }
  const counts: TermCounts = new Map();
  const bump = (k: string): void => {
    counts.set(k, (counts.get(k) ?? 0) + 1);
  };
  // a name counts by each of its words and by each pair of adjacent words ("e:paul",
  // "e:ferguson", "e:paul_ferguson"): later mentions use part of it, and pairs keep
  // "San Diego" apart from "San Jose"
  let prevName: string | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const word = tokens[k] ?? '';
    const initial = initials[k] ?? false;
    const first = word.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      const digits = word.replace(/[.,]/g, '');
      if (digits.length >= MIN_NUMBER_DIGITS) bump(`n:${word.replace(/,/g, '')}`);
      prevName = null;
      continue;
    }
    const w = cleaned[k] ?? '';
    if (isCapitalised(word)) {
      const full = NAME_ABBREVIATIONS[w];
      if (full !== undefined) {
        bump(`e:${full}`);
        prevName = full;
        continue;
      }
      const month = MONTHS[w];
      if (month !== undefined && (w.length > 3 || word.length === 3)) {
        bump(`n:month-${month}`);
        prevName = null;
        continue;
      }
      if (WEEKDAYS.has(w) || STOPWORDS.has(w) || w.length < 2) {
        prevName = null;
        continue;
      }
      if (!initial || !lowerSeen.has(w)) {
        bump(`e:${w}`);
        if (prevName) bump(`e:${prevName}_${w}`);
        prevName = w;
        continue;
      }
    }
    prevName = null;
    if (w.length < MIN_WORD_LENGTH || STOPWORDS.has(w)) continue;
    bump(`w:${stem(w)}`);
  }
  return counts;
}
