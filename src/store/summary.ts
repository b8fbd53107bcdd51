import type { Report, Story } from '../model/types.js';
import type { StorySummary } from './types.js';

/** The list-view facts of a story, derived from the story itself. */
export function summarize(story: Story, reports: Map<string, Report>, updatedAt: string): StorySummary {
  const groups = new Set<string>();
  let last: string | null = null;
  for (const id of story.reportIds) {
    const r = reports.get(id);
    if (!r) continue;
    groups.add(r.syndicationGroup);
    if (r.publishedAt && (last === null || r.publishedAt > last)) last = r.publishedAt;
  }
  const disputed = story.statements.filter((s) => s.status === 'disputed').length;
  return {
    id: story.id,
    title: story.title,
    reports: story.reportIds.length,
    independentSources: groups.size,
    quotes: story.quotes.length,
    statements: story.statements.length,
    disputes: story.disputes?.length ?? disputed,
    lastPublished: last,
    updatedAt,
  };
}
