/**
 * The clean stage: main text and removed parts of one decoded document.
 * `clean(doc)` dispatches on the format; `cleanText` and `cleanHtml` are usable on their own.
 */
import type { CleanResult, IngestedDoc } from '../model/types.js';
import { cleanHtml } from './html/index.js';
import { cleanText } from './text.js';

export { cleanText } from './text.js';
export { cleanHtml } from './html/index.js';
export { decodeBytes, type Decoded } from './decode.js';
export { normalizeDate, dateFromUrl } from './dates.js';
export * as limits from './limits.js';

export function clean(doc: IngestedDoc): CleanResult {
  return doc.format === 'html' ? cleanHtml(doc.raw, { url: doc.url }) : cleanText(doc.raw);
}
