/**
 * Sentence splitting with character offsets.
 *
 * Rules: a newline is a hard boundary; `.`, `!`, `?` (and `…`) followed by closing quotes/brackets and
 * white space end a sentence when the next word starts a sentence (capital letter, digit, opening quote).
 * Titles ("Gen.", "Mr."), month and other inner abbreviations, initials ("J. Smith") never end one;
 * initialisms ("U.S.") and "Inc."-like words end one only before a typical sentence opener.
 */
import type { SentenceSpan } from '../model/types.js';
import {
  AMBIGUOUS_ABBREVIATIONS,
  INNER_ABBREVIATIONS,
  SENTENCE_OPENERS,
  TITLE_ABBREVIATIONS,
} from './data/abbreviations.js';
import { findDirectQuotes } from './tokens.js';

const TERMINATOR = /[.!?…]/;
const CLOSERS = /["'”’»)\]]/;
const OPENERS_AFTER = /[\p{Lu}\p{N}"“‘'(«[`]/u;

/** The word (letters and inner periods) that ends right before index `dot`. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1] ?? '')) i--;
  return text.slice(i, dot);
}

function nextWord(text: string, from: number): string {
  const m = /^[\s"“‘'(«`]*([\p{L}]+)/u.exec(text.slice(from, from + 40));
  return m?.[1] ?? '';
}

/** True when the period at `dot` ends a sentence whose next word starts at `next`. */
function periodEnds(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  const lower = word.toLowerCase();
  const bare = lower.replace(/^.*\./, '');
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  if (INNER_ABBREVIATIONS.has(lower)) {
    // "Sept. 26" continues; "in Jan. The" would be rare enough to ignore
    return false;
  }
  const opener = nextWord(text, next).toLowerCase();
  // single-letter initial ("J. Smith") or initialism ("U.S.", "D.C.")
  if (/^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    return /^\p{Ll}$/u.test(word) ? true : SENTENCE_OPENERS.has(opener);
  }
  if (AMBIGUOUS_ABBREVIATIONS.has(bare)) return SENTENCE_OPENERS.has(opener);
  return true;
}

/** Splits text into sentences; spans are trimmed of surrounding white space and never empty. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  // quotations that end with a comma continue into their attribution: “Is it over? No,” he said.
  const continuing = findDirectQuotes(text).filter((q) => q.closed && /[,\u2014\u2013-]\s*$/.test(text.slice(q.innerStart, q.innerEnd)));
  let qi = 0;
  const insideContinuing = (i: number): boolean => {
    while (qi < continuing.length && (continuing[qi]?.innerEnd ?? 0) <= i) qi++;
    const q = continuing[qi];
    return !!q && q.innerStart <= i && i < q.innerEnd;
  };
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  const scan = /[.!?…\n]/g;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (ch === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (!TERMINATOR.test(ch)) continue;
    // absorb runs of terminators and closing marks: ?!" .”) …
    let j = i + 1;
    while (j < text.length && (TERMINATOR.test(text[j] ?? '') || CLOSERS.test(text[j] ?? ''))) j++;
    if (j < text.length && !/[ \t\u00a0]/.test(text[j] ?? '')) {
      scan.lastIndex = j;
      continue;
    }
    let k = j;
    while (k < text.length && /[ \t\u00a0]/.test(text[k] ?? '')) k++;
    if (k >= text.length || text[k] === '\n') {
      scan.lastIndex = j;
      continue; // the newline (or the end) closes the sentence anyway
    }
    if (!OPENERS_AFTER.test(text[k] ?? '')) {
      scan.lastIndex = j;
      continue;
    }
    if (insideContinuing(i) || (ch === '.' && !periodEnds(text, i, k))) {
      scan.lastIndex = j;
      continue;
    }
    push(j);
    start = j;
    scan.lastIndex = j;
  }
  push(text.length);
  return out;
}
