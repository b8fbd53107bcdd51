import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore, SCHEMA_VERSION } from './index.js';
import type { Dossier, Story } from '../model/types.js';

function dossier(): Dossier {
  const text = 'Harbour master Tove Aalto said the northern pier of Lindqvist would reopen on Friday.';
  const story: Story = {
    id: 's_1',
    title: 'Lindqvist pier to reopen',
    reportIds: ['r_1'],
    actors: [{ id: 'a_1', name: 'Tove Aalto', kind: 'person', aliases: ['the harbour master'] }],
    quotes: [],
    statements: [],
    timeline: [],
    brief: [{ text, evidence: [{ reportId: 'r_1', start: 0, end: text.length, exact: text }] }],
    framing: [],
  };
  return {
    schema: 'triangulate/dossier@1',
    generatedAt: '2026-04-16T10:00:00.000Z',
    reports: [
      { id: 'r_1', file: 'a.txt', source: { name: 'Harbour Herald' }, title: null, publishedAt: '2026-04-16', text, removed: [], duplicateOf: null, syndicationGroup: 'r_1' },
    ],
    stories: [story],
    errors: [{ file: 'bad.txt', reason: 'File is empty: there is no text to read.' }],
  };
}

test('a saved dossier reads back whole, with summaries, search and errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-store-'));
  try {
    const path = join(dir, 'nested/store.db');
    const store = new SqliteStore(path);
    store.saveDossier(dossier());
    store.close();
    const again = new SqliteStore(path);
    assert.deepEqual(again.getDossier(), dossier());
    assert.deepEqual(again.listStories().map((s) => [s.id, s.reports, s.independentSources, s.lastPublished]), [['s_1', 1, 1, '2026-04-16']]);
    assert.equal(again.getStory('nope'), null);
    assert.equal(again.search({ text: 'pier reopen' })[0]?.reportId, 'r_1');
    assert.equal(again.search({ actor: 'harbour master' })[0]?.storyId, 's_1');
    assert.deepEqual(again.search({ text: '"); DROP TABLE reports; --' }), []);
    assert.deepEqual(again.search({}), []);
    assert.equal(again.listErrors().length, 1);
    again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('inputs are kept by name; a failed save leaves the store as it was', () => {
  const store = new SqliteStore(':memory:');
  const bytes = new TextEncoder().encode('text');
  assert.equal(store.putInput({ file: 'a.txt', hash: 'h1', bytes, meta: {} }), 'new');
  assert.equal(store.putInput({ file: 'a.txt', hash: 'h1', bytes, meta: {} }), 'same');
  assert.equal(store.putInput({ file: 'a.txt', hash: 'h2', bytes, meta: { source: 'X' } }), 'changed');
  assert.equal(store.listInputs().length, 1);
  store.saveDossier(dossier());
  const broken = dossier();
  broken.reports.push({ ...broken.reports[0]! }); // same id twice: the insert fails mid-way
  assert.throws(() => store.saveDossier(broken));
  assert.deepEqual(store.getDossier(), dossier(), 'the earlier dossier is intact');
  store.close();
});

test('a store written by a newer schema is refused with a message', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-store-'));
  try {
    const path = join(dir, 's.db');
    const s = new SqliteStore(path);
    s.db.prepare("UPDATE meta SET value = ? WHERE key = 'schema'").run(String(SCHEMA_VERSION + 1));
    s.close();
    assert.throws(() => new SqliteStore(path), /newer triangulate/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
