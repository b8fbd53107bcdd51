import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DedupIndex, dedup, findRepeatedParagraphs, findRepeatedRuns, normalizeText, wireCredits } from './index.js';
import { ARREST_KOVAL, EXTRA_PARAGRAPH, QUAKE_BRENNAS, QUAKE_VALDORA, QUAKE_VALDORA_OTHER, WIRE_ELECTION, WIRE_FLOOD } from './fixtures.js';

const paras = (t: string): string[] => t.split('\n');

test('normalisation unifies quotes, dashes, case and white space', () => {
  assert.equal(normalizeText('  \u201CHe said\u201D \u2014 it\u2019s   DONE\n'), '"he said" - it\'s done');
});

test('independent reports are neither duplicates nor one syndication group', () => {
  const r = dedup([
    { id: 'v1', text: QUAKE_VALDORA },
    { id: 'v2', text: QUAKE_VALDORA_OTHER },
    { id: 'b', text: QUAKE_BRENNAS },
    { id: 'k', text: ARREST_KOVAL },
  ]);
  assert.deepEqual(r.map((x) => x.duplicateOf), [null, null, null, null]);
  assert.equal(new Set(r.map((x) => x.syndicationGroup)).size, 4);
});

test('exact copy, reprint with a new headline, trimmed copy and copy plus a paragraph are duplicates of the original', () => {
  const index = new DedupIndex();
  const original = index.add({ id: 'orig', text: QUAKE_VALDORA, title: 'Quake kills 17 in Valdora' });
  const copies = [
    index.add({ id: 'exact', text: QUAKE_VALDORA.replace(/'/g, '\u2019').replace(/\n/g, '\n\n') }),
    index.add({ id: 'headline', text: QUAKE_VALDORA, title: 'Valdora counts its dead after dawn tremor' }),
    index.add({ id: 'trimmed', text: paras(QUAKE_VALDORA).slice(0, 3).join('\n') }),
    index.add({ id: 'extra', text: `${QUAKE_VALDORA}\n${EXTRA_PARAGRAPH}` }),
    index.add({ id: 'edited', text: QUAKE_VALDORA.replace('early on Tuesday', 'on Tuesday morning').replace('at least 17', '17') }),
  ];
  for (const c of copies) {
    assert.equal(c.duplicateOf, 'orig', c.id);
    assert.equal(c.syndicationGroup, original.syndicationGroup, c.id);
  }
  assert.equal(original.duplicateOf, null);
  assert.equal(index.get('trimmed')?.duplicateOf, 'orig');
});

test('a copy of a copy points at the first-seen original', () => {
  const r = dedup([
    { id: 'a', text: WIRE_FLOOD },
    { id: 'b', text: `${WIRE_FLOOD}\n${EXTRA_PARAGRAPH}` },
    { id: 'c', text: `${WIRE_FLOOD}\n${EXTRA_PARAGRAPH}` },
  ]);
  assert.deepEqual(r.map((x) => x.duplicateOf), [null, 'a', 'a']);
});

test('a rewritten wire story shares the group without being a duplicate', () => {
  const ps = paras(WIRE_FLOOD);
  const rewritten = [...ps.slice(0, 3), 'Local radio said the mayor of Hollin had opened the sports hall to families who had lost their homes.', 'Insurers said it was too early to estimate the cost.'].join('\n');
  const [a, b] = dedup([
    { id: 'wire', text: WIRE_FLOOD },
    { id: 'rewrite', text: rewritten },
  ]);
  assert.ok(a && b);
  assert.equal(b.duplicateOf, null);
  assert.equal(b.syndicationGroup, a.syndicationGroup);
});

test('a shared agency credit alone does not make one group', () => {
  assert.deepEqual(wireCredits(WIRE_FLOOD), ['Agencies']);
  assert.deepEqual(wireCredits(WIRE_ELECTION), ['Agencies']);
  assert.deepEqual(wireCredits(ARREST_KOVAL), []);
  const [a, b] = dedup([
    { id: 'flood', text: WIRE_FLOOD },
    { id: 'vote', text: WIRE_ELECTION },
  ]);
  assert.ok(a && b);
  assert.notEqual(a.syndicationGroup, b.syndicationGroup);
});

test('results are deterministic content hashes', () => {
  const docs = [
    { id: 'x', text: QUAKE_BRENNAS },
    { id: 'y', text: QUAKE_BRENNAS },
  ];
  assert.deepEqual(dedup(docs), dedup(docs));
  const [x] = dedup(docs);
  const [renamed] = dedup([{ id: 'other-id', text: QUAKE_BRENNAS }]);
  assert.equal(x?.syndicationGroup, renamed?.syndicationGroup);
});

test('empty texts are never duplicates', () => {
  const r = dedup([
    { id: 'e1', text: '' },
    { id: 'e2', text: '  \n' },
  ]);
  assert.deepEqual(r.map((x) => x.duplicateOf), [null, null]);
  assert.notEqual(r[0]?.syndicationGroup, r[1]?.syndicationGroup);
});

test('repeated paragraphs: a page printing its article twice', () => {
  const doubled = `${QUAKE_BRENNAS}\n${ARREST_KOVAL.split('\n')[0] ?? ''}\n${QUAKE_BRENNAS.replace('Saturday night', 'Saturday evening')}`;
  const reps = findRepeatedParagraphs(doubled);
  const n = paras(QUAKE_BRENNAS).length;
  assert.equal(reps.length, n);
  for (const r of reps) assert.ok(r.of < r.start && r.ofEnd <= r.start);
  const firstCopy = doubled.indexOf(paras(QUAKE_BRENNAS)[0] ?? '');
  assert.equal(reps[0]?.of, firstCopy);
  const runs = findRepeatedRuns(doubled);
  assert.equal(runs.length, 1);
  assert.equal(runs[0]?.paragraphs, n);
  assert.equal(runs[0]?.end, doubled.length);
  assert.deepEqual(findRepeatedParagraphs(QUAKE_VALDORA), []);
});

const KURSK = resolve(process.cwd(), '../shared/corpus/kursk-2025-03');

test('kursk-2025-03: five independent reports, no duplicates, five syndication groups', (t) => {
  if (!existsSync(KURSK)) {
    t.skip(`${KURSK} absent`);
    return;
  }
  const files = ['000.txt', '001.txt', '002.txt', '003.txt', '004.txt'];
  const texts = files.map((f) => readFileSync(join(KURSK, f), 'utf8'));
  // 002 prints its article twice: paragraph detection finds the second copy as one run
  const runs = findRepeatedRuns(texts[2] ?? '');
  assert.equal(runs.length, 1);
  const run = runs[0];
  assert.ok(run && run.paragraphs >= 5 && run.end >= (texts[2] ?? '').trimEnd().length);
  const cleaned = texts.map((t, i) => (i === 2 && run ? t.slice(0, run.start) : t));
  for (const variant of [texts, cleaned]) {
    const r = dedup(variant.map((text, i) => ({ id: files[i] ?? '', text })));
    assert.deepEqual(r.map((x) => x.duplicateOf), [null, null, null, null, null]);
    assert.equal(new Set(r.map((x) => x.syndicationGroup)).size, 5);
  }
});
