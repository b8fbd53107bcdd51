/**
 * Plain-text cleaning: drops header metadata, source tags, promo lines, repeated blocks,
 * unrelated teasers and trailing reader comments. It removes, it never rewrites: the kept text
 * is the raw characters of the kept parts, with whitespace changed only at removal boundaries.
 */
import type { CleanResult, Message, Removed, RemovedKind } from '../model/types.js';
import { MAX_PROMO_LINE_CHARS, PROMO_LINES } from './data/boilerplate.js';
import { BYLINE_SOURCE, CREDIT_LINE_SOURCE, DATE_LABEL, DATE_LINE_WORDS, DATE_SOURCE, DATELINE_SOURCE, SOURCE_TAG_SOURCE, TRAILING_CREDIT_SOURCE } from './data/dates.js';
import { ATTRIBUTION, FIRST_SECOND_PERSON, INFORMAL_SPELLING, INSULTS, OPINION, STOPWORDS } from './data/register.js';
import { parseDateMatch } from './dates.js';
import { MAX_TEXT_CHARS } from './limits.js';

/** Non-blank lines examined for header metadata (date, byline, dateline) at the top. */
const HEADER_LINES = 4;
/** Shortest paragraph whose second occurrence counts as a repeat (shorter ones recur naturally: "Advertisement"). */
const MIN_REPEAT_CHARS = 40;
/** Longest line taken as a teaser headline (teasers are a headline plus a clipped lead). */
const MAX_TEASER_CHARS = 300;
/** Largest share of a teaser's topic words found in the article: above it the line is on topic. */
const TEASER_MAX_OVERLAP = 0.34;
/** Comment score a line must reach to open a trailing comment block. */
const COMMENT_START_SCORE = 2;
/** Mean comment score of the whole trailing block. */
const COMMENT_BLOCK_MEAN = 1;
/** Share of block lines that must show at least one comment signal. */
const COMMENT_SIGNAL_SHARE = 0.5;
/** Article text that must remain before a comment block (never eat a short article). */
const MIN_ARTICLE_CHARS = 400;
/** Longest line accepted inside a comment block (longer lines are reporting). */
const MAX_COMMENT_CHARS = 700;
/** Lines shorter than this count as "very short" (comments, not paragraphs). */
const SHORT_LINE_CHARS = 60;
/** Length above which a line cannot be a byline or promo line. */
const MAX_HEADER_LINE_CHARS = 120;

