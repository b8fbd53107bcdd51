/**
 * The analyze stage for one report (times excepted: see time.ts): sentences, actor mentions,
 * quotes with speakers, and typed statements. Pure: same input, same output.
 */
import type { ReportAnalysis } from '../model/types.js';
import { findMentions } from './actors.js';
import { findQuotes } from './quotes.js';
import { splitSentences } from './sentences.js';
import { findStatements } from './statements.js';

export { canonicalKey, findMentions } from './actors.js';
export { findQuotes } from './quotes.js';
export { splitSentences } from './sentences.js';
export { classifyAct, findStatements } from './statements.js';

export interface AnalyzeInput {
  id: string;
  text: string;
  publishedAt?: string | null;
}

export function analyzeReport(input: AnalyzeInput): Omit<ReportAnalysis, 'times'> {
  const sentences = splitSentences(input.text);
  const mentions = findMentions(input.text, sentences);
  const quotes = findQuotes(input.text, sentences, mentions);
  const statements = findStatements(input.text, sentences, quotes, mentions);
  return { reportId: input.id, sentences, mentions, quotes, statements };
}
