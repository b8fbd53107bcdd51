import { createHash } from 'node:crypto';
import type { Evidence, Span } from './types.js';

/** Evidence for text.slice(start, end), checked: throws if the span is empty or out of range. */
export function evidence(reportId: string, text: string, start: number, end: number): Evidence {
  if (!(start >= 0 && end <= text.length && end > start)) {
    throw new RangeError(`Cannot cite [${start}, ${end}) in a text of length ${text.length}`);
  }
  return { reportId, start, end, exact: text.slice(start, end) };
}

/** Evidence for a span with surrounding white space trimmed off. */
export function trimmedEvidence(reportId: string, text: string, span: Span): Evidence {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return evidence(reportId, text, start, end);
}

/** True when the evidence resolves against the report text. */
export function resolves(ev: Evidence, text: string): boolean {
  return ev.end > ev.start && text.slice(ev.start, ev.end) === ev.exact;
}

/** Deterministic content-hash id: prefix + first 12 hex chars of sha256 over the parts. */
export function hashId(prefix: string, ...parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(p);
    h.update('\u0000');
  }
  return `${prefix}_${h.digest('hex').slice(0, 12)}`;
}
