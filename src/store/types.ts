import type { Dossier, InputError, Report, ReportAnalysis, Story } from '../model/types.js';

/** A story as listed: what a reader needs to pick one. */
export interface StorySummary {
  id: string;
  title: string;
  reports: number;
  independentSources: number;
  quotes: number;
  statements: number;
  disputes: number;
  /** latest publication date among its reports, else null */
  lastPublished: string | null;
  /** when the story was last rebuilt */
  updatedAt: string;
}

/** An input kept in the store so that later builds (and uploads) rebuild from everything. */
export interface StoredInput {
  /** name of the input, unique in a store (a path relative to the corpus root, or upload/NAME) */
  file: string;
  /** sha256 of the bytes */
  hash: string;
  bytes: Uint8Array;
  meta: Record<string, string>;
}

export interface SearchHit {
  reportId: string;
  storyId: string | null;
  title: string | null;
  source: string | null;
  snippet: string;
}

/**
 * One Store interface for every face (CLI, server, workers). SQLite is the embedded default.
 * Every write of a build happens in one transaction: a failed build leaves the store as it was.
 */
export interface Store {
  /** Keeps an input under its file name (a changed file replaces the old bytes). */
  putInput(input: StoredInput): 'new' | 'changed' | 'same';
  deleteInput(file: string): void;
  /** Forgets every stored input (a fresh corpus). */
  clearInputs(): void;
  listInputs(): StoredInput[];
  /** Cached per-report analysis, keyed by a hash of the report text and the analyzer version. */
  getAnalysis(key: string): ReportAnalysis | null;
  putAnalysis(key: string, analysis: ReportAnalysis): void;
  /** Replaces the current dossier (reports, stories, errors) atomically. */
  saveDossier(dossier: Dossier): void;
  getDossier(): Dossier | null;
  listReports(): Report[];
  getReport(id: string): Report | null;
  listStories(): StorySummary[];
  getStory(id: string): Story | null;
  listErrors(): InputError[];
  /** Reports whose text or actors match; an empty query matches nothing. */
  search(query: { text?: string; actor?: string }, limit?: number): SearchHit[];
  close(): void;
}
