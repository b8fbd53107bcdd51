/**
 * triangulate's public API: the stages, the pipeline that chains them, the store and the
 * renderers. Every face (CLI, server) uses these same functions.
 */
export type * from './model/types.js';
export { evidence, resolves, hashId } from './model/evidence.js';
export { collectInputs, ingest, type InputFile } from './ingest/index.js';
export { readManifest, type Manifest, type ManifestEntry } from './ingest/manifest.js';
export { clean, cleanText, cleanHtml, decodeBytes } from './clean/index.js';
export { dedup, DedupIndex, type DedupDoc, type DedupResult } from './dedup/index.js';
export { cluster, StoryClusterer, type ClusterDoc } from './cluster/index.js';
export { analyzeReport, splitSentences, findMentions, findQuotes, findStatements, canonicalKey } from './analyze/index.js';
export { findTimes } from './analyze/time.js';
export { reconcile, type Reconciled } from './reconcile/index.js';
export { buildTimeline } from './brief/timeline.js';
export { buildBrief } from './brief/brief.js';
export { buildDossier, buildStory, type BuildOptions } from './pipeline/index.js';
export { buildInStore } from './pipeline/run.js';
export { SqliteStore, DEFAULT_DB, type Store, type StorySummary } from './store/index.js';
export { renderMarkdown } from './render/markdown.js';
export { writeStaticSite } from './render/html.js';
export { createApp, startServer } from './server/index.js';
