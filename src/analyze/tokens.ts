/**
 * A light tokenizer with offsets, and the pairing of quotation marks into direct-quote spans.
 * Shared by quotes.ts and statements.ts; no NLP library (keeps the per-article cost low).
 */
import type { SentenceSpan } from '../model/types.js';

export type TokenKind = 'word' | 'punct' | 'open' | 'close' | 'quote';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
  /** index of the sentence holding the token */
  sentence: number;
  /** index of the direct quote holding the token (marks included), or -1 */
  inQuote: number;
}

export interface DirectQuote {
  /** offset of the opening mark */
  start: number;
  /** offset just after the closing mark (or the end of the paragraph when it never closes) */
  end: number;
  innerStart: number;
  innerEnd: number;
  closed: boolean;
  words: number;
  paragraph: number;
}

const TOKEN_RE = /``|''|[\p{L}\p{N}]+(?:[’'\-.&/][\p{L}\p{N}]+)*|[^\s]/gu;
const WORD_RE = /^[\p{L}\p{N}]/u;

/** Tokenizes text; tokens get their sentence index and the direct quote they belong to. */
export function tokenize(text: string, sentences: SentenceSpan[], quotes: DirectQuote[]): Token[] {
  const out: Token[] = [];
  let s = 0;
  let q = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index ?? 0;
    const t = m[0];
    while (s + 1 < sentences.length && (sentences[s + 1]?.start ?? Infinity) <= start) s++;
    while (q < quotes.length && (quotes[q]?.end ?? 0) <= start) q++;
    const dq = quotes[q];
    const inQuote = dq && dq.start <= start && start < dq.end ? q : -1;
    let kind: TokenKind = WORD_RE.test(t) ? 'word' : 'punct';
    if (kind === 'punct' && QUOTE_CHARS.has(t)) {
      kind = dq && dq.start === start ? 'open' : dq && dq.closed && dq.end === start + t.length ? 'close' : 'quote';
    }
    out.push({ start, end: start + t.length, text: t, lower: t.toLowerCase(), kind, sentence: s, inQuote });
  }
  return out;
}

/** Characters that can open or close a quotation (sticky scan position kept in lastIndex). */
const QUOTE_SCAN = /[“”"«»‘’`']/g;
/** Double quotation marks of any typography. */
const DOUBLE_MARKS = /[“”"«»]|``|''/;
const QUOTE_CHARS = new Set(['“', '”', '"', '``', "''", '‘', '’', '«', '»', "'"]);

/** Minimum length (characters) of an unclosed quote that is taken to run to the end of its paragraph. */
const MIN_OPEN_ENDED = 20;

/**
 * Pairs quotation marks paragraph by paragraph: “…”, "…", ``…'', ''…'', «…», and ‘…’ or '…' when the
 * single marks stand at word boundaries. Nested marks inside an open quote are ignored. A quote that
 * opens and does not close before the paragraph ends runs to the paragraph end (the convention for
 * quotes that continue in the next paragraph).
 */
export function findDirectQuotes(text: string): DirectQuote[] {
  const out: DirectQuote[] = [];
  // Straight single marks quote only in a text that uses no double marks: where double marks
  // quote, single ones are nested quotations, titles and scare quotes.
  const single = !DOUBLE_MARKS.test(text);
  let paraStart = 0;
  let paragraph = 0;
  while (paraStart <= text.length) {
    let paraEnd = text.indexOf('\n', paraStart);
    if (paraEnd < 0) paraEnd = text.length;
    pairIn(text, paraStart, paraEnd, paragraph, out, single);
    paragraph++;
    paraStart = paraEnd + 1;
  }
  return out;
}

function pairIn(text: string, from: number, to: number, paragraph: number, out: DirectQuote[], single: boolean): void {
  let open: { at: number; len: number; close: string[] } | null = null;
  const push = (start: number, innerStart: number, innerEnd: number, end: number, closed: boolean): void => {
    const inner = text.slice(innerStart, innerEnd);
    if (!/\p{L}/u.test(inner)) return;
    const words = inner.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    out.push({ start, end, innerStart, innerEnd, closed, words, paragraph });
  };
  QUOTE_SCAN.lastIndex = from;
  for (let m = QUOTE_SCAN.exec(text); m && m.index < to; m = QUOTE_SCAN.exec(text)) {
    const i = m.index;
    const ch = text[i] ?? '';
    const two = ch === '`' || ch === "'" ? text.slice(i, i + 2) : ch;
    const prev = text[i - 1] ?? ' ';
    const next = text[i + 1] ?? ' ';
    if (open) {
      let len = 0;
      if (two.length === 2 && open.close.includes(two)) len = 2;
      else if (open.close.includes(ch)) len = 1;
      if (ch === '’' && open.close.includes('’') && /[\p{L}\p{N}]/u.test(next)) len = 0; // apostrophe
      // a straight single mark inside a word ("don't") or after a plural ("the players' union") is an apostrophe
      if (ch === "'" && len === 1 && open.close[0] === "'" && (/[\p{L}\p{N}]/u.test(next) || (prev === 's' && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 3))))) len = 0;
      if (len) {
        push(open.at, open.at + open.len, i, i + len, true);
        open = null;
        QUOTE_SCAN.lastIndex = i + len;
      }
      continue;
    }
    if (two === '``') open = { at: i, len: 2, close: ["''"] };
    else if (two === "''" && !/[\p{L}\p{N}]/u.test(prev)) open = { at: i, len: 2, close: ["''"] };
    // mixed typography: “…" and "…” close too
    else if (ch === '“') open = { at: i, len: 1, close: ['”', '“', '"'] };
    else if (ch === '"') open = { at: i, len: 1, close: ['"', '”'] };
    else if (ch === '«') open = { at: i, len: 1, close: ['»'] };
    else if (ch === '‘' && !/[\p{L}\p{N}]/u.test(prev)) open = { at: i, len: 1, close: ['’'] };
    // 'No tear gas was used,' said Venn: straight single marks, at word boundaries
    else if (single && ch === "'" && !/[\p{L}\p{N}]/u.test(prev) && /[\p{L}\p{N}]/u.test(next)) open = { at: i, len: 1, close: ["'"] };
    if (open && open.len === 2) QUOTE_SCAN.lastIndex = i + 2;
  }
  // (a straight single mark that never closes was an apostrophe: "the '90s", "'tis")
  if (open && open.close[0] !== "'") {
    let end = to;
    while (end > open.at && /\s/.test(text[end - 1] ?? '')) end--;
    if (end - open.at >= MIN_OPEN_ENDED) push(open.at, open.at + open.len, end, end, false);
  }
}
