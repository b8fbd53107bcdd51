import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTimeline, type TimelineInput } from './timeline.js';
import { findTimes } from '../analyze/time.js';
import type { SentenceSpan, TimelineEntry } from '../model/types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus/kursk-2025-03');
const DATE_LINE_RE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+/;

/** A plain splitter for the fixtures (the real one lives in src/analyze/sentences.ts). */
function sentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const m of text.matchAll(/[^.!?\n]+[.!?]?/g)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].trimEnd().length;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

function input(reportId: string, text: string, publishedAt: string | null, withSentences = true): TimelineInput {
  return { reportId, text, sentences: withSentences ? sentences(text) : [], times: findTimes(text, publishedAt) };
}

// A fictional dam failure told by three outlets; the third puts the failure a day earlier.
const R1 =
  'The Harrowgate dam failed on Thursday, flooding the lower valley. Engineers had warned of cracks in the dam last August. ' +
  'On Friday, the regional governor ordered an evacuation of Marrow Valley.';
const R2 =
  'Floodwater poured through the lower valley after the Harrowgate dam failed on Thursday. ' +
  'The governor ordered the evacuation of Marrow Valley on Friday. Cracks in the dam were first reported in August 2024.';
const R3 = 'The Harrowgate dam failed on Wednesday, flooding the lower valley, residents said.';
const R4 = 'The dam failed on Thursday, an undated bulletin said.';

function checkEvidence(entries: TimelineEntry[], texts: Record<string, string>): void {
  for (const e of entries) {
    assert.ok(e.evidence.length >= 1);
    for (const ev of e.evidence) assert.equal(texts[ev.reportId]?.slice(ev.start, ev.end), ev.exact);
    assert.ok(e.evidence.some((ev) => ev.exact === e.text), 'entry text is a cited sentence');
  }
  const dates = entries.map((e) => e.date);
  assert.deepEqual(dates, [...dates].sort());
}

test('mentions of one event across reports merge; date disagreements are marked', () => {
  const texts = { r1: R1, r2: R2, r3: R3, r4: R4 };
  const entries = buildTimeline([
    input('r1', R1, '2025-03-15'),
    input('r2', R2, '2025-03-15'),
    input('r3', R3, '2025-03-16'),
    input('r4', R4, null),
  ]);
  checkEvidence(entries, texts);
  assert.deepEqual(
    entries.map((e) => [e.date, e.precision, [...new Set(e.evidence.map((x) => x.reportId))].sort(), e.conflict ?? false]),
    [
      ['2024-08', 'month', ['r1', 'r2'], false],
      ['2025-03-13', 'day', ['r1', 'r2', 'r3'], true],
      ['2025-03-14', 'day', ['r1', 'r2'], false],
    ],
  );
  // the undated bulletin's Thursday is unresolved and stays out
  assert.ok(entries.every((e) => e.evidence.every((x) => x.reportId !== 'r4')));
});

test('sentences are cut from the text when none are given', () => {
  const texts = { r1: R1, r2: R2 };
  const entries = buildTimeline([input('r1', R1, '2025-03-15', false), input('r2', R2, '2025-03-15', false)]);
  checkEvidence(entries, texts);
  assert.equal(entries.length, 3);
});

test('different events on the same day stay apart; long durations stay out', () => {
  const text =
    'On Tuesday, the Quillon ferry ran aground near the harbour mouth. On Tuesday, parliament passed the fisheries budget. ' +
    'Prices rose over the past month.';
  const entries = buildTimeline([input('a', text, '2025-03-15')]);
  checkEvidence(entries, { a: text });
  assert.equal(entries.length, 2);
  assert.ok(entries.every((e) => e.date === '2025-03-11'));
});

test('founding corpus: Thursday, August 2024 and Wednesday evening on the timeline', (t) => {
  if (!existsSync(CORPUS)) return t.skip(`founding corpus not found at ${CORPUS}`);
  const texts: Record<string, string> = {};
  const inputs: TimelineInput[] = [];
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort()) {
    const raw = readFileSync(path.join(CORPUS, file), 'utf8');
    const m = DATE_LINE_RE.exec(raw);
    const text = m ? raw.slice(m[0].length) : raw;
    texts[file] = text;
    // the reports were all published on 14–15 March 2025; 004 says so itself
    inputs.push(input(file, text, m?.[1] ?? '2025-03-15'));
  }
  const entries = buildTimeline(inputs);
  checkEvidence(entries, texts);
  const reportsOn = (date: string): Set<string> =>
    new Set(entries.filter((e) => e.date === date).flatMap((e) => e.evidence.map((x) => x.reportId)));
  assert.ok(reportsOn('2025-03-13').size >= 3, 'Thursday 13 March from several reports');
  const incursion = entries.filter((e) => e.date === '2024-08' && e.precision === 'month');
  assert.ok(incursion.some((e) => new Set(e.evidence.map((x) => x.reportId)).size >= 3), 'August 2024 merged across reports');
  assert.ok(entries.some((e) => e.date === '2025-03-12T18:00' && e.precision === 'part-of-day' && e.evidence[0]?.reportId === '004.txt'));
});

test('an expression split across given sentences cites the sentences it touches', () => {
  const text = 'The bridge at Quillon opened on Feb. 24, 2022, after years of delay.';
  const cut = text.indexOf('Feb.') + 'Feb.'.length;
  const given: SentenceSpan[] = [
    { start: 0, end: cut, text: text.slice(0, cut) },
    { start: cut + 1, end: text.length, text: text.slice(cut + 1) },
  ];
  const entries = buildTimeline([{ reportId: 'q', text, sentences: given, times: findTimes(text, '2025-03-15') }]);
  assert.equal(entries.length, 1);
  assert.equal(entries[0]?.date, '2022-02-24');
  assert.equal(entries[0]?.text, text);
});
