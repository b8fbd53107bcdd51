/**
 * The founding corpus (../shared/corpus/kursk-2025-03), checked structurally: expectations are
 * computed from the raw files, no sentence of them is copied here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanText } from './index.js';
import type { CleanResult } from '../model/types.js';

// dist/src/clean/ → project root → ../shared
const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/kursk-2025-03/', import.meta.url));
const present = existsSync(CORPUS);
const SKIP = `founding corpus not found at ${CORPUS}`;

function load(name: string): { raw: string; r: CleanResult } {
  const raw = readFileSync(`${CORPUS}${name}`, 'utf8');
  return { raw, r: cleanText(raw) };
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Kept text = raw minus removed spans (whitespace aside); every raw line outside removals is kept. */
function checkInvariants(raw: string, r: CleanResult): void {
  let kept = '';
  let pos = 0;
  const sorted = [...r.removed].sort((a, b) => a.start - b.start);
  for (const x of sorted) {
    assert.equal(raw.slice(x.start, x.end), x.text);
    kept += raw.slice(pos, x.start) + ' ';
    pos = x.end;
  }
  kept += raw.slice(pos);
  assert.equal(norm(r.text), norm(kept));
  let offset = 0;
  for (const line of raw.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (!line.trim()) continue;
    const touched = sorted.some((x) => x.start < start + line.length && x.end > start);
    if (!touched) assert.ok(r.text.includes(line.trim()), `untouched line kept verbatim: ${line.slice(0, 40)}`);
  }
}

test('corpus 000: trailing reader comments removed, article kept', { skip: !present && SKIP }, () => {
  const { raw, r } = load('000.txt');
  checkInvariants(raw, r);
  const comments = r.removed.filter((x) => x.kind === 'comments');
  assert.equal(comments.length, 1);
  const c = comments[0]!;
  assert.equal(c.end, raw.trimEnd().length, 'the comment block runs to the end');
  assert.ok(c.start > raw.length / 2, 'the comment block is the tail, not the article');
  assert.ok(c.text!.split('\n').length >= 5, 'all comment lines are in the block');
  for (const line of c.text!.split('\n')) assert.ok(!r.text.includes(line.trim()));
  assert.ok(/[.!?”]$/.test(r.text), 'the kept text ends on the article’s last sentence');
  // The article paragraphs (lines with quotations and attribution) are all kept.
  for (const line of raw.split('\n')) if (/[“”]/.test(line) && /\bsaid|stated\b/.test(line)) assert.ok(r.text.includes(line.trim()));
});

test('corpus 001: editor’s picks and video promo are boilerplate, clipped teasers removed', { skip: !present && SKIP }, () => {
  const { raw, r } = load('001.txt');
  checkInvariants(raw, r);
  const boiler = r.removed.filter((x) => x.kind === 'boilerplate').map((x) => x.text ?? '');
  assert.ok(boiler.some((t) => /editor.s picks/i.test(t)));
  assert.ok(boiler.some((t) => /video/i.test(t)));
  const teasers = r.removed.filter((x) => x.kind === 'teaser');
  const teaserLines = raw.split('\n').filter((l) => /…\s*$/.test(l));
  assert.ok(teaserLines.length >= 2);
  for (const l of teaserLines) assert.ok(teasers.some((t) => t.text!.includes(l.trim())), 'each clipped line is a teaser');
  assert.ok(!r.text.includes('…'));
  assert.ok(!/editor.s picks/i.test(r.text));
});

test('corpus 002: second copy removed as repeat, trailing credit becomes the source', { skip: !present && SKIP }, () => {
  const { raw, r } = load('002.txt');
  checkInvariants(raw, r);
  const repeat = r.removed.filter((x) => x.kind === 'repeat');
  assert.equal(repeat.length, 1, 'the second copy is one span');
  assert.ok(repeat[0]!.end - repeat[0]!.start > raw.length * 0.4);
  assert.equal(norm(repeat[0]!.text!.replace(/\(\w+\)\s*$/, '')), norm(r.text), 'the repeat is a copy of the kept article');
  assert.equal(r.source, /\((\w+)\)\s*$/.exec(raw)![1]);
  assert.ok(r.removed.some((x) => x.kind === 'credit'));
  assert.ok(!/\(\w+\)\s*$/.test(r.text));
});

test('corpus 003: leading source tag removed as credit and returned as source', { skip: !present && SKIP }, () => {
  const { raw, r } = load('003.txt');
  checkInvariants(raw, r);
  const tag = /^\(([^)]+)\)/.exec(raw)!;
  assert.equal(r.source, tag[1]);
  assert.equal(r.removed[0]?.kind, 'credit');
  assert.equal(r.removed[0]?.start, 0);
  assert.ok(/^\p{Lu}/u.test(r.text));
});

test('corpus 004: date line becomes publishedAt', { skip: !present && SKIP }, () => {
  const { raw, r } = load('004.txt');
  checkInvariants(raw, r);
  const date = /\d{4}-\d{2}-\d{2}/.exec(raw.split('\n')[0]!)![0];
  assert.equal(r.publishedAt, date);
  assert.deepEqual(r.removed.map((x) => x.kind), ['metadata']);
  assert.ok(!r.text.includes(date));
});

test('corpus: kept text keeps the raw typography', { skip: !present && SKIP }, () => {
  for (const f of ['000.txt', '001.txt', '002.txt', '003.txt', '004.txt']) {
    const { raw, r } = load(f);
    for (const ch of ['“', '”', '’', '—']) {
      if (raw.includes(ch) && r.text.length > 0) {
        const keptRaw = raw.split(ch).length - 1;
        const removed = r.removed.reduce((n, x) => n + (x.text!.split(ch).length - 1), 0);
        assert.equal(r.text.split(ch).length - 1, keptRaw - removed, `${f}: ${ch} count`);
      }
    }
  }
});
