/**
 * Statements: every attributed proposition typed by speech act (claim, denial, demand, promise,
 * appeal, accusation, threat, assessment), with conditional and negation flags and the target of
 * the act. Sources: the report's quotes (direct and indirect), denials of someone else's claim that
 * are not quotations ("something Kyiv denies"), and the outlet's own assertions of key facts
 * (actorName null).
 */
import type { Act, FoundQuote, FoundStatement, Mention, SentenceSpan, Span } from '../model/types.js';
import { CONDITIONAL, CONTENT_MARKERS, DENIED_OBJECTS, NEGATION, RELATIVE_DENIALS } from './data/acts.js';
import { CUE_VERBS } from './data/cues.js';

/** Outlet sentences shorter than this (words) are not taken as key-fact claims. */
const MIN_OUTLET_CLAIM_WORDS = 6;
/** A bare "be" without a modal before it: the subjunctive of demands ("that the vote be postponed"). */
const SUBJUNCTIVE = /(?<!\b(?:will|would|could|might|can|may|to|must|should|shall|not|cannot)\s)\bbe\s+\w+(?:ed|en)\b/;
/** Longest addressee taken verbatim when no actor mention covers it. */
const MAX_TARGET_WORDS = 4;
/** Cue acts that the content may refine (a "said" can be a promise; a "claimed" stays a claim). */
const NEUTRAL_CUE_ACTS: ReadonlySet<Act | null> = new Set([null]);

export interface ActDecision {
  act: Act;
  conditional: boolean;
  negated: boolean;
}

