import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Per-file metadata a user gives in `triangulate.json` (or --manifest FILE). */
export interface ManifestEntry {
  source?: string;
  url?: string;
  publishedAt?: string;
  title?: string;
  charset?: string;
}

export interface Manifest {
  /** absolute path -> entry */
  entries: Map<string, ManifestEntry>;
  path: string;
}

export const MANIFEST_NAME = 'triangulate.json';

const FIELDS = ['source', 'url', 'publishedAt', 'title', 'charset'] as const;

/**
 * Reads a manifest: `{"files": {"a.txt": {"source": "...", "publishedAt": "2025-03-15"}}}`
 * or the same object at top level. Paths are relative to the manifest's folder.
 * Throws with a message that says how to fix the file.
 */
export function readManifest(path: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`Cannot read manifest ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`Manifest ${path} must be a JSON object like {"files": {"a.txt": {"source": "Outlet"}}}`);
  }
  const obj = data as Record<string, unknown>;
  const files = (obj['files'] ?? obj) as Record<string, unknown>;
  const base = dirname(resolve(path));
  const entries = new Map<string, ManifestEntry>();
  for (const [name, value] of Object.entries(files)) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    const entry: ManifestEntry = {};
    for (const field of FIELDS) {
      const v = (value as Record<string, unknown>)[field];
      if (typeof v === 'string' && v.trim()) entry[field] = v.trim();
    }
    entries.set(resolve(base, name), entry);
  }
  return { entries, path: resolve(path) };
}

/** Finds `triangulate.json` in a folder, if there is one. */
export function findManifest(folder: string): string | null {
  const p = join(folder, MANIFEST_NAME);
  return existsSync(p) ? p : null;
}

export function relativeName(root: string, file: string): string {
  const rel = relative(root, file);
  return rel && !rel.startsWith('..') ? rel : file;
}
