import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, truncateSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectInputs } from '../ingest/index.js';
import { MAX_FILE_BYTES } from '../ingest/limits.js';
import { buildDossier } from './index.js';
import { SqliteStore } from '../store/index.js';
import { buildInStore } from './run.js';

const GOOD =
  'The harbour authority of Lindqvist said on Monday that the northern pier would reopen next week.\n' +
  '"We expect the first ferries by Friday," harbour master Tove Aalto told reporters.\n' +
  'Fishermen\u2019s union leader Per Brann said the delay had cost members thousands of crowns.\n';

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tri-bad-'));
  writeFileSync(join(dir, 'good.txt'), GOOD);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\n \t\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' owners in Lindqvist protested on Monday.\n')]));
  writeFileSync(join(dir, 'huge.txt'), '');
  truncateSync(join(dir, 'huge.txt'), 50 * 1024 * 1024);
  writeFileSync(join(dir, 'broken.jsonl'), '{"id":"a1","text":"Tove Aalto said the pier would reopen on Friday."}\nnot json\n{"id":"a2"}\n');
  return dir;
}

test('bad inputs give one clear error each and the good ones are processed', () => {
  const dir = corpus();
  try {
    const { inputs, errors } = collectInputs([dir]);
    const { dossier } = buildDossier(inputs, errors);
    const reasonOf = (file: string): string => dossier.errors.find((e) => e.file === file)?.reason ?? '';
    assert.match(reasonOf('empty.txt'), /empty/i);
    assert.match(reasonOf('blank.txt'), /empty/i);
    assert.match(reasonOf('binary.txt'), /binary/i);
    assert.match(reasonOf('latin1.txt'), /UTF-8/);
    assert.match(reasonOf('huge.txt'), new RegExp(`${MAX_FILE_BYTES / 1048576} MB`));
    assert.match(reasonOf('broken.jsonl:2'), /JSON/);
    assert.match(reasonOf('broken.jsonl:3'), /text/);
    const files = dossier.reports.map((r) => r.file).sort();
    assert.deepEqual(files, ['broken.jsonl#a1', 'good.txt']);
    for (const e of dossier.errors) assert.ok(e.reason.length > 10 && /[.;]/.test(e.reason), `a sentence: ${e.reason}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a later build with bad input loses nothing already stored', () => {
  const dir = corpus();
  const db = join(dir, 'store.db');
  try {
    const store = new SqliteStore(db);
    const first = buildInStore(store, collectInputs([join(dir, 'good.txt')]).inputs, []);
    assert.equal(first.dossier.reports.length, 1);
    const second = buildInStore(store, collectInputs([join(dir, 'binary.txt'), join(dir, 'empty.txt')]).inputs, []);
    assert.equal(second.dossier.reports.length, 1, 'the stored report is still there');
    assert.equal(second.dossier.errors.length, 2);
    store.close();
    const reopened = new SqliteStore(db);
    assert.equal(reopened.listReports().length, 1);
    assert.equal(reopened.listInputs().length, 1, 'failed inputs are not kept for later builds');
    reopened.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
