import type { Act, FoundQuote, Quote, QuoteVariant, Report, SentenceSpan, Span } from '../model/types.js';
import { CUE_VERBS } from '../analyze/data/cues.js';
import { evidence, hashId } from '../model/evidence.js';
import { isProperName, type ActorIndex } from './actors.js';
import { NEGATORS, STOPWORDS } from './data/lexicon.js';
import { candidatePairs, collapseIdentical, completeLinkClusters, idfWeights, keySet, matchKey, normalizeWording, overlap, quoteWords, weightedContainment, wordDiff, words } from './text.js';

/** Content-word containment from which two quotes count as one utterance. */
export const QUOTE_ALIGN_THRESHOLD = 0.6;
/** Fewer content words than this and a quote is too short to align by wording alone. */
export const QUOTE_MIN_WORDS = 2;
/** Containment needed to align quotes credited to different speakers (then flagged). */
export const QUOTE_CROSS_SPEAKER_THRESHOLD = 0.8;
/** A quote with fewer content words than this is a partial quote: its sentence helps align it. */
export const PARTIAL_QUOTE_WORDS = 4;
/** Words the partial quote's sentence (the quote included) must share with the fuller quote. */
export const PARTIAL_CONTEXT_MATCHES = 2;
/** Content words needed before quotes with different speakers may align. */
export const QUOTE_CROSS_SPEAKER_MIN_WORDS = 5;
/**
 * A wording found word for word inside another quote ("met every standard" in “The structure met
 * every standard”) is the same utterance, from this many words on…
 */
export const VERBATIM_MIN_WORDS = 3;
/** …of which at least this many are content words (not "it is what it is")… */
export const VERBATIM_MIN_CONTENT = 2;
/**
 * …and this many when two different people are credited (a company and its chief may share one
 * statement; two people sharing a short phrase is more likely a common phrase).
 */
export const VERBATIM_CROSS_PERSON_CONTENT = 3;
/** Content words a named speaker's fragment found in their fuller quotation needs (see `ownWordsAgain`). */
export const OWN_WORDS_MIN_CONTENT = 1;

/** One quote as found in one report, with what alignment needs. */
export interface QuoteUnit {
  report: Report;
  index: number;
  quote: FoundQuote;
  speakerKey: string | null;
  /** the speaker is named (a proper name), not only described ("its chief executive", "the coach") */
  named: boolean;
  /** the speaker is a person (not an organisation, a place or unknown) */
  person: boolean;
  /** the act its cue verb carries ("denied": denial), null for neutral cues or none */
  cueAct: Act | null;
  words: string[];
  /**
   * The wording negates what it says: a negator outside a closing contrast ("the worst part, not
   * the cold" is not negated; "we did not go" is).
   */
  negated: boolean;
  /**
   * For reported speech that runs on past a clause break ("every route … will keep flying, but
   * islanders worry about …"), the words of its first clause; null otherwise.
   */
  head: string[] | null;
  /** the normalised wording, padded with spaces for word-boundary containment tests */
  wording: string;
  /** content words of the sentence the quote stands in */
  context: string[];
  /** start of that sentence (-1 when unknown) */
  sentence: number;
  /** index of that sentence in the report (-1 when unknown) */
  sentenceIndex: number;
  /**
   * For a quotation credited to a spokesperson ("a company spokeswoman said"), the words that
   * qualify the role ("company"); null when no spokesperson is named in its sentence.
   */
  spokesperson: string[] | null;
  /**
   * Quoted words inside reported speech that the reported speech credits to someone else ("the
   * sponsor said the contract was under review after a test his lawyer has called “a trace”"):
   * not part of the utterance it reports.
   */
  embedded?: boolean;
}

export interface AlignedQuotes {
  quotes: Quote[];
  /** `${reportId}#${quoteIndex}` -> quote id */
  quoteOf: Map<string, string>;
  /** groups of units, in the order of `quotes` */
  groups: QuoteUnit[][];
}

