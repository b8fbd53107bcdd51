import { WIRE_CREDITS } from './data/credits.js';

/**
 * Where a credit counts: datelines sit at the start of a text, "(Agencies)"-style credits at the
 * start or at the very end. A wire name in the middle of an article ("told Reuters") is a
 * citation, not a credit, so only these windows are searched.
 */
const CREDIT_HEAD_CHARS = 300;
const CREDIT_TAIL_CHARS = 200;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAMES = Object.keys(WIRE_CREDITS)
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
/** "(Reuters)", "( AP )", "/AFP/", "[Agencies]". */
const BRACKETED = new RegExp(`[(\\[/]\\s*(${NAMES})\\s*[)\\]/]`, 'giu');
/** "Reuters -", "AP —" opening a line (dateline without a place). */
const LINE_START = new RegExp(`(?:^|\\n)\\s*(${NAMES})\\s*[-\u2013\u2014:]`, 'giu');

/** Canonical wire credits signalled by a report's text or source field (sorted, unique). */
export function wireCredits(text: string, source?: string | null): string[] {
  const found = new Set<string>();
  const add = (name: string | undefined): void => {
    const c = name ? WIRE_CREDITS[name.toLowerCase().replace(/\s+/g, ' ')] : undefined;
    if (c) found.add(c);
  };
  const windows = [text.slice(0, CREDIT_HEAD_CHARS), text.slice(Math.max(CREDIT_HEAD_CHARS, text.length - CREDIT_TAIL_CHARS))];
  for (const w of windows) {
    for (const m of w.matchAll(BRACKETED)) add(m[1]);
    for (const m of w.matchAll(LINE_START)) add(m[1]);
  }
  if (source) add(source.trim());
  return [...found].sort();
}
