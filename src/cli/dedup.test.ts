import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARREST_KOVAL, QUAKE_BRENNAS, QUAKE_VALDORA, QUAKE_VALDORA_OTHER } from '../dedup/fixtures.js';

const MAIN = fileURLToPath(new URL('./main.js', import.meta.url));

function runCli(cmd: string, lines: string[]): { status: number | null; out: Record<string, unknown>[]; err: string } {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-cli-'));
  const path = join(dir, 'in.jsonl');
  writeFileSync(path, lines.join('\n') + '\n');
  const r = spawnSync(process.execPath, [MAIN, cmd, '--jsonl', path], { encoding: 'utf8' });
  const out = r.stdout
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: r.status, out, err: r.stderr };
}

const INPUT = [
  JSON.stringify({ id: 'v1', text: QUAKE_VALDORA, title: 'Quake in Valdora' }),
  '{"id": "broken", "text": ',
  JSON.stringify({ id: 'v1-copy', text: QUAKE_VALDORA, title: 'A new headline', source: 'Daily Example' }),
  JSON.stringify({ id: 'no-text' }),
  JSON.stringify({ id: 'v2', text: QUAKE_VALDORA_OTHER, publishedAt: '2031-04-01' }),
  JSON.stringify({ id: 'b', text: QUAKE_BRENNAS }),
  JSON.stringify({ id: 'k', text: ARREST_KOVAL }),
];

test('triangulate dedup: JSONL contract, bad lines reported with their number, run goes on', () => {
  const { status, out, err } = runCli('dedup', INPUT);
  assert.equal(status, 1);
  assert.match(err, /:2: invalid JSON/);
  assert.match(err, /:4: .*"text"/);
  assert.deepEqual(
    out.map((o) => Object.keys(o)),
    out.map(() => ['id', 'duplicateOf', 'syndicationGroup']),
  );
  assert.deepEqual(
    out.map((o) => [o['id'], o['duplicateOf']]),
    [
      ['v1', null],
      ['v1-copy', 'v1'],
      ['v2', null],
      ['b', null],
      ['k', null],
    ],
  );
  assert.equal(out[0]?.['syndicationGroup'], out[1]?.['syndicationGroup']);
  assert.equal(new Set(out.map((o) => o['syndicationGroup'])).size, 4);
});

test('triangulate cluster: JSONL contract, one story per event', () => {
  const { status, out, err } = runCli('cluster', INPUT);
  assert.equal(status, 1);
  assert.match(err, /:2: invalid JSON/);
  assert.deepEqual(
    out.map((o) => Object.keys(o)),
    out.map(() => ['id', 'story']),
  );
  const story = new Map(out.map((o) => [o['id'], o['story']]));
  assert.equal(story.get('v1'), story.get('v1-copy'));
  assert.equal(story.get('v1'), story.get('v2'));
  assert.notEqual(story.get('v1'), story.get('b'));
  assert.notEqual(story.get('b'), story.get('k'));
});

test('triangulate dedup: a clean input exits 0', () => {
  const { status, out } = runCli('dedup', [JSON.stringify({ id: 1, text: QUAKE_BRENNAS })]);
  assert.equal(status, 0);
  assert.equal(out[0]?.['id'], '1');
});
