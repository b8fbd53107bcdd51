import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../cli/main.js', import.meta.url));

test('triangulate quotes --jsonl: the contract of ARCHITECTURE.md, offsets into the input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-quotes-cli-'));
  const input = join(dir, 'in.jsonl');
  const text = 'Mayor Ilsa Varnholm opened the bridge. “It cost less than we feared,” Varnholm said.';
  writeFileSync(input, [JSON.stringify({ id: 'a', text }), '{not json', JSON.stringify({ id: 'b', text: '' })].join('\n') + '\n');
  const r = spawnSync(process.execPath, [MAIN, 'quotes', '--jsonl', input], { encoding: 'utf8' });
  assert.equal(r.status, 1, 'a bad line gives exit code 1 but the run goes on');
  assert.match(r.stderr, /in\.jsonl:2/);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; quotes: Record<string, unknown>[] });
  assert.deepEqual(lines.map((l) => l.id), ['a', 'b']);
  const [q] = lines[0]?.quotes ?? [];
  assert.ok(q);
  assert.deepEqual(Object.keys(q), ['start', 'end', 'text', 'direct', 'speaker', 'speakerName', 'cue']);
  assert.equal(text.slice(q['start'] as number, q['end'] as number), q['text']);
  const sp = q['speaker'] as { start: number; end: number };
  assert.equal(text.slice(sp.start, sp.end), 'Varnholm');
  assert.equal(q['speakerName'], 'Ilsa Varnholm');
  const cue = q['cue'] as { start: number; end: number };
  assert.equal(text.slice(cue.start, cue.end), 'said');
  assert.deepEqual(lines[1]?.quotes, []);
});

test('triangulate quotes without --jsonl is a usage error', () => {
  const r = spawnSync(process.execPath, [MAIN, 'quotes'], { encoding: 'utf8' });
  assert.equal(r.status, 2);
});
