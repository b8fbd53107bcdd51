/**
 * API and page latency for a story of 200 reports from a warm store (issue 8: < 100 ms).
 * A synthetic fictional story (src/server/testing/fixture.ts) is saved in a SQLite file, the
 * store is warmed, then GET /api/stories/:id and GET /stories/:id are timed over N requests,
 * in-process (app.request) and over a real socket (fetch against startServer on 127.0.0.1).
 *
 *   npm run bench:api                 # 200 reports, 200 requests per row
 *   BENCH_REPORTS=500 BENCH_N=100 npm run bench:api
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../src/store/index.js';
import { createApp } from '../src/server/app.js';
import { startServer } from '../src/server/index.js';
import { syntheticDossier } from '../src/server/testing/fixture.js';

/** Reports in the story (the figure). */
const REPORTS = Number(process.env['BENCH_REPORTS'] ?? 200);
/** Timed requests per row. */
const N = Number(process.env['BENCH_N'] ?? 200);
/** Untimed requests per row first (JIT, SQLite page cache). */
const WARMUP = 20;
/** The target for a story page from a warm store. */
const TARGET_MS = 100;

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function time(label: string, get: () => Promise<Response>): Promise<string[]> {
  let bytes = 0;
  for (let i = 0; i < WARMUP; i++) await (await get()).arrayBuffer();
  const ms: number[] = [];
  for (let i = 0; i < N; i++) {
    const t = performance.now();
    const res = await get();
    const body = await res.arrayBuffer();
    ms.push(performance.now() - t);
    if (res.status !== 200) throw new Error(`${label}: HTTP ${res.status}`);
    bytes = body.byteLength;
  }
  ms.sort((a, b) => a - b);
  const p95 = pct(ms, 95);
  return [label, (bytes / 1024).toFixed(0), pct(ms, 50).toFixed(2), p95.toFixed(2), (ms[ms.length - 1] ?? NaN).toFixed(2), p95 < TARGET_MS ? 'yes' : 'NO'];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-api-'));
  const store = new SqliteStore(join(dir, 'bench.db'));
  try {
    const d = syntheticDossier(REPORTS);
    store.saveDossier(d);
    const story = d.stories[0]!;
    const app = createApp(store);
    const uncached = createApp(store, { cache: false });
    const server = await startServer(store, { port: 0 });
    const rows: string[][] = [];
    try {
      const id = encodeURIComponent(story.id);
      rows.push(await time('in-process, rendered each time  GET /api/stories/:id', () => Promise.resolve(uncached.request(`/api/stories/${id}`))));
      rows.push(await time('in-process, rendered each time  GET /stories/:id', () => Promise.resolve(uncached.request(`/stories/${id}`))));
      rows.push(await time('in-process, rendered each time  GET /reports/:id', () => Promise.resolve(uncached.request(`/reports/${d.reports[0]!.id}`))));
      rows.push(await time('in-process, build cache         GET /api/stories/:id', () => Promise.resolve(app.request(`/api/stories/${id}`))));
      rows.push(await time('in-process, build cache         GET /stories/:id', () => Promise.resolve(app.request(`/stories/${id}`))));
      rows.push(await time('HTTP socket, build cache        GET /api/stories/:id', () => fetch(`${server.url}/api/stories/${id}`)));
      rows.push(await time('HTTP socket, build cache        GET /stories/:id', () => fetch(`${server.url}/stories/${id}`)));
    } finally {
      await server.close();
    }
    const head = ['request', 'KB', 'p50 ms', 'p95 ms', 'max ms', `p95 < ${TARGET_MS} ms`];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (r: string[]): string => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    console.log(
      `story of ${REPORTS} reports: ${story.statements.length} statements, ${story.quotes.length} quotes (${story.quotes.reduce((n, q) => n + q.variants.length, 0)} variants), ` +
        `${story.timeline.length} timeline entries, ${story.framing.length} framing markers; ${N} requests per row after ${WARMUP} warm-up`,
    );
    console.log(line(head));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of rows) console.log(line(r));
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