/** A narrating clause at the end of reported speech: "… as she outlined the cuts". */
const NARRATION_TAIL = /\s+(?:as|while) (?:he|she|they) [a-z]+(?:ed|ing)\b[^“”"]*$/;

/**
 * Reported speech inside a relative clause ("Brannock, who wrote that she was stepping aside, has
 * not commented") ends where the clause does: at the comma before the main clause's verb.
 */
const RELATIVE_OPENING = /,\s+who\s+[^,;:“”"]*$/;
const RELATIVE_TAIL = /,\s+(?:(?:has|have|had|is|was|were|are|will|would|did|does|can|could|may|might|must|should)(?:\s+not)?|\p{Ll}+ed)\s[^“”"]*$/u;

/** Quoted words inside reported speech: “…” or "…", at least a few characters long. */
const INNER_QUOTE = /[“"][^“”"]{3,}?[”"]/g;
/** Index space kept apart for the inner quotes of one found quote (their index is negative). */
const INNER_PER_QUOTE = 100;

/** Weighted containment every pair of a quote's variants must reach (no chains of loose links). */
export const QUOTE_LINK_FLOOR = 0.3;

/** Aligns quotes across reports: the same utterance in any wording becomes one Quote. */
export function alignQuotes(units: QuoteUnit[], actors: ActorIndex): AlignedQuotes {
  // Word weights come from the quotes that can align on their words: a one-word fragment quoted
  // inside reported speech repeats a word of its sentence and would only make it look common.
  const weight = idfWeights(units.filter((u) => u.index >= 0 || new Set(u.words).size >= QUOTE_MIN_WORDS).map((u) => u.words));
  const leads = leadIns(units);
  // Identical wordings of one speaker are scored once.
  const { reps, members } = collapseIdentical(units, (u) => `${u.speakerKey ?? ''}\u0000${normalizeWording(u.quote.text)}`);
  const score = (x: number, y: number): number => {
    const a = units[reps[x]!]!;
    const b = units[reps[y]!]!;
    const ma = members.get(reps[x]!)!;
    const mb = members.get(reps[y]!)!;
    // Two quotations of one report are one utterance only when one contains the other; a
    // quotation and the report's own paraphrase of it may be one.
    for (const i of ma) {
      for (const j of mb) {
        const ua = units[i]!;
        const ub = units[j]!;
        if (ua.report.id !== ub.report.id) continue;
        const nested = ua.quote.start < ub.quote.end && ub.quote.start < ua.quote.end;
        // Words the reported speech credits to another speaker are no piece of it.
        if (ua.embedded !== ub.embedded) return -1;
        if (!nested && !sameUtterancePieces(ua, ub)) return -1;
      }
    }
    // "Moss said the evacuation was complete. “Every resident is safe,” she said.": the summary
    // and the quotation it leads into are one utterance, whatever words each uses.
    if (ma.some((i) => mb.some((j) => leads.has(pairKey(i, j))))) return QUOTE_ALIGN_THRESHOLD;
    // Words quoted inside reported speech are part of the utterance it reports: they join first,
    // and then go together.
    if (carries(a, b) || carries(b, a)) return 1;
    const small = Math.min(new Set(a.words).size, new Set(b.words).size);
    // (a partial quote of a few words is matched by its words themselves: by meaning, two or three
    // words are found in too many other quotations)
    const byMeaning = small >= PARTIAL_QUOTE_WORDS;
    const c = small < QUOTE_MIN_WORDS ? 0 : Math.max(...headsOf(a).flatMap((x) => headsOf(b).map((y) => weightedContainment(x, y, weight, byMeaning))));
    const differ = speakersDiffer(a, b);
    // Word for word: one utterance; across credited speakers only at the threshold, so that
    // the same speaker's wordings join first.
    const minContent = differ && a.person && b.person ? VERBATIM_CROSS_PERSON_CONTENT : VERBATIM_MIN_CONTENT;
    if (verbatim(a, b, minContent) || verbatim(b, a, minContent)) return differ ? QUOTE_ALIGN_THRESHOLD : Math.max(c, QUOTE_ALIGN_THRESHOLD);
    if (ownWordsAgain(a, b) || ownWordsAgain(b, a)) return Math.max(c, QUOTE_ALIGN_THRESHOLD);
    if (quotedFragment(a, b) || quotedFragment(b, a)) return Math.max(c, QUOTE_ALIGN_THRESHOLD);
    // "there is no threat of encirclement" and "the troops are encircled" are opposite utterances;
    // a few quoted words may still come from the unnegated part of a negated sentence.
    if (polarityClash(a, b) || polarityClash(b, a) || figuresClash(a, b) || actsClash(a, b)) return 0;
    if (differ) return c >= QUOTE_CROSS_SPEAKER_THRESHOLD && small >= QUOTE_CROSS_SPEAKER_MIN_WORDS ? c : 0;
    if (partialMatch(a, b) || partialMatch(b, a)) return Math.max(c, QUOTE_ALIGN_THRESHOLD);
    return c;
  };
  const pairs = candidatePairs(reps.map((r) => [...units[r]!.words, ...units[r]!.context]), score, QUOTE_ALIGN_THRESHOLD);
  // A summary and the quotation it leads into may share no word: they are paired by position.
  const repOf = new Map<number, number>();
  reps.forEach((r, x) => members.get(r)!.forEach((i) => repOf.set(i, x)));
  for (const key of leads) {
    const [i, j] = key.split(':').map((n) => repOf.get(Number(n))!) as [number, number];
    const sc = i === j ? -1 : score(Math.min(i, j), Math.max(i, j));
    if (sc >= QUOTE_ALIGN_THRESHOLD) pairs.push({ i: Math.min(i, j), j: Math.max(i, j), score: sc });
  }
  // Reported speech paraphrases and partial quotes (a few quoted words): one may join a quote
  // through its best match, but it never vetoes others joining (only full direct wordings must
  // all be alike; two partial quotes of one utterance may share no word at all).
  const full = (u: QuoteUnit): boolean => u.quote.direct && new Set(u.words).size >= PARTIAL_QUOTE_WORDS;
  const floorScore = (x: number, y: number): number => {
    const sc = score(x, y);
    if (sc < 0) return sc;
    return full(units[reps[x]!]!) && full(units[reps[y]!]!) ? sc : Math.max(sc, QUOTE_LINK_FLOOR);
  };
  const clusters = completeLinkClusters(reps.length, pairs, floorScore, QUOTE_LINK_FLOOR).map((g) => g.flatMap((x) => members.get(reps[x]!)!));
  const groups = clusters
    .map((g) => g.map((i) => units[i]!))
    .sort((a, b) => b.length - a.length || firstPos(a) - firstPos(b));
  const quoteOf = new Map<string, string>();
  const quotes = groups.map((group) => {
    const q = makeQuote(group, actors);
    for (const u of group) quoteOf.set(`${u.report.id}#${u.index}`, q.id);
    return q;
  });
  return { quotes, quoteOf, groups };
}

const pairKey = (i: number, j: number): string => (i < j ? `${i}:${j}` : `${j}:${i}`);

/** The word lists a quote is compared by: its words, and the first clause of run-on reported speech. */
const headsOf = (u: QuoteUnit): string[][] => (u.head ? [u.words, u.head] : [u.words]);

/** Where reported speech may run on into the reporter's narration: a comma and a conjunction. */
const CLAUSE_BREAK = /,\s+(?:but|and|while|whereas|although|though|which|who)\s/;
/** Content words the first clause of run-on reported speech needs to be compared on its own. */
const HEAD_MIN_WORDS = 3;

/** The words of reported speech up to its first clause break, when that is a clause of its own. */
function headWords(text: string, all: string[]): string[] | null {
  const m = CLAUSE_BREAK.exec(text);
  if (!m) return null;
  const head = quoteWords(text.slice(0, m.index));
  return new Set(head).size >= HEAD_MIN_WORDS && head.length < all.length ? head : null;
}

/** Sentences after a reported-speech summary in which the quotation it leads into may start. */
const LEAD_IN_SENTENCES = 1;

/**
 * Reported speech that leads into a quotation of the same speaker: "Regional governor Karin Moss
 * said the evacuation was complete. “Every resident has been brought to safety,” she said." —
 * the quotation is the next quote of the report, in the same or the next sentence, credited to
 * the same speaker. Returns the pairs of unit indices (pairKey).
 */
function leadIns(units: QuoteUnit[]): Set<string> {
  const out = new Set<string>();
  const byReport = new Map<string, number[]>();
  units.forEach((u, i) => {
    // Quoted words inside reported speech are part of it, not a quote that follows it.
    if (u.index < 0) return;
    const list = byReport.get(u.report.id);
    if (list) list.push(i);
    else byReport.set(u.report.id, [i]);
  });
  for (const list of byReport.values()) {
    const sorted = list.slice().sort((x, y) => units[x]!.quote.start - units[y]!.quote.start);
    for (let k = 0; k + 1 < sorted.length; k++) {
      const last = units[sorted[k]!]!;
      const quoted = units[sorted[k + 1]!]!;
      if (last.quote.direct || !quoted.quote.direct || last.sentenceIndex < 0 || quoted.quote.start < last.quote.end) continue;
      const gap = quoted.sentenceIndex - last.sentenceIndex;
      if (gap < 0 || gap > LEAD_IN_SENTENCES) continue;
      // The reported speech of the summary's sentence. When there are several ("dismissed the
      // claims, saying the rebels shelled the town"), the quotation may answer any of them: it
      // leads from the one it shares words with, when only one does.
      const pieces = sorted.slice(0, k + 1).filter((i) => !units[i]!.quote.direct && units[i]!.sentenceIndex === last.sentenceIndex);
      const sharing = pieces.length === 1 ? pieces : pieces.filter((i) => overlap(units[i]!.words, quoted.words) > 0);
      if (sharing.length !== 1) continue;
      const said = units[sharing[0]!]!;
      // "rejected the minister's suggestion that …" reports the minister's words, not the
      // rejecter's: the quotation that follows answers them.
      if (claimOfAnother(said)) continue;
      // The same speaker, or the summary's body speaking through its spokesperson (a spokesperson
      // of another body is another speaker, whatever the quote's speaker was resolved to).
      if (said.speakerKey === null || !(quoted.spokesperson ? speaksFor(quoted, said) : said.speakerKey === quoted.speakerKey)) continue;
      out.add(pairKey(sharing[0]!, sorted[k + 1]!));
    }
  }
  return out;
}

/** Nouns for what someone said, as the object of a reply ("the minister's suggestion that …"). */
const CLAIM_NOUNS = 'suggestion|suggestions|claim|claims|assertion|assertions|allegation|allegations|accusation|accusations|charge|charges|insistence|argument|statement|remark|remarks|comments?|view|contention|hint|warning';
/** A possessor before a claim noun just before reported speech: "the minister's suggestion that". */
const CLAIM_OF_POSSESSOR = new RegExp(`[\\p{L}\\p{N}]+['’]s?\\s+(?:[\\p{L}-]+\\s+)?(?:${CLAIM_NOUNS})\\s+(?:that\\s+)?$`, 'u');

/** Reported speech that is someone else's claim, named by its possessor ("the union's claim that"). */
function claimOfAnother(u: QuoteUnit): boolean {
  const sentenceStart = u.sentence >= 0 ? u.sentence : Math.max(0, u.quote.start - 200);
  const before = u.report.text.slice(sentenceStart, u.quote.start);
  const m = CLAIM_OF_POSSESSOR.exec(before);
  if (!m) return false;
  // "its own claim", "his claim": the possessor may be the speaker himself.
  const possessor = m[0].split(/\s+/)[0]!.toLowerCase().replace(/['’]s?$/, '');
  return !['its', 'his', 'her', 'their', 'our', 'my', 'your'].includes(possessor);
}

/** Role qualifiers that fit any organisation: "a company spokeswoman". */
const ANY_BODY = new Set(['company', 'firm']);

/**
 * The quotation's spokesperson speaks for the summary's speaker: "The ministry denied the report.
 * “…,” spokesman Ivo Lind said." A spokesperson of another body ("union spokesman") does not.
 */
function speaksFor(quoted: QuoteUnit, said: QuoteUnit): boolean {
  if (!quoted.spokesperson) return false;
  const sp = said.quote.speaker;
  const body = new Set(words(`${said.quote.speakerName ?? ''} ${sp ? said.report.text.slice(sp.start, sp.end) : ''}`));
  return quoted.spokesperson.every((w) => ANY_BODY.has(w) || body.has(w));
}

/** A spokesperson in an attribution, with up to two words qualifying the role. */
const SPOKESPERSON = /((?:[\p{L}’'-]+\s+){0,2})spokes(?:man|woman|person|people)\b/iu;
/** Words before "spokesman" that do not qualify it ("said a spokesman", "its spokeswoman"). */
const NOT_QUALIFIERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'said', 'says', 'told', 'added', 'according', 'to', 'by']);

/** The qualifier words of a spokesperson named in a sentence outside its quotation marks, or null. */
function spokespersonIn(sentence: string): string[] | null {
  const m = SPOKESPERSON.exec(sentence.replace(/[“"][^“”"]*[”"]/g, ' '));
  if (!m) return null;
  return words(m[1] ?? '').filter((w) => !NOT_QUALIFIERS.has(w));
}

/**
 * A partial quote ("life and reasonable treatment") matches a fuller one of the same speaker
 * when it shares a word with it and its sentence shares more.
 */
function partialMatch(part: QuoteUnit, full: QuoteUnit): boolean {
  if ((part.speakerKey === null && full.speakerKey === null) || speakersDiffer(part, full)) return false;
  if (new Set(part.words).size >= PARTIAL_QUOTE_WORDS) return false;
  return overlap(part.words, full.words) >= 1 && overlap(part.context, full.words) >= PARTIAL_CONTEXT_MATCHES;
}

/**
 * Two quotes are credited to different speakers. Between quotations (in quotation marks) a
 * description ("the coach", "its chief executive") may be anyone, like a missing speaker: only
 * two different names differ. Reported speech is the reporter's wording, so there any two
 * different speakers differ ("police said 25 died" and "officials said 40 died" are two statements).
 */
function speakersDiffer(a: QuoteUnit, b: QuoteUnit): boolean {
  if (a.speakerKey === null || b.speakerKey === null || a.speakerKey === b.speakerKey) return false;
  if (spokespersonOf(a, b) || spokespersonOf(b, a)) return false;
  return (a.named && b.named) || (!a.quote.direct && !b.quote.direct);
}

/**
 * `quoted` is credited to a spokesperson of `body` ("said board spokesman Ivo Hart" and "the
 * Racing Board said"): the body speaks through them. The role must name the body (a bare "a
 * spokesman" may speak for anyone), and the body is not a person.
 */
function spokespersonOf(quoted: QuoteUnit, body: QuoteUnit): boolean {
  if (!quoted.spokesperson || body.person) return false;
  const named = quoted.spokesperson.filter((w) => !ANY_BODY.has(w));
  return named.length > 0 && speaksFor(quoted, body);
}

/** The index of the reported speech an inner quotation stands in. */
const innerOwner = (u: QuoteUnit): number => Math.floor(-u.index / INNER_PER_QUOTE);

/**
 * `inner` is a quotation inside the reported speech `outer` (“in kind” in "said it would respond
 * “in kind”"): one utterance.
 */
function carries(outer: QuoteUnit, inner: QuoteUnit): boolean {
  return (
    inner.index < 0 &&
    !inner.embedded &&
    !outer.quote.direct &&
    outer.report.id === inner.report.id &&
    outer.quote.start <= inner.quote.start &&
    inner.quote.end <= outer.quote.end
  );
}

/**
 * A quoted fragment of a few words ("“manufactured”", "“will be stopped”") found word for word
 * in a fuller quotation of a speaker it may be, whose sentence shares another word with that
 * quotation ("fishermen in our waters without a licence “will be stopped”"): a partial quote
 * of it. Too short to score on its words, it is told apart by where it stands.
 */
function quotedFragment(part: QuoteUnit, full: QuoteUnit): boolean {
  if (!part.quote.direct || !full.quote.direct || part.report.id === full.report.id) return false;
  const size = new Set(part.words).size;
  if (size === 0 || size >= PARTIAL_QUOTE_WORDS || new Set(full.words).size < PARTIAL_QUOTE_WORDS) return false;
  if ((part.speakerKey === null && full.speakerKey === null) || speakersDiffer(part, full)) return false;
  if (!full.wording.includes(part.wording)) return false;
  const own = keySet(part.words);
  const around = part.context.filter((w) => !own.has(matchKey(w)));
  if (overlap(around, full.words) >= 1) return true;
  // Or the fragment's speaker, described rather than named, is how the fuller quotation's
  // sentence describes its named speaker ("a level his lawyer has called “a trace”" / "His
  // lawyer, Maren Tosi, said … “a trace, far below …”").
  const described = part.named ? [] : quoteWords(part.quote.speakerName ?? '');
  return described.length > 0 && full.named && overlap(described, full.context) === new Set(described).size;
}

/**
 * Reported speech introduced by a denial verb and reported speech that is not are two utterances:
 * "the mayor denied that the tender was rigged" is not "councillors said the tender was rigged".
 */
function actsClash(a: QuoteUnit, b: QuoteUnit): boolean {
  if (a.quote.direct || b.quote.direct) return false;
  return (a.cueAct === 'denial') !== (b.cueAct === 'denial');
}

/** Both quotes give figures and share none: "40 died" and "25 died" are not one utterance. */
function figuresClash(a: QuoteUnit, b: QuoteUnit): boolean {
  const fa = a.words.filter((w) => /\d/.test(w));
  const fb = b.words.filter((w) => /\d/.test(w));
  return fa.length > 0 && fb.length > 0 && overlap(fa, fb) === 0;
}

/**
 * A closing contrast: ", not the cold" in "the jellyfish were the worst part, not the cold" (or
 * "… and not on my players"). It sets the statement against another; the statement itself is
 * not negated. Nor is it by "without", which negates a noun ("so the work can go on without
 * distraction").
 */
const CLOSING_CONTRAST = /(?:,\s*|\s+and\s+|\s+but\s+)(?:(?:and|but)\s+)?not\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}[\p{L}\p{N}'’-]+(?=\s*(?:[.,;:!?”"]|$))/gu;

/** The wording negates its statement (a closing contrast left out). */
export function negatedWording(text: string): boolean {
  return quoteWords(text.replace(CLOSING_CONTRAST, ' ')).some((w) => NEGATORS.has(w) && w !== 'without');
}

/** Content words of a quote short enough to be a fragment of a negated sentence on its own. */
const FRAGMENT_WORDS = 2;

/**
 * `x` is negated and `y` is not, unless `y` is a fragment (words quoted inside reported speech,
 * or a two-word quote) of the fuller `x`.
 */
function polarityClash(x: QuoteUnit, y: QuoteUnit): boolean {
  if (!x.negated || y.negated) return false;
  const size = new Set(y.words).size;
  const fragment = (y.index < 0 || size <= FRAGMENT_WORDS) && new Set(x.words).size > size;
  return !fragment;
}

/**
 * Two quotes of one report that do not overlap may still be one utterance: a quotation and the
 * report's paraphrase of it, or two reported pieces of one sentence ("promised “decent
 * treatment”, adding that their lives would be spared").
 */
function sameUtterancePieces(a: QuoteUnit, b: QuoteUnit): boolean {
  if (a.quote.direct !== b.quote.direct) return true;
  // Two quotations inside one piece of reported speech ("called the rebels “terrorists” who “will
  // be found and punished”") are pieces of the utterance it reports.
  if (a.index < 0 && b.index < 0 && innerOwner(a) === innerOwner(b)) return true;
  // Words quoted inside reported speech and repeated in a quotation of the same report ("his envoy
  // had held “productive” talks" … “We had very good and productive discussions”) may be one.
  if ((a.index < 0) !== (b.index < 0)) {
    const [inner, other] = a.index < 0 ? [a, b] : [b, a];
    if (other.wording.includes(inner.wording)) return true;
  }
  return !a.quote.direct && a.sentence >= 0 && a.sentence === b.sentence && a.speakerKey !== null && a.speakerKey === b.speakerKey;
}

/**
 * A named speaker's few words (`verbatim`, with one content word) found word for
 * word in a fuller quotation of the same speaker are that quotation when quoted as a fragment
 * inside the reporter's sentence, in lower case (she was “sorrier than I can say”): a phrase so
 * quoted is a piece of what they said, while a short sentence of its own (“Not at all.”, “We will
 * see.”) may answer something else.
 */
function ownWordsAgain(part: QuoteUnit, full: QuoteUnit): boolean {
  if (!part.named || !full.named || part.speakerKey === null || part.speakerKey !== full.speakerKey) return false;
  return FRAGMENT_START.test(innerText(part.quote.text)) && verbatim(part, full, OWN_WORDS_MIN_CONTENT);
}

/** A quotation's words without its marks and leading punctuation. */
const innerText = (text: string): string => text.replace(/^[\s“”"‘’'«»(\[]+/u, '');
/** A fragment quoted inside a sentence starts in lower case. */
const FRAGMENT_START = /^\p{Ll}/u;

/** `part`'s whole wording stands word for word in `full`, and is long enough to be telling. */
function verbatim(part: QuoteUnit, full: QuoteUnit, minContent: number): boolean {
  if (part.wording.length > full.wording.length) return false;
  const n = part.wording.trim().split(' ').length;
  return n >= VERBATIM_MIN_WORDS && new Set(part.words).size >= minContent && full.wording.includes(part.wording);
}

function firstPos(group: QuoteUnit[]): number {
  return Math.min(...group.map((u) => u.quote.start));
}

function makeQuote(group: QuoteUnit[], actors: ActorIndex): Quote {
  // The canonical wording: not a one-word fragment (“terrorism”); carried by most syndication
  // groups; direct before indirect; longer first.
  const fragment = (u: QuoteUnit): number => Number(new Set(u.words).size < QUOTE_MIN_WORDS);
  const byWording = new Map<string, { units: QuoteUnit[]; groups: Set<string> }>();
  for (const u of group) {
    const k = normalizeWording(u.quote.text);
    const e = byWording.get(k) ?? { units: [], groups: new Set<string>() };
    e.units.push(u);
    e.groups.add(u.report.syndicationGroup);
    byWording.set(k, e);
  }
  const best = [...byWording.values()].sort(
    (a, b) =>
      fragment(a.units[0]!) - fragment(b.units[0]!) ||
      b.groups.size - a.groups.size ||
      Number(b.units[0]!.quote.direct) - Number(a.units[0]!.quote.direct) ||
      b.units[0]!.quote.text.length - a.units[0]!.quote.text.length ||
      a.units[0]!.report.id.localeCompare(b.units[0]!.report.id),
  )[0]!;
  const canonical = best.units[0]!.quote.text;
  const speakerVotes = new Map<string, number>();
  for (const u of group) {
    const id = actors.idOf(u.quote.speakerName);
    if (id) speakerVotes.set(id, (speakerVotes.get(id) ?? 0) + 1);
  }
  const speaker = [...speakerVotes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  const variants: QuoteVariant[] = group
    .slice()
    .sort((a, b) => a.report.id.localeCompare(b.report.id) || a.quote.start - b.quote.start)
    .map((u) => {
      const v: QuoteVariant = {
        text: u.quote.text,
        direct: u.quote.direct,
        evidence: evidence(u.report.id, u.report.text, u.quote.start, u.quote.end),
        diff: wordDiff(canonical, u.quote.text),
      };
      if (u.quote.speaker && u.quote.speaker.end > u.quote.speaker.start) {
        v.speakerEvidence = evidence(u.report.id, u.report.text, u.quote.speaker.start, u.quote.speaker.end);
      }
      return v;
    });
  const independentSources = new Set(group.map((u) => u.report.syndicationGroup)).size;
  return { id: hashId('q', speaker ?? '', canonical), speaker, text: canonical, variants, independentSources };
}

/**
 * A direct quote split over sentences ("“A,” she said. “B.”") is as many utterances: each run of
 * pieces within one sentence becomes a quote of its own (the first keeps the quote's index). A
 * piece continuing the sentence ("“A,” she said, “and B”") stays with the piece before it.
 */
export function sentenceRuns(text: string, q: FoundQuote): FoundQuote[] {
  if (!q.direct || !q.parts || q.parts.length === 0) return [q];
  const first = q.parts[0]!;
  let firstEnd = first.start;
  for (const sp of [q.speaker, q.cue]) if (sp && sp.start > q.start && sp.start < firstEnd) firstEnd = sp.start;
  while (firstEnd > q.start && /[\s,]/.test(text[firstEnd - 1] ?? '')) firstEnd--;
  const runs: { start: number; end: number; parts: Span[] }[] = [{ start: q.start, end: q.end, parts: [] }];
  let prevEnd = firstEnd;
  for (const part of q.parts) {
    const between = text.slice(prevEnd, part.start);
    const run = runs[runs.length - 1]!;
    // A sentence ends between the pieces: the closing mark of one, or the attribution after it.
    if (/[.!?][”"’]?\s|[.!?]\s*$/.test(between) || /[.!?][”"]?\s*$/.test(text.slice(Math.max(q.start, prevEnd - 3), prevEnd + 1))) {
      if (run.parts.length === 0 && runs.length === 1) run.end = prevEnd;
      runs.push({ start: part.start, end: part.end, parts: [] });
    } else {
      run.parts.push(part);
      run.end = part.end;
    }
    prevEnd = part.end;
  }
  if (runs.length === 1) return [q];
  return runs.map((r) => {
    const out: FoundQuote = { ...q, start: r.start, end: r.end, text: text.slice(r.start, r.end) };
    if (r.parts.length) out.parts = r.parts;
    else delete out.parts;
    return out;
  });
}

/**
 * The text from `start` to `end` with every other quote (of `quotes`: those long enough to align
 * on their own words) that stands apart from `own` blanked: "he is open to a truce, but stressed
 * that the fate of the troops in the region must be settled first" — lending the second quote's
 * words to the first would let the first match whatever the second matches.
 */
function withoutOtherQuotes(text: string, start: number, end: number, own: Span, quotes: Span[]): string {
  let out = text.slice(start, end);
  for (const q of quotes) {
    if (q.end <= start || q.start >= end || (q.start < own.end && own.start < q.end)) continue;
    const a = Math.max(q.start, start) - start;
    const b = Math.min(q.end, end) - start;
    out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  }
  return out;
}

/**
 * Reported speech of an appeal may open with its addressee ("urged his counterpart, Vladimir
 * Putin, to spare the troops"); the utterance is the infinitive after it ("to spare the
 * troops"). "to" before a name or a determiner ("appealed to Putin to …") is no infinitive; a
 * negated infinitive keeps its negator ("not to order").
 */
const APPEAL_INFINITIVE = /\b(?:(?:not|never)\s+)?to\s+(?!(?:the|a|an|his|her|their|its|our|your|my|them|him|us|me|all|any|every|each|this|that|these|those)\b)\p{Ll}/u;

/** The words of an appeal's reported speech from its infinitive on (the addressee left out). */
function withoutAddressee(text: string, act: Act | null): string {
  if (act !== 'appeal') return text;
  const m = APPEAL_INFINITIVE.exec(text);
  return m && m.index > 0 ? text.slice(m.index) : text;
}

/** Pronouns: as the subject of an attribution inside reported speech, they may be its speaker. */
const PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'who', 'which', 'that', 'this', 'what']);
/** Auxiliaries between an attribution's subject and its verb ("his lawyer has called"). */
const ATTRIBUTION_AUX = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'be', 'would', 'will', 'once', 'later', 'also', 'previously', 'repeatedly']);
/**
 * Verbs that give a quoted label its author ("has called “a trace”", "described as “reckless”",
 * "branded “a disgrace”"). Verbs of saying are left out: what follows them need not be a label
 * ("Tessa will respond “in kind”" is Tessa's action in the speaker's words).
 */
const LABEL_VERB = /^(?:call|describe|label|brand|term|dub|characteri[sz]e|portray)(?:s|es|d|ed|led|bed)?$/i;
/** Objects between a labelling verb and its quoted label ("called it “…”", "described them as “…”"). */
const LABEL_OBJECT = new Set(['it', 'them', 'this', 'that', 'him', 'her', 'as']);

/**
 * Reported speech may quote words it credits to someone else, with an attribution of their own
 * in the clause before them: "the contract was under review after a test result his lawyer has
 * called “a trace”", "the cuts were what unions described as “a betrayal”". The clause (from the
 * last comma, semicolon or colon) ends in a labelling verb, after an optional object
 * ("it", "as"), with a subject of its own before it (auxiliaries skipped). A pronoun subject may
 * be the reported speaker himself ("what he called “…”") and is left alone. Returns the subject's
 * words (up to three, as written), or null.
 */
export function embeddedSpeaker(before: string): string | null {
  const segments = before.split(/[,;:()—–]/);
  const clause = segments.pop() ?? '';
  const toks = clause.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  let i = toks.length - 1;
  while (i >= 0 && LABEL_OBJECT.has(toks[i]!.toLowerCase())) i--;
  if (i < 1) return null;
  // "called the cuts “…”": the thing labelled, a short noun phrase after the verb
  if (!LABEL_VERB.test(toks[i]!)) {
    const det = toks.findIndex((t, k) => k >= i - LABELLED_NP_WORDS && k <= i && LABELLED_DETERMINERS.has(t.toLowerCase()) && k > 0 && LABEL_VERB.test(toks[k - 1]!));
    if (det < 0) return null;
    i = det - 1;
  }
  i--;
  while (i >= 0 && ATTRIBUTION_AUX.has(toks[i]!.toLowerCase())) i--;
  if (i < 0) return null;
  const head = toks[i]!.toLowerCase();
  // "Hanna Strood, who called the cuts “…”": a relative clause's subject is the name before it
  if ((head === 'who' || head === 'which') && i === 0) return trailingName(segments[segments.length - 1] ?? '');
  if (PRONOUNS.has(head) || STOPWORDS.has(head)) return null;
  // The subject: its noun and up to two words before it that modify it ("his defence lawyer":
  // "defence lawyer"), back to its determiner.
  let start = i;
  while (start > 0 && i - start < 2 && !STOPWORDS.has(toks[start - 1]!.toLowerCase())) start--;
  return toks.slice(start, i + 1).join(' ');
}

/** Most words of the thing a label is given to ("the proposed cuts"). */
const LABELLED_NP_WORDS = 3;
const LABELLED_DETERMINERS = new Set(['the', 'its', 'his', 'her', 'their', 'these', 'those', 'our', 'my']);

/** The capitalised words that end a text ("Chief executive Hanna Strood" → "Hanna Strood"), or null. */
function trailingName(text: string): string | null {
  const toks = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  let k = toks.length;
  while (k > 0 && toks.length - k < 3 && /^\p{Lu}/u.test(toks[k - 1]!)) k--;
  return k < toks.length ? toks.slice(k).join(' ') : null;
}

/** Index space of the further sentence runs of split quotes (never looked up by statements). */
const RUN_INDEX = 1_000_000;

export function quoteUnits(report: Report, quotes: FoundQuote[], sentences: SentenceSpan[], actors: ActorIndex): QuoteUnit[] {
  const units: QuoteUnit[] = [];
  const runs = quotes.flatMap((q, index) => sentenceRuns(report.text, q).map((r, k) => ({ r, index: k * RUN_INDEX + index })));
  // Quotes long enough to align on their own words (short ones lean on their sentence).
  const standalone = runs.map((x) => x.r).filter((q) => new Set(quoteWords(q.text)).size >= PARTIAL_QUOTE_WORDS);
  runs.forEach(({ r: found, index }) => {
    if (!(found.start >= 0 && found.end <= report.text.length && found.end > found.start)) return;
    // The variant's text is always the cited characters, whatever the analyzer normalised.
    const quote = { ...found, text: report.text.slice(found.start, found.end) };
    const sentence = sentences.find((s) => s.start <= found.start && found.start < s.end);
    const context = sentence ? quoteWords(withoutOtherQuotes(report.text, sentence.start, Math.max(sentence.end, found.end), found, standalone)) : [];
    const speakerKey = actors.keyOf(quote.speakerName);
    const name = actors.nameOf(quote.speakerName) ?? '';
    const named = speakerKey !== null && isProperName(name);
    const person = actors.kindOf(quote.speakerName) === 'person';
    const cueWord = found.cue ? report.text.slice(found.cue.start, found.cue.end).toLowerCase().split(/\s+/)[0] ?? '' : '';
    const cueAct = CUE_VERBS.get(cueWord)?.act ?? null;
    const wordsOf = (t: string): { words: string[]; negated: boolean; wording: string } => ({ words: quoteWords(t), negated: negatedWording(t), wording: ` ${normalizeWording(t)} ` });
    const at = sentence?.start ?? -1;
    const sentenceIndex = sentence ? sentences.indexOf(sentence) : -1;
    const spokesperson = found.direct && sentence ? spokespersonIn(report.text.slice(sentence.start, Math.max(sentence.end, found.end))) : null;
    // Reported speech may run on into the reporter's narration ("… was over as she outlined the
    // cuts"): that tail is not compared.
    const inRelative = sentence !== undefined && RELATIVE_OPENING.test(report.text.slice(sentence.start, found.start));
    const told = inRelative ? quote.text.replace(RELATIVE_TAIL, '') : quote.text;
    const said = found.direct ? quote.text : withoutAddressee(told.replace(NARRATION_TAIL, ''), cueAct);
    const own = wordsOf(said);
    const head = found.direct ? null : headWords(said, own.words);
    units.push({ report, index, quote, speakerKey, named, person, cueAct, ...own, head, context, sentence: at, sentenceIndex, spokesperson });
    if (found.direct) return;
    // Reported speech that quotes a few words ("he promised “respect and fairness”"): the quoted
    // words are a partial quote of the same utterance and align on their own.
    let k = 0;
    for (const m of quote.text.matchAll(INNER_QUOTE)) {
      const start = found.start + m.index;
      const end = start + m[0].length;
      const inner = wordsOf(m[0]);
      if (inner.words.length === 0 || (start === found.start && end === found.end)) continue;
      k++;
      const q = { ...found, start, end, text: m[0], direct: true };
      delete q.parts;
      const other = embeddedSpeaker(report.text.slice(found.start, start));
      if (other !== null) {
        // Someone else's words: credited to them when they are a known actor, else to nobody.
        const key = actors.keyOf(other);
        const otherName = actors.nameOf(other) ?? '';
        const otherNamed = key !== null && isProperName(otherName);
        q.speakerName = other;
        units.push({ report, index: -(index * INNER_PER_QUOTE + k), quote: q, speakerKey: key, named: otherNamed, person: actors.kindOf(other) === 'person', cueAct: null, ...inner, head: null, context, sentence: at, sentenceIndex, spokesperson: null, embedded: true });
        continue;
      }
      units.push({ report, index: -(index * INNER_PER_QUOTE + k), quote: q, speakerKey, named, person, cueAct, ...inner, head: null, context, sentence: at, sentenceIndex, spokesperson });
    }
  });
  return units;
}
