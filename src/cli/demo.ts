import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { collectInputs } from '../ingest/index.js';
import { SqliteStore } from '../store/index.js';
import { buildInStore } from '../pipeline/run.js';
import { renderMarkdown } from '../render/markdown.js';
import { isExit, parse, type Flag } from './args.js';
import { summary, writeOutputs } from './build.js';

/** The demo corpus shipped with the package (our own invented reports). */
export const DEMO_CORPUS = fileURLToPath(new URL('../../../demo/corpus/', import.meta.url));
export const DEMO_DB = '.triangulate/demo.db';

const FLAGS: Flag[] = [
  { name: 'db', type: 'string', value: 'FILE', help: `SQLite store for the demo (default ${DEMO_DB}; rebuilt fresh)` },
  { name: 'json', type: 'string', value: 'FILE', help: 'also write the dossier as JSON' },
  { name: 'md', type: 'string', value: 'FILE', help: 'also write the dossier as Markdown' },
  { name: 'html', type: 'string', value: 'DIR', help: 'also write a static HTML rendering' },
  { name: 'summary', type: 'boolean', help: 'print only the summary, not the dossier' },
];

export async function run(argv: string[]): Promise<number> {
  const p = parse('demo', '[--db FILE] [--json FILE] [--md FILE] [--html DIR] [--summary]', FLAGS, argv);
  if (isExit(p)) return p.exit;
  if (!existsSync(DEMO_CORPUS)) {
    console.error(`triangulate demo: the demo corpus is missing (${DEMO_CORPUS}); reinstall the package.`);
    return 1;
  }
  const str = (k: string): string | undefined => (typeof p.values[k] === 'string' ? (p.values[k] as string) : undefined);
  const { inputs, errors } = collectInputs([DEMO_CORPUS]);
  const store = new SqliteStore(resolve(str('db') ?? DEMO_DB));
  try {
    const { dossier } = buildInStore(store, inputs, errors, { fresh: true });
    await writeOutputs(dossier, { json: str('json'), md: str('md'), html: str('html') });
    if (p.values['summary'] !== true) console.log(renderMarkdown(dossier));
    console.log(summary(dossier));
    console.log(`\nStored in ${resolve(str('db') ?? DEMO_DB)}; \`triangulate serve --db ${str('db') ?? DEMO_DB}\` shows it in a browser.`);
    return 0;
  } finally {
    store.close();
  }
}
