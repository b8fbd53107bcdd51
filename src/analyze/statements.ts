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
import { ACCOUNT_NOUNS, CHARGE_NOUNS, nounPattern } from './data/claim-nouns.js';

/**
 * What makes an outlet's sentence a key fact without a named actor: a figure, a vague quantity
 * ("tens of thousands of people"), or a categorical negation ("not a single ship has been unloaded").
 */
const OUTLET_FACT = /\d|\b(?:dozens|hundreds|thousands|millions) of\b|\bnot (?:a single|one)\b|^\s*(?:no|nobody|none)\b/i;
/** Outlet sentences shorter than this (words) are not taken as key-fact claims. */
const MIN_OUTLET_CLAIM_WORDS = 6;
/** A bare "be" without a modal before it: the subjunctive of demands ("that the vote be postponed"). */
const SUBJUNCTIVE = /(?<!\b(?:will|would|could|might|can|may|to|must|should|shall|not|cannot)\s)\bbe\s+\w+(?:ed|en)\b/;
/** The denier of a relative denial named by description: "the commission", "the border guard". */
const DESCRIBED_DENIER = String.raw`the\s+[a-z]+(?:\s+[a-z]+)?`;
/** What follows the denier in a relative denial: "(has) (flatly) denied". */
const RELATIVE_DENIAL_TAIL = String.raw`\s+(?:has\s+|have\s+|had\s+)?(?:strongly\s+|firmly\s+|flatly\s+)?(?:denies|denied|rejects|rejected|disputes|disputed|dismisses|dismissed|refutes|refuted)\b`;

/** "<head> (that) <denier> (has) denied", with the denier as group 1. */
function relativeDenial(heads: string, denier: string, flags: string): RegExp {
  return new RegExp(String.raw`\b(?:${heads})\s+(?:that\s+)?(${denier})${RELATIVE_DENIAL_TAIL}`, flags);
}

/**
 * A relative denial by a body named by description: "something the commission denies", "a claim
 * the group rejects" (RELATIVE_DENIALS takes names). Group 1 is the denier.
 */
const DESCRIBED_RELATIVE_DENIAL = relativeDenial(
  'something|which|a claim|claims|an allegation|allegations|an accusation|accusations|a charge|charges',
  DESCRIBED_DENIER,
  'g',
);
/**
 * A relative denial of an account by a named side: "…, a version Marrow flatly refuted", "an
 * account the ministry rejects" (the lists of acts.ts name claims and charges, not accounts).
 * Group 1 is the denier.
 */
const ACCOUNT_RELATIVE_DENIAL = relativeDenial(
  'a version|an account|a story|an explanation',
  String.raw`(?:the\s+)?[\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*){0,3}|${DESCRIBED_DENIER}`,
  'gu',
);
/** Negators that do not negate: hedges ("no fewer than twelve", "no later than May") and "not only". */
const HEDGED_NEGATOR = /\b(?:no|not) (?:fewer|less|more|later|sooner) than\b|\bnot only\b/g;
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
  const negated = NEGATION.test(text.replace(HEDGED_NEGATOR, ' '));
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
  // "this would be a horrible massacre": what might happen accuses nobody of what was done
  if (act === 'accusation' && HYPOTHETICAL.test(text)) act = 'assessment';
  // "we had nothing to do with it", "we were not involved": a denial of one's part in something
  if (act === 'claim' && DENIED_PART.test(text)) act = 'denial';
  // "called the charge “absurd”", "said the figure was invented": a verdict of falsity denies
  if ((act === 'claim' || act === 'assessment') && FALSITY_VERDICT.test(text)) act = 'denial';
  // "he had made no such promise", "its logs show no such report": "no such" points back at what
  // someone said and denies it
  if ((act === 'claim' || act === 'assessment' || act === 'promise') && NO_SUCH.test(text)) act = 'denial';
  // "pleaded not guilty": a plea of innocence denies the charge
  if (entry?.lemma === 'plead' && PLEA_OF_INNOCENCE.test(text)) act = 'denial';
  // "described the bribery claim as “a story they tell themselves”", "brushed aside the
  // allegations": a verdict passed on someone's claim, or a claim set aside, rejects it
  if (entry && VERDICT_LEMMAS.has(entry.lemma) && act !== 'denial' && NAMED_CLAIM.test(text) && !CREDENCE.test(text)) act = 'denial';
  if (cue && SET_ASIDE.test(cue) && (particle === 'aside' || particle === 'off' || particle === 'away') && NAMED_CLAIM.test(text)) act = 'denial';
  // "contested the figures", "contested that account" deny; "contested the seat" runs for it
  if (entry?.lemma === 'contested' && !CONTESTED_ACCOUNT.test(text) && !POINTER_ONLY.test(text)) act = 'claim';
  // "scoffed at the claim", "scoffed at the idea that he would quit": scorn for what was said rejects it
  if (entry?.lemma === 'scoff' && particle === 'at') act = 'denial';
  // "ruled out any risk of collapse", "ruled out foul play": what is ruled out is denied
  if (cue?.toLowerCase() === 'ruled' && particle === 'out') act = 'denial';
  // "the minister had promised the union that …": a promise someone else is said to have made is
  // a claim about it (the one who said it promises nothing)
  if (act === 'promise' && entry?.act !== 'promise' && REPORTED_PROMISE.test(text)) act = 'claim';
  return { act, conditional, negated };
}

