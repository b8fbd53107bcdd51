/**
 * Scoring of the time-expression stage against a labelled set (bench/data/time-expressions.jsonl):
 * used by `npm run bench:time` and by the unit test that pins the quality floor.
 */
import type { FoundTime, Precision } from '../model/types.js';
import { findTimes } from './time.js';

export interface LabelledExpression {
  /** the expression as written in `text` (first occurrence) */
  text: string;
  /** expected ISO date, or null when it must stay unresolved */
  date: string | null;
  precision: Precision;
}

export interface LabelledCase {
  id: string;
  category: string;
  publishedAt: string | null;
  text: string;
  /** empty for texts that hold no date ("the three-year-old war") */
  expect: LabelledExpression[];
}

export interface CategoryScore {
  category: string;
  cases: number;
  expressions: number;
  found: number;
  correct: number;
  /** time expressions reported where the labels have none */
  falsePositives: number;
}

export interface ScoreReport {
  categories: CategoryScore[];
  total: CategoryScore;
  /** one line per miss: id, expression, expected and got */
  misses: string[];
}

/** Reads JSONL: one labelled case per non-empty line. */
export function parseLabelledCases(jsonl: string): LabelledCase[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledCase);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/**
 * A labelled expression is found when a found time overlaps it, and correct when that time
 * has the expected date and (for resolved dates) precision. Found times overlapping no label
 * are false positives.
 */
export function scoreCases(cases: LabelledCase[]): ScoreReport {
  const byCategory = new Map<string, CategoryScore>();
  const misses: string[] = [];
  const blank = (category: string): CategoryScore => ({ category, cases: 0, expressions: 0, found: 0, correct: 0, falsePositives: 0 });
  for (const c of cases) {
    const score = byCategory.get(c.category) ?? blank(c.category);
    byCategory.set(c.category, score);
    score.cases++;
    const times: FoundTime[] = findTimes(c.text, c.publishedAt);
    const used = new Set<FoundTime>();
    let from = 0;
    for (const e of c.expect) {
      score.expressions++;
      const at = c.text.indexOf(e.text, from);
      const span = { start: at, end: at + e.text.length };
      from = at >= 0 ? span.end : from;
      const hit = times.find((t) => !used.has(t) && overlaps(t, span));
      if (!hit) {
        misses.push(`${c.id}: "${e.text}" not found (expected ${e.date} ${e.precision})`);
        continue;
      }
      used.add(hit);
      score.found++;
      const right = hit.date === e.date && (e.date === null || hit.precision === e.precision);
      if (right) score.correct++;
      else misses.push(`${c.id}: "${e.text}" expected ${e.date} ${e.precision}, got "${hit.text}" ${hit.date} ${hit.precision}`);
    }
    for (const t of times) {
      if (used.has(t)) continue;
      score.falsePositives++;
      misses.push(`${c.id}: unexpected "${t.text}" → ${t.date} ${t.precision}`);
    }
  }
  const categories = [...byCategory.values()];
  const total = blank('all');
  for (const s of categories) {
    total.cases += s.cases;
    total.expressions += s.expressions;
    total.found += s.found;
    total.correct += s.correct;
    total.falsePositives += s.falsePositives;
  }
  return { categories, total, misses };
}
