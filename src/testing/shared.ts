import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The project root (this file is dist/src/testing/shared.js or src/testing/shared.ts). */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), fileURLToPath(import.meta.url).includes('/dist/') ? '../../..' : '../..');

/**
 * ../shared beside the project (or $TRIANGULATE_SHARED), or null when absent: tests that need
 * it skip with a message saying so.
 */
export function sharedDir(): string | null {
  const dir = process.env['TRIANGULATE_SHARED'] ?? resolve(PROJECT_ROOT, '../shared');
  return existsSync(dir) ? dir : null;
}

export const SHARED_MISSING = 'skipped: ../shared (corpus, schema, data) is not beside the project; set TRIANGULATE_SHARED to run it';

/** Walks any JSON value and yields every object that looks like Evidence. */
export function* allEvidence(value: unknown): Generator<{ reportId: string; start: number; end: number; exact: string }> {
  if (Array.isArray(value)) {
    for (const v of value) yield* allEvidence(v);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o['reportId'] === 'string' && typeof o['start'] === 'number' && typeof o['end'] === 'number' && typeof o['exact'] === 'string') {
      yield o as { reportId: string; start: number; end: number; exact: string };
    }
    for (const v of Object.values(o)) yield* allEvidence(v);
  }
}
