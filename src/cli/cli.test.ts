import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, sharedDir } from '../testing/shared.js';
import { dossierValidator } from '../testing/schema.js';
import type { Dossier } from '../model/types.js';

const MAIN = join(PROJECT_ROOT, 'dist/src/cli/main.js');
const cli = (args: string[], cwd: string): { code: number; out: string; err: string } => {
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
};

test('`triangulate demo` builds the demo corpus, prints the dossier and a summary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-demo-'));
  try {
    const r = cli(['demo', '--json', 'demo.json'], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^# Dossier/m);
    assert.match(r.out, /### Brief/);
    assert.match(r.out, /^reports\s+6/m);
    assert.match(r.out, /^stories\s+1$/m);
    assert.ok(existsSync(join(dir, '.triangulate/demo.db')), 'stored in SQLite under the working folder');
    const d = JSON.parse(readFileSync(join(dir, 'demo.json'), 'utf8')) as Dossier;
    const shared = sharedDir();
    if (shared) assert.deepEqual(dossierValidator(shared)(d), []);
    const reprint = d.reports.find((r) => r.file === '06-coastal-times.txt');
    const original = d.reports.find((r) => r.file === '02-northern-wire.html');
    assert.equal(reprint?.duplicateOf, original?.id, 'the reprint is a duplicate of the wire story');
    assert.equal(reprint?.syndicationGroup, original?.syndicationGroup);
    const story = d.stories[0]!;
    const promise = story.quotes.find((q) => q.variants.length >= 4 && q.variants.some((v) => /honou?r/.test(v.text)));
    assert.ok(promise, "Salin's offer is one quote in several wordings");
    assert.ok(story.statements.some((s) => s.status === 'disputed'));
    assert.ok(story.brief.length >= 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('`triangulate build` writes JSON and Markdown, reports per-file errors and keeps going', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-build-'));
  try {
    writeFileSync(
      join(dir, 'a.txt'),
      'Harbour master Tove Aalto said on Monday that the northern pier of Lindqvist would reopen on Friday.\n' +
        '"We expect the first ferries by Friday," Aalto told reporters.\n',
    );
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = cli(['build', '.', '--json', 'out/d.json', '--md', 'out/d.md', '--db', 'store.db'], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^reports\s+1/m);
    assert.match(r.out, /^quotes\s+\d+/m);
    assert.match(r.out, /^disputes\s+\d+/m);
    assert.match(r.out, /empty\.txt: File is empty/);
    const d = JSON.parse(readFileSync(join(dir, 'out/d.json'), 'utf8')) as Dossier;
    assert.equal(d.reports.length, 1);
    assert.equal(d.errors.length, 1);
    assert.match(readFileSync(join(dir, 'out/d.md'), 'utf8'), /## Input errors/);
    assert.equal(cli(['build'], dir).code, 2, 'no path is a usage error');
    assert.equal(cli(['nonsense'], dir).code, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
