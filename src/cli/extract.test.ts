import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isHtml } from './extract.js';

const MAIN = fileURLToPath(new URL('./main.js', import.meta.url));

const ARTICLE =
  'The Varnholm ferry service started on Thursday, three days after the Old Tern Bridge was closed because of cracks in its piers, the harbour authority said.';

test('extract --jsonl: one line per input, unreadable files get an error and the run goes on', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-extract-'));
  try {
    const html = join(dir, 'a.html');
    writeFileSync(html, `<html><head><title>Ferry service starts on Thursday | Courier</title><meta property="article:published_time" content="2024-06-06"></head><body><nav>Home</nav><article><p>${ARTICLE}</p></article></body></html>`);
    const txt = join(dir, 'b.txt');
    writeFileSync(txt, ` date 2024-06-07 ${ARTICLE}\n`);
    const missing = join(dir, 'missing.html');
    const res = spawnSync(process.execPath, [MAIN, 'extract', '--jsonl', html, missing, txt], { encoding: 'utf8' });
    assert.equal(res.status, 0, res.stderr);
    const lines = res.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(lines.length, 3);
    assert.deepEqual(lines[0], { file: html, title: 'Ferry service starts on Thursday', publishedAt: '2024-06-06', text: ARTICLE });
    assert.equal(lines[1]!['file'], missing);
    assert.equal(lines[1]!['text'], '');
    assert.equal(typeof lines[1]!['error'], 'string');
    assert.deepEqual(lines[2], { file: txt, title: null, publishedAt: '2024-06-07', text: ARTICLE });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('extract: HTML is told from text by extension, then by sniffing', () => {
  assert.equal(isHtml('a.htm', 'plain'), true);
  assert.equal(isHtml('a.txt', '<html>'), false);
  assert.equal(isHtml('page', '<!DOCTYPE html><html>'), true);
  assert.equal(isHtml('notes', 'Dear reader,'), false);
});
