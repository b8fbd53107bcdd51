/**
 * The founding corpus (../shared/corpus/kursk-2025-03): what the analyze stage must find in the
 * article parts of the five reports. The texts are read from ../shared, never copied; needles are
 * a few words that locate a span.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeReport } from './index.js';
import type { FoundQuote, FoundStatement } from '../model/types.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CORPUS = `${ROOT}../shared/corpus/kursk-2025-03`;
const present = existsSync(CORPUS);

const cache = new Map<string, ReturnType<typeof analyzeReport> & { text: string }>();
function report(id: string): ReturnType<typeof analyzeReport> & { text: string } {
  let r = cache.get(id);
  if (!r) {
    const text = readFileSync(`${CORPUS}/${id}.txt`, 'utf8');
    r = { ...analyzeReport({ id, text }), text };
    cache.set(id, r);
  }
  return r;
}
const quoteWith = (id: string, ...needles: RegExp[]): FoundQuote | undefined =>
  report(id).quotes.find((q) => needles.every((n) => n.test(q.text)));
const statementWith = (id: string, pred: (s: FoundStatement) => boolean): FoundStatement | undefined =>
  report(id).statements.find(pred);

test('founding corpus: Putin’s surrender guarantee in every report that has it', (t) => {
  if (!present) return t.skip(`corpus absent: ${CORPUS}`);
  for (const id of ['001', '002', '003', '004']) {
    const q = quoteWith(id, /(?:lay|laid) down their arms/, /guarantee/);
    assert.ok(q, `${id}: guarantee quote found`);
    assert.equal(q.speakerName, 'Vladimir Putin', `${id}: speaker`);
    const s = statementWith(id, (x) => x.act === 'promise' && /guarantee/.test(x.text) && x.actorName === 'Vladimir Putin');
    assert.ok(s, `${id}: typed promise`);
    assert.equal(s.conditional, true, `${id}: conditional`);
  }
  // 003 carries it as a mixed quote
  const mixed = quoteWith('003', /life and reasonable treatment/);
  assert.ok(mixed);
  assert.equal(mixed.direct, false);
  // 004 attributes it to "the president"
  const q4 = quoteWith('004', /guarantee them their lives/);
  assert.ok(q4?.speaker);
  assert.match(report('004').text.slice(q4.speaker.start, q4.speaker.end), /president/);
});

test('founding corpus: the General Staff denies the encirclement', (t) => {
  if (!present) return t.skip(`corpus absent: ${CORPUS}`);
  const q = quoteWith('002', /no threat of our units/);
  assert.ok(q);
  assert.equal(q.speakerName, 'Ukrainian General Staff');
  const s = statementWith('002', (x) => /no threat of our units/.test(x.text));
  assert.equal(s?.act, 'denial');
  assert.equal(s?.negated, true);
  const dismissed = statementWith('004', (x) => x.actorName === 'Ukrainian General Staff');
  assert.equal(dismissed?.act, 'denial');
});

test('founding corpus: Trump’s claim and appeal, Putin’s accusation and demand, Kyiv’s denial', (t) => {
  if (!present) return t.skip(`corpus absent: ${CORPUS}`);
  for (const id of ['000', '002']) {
    const claim = statementWith(id, (x) => /completely surrounded/.test(x.text) && x.actorName === 'Donald Trump');
    assert.equal(claim?.act, 'claim', `${id}: encirclement claim`);
  }
  for (const id of ['000', '002', '004']) {
    const appeal = statementWith(id, (x) => x.act === 'appeal' && x.actorName === 'Donald Trump');
    assert.equal(appeal?.targetName, 'Vladimir Putin', `${id}: appeal to Putin`);
  }
  for (const id of ['001', '003']) {
    const acc = statementWith(id, (x) => x.act === 'accusation' && x.actorName === 'Vladimir Putin' && /crimes/.test(x.text + report(id).text.slice(x.start - 40, x.start)));
    assert.ok(acc, `${id}: accusation`);
  }
  assert.equal(statementWith('001', (x) => x.act === 'accusation' && x.actorName === 'Vladimir Putin')?.targetName, 'Ukrainian troops');
  for (const id of ['002', '003']) {
    const d = statementWith(id, (x) => x.act === 'denial' && x.actorName === 'Kyiv');
    assert.ok(d, `${id}: denial by Kyiv`);
  }
  const demand = statementWith('004', (x) => /must order its troops/.test(x.text));
  assert.equal(demand?.act, 'demand');
  assert.equal(demand?.actorName, 'Vladimir Putin');
  const threat = statementWith('003', (x) => /merciless destruction/.test(x.text));
  assert.equal(threat?.act, 'threat');
  assert.equal(threat?.actorName, 'Dmitry Medvedev');
  const assess = statementWith('002', (x) => /very difficult/.test(x.text));
  assert.equal(assess?.act, 'assessment');
  assert.equal(assess?.actorName, 'Volodymyr Zelensky');
});

test('founding corpus: actors and every span inside the text', (t) => {
  if (!present) return t.skip(`corpus absent: ${CORPUS}`);
  for (const id of ['000', '001', '002', '003', '004']) {
    const r = report(id);
    for (const x of [...r.mentions, ...r.quotes, ...r.statements, ...r.sentences]) {
      assert.equal(r.text.slice(x.start, x.end), x.text, `${id}: span resolves`);
    }
  }
  const names = new Set(report('003').mentions.map((m) => m.name));
  assert.ok(names.has('Volodymyr Zelensky'));
  assert.ok(report('004').mentions.some((m) => m.text === 'Kiev' && m.name === 'Kyiv'));
  assert.ok(report('002').mentions.some((m) => m.text === 'Ukraine’s General Staff' && m.name === 'Ukrainian General Staff'));
  assert.ok(report('004').mentions.some((m) => m.text === 'the Ukrainian General Staff' && m.name === 'Ukrainian General Staff'));
});
