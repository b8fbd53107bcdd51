import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Dossier, InputError, Report, ReportAnalysis, Story } from '../model/types.js';
import type { SearchHit, Store, StoredInput, StorySummary } from './types.js';
import { summarize } from './summary.js';

/** Bump when the tables change; an older file is migrated or refused with a message. */
export const SCHEMA_VERSION = 1;

/** Characters of context on each side of a search hit. */
const SNIPPET_CONTEXT = 60;

const DDL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS inputs (file TEXT PRIMARY KEY, hash TEXT NOT NULL, bytes BLOB NOT NULL, meta TEXT NOT NULL, added_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS analyses (key TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reports (id TEXT PRIMARY KEY, position INTEGER NOT NULL, story_id TEXT, title TEXT, source TEXT, published_at TEXT, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL, json TEXT NOT NULL, summary TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS story_actors (story_id TEXT NOT NULL, name TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS story_actors_name ON story_actors(name);
CREATE TABLE IF NOT EXISTS errors (position INTEGER NOT NULL, file TEXT NOT NULL, reason TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS report_fts USING fts5(id UNINDEXED, title, text);
`;

export class SqliteStore implements Store {
  readonly db: Database.Database;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    const version = this.readVersion();
    if (version !== null && version > SCHEMA_VERSION) {
      this.db.close();
      throw new Error(`Store ${path} was written by a newer triangulate (schema ${version}); upgrade triangulate or use another --db.`);
    }
    this.db.exec(DDL);
    this.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run('schema', String(SCHEMA_VERSION));
  }

  private readVersion(): number | null {
    const t = this.db.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name='meta'").get();
    if (!t) return null;
    const row = this.db.prepare("SELECT value FROM meta WHERE key='schema'").get() as { value: string } | undefined;
    return row ? Number(row.value) : null;
  }

  putInput(input: StoredInput): 'new' | 'changed' | 'same' {
    const old = this.db.prepare('SELECT hash FROM inputs WHERE file = ?').get(input.file) as { hash: string } | undefined;
    if (old?.hash === input.hash) return 'same';
    this.db
      .prepare('INSERT OR REPLACE INTO inputs (file, hash, bytes, meta, added_at) VALUES (?, ?, ?, ?, ?)')
      .run(input.file, input.hash, Buffer.from(input.bytes), JSON.stringify(input.meta), new Date().toISOString());
    return old ? 'changed' : 'new';
  }

  deleteInput(file: string): void {
    this.db.prepare('DELETE FROM inputs WHERE file = ?').run(file);
  }

  clearInputs(): void {
    this.db.exec('DELETE FROM inputs;');
  }

  listInputs(): StoredInput[] {
    const rows = this.db.prepare('SELECT hash, file, bytes, meta FROM inputs ORDER BY added_at, file').all() as {
      hash: string;
      file: string;
      bytes: Buffer;
      meta: string;
    }[];
    return rows.map((r) => ({ hash: r.hash, file: r.file, bytes: new Uint8Array(r.bytes), meta: JSON.parse(r.meta) as Record<string, string> }));
  }

  getAnalysis(key: string): ReportAnalysis | null {
    const row = this.db.prepare('SELECT json FROM analyses WHERE key = ?').get(key) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as ReportAnalysis) : null;
  }

  putAnalysis(key: string, analysis: ReportAnalysis): void {
    this.db.prepare('INSERT OR REPLACE INTO analyses (key, json) VALUES (?, ?)').run(key, JSON.stringify(analysis));
  }

  saveDossier(dossier: Dossier): void {
    const storyOf = new Map<string, string>();
    for (const s of dossier.stories) for (const id of s.reportIds) storyOf.set(id, s.id);
    const tx = this.db.transaction(() => {
      this.db.exec('DELETE FROM reports; DELETE FROM stories; DELETE FROM story_actors; DELETE FROM errors; DELETE FROM report_fts;');
      const insReport = this.db.prepare(
        'INSERT INTO reports (id, position, story_id, title, source, published_at, json) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      const insFts = this.db.prepare('INSERT INTO report_fts (id, title, text) VALUES (?, ?, ?)');
      dossier.reports.forEach((r, i) => {
        insReport.run(r.id, i, storyOf.get(r.id) ?? null, r.title, r.source.name, r.publishedAt, JSON.stringify(r));
        insFts.run(r.id, r.title ?? '', r.text);
      });
      const insStory = this.db.prepare('INSERT INTO stories (id, position, title, json, summary) VALUES (?, ?, ?, ?, ?)');
      const insActor = this.db.prepare('INSERT INTO story_actors (story_id, name) VALUES (?, ?)');
      const byId = new Map(dossier.reports.map((r) => [r.id, r]));
      dossier.stories.forEach((s, i) => {
        const summary = summarize(s, byId, dossier.generatedAt);
        insStory.run(s.id, i, s.title, JSON.stringify(s), JSON.stringify(summary));
        for (const a of s.actors) for (const n of new Set([a.name, ...a.aliases])) insActor.run(s.id, n.toLowerCase());
      });
      const insErr = this.db.prepare('INSERT INTO errors (position, file, reason) VALUES (?, ?, ?)');
      dossier.errors.forEach((e, i) => insErr.run(i, e.file, e.reason));
      const meta = this.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
      meta.run('generatedAt', dossier.generatedAt);
    });
    tx();
  }

  getDossier(): Dossier | null {
    const row = this.db.prepare("SELECT value FROM meta WHERE key='generatedAt'").get() as { value: string } | undefined;
    if (!row) return null;
    const stories = (this.db.prepare('SELECT json FROM stories ORDER BY position').all() as { json: string }[]).map(
      (r) => JSON.parse(r.json) as Story,
    );
    return { schema: 'triangulate/dossier@1', generatedAt: row.value, reports: this.listReports(), stories, errors: this.listErrors() };
  }

  listReports(): Report[] {
    return (this.db.prepare('SELECT json FROM reports ORDER BY position').all() as { json: string }[]).map((r) => JSON.parse(r.json) as Report);
  }

  getReport(id: string): Report | null {
    const row = this.db.prepare('SELECT json FROM reports WHERE id = ?').get(id) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as Report) : null;
  }

  listStories(): StorySummary[] {
    return (this.db.prepare('SELECT summary FROM stories ORDER BY position').all() as { summary: string }[]).map(
      (r) => JSON.parse(r.summary) as StorySummary,
    );
  }

  getStory(id: string): Story | null {
    const row = this.db.prepare('SELECT json FROM stories WHERE id = ?').get(id) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as Story) : null;
  }

  listErrors(): InputError[] {
    return this.db.prepare('SELECT file, reason FROM errors ORDER BY position').all() as InputError[];
  }

  search(query: { text?: string; actor?: string }, limit = 50): SearchHit[] {
    const hits: SearchHit[] = [];
    const seen = new Set<string>();
    const push = (id: string, snippetAround: string | null): void => {
      if (seen.has(id) || hits.length >= limit) return;
      const r = this.db.prepare('SELECT story_id, title, source, json FROM reports WHERE id = ?').get(id) as
        | { story_id: string | null; title: string | null; source: string | null; json: string }
        | undefined;
      if (!r) return;
      seen.add(id);
      const text = (JSON.parse(r.json) as Report).text;
      hits.push({ reportId: id, storyId: r.story_id, title: r.title, source: r.source, snippet: snippet(text, snippetAround) });
    };
    const actor = query.actor?.trim().toLowerCase();
    if (actor) {
      const rows = this.db
        .prepare(
          `SELECT DISTINCT r.id FROM story_actors a JOIN reports r ON r.story_id = a.story_id
           WHERE a.name LIKE ? ESCAPE '\\' ORDER BY r.position LIMIT ?`,
        )
        .all(`%${actor.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, limit) as { id: string }[];
      for (const r of rows) push(r.id, query.actor ?? null);
    }
    const text = query.text?.trim();
    if (text) {
      const terms = text.match(/[\p{L}\p{N}]+/gu) ?? [];
      if (terms.length) {
        const fts = terms.map((t) => `"${t}"`).join(' AND ');
        const rows = this.db.prepare('SELECT id FROM report_fts WHERE report_fts MATCH ? ORDER BY rank LIMIT ?').all(fts, limit) as {
          id: string;
        }[];
        for (const r of rows) push(r.id, terms[0] ?? null);
      }
    }
    return hits;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function snippet(text: string, around: string | null): string {
  const at = around ? text.toLowerCase().indexOf(around.toLowerCase()) : -1;
  if (at < 0) return text.slice(0, SNIPPET_CONTEXT * 2).trim();
  const start = Math.max(0, at - SNIPPET_CONTEXT);
  return `${start > 0 ? '…' : ''}${text.slice(start, at + around!.length + SNIPPET_CONTEXT).trim()}…`;
}
