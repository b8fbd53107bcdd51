import type { Report, ReportAnalysis } from '../model/types.js';
import { contentWords, keySet } from '../reconcile/text.js';

/** Longest title shown; a longer lead sentence is cut at a word boundary. */
const MAX_TITLE = 140;

/**
 * A story's title, selected, not written: the report title (or lead sentence) that shares
 * most words with the story's other reports.
 */
export function storyTitle(reports: Report[], analyses: Map<string, ReportAnalysis>): string {
  // Titles the reports carry come first; lead sentences only when no report has a title.
  let candidates = reports.map((r) => r.title?.trim() ?? '').filter((t) => t.length > 0);
  if (candidates.length === 0) {
    candidates = reports
      .map((r) => {
        const first = analyses.get(r.id)?.sentences[0];
        return first ? r.text.slice(first.start, first.end).trim() : '';
      })
      .filter((t) => t.length > 0);
  }
  if (candidates.length === 0) return 'Untitled story';
  const bags = reports.map((r) => keySet(contentWords(r.text)));
  const best = [...new Set(candidates)]
    .map((c) => {
      const keys = keySet(contentWords(c));
      const shared = bags.reduce((s, bag) => s + [...keys].filter((k) => bag.has(k)).length, 0);
      return { c, score: shared / Math.max(1, keys.size ** 0.5) };
    })
    .sort((a, b) => b.score - a.score || a.c.length - b.c.length || a.c.localeCompare(b.c))[0]!.c;
  if (best.length <= MAX_TITLE) return best;
  const cut = best.slice(0, MAX_TITLE);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : MAX_TITLE)}…`;
}
