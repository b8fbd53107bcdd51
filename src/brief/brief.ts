import type { BriefSentence, Evidence, Report, ReportAnalysis, SentenceSpan, Statement, Span } from '../model/types.js';
import { trimmedEvidence } from '../model/evidence.js';
import { LOADED_WORDS, SPECULATIVE } from './data/loaded.js';
import { containment, contentWords } from '../reconcile/text.js';

/** Sentences in a brief: at least, at most (issue 7: 3–12). */
export const BRIEF_MIN = 3;
export const BRIEF_MAX = 8;
/** Sentence length (characters) outside which a sentence is ranked lower. */
const SHORT_SENTENCE = 50;
const LONG_SENTENCE = 320;
/** Word containment above which a candidate repeats a sentence already chosen. */
const REDUNDANT = 0.6;
/** Score a candidate must add to be chosen after the minimum is reached. */
const MIN_GAIN = 1.5;

interface Candidate {
  report: Report;
  words: string[];
  span: SentenceSpan;
  statements: Statement[];
  attributed: boolean;
  loaded: number;
  quality: number;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Selects 3–8 sentences from the reports (never writes one), for coverage of the story's
 * main agreed and disputed statements and for independent corroboration. Prefers attributed,
 * neutral sentences; each comes with its own span and the spans of the same statements
 * in other reports, and the names of the sources that carry it.
 */
export function buildBrief(
  reports: Report[],
  analyses: Map<string, ReportAnalysis>,
  statements: Statement[],
  quoteSpans: Map<string, Span[]>,
): BriefSentence[] {
  const byId = new Map(reports.map((r) => [r.id, r]));
  // Each report's evidence spans with their statement, so a sentence looks only at its own report.
  const spansOf = new Map<string, { span: Span; statement: Statement }[]>();
  for (const s of statements) {
    for (const e of s.evidence) {
      const list = spansOf.get(e.reportId) ?? [];
      list.push({ span: e, statement: s });
      spansOf.set(e.reportId, list);
    }
  }
  const candidates: Candidate[] = [];
  for (const r of reports) {
    if (r.duplicateOf) continue;
    const an = analyses.get(r.id);
    if (!an) continue;
    const quotes = quoteSpans.get(r.id) ?? [];
    for (const span of an.sentences) {
      const text = r.text.slice(span.start, span.end).trim();
      if (text.length < 20 || text.endsWith('?')) continue;
      const inside = [...new Set((spansOf.get(r.id) ?? []).filter((x) => overlaps(x.span, span)).map((x) => x.statement))];
      const attributed = an.statements.some((s) => s.actorName !== null && overlaps(s, span));
      let loaded = 0;
      for (const m of text.matchAll(/[\p{L}-]+/gu)) {
        const pos = span.start + (m.index ?? 0);
        if (LOADED_WORDS.has(m[0].toLowerCase()) && !quotes.some((q) => q.start <= pos && pos < q.end)) loaded++;
      }
      let quality = 0;
      if (attributed) quality += 1;
      quality -= loaded * 1.5;
      if (SPECULATIVE.test(text)) quality -= 1;
      if (text.length < SHORT_SENTENCE) quality -= 0.5;
      if (text.length > LONG_SENTENCE) quality -= 1;
      candidates.push({ report: r, words: contentWords(text), span, statements: inside, attributed, loaded, quality });
    }
  }
  const weight = (s: Statement): number => s.independentSources + (s.status === 'disputed' ? 2 : 0) + (s.actor ? 0.5 : 0);
  const covered = new Set<string>();
  const chosen: Candidate[] = [];
  const gain = (c: Candidate): number => {
    let g = 0;
    for (const s of c.statements) {
      if (covered.has(s.id)) continue;
      g += weight(s);
      // Covering the other side of a dispute that is already in the brief is worth more.
      if (s.disputes.some((d) => covered.has(d))) g += 2;
    }
    return g + c.quality;
  };
  while (chosen.length < BRIEF_MAX) {
    let best: Candidate | null = null;
    let bestGain = -Infinity;
    for (const c of candidates) {
      if (chosen.includes(c) || chosen.some((x) => containment(x.words, c.words) >= REDUNDANT)) continue;
      const g = gain(c);
      if (g > bestGain || (g === bestGain && best && tieBreak(c, best) < 0)) {
        best = c;
        bestGain = g;
      }
    }
    if (!best) break;
    if (chosen.length >= BRIEF_MIN && bestGain < MIN_GAIN) break;
    chosen.push(best);
    for (const s of best.statements) covered.add(s.id);
  }
  // Reading order: agreed facts, then disputes, then context; among disputes, what is asserted
  // before what denies it ("the ministry rejected the claim" reads after the claim); within each,
  // as the reports run.
  const roleOf = (c: Candidate): BriefSentence['role'] =>
    c.statements.some((s) => s.status === 'disputed') ? 'disputed' : c.statements.some((s) => s.status === 'corroborated') ? 'agreed' : 'context';
  const order = { agreed: 0, disputed: 1, context: 2 } as const;
  const deniesOnly = (c: Candidate): number => (c.statements.some((s) => s.status === 'disputed' && s.act !== 'denial') ? 0 : 1);
  return chosen
    .sort((a, b) => order[roleOf(a) ?? 'context'] - order[roleOf(b) ?? 'context'] || deniesOnly(a) - deniesOnly(b) || tieBreak(a, b))
    .map((c) => {
      const own = trimmedEvidence(c.report.id, c.report.text, c.span);
      const more: Evidence[] = [];
      for (const s of c.statements) for (const e of s.evidence) if (e.reportId !== c.report.id && !more.some((m) => m.reportId === e.reportId)) more.push(e);
      const evidence = [own, ...more];
      const sources = [...new Set(evidence.map((e) => sourceName(byId.get(e.reportId))))];
      return { text: own.exact, evidence, sources, role: roleOf(c) ?? 'context' };
    });
}

function tieBreak(a: Candidate, b: Candidate): number {
  return a.report.id.localeCompare(b.report.id) || a.span.start - b.span.start;
}

export function sourceName(r: Report | undefined): string {
  if (!r) return 'unknown';
  return r.source.name ?? r.file ?? r.id;
}