const DATE_LINE = new RegExp(`^\\s*(?<label>${DATE_LABEL}\\s*:?\\s*)?(?:${DATE_SOURCE})\\s*`, 'i');
const DATELINE = new RegExp(DATELINE_SOURCE, 'i');
const SOURCE_TAG = new RegExp(SOURCE_TAG_SOURCE);
const TRAILING_CREDIT = new RegExp(TRAILING_CREDIT_SOURCE);
const BYLINE = new RegExp(BYLINE_SOURCE, 'i');
const ELLIPSIS_END = /(…|\.\.\.)\s*$/;
const QUOTED = /“[^”]*”|"[^"\n]*"|«[^»]*»|„[^“”]*[“”]/g;
const QUOTE_CHAR = /[“”"«»„]/;
const WORD = /\p{L}[\p{L}'’-]*/gu;

interface Line {
  start: number;
  end: number;
  text: string;
}

interface Removal {
  kind: RemovedKind;
  start: number;
  end: number;
}

export function cleanText(raw: string): CleanResult {
  const messages: Message[] = [];
  const result: CleanResult = {
    text: raw.trim(),
    removed: [],
    title: null,
    publishedAt: null,
    source: null,
    author: null,
    language: null,
    messages,
  };
  if (raw.length > MAX_TEXT_CHARS) {
    messages.push({
      ruleId: 'text-too-long',
      reason: `Text has ${raw.length} characters, over the ${MAX_TEXT_CHARS} cleaned; kept as is.`,
    });
    return result;
  }
  const lines = splitLines(raw);
  const dropped = new Set<number>();
  const removals: Removal[] = [];
  const dropLine = (i: number, kind: RemovedKind) => {
    const l = lines[i];
    if (!l || dropped.has(i)) return;
    dropped.add(i);
    removals.push({ kind, start: l.start, end: l.end });
  };

  readHeader(lines, result, removals, dropLine);
  dropRepeats(lines, dropLine);
  lines.forEach((l, i) => {
    if (isPromo(l.text)) dropLine(i, 'boilerplate');
  });
  dropCreditLines(lines, dropped, result, dropLine);
  dropTail(lines, dropped, dropLine);
  trailingCredit(lines, dropped, result, removals);

  const merged = mergeRemovals(removals, raw);
  result.removed = merged.map((r): Removed => ({ ...r, text: raw.slice(r.start, r.end) }));
  result.text = keptText(raw, merged);
  return result;
}

function splitLines(raw: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= raw.length) {
    let end = raw.indexOf('\n', start);
    if (end < 0) end = raw.length;
    let e = end;
    if (e > start && raw[e - 1] === '\r') e--;
    const text = raw.slice(start, e);
    if (text.trim()) {
      const lead = text.length - text.trimStart().length;
      const trail = text.length - text.trimEnd().length;
      out.push({ start: start + lead, end: e - trail, text: text.trim() });
    }
    start = end + 1;
  }
  return out;
}

function readHeader(
  lines: Line[],
  result: CleanResult,
  removals: Removal[],
  dropLine: (i: number, kind: RemovedKind) => void,
): void {
  for (let i = 0; i < Math.min(HEADER_LINES, lines.length); i++) {
    const line = lines[i]!;
    const date = DATE_LINE.exec(line.text);
    if (date) {
      const iso = parseDateMatch(date.groups ?? {});
      const rest = line.text.slice(date[0].length);
      if (iso && !rest) {
        result.publishedAt ??= iso;
        dropLine(i, 'metadata');
        continue;
      }
      if (iso && date.groups?.['label'] && /^[\p{Lu}\p{N}“"‘'(]/u.test(rest)) {
        result.publishedAt ??= iso;
        removals.push({ kind: 'metadata', start: line.start, end: line.start + date[0].length });
        return;
      }
    }
    const by = line.text.length <= MAX_HEADER_LINE_CHARS ? BYLINE.exec(line.text) : null;
    if (by) {
      result.author ??= (by.groups?.['name'] ?? '').replace(/[,\s]+$/, '') || null;
      dropLine(i, 'metadata');
      continue;
    }
    const dl = DATELINE.exec(line.text);
    if (dl && dl.groups?.['src'] && dl[0].length < line.text.length) {
      result.source ??= dl.groups['src'].trim();
      removals.push({ kind: 'metadata', start: line.start, end: line.start + dl[0].length });
      return;
    }
    const tag = SOURCE_TAG.exec(line.text);
    if (tag && tag.groups?.['src'] && tag[0].length < line.text.length) {
      result.source ??= tag.groups['src'].trim();
      removals.push({ kind: 'credit', start: line.start, end: line.start + tag[0].length });
      return;
    }
    return;
  }
}

const normalize = (s: string) => s.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();

function dropRepeats(lines: Line[], dropLine: (i: number, kind: RemovedKind) => void): void {
  const seen = new Set<string>();
  lines.forEach((l, i) => {
    if (l.text.length < MIN_REPEAT_CHARS) return;
    const key = normalize(l.text);
    if (seen.has(key)) dropLine(i, 'repeat');
    else seen.add(key);
  });
}

export function isPromo(text: string): boolean {
  if (text.length > MAX_PROMO_LINE_CHARS) return false;
  const n = normalize(text).replace(/[\s:.!|»›>→-]+$/u, '');
  return PROMO_LINES.some((re) => re.test(n));
}

const contentWords = (s: string): string[] =>
  (s.toLowerCase().match(WORD) ?? []).filter((w) => w.length > 2 && !STOPWORDS.has(w)).map((w) => w.replace(/['’]s$/, ''));

function isHeadlineLike(text: string): boolean {
  if (/[.!?"”]\s*$/.test(text)) return false;
  const words = text.match(WORD) ?? [];
  if (words.length < 3) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.6;
}

/** Comment-register score of a line: > 0 reads like a reader, < 0 like a reporter. */
export function commentScore(text: string): number {
  const bare = text.replace(QUOTED, ' ');
  let s = 0;
  if (INFORMAL_SPELLING.test(bare)) s += 2;
  if (INSULTS.test(bare)) s += 2;
  if (OPINION.test(bare)) s += 1;
  if (FIRST_SECOND_PERSON.test(bare)) s += 1;
  if (/[!?]/.test(bare)) s += 1;
  if (!/[.!?…"”’)\]]\s*$/.test(text)) s += 1;
  if (/^\p{Ll}/u.test(text)) s += 1;
  if (text.length < SHORT_LINE_CHARS) s += 1;
  if (ATTRIBUTION.test(bare)) s -= 1;
  if (isReporting(text)) s -= 2;
  return s;
}

/** Quoted speech with an attribution verb: the surest sign of a news paragraph. */
const isReporting = (text: string) => QUOTE_CHAR.test(text) && ATTRIBUTION.test(text);

function dropTail(
  lines: Line[],
  dropped: Set<number>,
  dropLine: (i: number, kind: RemovedKind) => void,
): void {
  const kept = () => lines.map((_, i) => i).filter((i) => !dropped.has(i));
  for (let round = 0; round < 2; round++) {
    // Teasers: clipped headlines at the end, off the article's topic.
    let idx = kept();
    const teaserLike = (t: string) => t.length <= MAX_TEASER_CHARS && (ELLIPSIS_END.test(t) || isHeadlineLike(t));
    const articleWords = new Set(idx.flatMap((i) => (teaserLike(lines[i]!.text) ? [] : contentWords(lines[i]!.text))));
    for (let k = idx.length - 1; k > 0; k--) {
      const line = lines[idx[k]!]!;
      if (!teaserLike(line.text)) break;
      const words = contentWords(line.text);
      const overlap = words.length ? words.filter((w) => articleWords.has(w)).length / words.length : 1;
      if (overlap <= TEASER_MAX_OVERLAP) dropLine(idx[k]!, 'teaser');
      else break;
    }
    // Reader comments: the earliest trailing block that reads like readers, not reporters.
    idx = kept();
    const scores = idx.map((i) => commentScore(lines[i]!.text));
    let from = -1;
    let before = 0;
    const prefix: number[] = [];
    for (const i of idx) {
      prefix.push(before);
      before += lines[i]!.text.length;
    }
    let sum = 0;
    let signals = 0;
    let clean = true;
    for (let k = idx.length - 1; k > 0; k--) {
      const line = lines[idx[k]!]!;
      if (isReporting(line.text) || line.text.length > MAX_COMMENT_CHARS) clean = false;
      if (!clean) break;
      sum += scores[k]!;
      if (scores[k]! >= 1) signals++;
      const n = idx.length - k;
      if (
        scores[k]! >= COMMENT_START_SCORE &&
        sum / n >= COMMENT_BLOCK_MEAN &&
        signals / n >= COMMENT_SIGNAL_SHARE &&
        prefix[k]! >= MIN_ARTICLE_CHARS
      ) {
        from = k;
      }
    }
    if (from > 0) for (let k = from; k < idx.length; k++) dropLine(idx[k]!, 'comments');
  }
}

/** Non-blank lines at the end searched for staff/agency credit lines. */
const CREDIT_TAIL_LINES = 8;
const CREDIT_LINE = new RegExp(CREDIT_LINE_SOURCE, 'iu');
const CREDIT_ONLY = /^\((?:with inputs from\s+)?(?<src>\p{Lu}[\p{L}\p{N}.&’' -]{1,40})\)\.?$/u;

/** "Reporting by …; Editing by …", "(AFP)" on a line of its own: credits, not article text. */
function dropCreditLines(
  lines: Line[],
  dropped: Set<number>,
  result: CleanResult,
  dropLine: (i: number, kind: RemovedKind) => void,
): void {
  for (let i = lines.length - 1; i >= Math.max(1, lines.length - CREDIT_TAIL_LINES); i--) {
    if (dropped.has(i)) continue;
    const text = lines[i]!.text;
    const only = CREDIT_ONLY.exec(text);
    if (only?.groups?.['src']) {
      result.source ??= only.groups['src'].trim();
      dropLine(i, 'credit');
    } else if (CREDIT_LINE.test(text)) dropLine(i, 'credit');
  }
}

function trailingCredit(lines: Line[], dropped: Set<number>, result: CleanResult, removals: Removal[]): void {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (dropped.has(i)) continue;
    const line = lines[i]!;
    const m = TRAILING_CREDIT.exec(line.text);
    if (m && m.groups?.['src'] && m.index > 0) {
      result.source ??= m.groups['src'].trim();
      const start = line.start + m.index + (m[0].length - m[0].trimStart().length);
      removals.push({ kind: 'credit', start, end: line.end });
    }
    return;
  }
}

/** Sorts, clips overlaps and joins same-kind removals separated only by whitespace. */
function mergeRemovals(removals: Removal[], raw: string): Removal[] {
  const sorted = [...removals].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Removal[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) {
      if (r.end > last.end) out.push({ ...r, start: last.end });
      continue;
    }
    if (last && last.kind === r.kind && !raw.slice(last.end, r.start).trim()) last.end = r.end;
    else out.push({ ...r });
  }
  return out;
}

/** The raw text minus removals; only whitespace touching a removal is rewritten. */
function keptText(raw: string, removals: Removal[]): string {
  const pieces: string[] = [];
  const seps: string[] = [];
  let pos = 0;
  let pendingGap = '';
  for (const r of [...removals, { kind: 'other' as const, start: raw.length, end: raw.length }]) {
    let seg = raw.slice(pos, r.start);
    const startsAfterRemoval = pos > 0;
    const endsAtRemoval = r.start < raw.length;
    if (startsAfterRemoval) {
      const t = seg.trimStart();
      pendingGap += seg.slice(0, seg.length - t.length);
      seg = t;
    }
    let tail = '';
    if (endsAtRemoval) {
      const t = seg.trimEnd();
      tail = seg.slice(t.length);
      seg = t;
    }
    if (seg) {
      if (pieces.length) seps.push(separator(pendingGap));
      pieces.push(seg);
      pendingGap = '';
    }
    pendingGap += tail + raw.slice(r.start, r.end);
    pos = r.end;
  }
  let out = pieces[0] ?? '';
  for (let i = 1; i < pieces.length; i++) out += seps[i - 1]! + pieces[i]!;
  return out.trim();
}

function separator(gap: string): string {
  if (/\n[^\S\n]*\n/.test(gap)) return '\n\n';
  if (gap.includes('\n')) return '\n';
  return ' ';
}

/** Longest line tested as a date line or byline inside extracted HTML text. */
const MAX_META_LINE_CHARS = 90;
/** Letters that may remain in a date line once date words, digits and punctuation are gone. */
const DATE_LINE_SLACK = 3;
const SHORT_BYLINE = /^by\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|da)){0,4}\s*[-–—|,]?\s*$/iu;

/** A short line that is only a date/time stamp, a byline, or a tags/category label. */
export function isMetaLine(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > MAX_META_LINE_CHARS) return false;
  if (SHORT_BYLINE.test(t)) return true;
  if (/^(tags?|tagged|categor(y|ies)|filed under|posted in|topics?)\s*:/i.test(t)) return true;
  // A date line names a year or a month/weekday/"published" word, not just numbers (prices, scores).
  if (!/\d/.test(t)) return false;
  const words = t.match(DATE_LINE_WORDS) ?? [];
  if (!/\b(19|20)\d\d\b/.test(t) && !words.some((w) => w.length >= 3 && !/^(the|and|day|days|hours?|ago|last|a\.m|p\.m|del|las|um)$/i.test(w))) return false;
  const rest = t.replace(DATE_LINE_WORDS, ' ').replace(/[^\p{L}]+/gu, '');
  return rest.length <= DATE_LINE_SLACK;
}
