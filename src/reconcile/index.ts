import type { Actor, Dispute, Distortion, FramingMarker, Quote, Report, ReportAnalysis, Span, Statement } from '../model/types.js';
import { buildActors, type ActorIndex } from './actors.js';
import { alignQuotes, quoteUnits, type QuoteUnit } from './quotes.js';
import { alignStatements, statementUnits, type StatementUnit } from './statements.js';
import { findFraming } from './framing.js';
import { findDistortions } from './distortions.js';

export { buildActors, type ActorIndex } from './actors.js';
export { wordDiff } from './text.js';

export interface Reconciled {
  /** per report, the spans inside quotation marks */
  quoteSpans: Map<string, Span[]>;
  actors: Actor[];
  quotes: Quote[];
  statements: Statement[];
  disputes: Dispute[];
  framing: FramingMarker[];
  distortions: Distortion[];
  actorIndex: ActorIndex;
  quoteGroups: QuoteUnit[][];
  statementGroups: StatementUnit[][];
}

/** Per report, the spans inside quotation marks (direct quotes and their split parts). */
export function directQuoteSpans(reports: Report[], analyses: Map<string, ReportAnalysis>): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  for (const r of reports) {
    out.set(r.id, (analyses.get(r.id)?.quotes ?? []).filter((q) => q.direct).flatMap((q) => [{ start: q.start, end: q.end }, ...(q.parts ?? [])]));
  }
  return out;
}

/**
 * Reconciles the reports of one story: actors merged across reports, quotes aligned into
 * utterances with variants, statements aligned with their corroboration and disputes,
 * framing differences and distortions. Pure: same reports and analyses, same result.
 */
export function reconcile(reports: Report[], analyses: Map<string, ReportAnalysis>): Reconciled {
  const actorIndex = buildActors(reports, analyses);
  const qUnits = reports.flatMap((r) => quoteUnits(r, analyses.get(r.id)?.quotes ?? [], analyses.get(r.id)?.sentences ?? [], actorIndex));
  const { quotes, quoteOf, groups: quoteGroups } = alignQuotes(qUnits, actorIndex);
  const sUnits = reports.flatMap((r) => {
    const an = analyses.get(r.id);
    return an ? statementUnits(r, an.statements, an.sentences, actorIndex, quoteOf) : [];
  });
  const { statements, disputes, groups: statementGroups } = alignStatements(sUnits, actorIndex);
  const quoteSpans = directQuoteSpans(reports, analyses);
  const framing = findFraming(reports, quoteSpans, new Map(reports.map((r) => [r.id, analyses.get(r.id)?.mentions ?? []])));
  const distortions = findDistortions(
    quoteGroups,
    statementGroups,
    new Map(reports.map((r) => [r.id, analyses.get(r.id)?.sentences ?? []])),
    actorIndex,
  );
  return { quoteSpans, actors: actorIndex.actors, quotes, statements, disputes, framing, distortions, actorIndex, quoteGroups, statementGroups };
}
