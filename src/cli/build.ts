import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { collectInputs } from '../ingest/index.js';
import { SqliteStore, DEFAULT_DB } from '../store/index.js';
import { buildInStore } from '../pipeline/run.js';
import { renderMarkdown } from '../render/markdown.js';
import type { Dossier } from '../model/types.js';
import { isExit, parse, type Flag } from './args.js';
import { progressBar } from './progress.js';

export const FLAGS: Flag[] = [
  { name: 'json', type: 'string', value: 'FILE', help: 'write the dossier as JSON (schema triangulate/dossier@1)' },
  { name: 'md', type: 'string', value: 'FILE', help: 'write the dossier as Markdown' },
  { name: 'html', type: 'string', value: 'DIR', help: 'write a static HTML rendering of the dossier' },
  { name: 'db', type: 'string', value: 'FILE', help: `SQLite store (default ${DEFAULT_DB})` },
  { name: 'manifest', type: 'string', value: 'FILE', help: 'per-file source/url/publishedAt (default: triangulate.json in each folder)' },
  { name: 'fresh', type: 'boolean', help: 'forget the inputs stored by earlier builds before this one' },
  { name: 'quiet', type: 'boolean', help: 'print nothing but errors' },
];

const SYNOPSIS = 'PATH... [--json FILE] [--md FILE] [--html DIR] [--db FILE] [--manifest FILE] [--fresh]';

export async function run(argv: string[]): Promise<number> {
  const p = parse('build', SYNOPSIS, FLAGS, argv);
  if (isExit(p)) return p.exit;
  if (p.positionals.length === 0) {
    console.error(`triangulate build: give at least one file or folder.\nusage: triangulate build ${SYNOPSIS}`);
    return 2;
  }
  const v = p.values;
  const str = (k: string): string | undefined => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const dbPath = resolve(str('db') ?? DEFAULT_DB);
  const exclude = [dbPath, ...(['json', 'md'] as const).map((k) => str(k)).filter((f): f is string => f !== undefined)];
  const html = str('html');
  const { inputs, errors } = collectInputs(p.positionals, { manifest: str('manifest') ?? null, exclude, excludeDirs: html ? [html] : [] });
  const store = new SqliteStore(dbPath);
  const bar = progressBar();
  try {
    const result = buildInStore(store, inputs, errors, { fresh: v['fresh'] === true, onProgress: bar.update });
    bar.end();
    await writeOutputs(result.dossier, { json: str('json'), md: str('md'), html: str('html') });
    if (v['quiet'] !== true) console.log(summary(result.dossier, result.added + result.changed));
    return 0;
  } finally {
    bar.end();
    store.close();
  }
}

export async function writeOutputs(d: Dossier, out: { json?: string | undefined; md?: string | undefined; html?: string | undefined }): Promise<void> {
  if (out.json) writeFile(out.json, `${JSON.stringify(d, null, 2)}\n`);
  if (out.md) writeFile(out.md, renderMarkdown(d));
  if (out.html) {
    const { writeStaticSite } = await import('../render/html.js');
    writeStaticSite(d, resolve(out.html));
  }
}

function writeFile(path: string, content: string): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  writeFileSync(path, content);
}

/** The one-screen summary printed after a build. */
export function summary(d: Dossier, newInputs?: number): string {
  const quotes = d.stories.reduce((n, s) => n + s.quotes.length, 0);
  const statements = d.stories.reduce((n, s) => n + s.statements.length, 0);
  const disputes = d.stories.reduce((n, s) => n + (s.disputes?.length ?? s.statements.filter((x) => x.status === 'disputed').length), 0);
  const dups = d.reports.filter((r) => r.duplicateOf).length;
  const lines = [
    `reports    ${d.reports.length}${dups ? ` (${dups} duplicate${dups === 1 ? '' : 's'})` : ''}${newInputs !== undefined ? `, ${newInputs} new or changed input${newInputs === 1 ? '' : 's'}` : ''}`,
    `stories    ${d.stories.length}`,
    `quotes     ${quotes}`,
    `statements ${statements}`,
    `disputes   ${disputes}`,
    `errors     ${d.errors.length}`,
  ];
  for (const e of d.errors) lines.push(`  ${e.file}: ${e.reason}`);
  return lines.join('\n');
}
