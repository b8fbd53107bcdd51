import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseLabelledCases, scoreCases } from './time-score.js';

/** dist/src/analyze → project root → bench/data */
const DATA = new URL('../../../bench/data/time-expressions.jsonl', import.meta.url);
/** Issue 7's target for resolution accuracy on the labelled set. */
const ACCURACY_FLOOR = 0.95;
const RECALL_FLOOR = 0.95;
/** Issue 7 asks for a set of at least this many labelled expressions. */
const MIN_EXPRESSIONS = 150;
/** Dates reported in the non-date sentences and around labels: a few at most. */
const MAX_FALSE_POSITIVES = 3;

test('labelled time expressions: size, recall and resolution accuracy floors', () => {
  const cases = parseLabelledCases(readFileSync(DATA, 'utf8'));
  const { total, misses } = scoreCases(cases);
  assert.ok(total.expressions >= MIN_EXPRESSIONS, `only ${total.expressions} labelled expressions`);
  assert.ok(total.found / total.expressions >= RECALL_FLOOR, misses.join('\n'));
  assert.ok(total.correct / total.expressions >= ACCURACY_FLOOR, misses.join('\n'));
  assert.ok(total.falsePositives <= MAX_FALSE_POSITIVES, misses.join('\n'));
});

test('scoring counts a wrong date as found but not correct', () => {
  const [c] = parseLabelledCases(
    JSON.stringify({
      id: 'x',
      category: 'probe',
      publishedAt: '2025-03-15',
      text: 'The mill burned on Thursday.',
      expect: [{ text: 'Thursday', date: '2025-03-20', precision: 'day' }],
    }),
  );
  const { total } = scoreCases(c ? [c] : []);
  assert.deepEqual([total.expressions, total.found, total.correct], [1, 1, 0]);
});
