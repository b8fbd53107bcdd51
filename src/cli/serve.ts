/** `triangulate serve`: the web UI and JSON API over the store. */
import { resolve } from 'node:path';
import { DEFAULT_DB, SqliteStore } from '../store/index.js';
import { startServer } from '../server/index.js';
import { isExit, parse, type Flag } from './args.js';

/** Default port: unassigned by IANA and unlikely to clash with dev servers. */
export const DEFAULT_PORT = 4173;

export const FLAGS: Flag[] = [
  { name: 'db', type: 'string', value: 'FILE', help: `SQLite store (default ${DEFAULT_DB})` },
  { name: 'port', type: 'string', value: 'N', help: `port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)` },
  { name: 'host', type: 'string', value: 'HOST', help: 'interface to listen on (default 127.0.0.1; 0.0.0.0 exposes it to the network)' },
  { name: 'read-only', type: 'boolean', help: 'refuse uploads (POST /api/reports)' },
];

const SYNOPSIS = '[--db FILE] [--port N] [--host 127.0.0.1] [--read-only]';

export async function run(argv: string[]): Promise<number> {
  const p = parse('serve', SYNOPSIS, FLAGS, argv);
  if (isExit(p)) return p.exit;
  const v = p.values;
  const portText = typeof v['port'] === 'string' ? v['port'] : String(DEFAULT_PORT);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    console.error(`triangulate serve: --port must be a number from 0 to 65535, not ${portText}.`);
    return 2;
  }
  const host = typeof v['host'] === 'string' ? v['host'] : '127.0.0.1';
  const store = new SqliteStore(resolve(typeof v['db'] === 'string' ? v['db'] : DEFAULT_DB));
  let server;
  try {
    server = await startServer(store, { port, host, uploads: v['read-only'] !== true });
  } catch (err) {
    store.close();
    console.error(`triangulate serve: cannot listen on ${host}:${port}: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  console.log(`triangulate: serving ${store.listStories().length} stories on ${server.url} (Ctrl-C to stop)`);
  const running = server;
  await new Promise<void>((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await running.close();
  store.close();
  return 0;
}
