/**
 * The types of triangulate: one source of truth for every stage.
 * The dossier types mirror ../shared/schema/dossier.schema.json (triangulate/dossier@1).
 */

/** A span of one report's cleaned text: report.text.slice(start, end) === exact. */
export interface Evidence {
  reportId: string;
  start: number;
  end: number;
  exact: string;
}

/** A plain span into some string (no report id); offsets are JS string indices. */
export interface Span {
  start: number;
  end: number;
}

export type RemovedKind =
  | 'comments'
  | 'boilerplate'
  | 'teaser'
  | 'repeat'
  | 'metadata'
  | 'credit'
  | 'other';

/** A part of the raw (decoded) input that cleaning dropped, and why. Offsets into the raw input. */
export interface Removed {
  kind: RemovedKind;
  start: number;
  end: number;
  text?: string;
}

/** A finding attached to a report or file instead of a stray log (retext/vfile style). */
export interface Message {
  ruleId: string;
  reason: string;
  place?: Span;
}

/** What the ingest stage produces: one decoded document, before cleaning. */
export interface IngestedDoc {
  /** input path relative to the corpus root (or the JSONL path + '#' + line id) */
  file: string;
  /** id given by the input (JSONL `id`), if any */
  givenId: string | null;
  format: 'text' | 'html';
  /** decoded raw content */
  raw: string;
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  url: string | null;
}

/** Output of the clean stage for one document. */
export interface CleanResult {
  /** cleaned main text; for plain text it is the raw characters minus removed parts */
  text: string;
  removed: Removed[];
  title: string | null;
  /** ISO 8601 date or date-time found in the document (date line, meta tags, ...) */
  publishedAt: string | null;
  /** outlet named by the document itself (source tag, og:site_name, ...) */
  source: string | null;
  author: string | null;
  language: string | null;
  messages: Message[];
}

/** A file (or record) that could not be read or processed. */
export interface InputError {
  file: string;
  reason: string;
}

export interface Report {
  id: string;
  file?: string;
  url?: string;
  source: { name: string | null };
  title: string | null;
  publishedAt: string | null;
  text: string;
  removed: Removed[];
  duplicateOf: string | null;
  syndicationGroup: string;
}

export type ActorKind = 'person' | 'organization' | 'place' | 'group' | 'other';

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
}

export interface QuoteVariant {
  text: string;
  direct: boolean;
  evidence: Evidence;
  speakerEvidence?: Evidence;
  /** word-level difference from the quote's canonical text */
  diff?: WordDiff[];
}

export interface WordDiff {
  op: 'same' | 'added' | 'removed';
  text: string;
}

export interface Quote {
  id: string;
  speaker: string | null;
  text: string;
  variants: QuoteVariant[];
  independentSources: number;
}

export type Act =
  | 'claim'
  | 'denial'
  | 'demand'
  | 'promise'
  | 'appeal'
  | 'accusation'
  | 'threat'
  | 'assessment'
  | 'other';

export type StatementStatus = 'corroborated' | 'single-source' | 'disputed';

export interface Statement {
  id: string;
  actor: string | null;
  act: Act;
  text: string;
  evidence: Evidence[];
  independentSources: number;
  status: StatementStatus;
  disputes: string[];
  /** Actor id the act is addressed to or aimed at (Trump appealed *to Putin*) */
  target?: string | null;
  conditional?: boolean;
}

export type Precision = 'year' | 'month' | 'day' | 'part-of-day' | 'time';

export interface TimelineEntry {
  date: string;
  precision: Precision;
  text: string;
  evidence: Evidence[];
  /** true when reports disagree on this date */
  conflict?: boolean;
  /** when the text names a span ("earlier this week", "March 3-5"): `date` is its first day */
  range?: { start: string; end: string };
}

export interface BriefSentence {
  text: string;
  evidence: Evidence[];
  /** source names carrying it */
  sources?: string[];
  role?: 'agreed' | 'disputed' | 'context';
}

export interface FramingMarker {
  reportId: string;
  term: string;
  alternatives: string[];
  evidence: Evidence;
  /** the referent the wording names ('Kyiv', 'recapture'), when known */
  referent?: string;
  /** 'outlet' when the outlet uses it in its own voice, 'quote' inside a quotation */
  voice?: 'outlet' | 'quote';
  /** occurrences of the term in the report (the evidence is the first) */
  count?: number;
  /** a label that is a judgement when an outlet uses it in its own voice */
  loaded?: boolean;
}

export interface Dispute {
  id: string;
  statements: [string, string];
  reason: string;
}

export interface Distortion {
  kind: 'attribution' | 'detail';
  reason: string;
  evidence: Evidence[];
}

export interface Story {
  id: string;
  title: string;
  reportIds: string[];
  actors: Actor[];
  quotes: Quote[];
  statements: Statement[];
  timeline: TimelineEntry[];
  brief: BriefSentence[];
  framing: FramingMarker[];
  disputes?: Dispute[];
  distortions?: Distortion[];
}

export interface Dossier {
  schema: 'triangulate/dossier@1';
  generatedAt: string;
  reports: Report[];
  stories: Story[];
  errors: InputError[];
}

// ---------------------------------------------------------------------------
// Per-report analysis (the analyze stage's output; offsets into report.text)

export interface SentenceSpan extends Span {
  text: string;
}

/** A mention of an actor in one report. */
export interface Mention extends Span {
  text: string;
  /** canonical name the mention resolves to ('Vladimir Putin') */
  name: string;
  kind: ActorKind;
}

/** A quotation found in one report (the `triangulate quotes` contract plus extras). */
export interface FoundQuote extends Span {
  text: string;
  direct: boolean;
  /** the span that names the speaker where the quote is ('Putin', 'the minister', 'she') */
  speaker: Span | null;
  /** full canonical speaker name after resolving pronouns and descriptions, or null */
  speakerName: string | null;
  cue: Span | null;
  /** other pieces of a split quote ("…," he said, "…") */
  parts?: Span[];
}

/** An attributed proposition in one report, typed by act. */
export interface FoundStatement extends Span {
  text: string;
  act: Act;
  /** canonical name of who made it; null when the outlet asserts it in its own voice */
  actorName: string | null;
  /** canonical name of the addressee or target, if any */
  targetName: string | null;
  conditional: boolean;
  negated: boolean;
  /** index into the report's quotes when the statement is (part of) a quote */
  quote: number | null;
  speaker: Span | null;
  cue: Span | null;
}

/** A resolved time expression in one report. */
export interface FoundTime extends Span {
  text: string;
  /** ISO date as precise as the text allows, or null when the report has no date to resolve against */
  date: string | null;
  precision: Precision;
  /** why the date could not be resolved, when date is null */
  unresolved?: string;
  /**
   * For expressions that name a span of days rather than one ("earlier this week", "over the
   * past month", "March 3-5", "between 2020 and 2022"): first and last day, as ISO dates at the
   * same precision as `date` (which is the range's start).
   */
  range?: { start: string; end: string };
}

export interface ReportAnalysis {
  reportId: string;
  sentences: SentenceSpan[];
  mentions: Mention[];
  quotes: FoundQuote[];
  statements: FoundStatement[];
  times: FoundTime[];
}
