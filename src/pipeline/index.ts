import { createHash } from 'node:crypto';
import type { Dossier, IngestedDoc, InputError, Report, ReportAnalysis, Story } from '../model/types.js';
import { hashId } from '../model/evidence.js';
import { ingest, type InputFile } from '../ingest/index.js';
import { clean } from '../clean/index.js';
import { DedupIndex } from '../dedup/index.js';
import { StoryClusterer } from '../cluster/index.js';
import { analyzeReport } from '../analyze/index.js';
import { findTimes } from '../analyze/time.js';
import { reconcile } from '../reconcile/index.js';
import { buildTimeline } from '../brief/timeline.js';
import { buildBrief } from '../brief/brief.js';
import { storyTitle } from './title.js';
import type { Store } from '../store/types.js';

/** Bump when an analyzer changes what it finds: cached analyses with another version are recomputed. */
export const ANALYSIS_VERSION = '25';

export type Stage = 'ingest' | 'clean' | 'dedup' | 'cluster' | 'analyze' | 'reconcile';

export interface BuildOptions {
  /** cache of per-report analyses (and nothing else is written by the pipeline itself) */
  store?: Store | null;
  onProgress?: (stage: Stage, done: number, total: number) => void;
  now?: () => Date;
}

export interface BuildOutput {
  dossier: Dossier;
  analyses: Map<string, ReportAnalysis>;
}

/**
 * The whole pipeline as data flow: ingest → clean → dedup → cluster → analyze → reconcile →
 * timeline/brief. Each input that fails becomes an error entry; the rest goes on.
 */
export function buildDossier(inputs: InputFile[], earlierErrors: InputError[] = [], opts: BuildOptions = {}): BuildOutput {
  const progress = opts.onProgress ?? (() => {});
  const errors: InputError[] = [...earlierErrors];
  const docs: IngestedDoc[] = [];
  inputs.forEach((input, i) => {
    try {
      const out = ingest(input);
      docs.push(...out.docs);
      errors.push(...out.errors);
    } catch (err) {
      errors.push({ file: input.file, reason: `Could not read the input: ${message(err)}` });
    }
    progress('ingest', i + 1, inputs.length);
  });

  const reports: Report[] = [];
  const usedIds = new Set<string>();
  docs.forEach((doc, i) => {
    try {
      const c = clean(doc);
      const text = c.text;
      if (!text.trim()) {
        errors.push({ file: doc.file, reason: 'No article text was found in this input after cleaning.' });
        return;
      }
      let id = doc.givenId && !usedIds.has(doc.givenId) ? doc.givenId : hashId('r', text);
      if (usedIds.has(id)) id = hashId('r', text, doc.file);
      usedIds.add(id);
      const report: Report = {
        id,
        file: doc.file,
        source: { name: doc.source ?? c.source ?? null },
        title: doc.title ?? c.title ?? null,
        publishedAt: doc.publishedAt ?? c.publishedAt ?? null,
        text,
        removed: c.removed,
        duplicateOf: null,
        syndicationGroup: id,
      };
      if (doc.url) report.url = doc.url;
      reports.push(report);
    } catch (err) {
      errors.push({ file: doc.file, reason: `Cleaning failed: ${message(err)}` });
    }
    progress('clean', i + 1, docs.length);
  });

  const dedupIndex = new DedupIndex();
  reports.forEach((r, i) => {
    const d = dedupIndex.add({ id: r.id, text: r.text, title: r.title, source: r.source.name });
    r.duplicateOf = d.duplicateOf;
    r.syndicationGroup = d.syndicationGroup;
    progress('dedup', i + 1, reports.length);
  });

  const clusterer = new StoryClusterer();
  reports.forEach((r, i) => {
    if (!r.duplicateOf) clusterer.add({ id: r.id, text: r.text, title: r.title, publishedAt: r.publishedAt });
    progress('cluster', i + 1, reports.length);
  });
  clusterer.settle();
  const assignment = clusterer.assignments();
  const byId = new Map(reports.map((r) => [r.id, r]));
  const members = new Map<string, Report[]>();
  for (const r of reports) {
    let root: Report | undefined = r;
    const seen = new Set<string>();
    while (root?.duplicateOf && !seen.has(root.id)) {
      seen.add(root.id);
      root = byId.get(root.duplicateOf);
    }
    const key = assignment.get(root?.id ?? r.id) ?? r.id;
    const list = members.get(key);
    if (list) list.push(r);
    else members.set(key, [r]);
  }

  const analyses = new Map<string, ReportAnalysis>();
  reports.forEach((r, i) => {
    try {
      analyses.set(r.id, analyzeCached(r, opts.store ?? null));
    } catch (err) {
      errors.push({ file: r.file ?? r.id, reason: `Analysis failed: ${message(err)}` });
    }
    progress('analyze', i + 1, reports.length);
  });

  const stories: Story[] = [];
  const groups = [...members.values()].sort((a, b) => b.length - a.length || a[0]!.id.localeCompare(b[0]!.id));
  groups.forEach((storyReports, i) => {
    stories.push(buildStory(storyReports, analyses));
    progress('reconcile', i + 1, groups.length);
  });

  const dossier: Dossier = {
    schema: 'triangulate/dossier@1',
    generatedAt: (opts.now ? opts.now() : new Date()).toISOString(),
    reports,
    stories,
    errors,
  };
  return { dossier, analyses };
}

/** One story's dossier section from its reports and their analyses. */
export function buildStory(storyReports: Report[], analyses: Map<string, ReportAnalysis>): Story {
  const rec = reconcile(storyReports, analyses);
  const timeline = buildTimeline(
    storyReports.map((r) => ({
      reportId: r.id,
      text: r.text,
      sentences: analyses.get(r.id)?.sentences ?? [],
      times: analyses.get(r.id)?.times ?? [],
    })),
  );
  const brief = buildBrief(storyReports, analyses, rec.statements, rec.quoteSpans);
  const ids = storyReports.map((r) => r.id).sort();
  return {
    id: hashId('s', ids[0] ?? ''),
    title: storyTitle(storyReports, analyses),
    reportIds: storyReports.map((r) => r.id),
    actors: rec.actors,
    quotes: rec.quotes,
    statements: rec.statements,
    timeline,
    brief,
    framing: rec.framing,
    disputes: rec.disputes,
    distortions: rec.distortions,
  };
}

function analyzeCached(r: Report, store: Store | null): ReportAnalysis {
  const key = createHash('sha256')
    .update(`${ANALYSIS_VERSION}\u0000${r.id}\u0000${r.publishedAt ?? ''}\u0000${r.text}`)
    .digest('hex');
  const cached = store?.getAnalysis(key);
  if (cached) return cached;
  const base = analyzeReport({ id: r.id, text: r.text, publishedAt: r.publishedAt });
  const analysis: ReportAnalysis = { ...base, reportId: r.id, times: findTimes(r.text, r.publishedAt) };
  store?.putAnalysis(key, analysis);
  return analysis;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
