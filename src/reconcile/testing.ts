/**
 * Helpers for tests of reconciliation on small invented stories, analysed by the real analyzer.
 */
import assert from 'node:assert/strict';
import type { Report, ReportAnalysis } from '../model/types.js';
import { analyzeReport } from '../analyze/index.js';
import { reconcile, type Reconciled } from './index.js';

/** Reconciles one report per entry (id → text); `syndicated` gives reports a shared group. */
export function story(texts: Record<string, string>, syndicated: Record<string, string> = {}): Reconciled {
  const reports: Report[] = Object.entries(texts).map(([id, text]) => ({
    id,
    source: { name: id },
    title: null,
    publishedAt: '2026-05-01',
    text,
    removed: [],
    duplicateOf: null,
    syndicationGroup: syndicated[id] ?? id,
  }));
  const analyses = new Map<string, ReportAnalysis>(reports.map((r) => [r.id, { ...analyzeReport({ id: r.id, text: r.text }), times: [] }]));
  return reconcile(reports, analyses);
}

/** Statements with evidence containing each needle are disputed with each other. */
export function disputed(r: Reconciled, a: string, b: string): boolean {
  const cited = (needle: string): Reconciled['statements'] => r.statements.filter((s) => s.evidence.some((e) => e.exact.includes(needle)));
  const sa = cited(a);
  const sb = cited(b);
  const all = JSON.stringify(r.statements.map((s) => s.evidence.map((e) => e.exact)));
  assert.ok(sa.length > 0, `a statement citing "${a}" in ${all}`);
  assert.ok(sb.length > 0, `a statement citing "${b}" in ${all}`);
  return sa.some((x) => sb.some((y) => x.disputes.includes(y.id)));
}
