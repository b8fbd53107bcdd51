/**
 * `npm run bench:extract` — main-text extraction quality and speed on the article-extraction
 * benchmark (../shared/data/article-extraction-benchmark, 181 pages), ours against Mozilla
 * Readability + linkedom in the same process on the same decoded pages, both scored with the
 * benchmark's own metric (../shared/tools/extraction-metric.mjs).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanHtml, decodeBytes } from '../src/clean/index.js';

// dist/bench/extract.js → project root → ../shared
const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const DATA = join(SHARED, 'data/article-extraction-benchmark');
const METRIC = join(SHARED, 'tools/extraction-metric.mjs');
/** Pages run once before timing, so both tools are measured after JIT warm-up. */
const WARMUP_PAGES = 10;

interface Metric {
  f1: number;
  precision: number;
  recall: number;
}
type Evaluate = (truth: Record<string, { articleBody: string }>, pred: Record<string, { articleBody: string }>) => Metric;

interface Page {
  id: string;
  html: string;
}

function loadPages(): Page[] {
  const dir = join(DATA, 'html');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => ({ id: f.replace(/\.html\.gz$/, ''), html: decodeBytes(gunzipSync(readFileSync(join(dir, f))), { html: true }).text }));
}

function ours(html: string): string {
  return cleanHtml(html).text;
}

function readability(html: string): string {
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    return article?.textContent ?? '';
  } catch {
    return '';
  }
}

function run(pages: Page[], extract: (html: string) => string): { pred: Record<string, { articleBody: string }>; ms: number } {
  for (const p of pages.slice(0, WARMUP_PAGES)) extract(p.html);
  const pred: Record<string, { articleBody: string }> = {};
  const start = process.hrtime.bigint();
  for (const p of pages) pred[p.id] = { articleBody: extract(p.html) };
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { pred, ms };
}

async function main(): Promise<number> {
  if (!existsSync(DATA) || !existsSync(METRIC)) {
    console.log(`bench:extract skipped: benchmark data not found at ${DATA}`);
    return 0;
  }
  const { evaluate } = (await import(pathToFileURL(METRIC).href)) as { evaluate: Evaluate };
  const truth = JSON.parse(readFileSync(join(DATA, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const pages = loadPages();
  const tools: [string, (html: string) => string][] = [
    ['triangulate', ours],
    ['readability+linkedom', readability],
  ];
  const rows = tools.map(([name, fn]) => {
    const { pred, ms } = run(pages, fn);
    return { name, m: evaluate(truth, pred), ms };
  });
  const base = rows.find((r) => r.name.startsWith('readability'))!.ms;
  const header = ['tool', 'F1', 'precision', 'recall', 'total ms', 'pages/s', 'speed ×'];
  const table = rows.map((r) => [
    r.name,
    r.m.f1.toFixed(3),
    r.m.precision.toFixed(3),
    r.m.recall.toFixed(3),
    r.ms.toFixed(0),
    ((pages.length * 1000) / r.ms).toFixed(1),
    `${(base / r.ms).toFixed(2)}x`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`article-extraction-benchmark: ${pages.length} pages (published F1: rs_trafilatura 0.970, trafilatura 0.958, Readability 0.947)`);
  console.log(line(header));
  for (const row of table) console.log(line(row));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.stack : String(err));
    process.exitCode = 1;
  },
);