/** Verbs that, with "aside", "off" or "away", set a claim aside: "brushed aside", "shrugged off", "waved away". */
const SET_ASIDE = /^(?:brush|shrug|laugh|wave|swat)/i;

/** "not guilty", "innocent": what a plea denies. */
const PLEA_OF_INNOCENCE = /^\W*(?:not guilty|innocent)\b/;

/** Cues by which a speaker passes a verdict on what it names ("called", "described … as"). */
const VERDICT_LEMMAS: ReadonlySet<string> = new Set(['call', 'describe', 'characterize', 'portray', 'label']);

/**
 * Content that opens with someone's claim: "the lockout claim", "the allegations", "Merriman's
 * claim of ballot-stuffing" (up to three words before the noun). Reports and figures are left
 * out: "called the report a wake-up call" accepts it.
 */
const NAMED_CLAIM = new RegExp(`^\\W*(?:the|this|that|these|those|such|its|his|her|their|our|my|any)?\\s*(?:[\\p{L}’'-]+\\s+){0,3}?(?:${nounPattern(CHARGE_NOUNS)})\\b`, 'u');

/** What one contests as untrue: someone's claim or account, figures, findings, a ruling ("contested the council's figures"). */
const CONTESTED_ACCOUNT = new RegExp(
  `^\\W*(?:the|this|that|these|those|its|his|her|their|our|my|any)?\\s*(?:[\\p{L}’'-]+\\s+){0,3}?(?:${nounPattern([
    ...CHARGE_NOUNS, ...ACCOUNT_NOUNS, 'figure', 'number', 'explanation', 'interpretation', 'description', 'characterisation', 'characterization', 'ruling', 'verdict', 'decision', 'result', 'estimate',
  ])})\\b`,
  'u',
);

/** Verdicts that grant a claim weight rather than reject it ("called the allegations serious"). */
const CREDENCE = /\b(?:serious|grave|troubling|disturbing|worrying|concerning|alarming|shocking|credible|plausible|well[- ]founded|true|accurate|correct|justified|legitimate|important|significant)\b/;