const stripMarks = (s: string): string => s.replace(/[“”"«»‘’`]|''/g, (m) => (m === '’' ? '’' : ' ')).toLowerCase();

/**
 * Types one proposition. `cue` is the cue word ("urged", "said"), `particle` the word after it
 * ("for" in "called for"), `content` what was said.
 */
export function classifyAct(cue: string | null, content: string, particle: string | null = null): ActDecision {
  const text = stripMarks(content);
  const conditional = CONDITIONAL.test(text);
  const negated = NEGATION.test(text);
  const entry = cue ? CUE_VERBS.get(cue.toLowerCase()) : undefined;
  let act: Act | null = entry?.act ?? null;
  if (entry?.lemma === 'call') {
    if (particle === 'for') act = 'demand';
    else if (particle === 'on' || particle === 'upon') act = 'appeal';
    else act = 'assessment';
  }
  if (entry?.lemma === 'insist') {
    // "insisted that the vote be postponed" (subjunctive) or "… must …" is a demand, else a claim
    act = SUBJUNCTIVE.test(text) || markerAct(text) === 'demand' ? 'demand' : 'claim';
  }
  if (entry?.lemma === 'warn' || entry?.lemma === 'threaten') {
    act = entry.lemma === 'threaten' || markerAct(text) === 'threat' ? 'threat' : 'assessment';
  }
  if (act === null || NEUTRAL_CUE_ACTS.has(act)) act = markerAct(text) ?? 'claim';
  return { act, conditional, negated };
}

function markerAct(lowerText: string): Act | null {
  for (const [act, re] of CONTENT_MARKERS) if (re.test(lowerText)) return act;
  return null;
}

/** Finds typed statements; `quotes` and `mentions` are the report's (from findQuotes/findMentions). */
export function findStatements(
  text: string,
  sentences: SentenceSpan[],
  quotes: FoundQuote[],
  mentions: Mention[],
): FoundStatement[] {
  const out: FoundStatement[] = [];
  quotes.forEach((q, index) => {
    const cueText = q.cue ? text.slice(q.cue.start, q.cue.end) : null;
    const [cueWord, particle] = (cueText ?? '').toLowerCase().split(/\s+/);
    for (const piece of pieces(text, q)) {
      const pieceText = text.slice(piece.start, piece.end);
      const d = classifyAct(cueWord || null, pieceText, particle ?? null);
      out.push({
        start: piece.start,
        end: piece.end,
        text: pieceText,
        act: d.act,
        actorName: q.speakerName,
        targetName: targetOf(text, { ...q, ...piece, text: pieceText }, d.act, mentions),
        conditional: d.conditional,
        // "denied the claims": the content names what is denied
        negated: d.negated || (d.act === 'denial' && DENIED_OBJECTS.test(pieceText.toLowerCase())),
        quote: index,
        speaker: q.speaker,
        cue: q.cue,
      });
    }
  });

  // denials of someone else's claim inside a sentence: "something Kyiv denies", "disputed by Kyiv"
  for (const re of RELATIVE_DENIALS) {
    for (const m of text.matchAll(re)) {
      const who = m[1];
      if (!who) continue;
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (out.some((s) => s.act === 'denial' && s.start <= start && end <= s.end)) continue;
      const whoStart = start + m[0].lastIndexOf(who);
      const actor = mentionAt(mentions, whoStart, whoStart + who.length);
      const denied = deniedClause(text, sentences, start);
      out.push({
        start,
        end,
        text: text.slice(start, end),
        act: 'denial',
        actorName: actor?.name ?? who.replace(/^the\s+/i, ''),
        targetName: denied ? subjectNameIn(denied, mentions) : null,
        conditional: false,
        negated: true,
        quote: null,
        speaker: { start: whoStart, end: whoStart + who.length },
        cue: null,
      });
    }
  }

  // the outlet's own assertions of key facts (numbers, named actors), outside any attribution
  for (const s of sentences) {
    if (out.some((x) => x.start < s.end && s.start < x.end)) continue;
    if (quotes.some((q) => q.start < s.end && s.start < q.end)) continue;
    const words = s.text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    if (words < MIN_OUTLET_CLAIM_WORDS || /\?\s*$/.test(s.text)) continue;
    const hasFact = /\d/.test(s.text) || mentions.some((m) => m.start >= s.start && m.end <= s.end);
    if (!hasFact) continue;
    const d = classifyAct(null, s.text);
    out.push({
      start: s.start,
      end: s.end,
      text: s.text,
      act: 'claim',
      actorName: null,
      targetName: null,
      conditional: d.conditional,
      negated: d.negated,
      quote: null,
      speaker: null,
      cue: null,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The pieces of a split quote (“…,” he said. “…”), each a proposition of its own. */
function pieces(text: string, q: FoundQuote): Span[] {
  if (!q.parts || q.parts.length === 0) return [{ start: q.start, end: q.end }];
  const firstPart = q.parts[0];
  let firstEnd = firstPart ? firstPart.start : q.end;
  for (const s of [q.speaker, q.cue]) if (s && s.start > q.start && s.start < firstEnd) firstEnd = s.start;
  while (firstEnd > q.start && /[\s,]/.test(text[firstEnd - 1] ?? '')) firstEnd--;
  return [{ start: q.start, end: firstEnd }, ...q.parts].filter((p) => p.end > p.start);
}

function mentionAt(mentions: Mention[], start: number, end: number): Mention | undefined {
  return mentions.find((m) => m.start < end && start < m.end);
}

/** The span of the sentence part before a relative denial ("Putin accused X of Y, something Kyiv denies"). */
function deniedClause(text: string, sentences: SentenceSpan[], at: number): Span | null {
  const s = sentences.find((x) => x.start <= at && at < x.end);
  if (!s || at <= s.start) return null;
  return { start: s.start, end: at };
}

function subjectNameIn(span: Span, mentions: Mention[]): string | null {
  const m = mentions.find((x) => x.start >= span.start && x.end <= span.end && (x.kind === 'person' || x.kind === 'organization'));
  return m?.name ?? null;
}

/** Acts that are addressed to or aimed at someone. */
const TARGETED: ReadonlySet<Act> = new Set(['appeal', 'demand', 'accusation', 'threat', 'denial', 'promise']);

/**
 * The addressee or target: the actor between the cue and the content ("urged Putin to …",
 * "accused Ukrainian troops of …"), else for targeted acts the first other actor in the content.
 */
function targetOf(text: string, q: FoundQuote, act: Act, mentions: Mention[]): string | null {
  if (q.cue && q.cue.end <= q.start) {
    const gap = mentions.find((m) => m.start >= q.cue!.end && m.end <= q.start && m.kind !== 'place');
    if (gap) return gap.name;
    const gapPlace = mentions.find((m) => m.start >= q.cue!.end && m.end <= q.start);
    if (gapPlace) return gapPlace.name;
  }
  if (q.cue && q.cue.end < q.start) {
    // an addressee the actor recogniser does not know ("accused Valdian troops of …")
    const gapText = text.slice(q.cue.end, q.start).replace(/\b(?:of|to|for|as|about|on|over|that)\s*$/i, '').trim();
    const words = gapText.split(/\s+/).filter(Boolean);
    if (words.length > 0 && words.length <= MAX_TARGET_WORDS && /^\p{Lu}/u.test(gapText)) return gapText;
  }
  if (!TARGETED.has(act)) return null;
  const inside = mentions.find(
    (m) => m.start >= q.start && m.end <= q.end && m.name !== q.speakerName && m.kind !== 'place' && !/^(?:I|we)$/i.test(m.text),
  );
  if (inside) return inside.name;
  // "accused Ukrainian forces in Kursk of …": the object right after the cue, inside the content
  const first = text.slice(q.start, Math.min(q.end, q.start + 60));
  const m = mentions.find((x) => x.start >= q.start && x.start < q.start + first.length);
  return m && m.name !== q.speakerName ? m.name : null;
}
