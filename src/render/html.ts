/**
 * Static HTML rendering of a dossier (`triangulate build --html DIR`): the same pages as the web
 * UI (one implementation, in ./html/pages.ts), written as files with relative links.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dossier, Report, Story } from '../model/types.js';
import { summarize } from '../store/summary.js';
import { ASSETS } from './html/assets.js';
import { fileId, staticLinks } from './html/links.js';
import { renderIndex, renderReport, renderStory, reportMeta, type ReportMeta } from './html/pages.js';

export { renderIndex, renderReport, renderStory, renderSearch, reportMeta, statementMatrix, CSP } from './html/pages.js';
export type { ReportMeta } from './html/pages.js';
export { serverLinks, staticLinks, fileId, spanAnchor, type Links } from './html/links.js';
export { ASSETS } from './html/assets.js';

/** Writes index.html, stories/<id>.html, reports/<id>.html and assets/ under `dir`. */
export function writeStaticSite(d: Dossier, dir: string): void {
  for (const sub of ['stories', 'reports', 'assets']) mkdirSync(join(dir, sub), { recursive: true });
  const byId = new Map<string, Report>(d.reports.map((r) => [r.id, r]));
  const metas = new Map<string, ReportMeta>(d.reports.map((r) => [r.id, reportMeta(r)]));
  const storyOf = new Map<string, Story>();
  for (const s of d.stories) for (const id of s.reportIds) storyOf.set(id, s);
  const opts = { metaCsp: true };
  const summaries = d.stories.map((s) => summarize(s, byId, d.generatedAt));
  writeFileSync(join(dir, 'index.html'), renderIndex(summaries, d.errors, staticLinks(0), opts));
  for (const s of d.stories) writeFileSync(join(dir, 'stories', `${fileId(s.id)}.html`), renderStory(s, metas, staticLinks(1), opts));
  for (const r of d.reports) writeFileSync(join(dir, 'reports', `${fileId(r.id)}.html`), renderReport(r, storyOf.get(r.id) ?? null, staticLinks(1), opts));
  for (const [name, a] of ASSETS) writeFileSync(join(dir, 'assets', name), a.body);
}