/** A promise reported of someone other than the speaker: "the minister had promised union leaders …". */
const REPORTED_PROMISE = /^\W*(?!(?:i|we)\b)(?:[\p{L}’'-]+\s+){1,6}?(?:had|has)\s+(?:(?:already|privately|publicly|repeatedly|personally|once)\s+)?(?:promised|pledged|vowed)\b/u;

/**
 * Saying that one had no part in something, in any tense (the content markers take the present):
 * the speaker's own part ("we", "it" for a body), not a third party's ("the referee had nothing to
 * do with it" is a judgement).
 */
const DENIED_PART = /\b(?:i|we|it|they)\s+(?:(?:had|have|has) (?:absolutely )?nothing to do with|(?:was|were|is|are) not (?:involved|responsible)|(?:had|have|has|played) no (?:part|role|involvement) in)\b/;

/**
 * Verdicts that call something false or unfounded, in the words that content markers do not
 * cover ("without any foundation", "absurd", "scaremongering", "was invented", "a smear", "pure
 * invention", "the video was doctored").
 */
const FALSITY_VERDICT =
  /\b(?:without (?:any )?(?:foundation|merit|basis)|(?:an?|outright|blatant|barefaced|complete|total) lie|pack of lies|(?:pulled|plucked|picked) (?:out of|from) (?:a hat|the air|thin air|nowhere)|(?:wildly|grossly|hugely|vastly|massively) (?:inflated|exaggerated|overstated)|wrong to (?:suggest|say|claim|imply|allege)|(?:no|any) basis in fact|absurd|ridiculous|fantasy|fiction|fairy[- ]tale|scaremongering|defamatory|slanderous|fabrication|(?:pure|complete|total|an) invention|smear|hatchet job|(?:malicious )?gossip|witch[- ]hunt|(?:was|were|is|are|had been) (?:invented|made up|doctored|faked|forged|fabricated|simply wrong)|(?:simply|plainly|patently) (?:false|wrong|untrue))\b/;

/** "no such plan", "no such report" (not the idiom "no such thing as"). */
export const NO_SUCH = /\bno such\b(?!\s+thing\s+as\b)/i;

/** A hypothetical: "would be", "could become", "might amount to". */
const HYPOTHETICAL = /\b(?:would|could|might)\s+(?:be|become|amount to|constitute)\b/;

function markerAct(lowerText: string): Act | null {
  for (const [act, re] of CONTENT_MARKERS) if (re.test(lowerText)) return act;
  return null;
}

/**
 * Content that only points back to something said: "that sentiment", "that same sentiment",
 * "those remarks", "it" (up to the three words after the demonstrative that the quote finder takes).
 */
const POINTER_ONLY = /^\W*(?:(?:that|this|those|these)(?:\s+[\p{L}-]+){0,3}|it|them)\W*$/iu;

/** Finds typed statements; `quotes` and `mentions` are the report's (from findQuotes/findMentions). */
/** How a sentence-opening phrase that sets the scene, not a clause, starts. */
const FRONTED_ADVERBIAL = /^(?:Speaking|Addressing|Writing|Responding|Commenting|Referring|Reacting|Talking|Asked|In|At|On|After|Before|During|Following|While|When)\b/u;

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
    // "Asked about the strike, …", "asked whether he would resign": a question put to someone
    // states nothing, appeals for nothing
    if (cueWord === 'asked' && q.cue && QUESTION_AFTER.test(text.slice(q.cue.end, q.cue.end + QUESTION_CHARS))) return;
    for (const whole of withJoinedClause(text, sentences, pieces(text, q), q.direct)) {
      for (const piece of q.direct ? [{ ...whole, cue: q.cue }] : clauses(text, whole, q.cue)) {
        const pieceText = text.slice(piece.start, piece.end);
        const own = piece.cue !== q.cue && piece.cue ? text.slice(piece.cue.start, piece.cue.end).toLowerCase() : null;
        const d = classifyAct(own ?? (cueWord || null), pieceText, own ? null : (particle ?? null));
        // "did not dispute that some trees needed work", "has never denied it": a denial verb
        // under a negator concedes what follows; the speaker grants it rather than denies it
        if (d.act === 'denial' && deniedCue(text, piece.cue ?? q.cue)) d.act = 'claim';
        // "contested that the fire began in its yard": a clause contested is denied
        else if (d.act === 'claim' && contestedClause(text, piece.cue ?? q.cue, piece.start)) d.act = 'denial';
        // "echoed that sentiment": the words point back to a statement and say nothing themselves
        // (a denial of "the claims" or "it" is kept: it is linked to what it denies)
        if (d.act !== 'denial' && POINTER_ONLY.test(pieceText)) continue;
        // "rejected that “categorically”", "called this “nonsense”": the quoted verdict follows
        // the object the denial points back with, which belongs to what is denied
        const pointer = d.act === 'denial' && wordCount(pieceText) <= VERDICT_WORDS ? demonstrativeBefore(text, piece.cue, piece.start) : null;
        const start = pointer ?? piece.start;
        out.push({
          start,
          end: piece.end,
          text: text.slice(start, piece.end),
          act: d.act,
          actorName: q.speakerName,
          targetName: targetOf(text, { ...q, start: piece.start, end: piece.end, text: pieceText, cue: piece.cue }, d.act, mentions),
          conditional: d.conditional,
          // "denied the claims": the content names what is denied
          negated: d.negated || (d.act === 'denial' && DENIED_OBJECTS.test(pieceText.toLowerCase())),
          quote: index,
          speaker: q.speaker,
          cue: piece.cue,
        });
      }
    }
  });

  // what the sentence says before a trailing attribution: "The shelling killed 30 civilians,
  // volunteers said on Saturday, …" (a quote finder may take what follows the verb instead)
  for (const q of quotes) {
    if (q.direct || !q.speaker || !q.speakerName) continue;
    const sp = q.speaker;
    const s = sentences.find((x) => x.start <= sp.start && sp.start < x.end);
    if (!s || q.start < sp.start) continue;
    const head = text.slice(s.start, sp.start);
    const m = /^(\s*)([\s\S]*?),\s*$/.exec(head);
    if (!m) continue;
    const start = s.start + (m[1]?.length ?? 0);
    const end = start + (m[2]?.length ?? 0);
    const words = text.slice(start, end).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    if (words < MIN_OUTLET_CLAIM_WORDS || /["“”]/.test(text.slice(start, end))) continue;
    // a fronted adverbial ("Speaking at a meeting on Friday, Putin said ...") is no claim
    if (FRONTED_ADVERBIAL.test(text.slice(start, end))) continue;
    if (out.some((x) => x.start < end && start < x.end) || quotes.some((x) => x.start < end && start < x.end)) continue;
    const cueText = q.cue ? text.slice(q.cue.start, q.cue.end).toLowerCase().split(/\s+/)[0] ?? null : null;
    const d = classifyAct(cueText, text.slice(start, end));
    out.push({
      start,
      end,
      text: text.slice(start, end),
      act: d.act,
      actorName: q.speakerName,
      targetName: null,
      conditional: d.conditional,
      negated: d.negated,
      quote: null,
      speaker: q.speaker,
      cue: q.cue,
    });
  }

  // denials of someone else's claim inside a sentence: "something Kyiv denies", "disputed by Kyiv"
  for (const re of [...RELATIVE_DENIALS, DESCRIBED_RELATIVE_DENIAL, ACCOUNT_RELATIVE_DENIAL]) {
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
    const hasFact = OUTLET_FACT.test(s.text) || mentions.some((m) => m.start >= s.start && m.end <= s.end);
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

/** What follows "asked" when a question is put: "about …", "whether …", "how …". */
const QUESTION_AFTER = /^\s+(?:(?:him|her|them|it|us|me)\s+)?(?:about|whether|if|on|over|why|how|what|when|who|where)\b/i;
const QUESTION_CHARS = 24;

/** A negator (and at most one adverb) just before a cue: "did not dispute", "has never denied", "didn't really reject". */
const NEGATED_CUE = /(?:\b(?:not|never|no longer)|n['’]t)\s+(?:[a-z]+ly\s+)?$/i;
/** Characters before a cue searched for its negator. */
const NEGATED_CUE_CHARS = 24;

/** The cue is a denial verb under a negator ("did not deny"): nothing is denied. */
function deniedCue(text: string, cue: Span | null): boolean {
  if (!cue) return false;
  if (CUE_VERBS.get(cueVerb(text, cue))?.act !== 'denial') return false;
  return NEGATED_CUE.test(text.slice(Math.max(0, cue.start - NEGATED_CUE_CHARS), cue.start));
}

/** A "contest" cue whose content is a "that" clause ("contested that the fire began there"). */
function contestedClause(text: string, cue: Span | null, start: number): boolean {
  if (!cue || cue.end > start) return false;
  return CUE_VERBS.get(cueVerb(text, cue))?.lemma === 'contested' && /^\s+that\s+$/i.test(text.slice(cue.end, start));
}

/** The verb of a cue span, lower-cased, without its particle ("brushed aside" → "brushed"). */
function cueVerb(text: string, cue: Span): string {
  return text.slice(cue.start, cue.end).toLowerCase().split(/\s+/)[0] ?? '';
}

/** Most words of a quoted verdict after a demonstrative ("that “categorically”"); longer, "that" opens a clause. */
const VERDICT_WORDS = 3;

const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** Only a demonstrative between a cue and the quoted words: "rejected that “…”". */
const DEMONSTRATIVE_GAP = /^\s*(that|this|these|those)\s*$/i;

/** Where a demonstrative object standing between the cue and the content starts, or null. */
function demonstrativeBefore(text: string, cue: Span | null, start: number): number | null {
  if (!cue || cue.end > start) return null;
  const m = DEMONSTRATIVE_GAP.exec(text.slice(cue.end, start));
  return m ? cue.end + m[0].indexOf(m[1]!) : null;
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

/**
 * A second attribution verb joined by "and" inside reported speech starts a proposition of its
 * own: "said the outbreak was under control and denied that hospitals were full" is a claim and
 * a denial; "rejected the accusation and said it would respond" a denial and a claim.
 */
const JOINED_CUE = /,?\s+and\s+(?:also\s+)?([a-z]+)\s+(?:that\s+)?/g;

/**
 * Reported speech that the quote finder ended before a joined attribution ("said only 40 percent
 * had been cancelled and accused the union of exaggerating"): the last piece runs on to the end
 * of its sentence, where `clauses` splits it.
 */
function withJoinedClause(text: string, sentences: SentenceSpan[], spans: Span[], direct: boolean): Span[] {
  const last = spans[spans.length - 1];
  if (direct || !last) return spans;
  const sentence = sentences.find((x) => x.start <= last.start && last.start < x.end);
  if (!sentence || sentence.end <= last.end) return spans;
  const rest = text.slice(last.end, sentence.end);
  const m = /^,?\s+and\s+(?:also\s+)?([a-z]+)\s/.exec(rest);
  const entry = m ? CUE_VERBS.get(m[1] ?? '') : undefined;
  if (!m || !entry || entry.act === null) return spans;
  const end = last.end + rest.replace(/[\s.;:!?”"’]+$/, '').length;
  return [...spans.slice(0, -1), { start: last.start, end }];
}

/** Splits a reported-speech span at joined attribution verbs; each clause keeps its own cue. */
function clauses(text: string, span: Span, cue: Span | null): (Span & { cue: Span | null })[] {
  const out: (Span & { cue: Span | null })[] = [];
  const body = text.slice(span.start, span.end);
  let start = span.start;
  let currentCue = cue;
  for (const m of body.matchAll(JOINED_CUE)) {
    const verb = m[1] ?? '';
    const entry = CUE_VERBS.get(verb);
    // past-tense attribution verbs only; "added" takes "that" ("and added 300 jobs" is no cue)
    if (!entry || entry.kind === 'belief' || !/(?:ed|id|ld|ote)$/.test(verb)) continue;
    if (entry.kind === 'stance' && entry.act === null) continue;
    if (entry.lemma === 'add' && !/\bthat\s+$/.test(m[0])) continue;
    const at = span.start + (m.index ?? 0);
    if (at <= start) continue;
    out.push({ start, end: at, cue: currentCue });
    const verbStart = at + m[0].indexOf(verb, m[0].indexOf('and') + 3);
    currentCue = { start: verbStart, end: verbStart + verb.length };
    start = at + m[0].length;
  }
  out.push({ start, end: span.end, cue: currentCue });
  return out.filter((p) => p.end > p.start);
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
