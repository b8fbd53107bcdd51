import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteStore } from '../store/index.js';
import { fixtureDossier } from './testing/fixture.js';

const MAIN = fileURLToPath(new URL('../cli/main.js', import.meta.url));
/** How long the server may take to start on a loaded machine. */
const START_MS = 20_000;

test('`triangulate serve` serves the store and stops cleanly on SIGTERM', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-serve-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'store.db');
  const store = new SqliteStore(db);
  store.saveDossier(fixtureDossier());
  store.close();
  const child = spawn(process.execPath, [MAIN, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  t.after(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), START_MS);
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /(http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
  });
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/, 'listens on the loopback by default');
  const res = await fetch(`${url}/api/stories`);
  assert.equal(res.status, 200);
  assert.equal(((await res.json()) as { stories: unknown[] }).stories.length, 1);
  const head = await fetch(`${url}/`, { method: 'HEAD' });
  assert.equal(head.headers.get('x-content-type-options'), 'nosniff', 'HEAD keeps the security headers');
  const code = await new Promise<number | null>((resolve) => {
    child.once('exit', (c) => resolve(c));
    child.kill('SIGTERM');
  });
  assert.equal(code, 0);
});

test('`triangulate serve` refuses a bad port', async () => {
  const child = spawn(process.execPath, [MAIN, 'serve', '--port', 'eighty'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (b: Buffer) => (err += b.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  assert.equal(code, 2);
  assert.match(err, /--port must be a number/);
});
