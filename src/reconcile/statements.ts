import type { Act, Dispute, FoundStatement, Report, SentenceSpan, Statement } from '../model/types.js';
import { evidence, hashId } from '../model/evidence.js';
import { isProperName, type ActorIndex } from './actors.js';
import { CONTENT_MARKERS } from '../analyze/data/acts.js';
import { NO_SUCH } from '../analyze/statements.js';
import { AGENT_AFTER, AUXILIARIES, FIGURE_CHALLENGE, NEGATORS, NO_PART, PERSON_UNITS, RESPONSIBILITY, STOPWORDS } from './data/lexicon.js';
import { conflictingFigures, figures, mayHaveFigure, measuresIn, type Figure } from './numbers.js';
import { clauseNegated, contradictingTerms, DIRECTIONS, leadingSubject, opposedTerms, TERM_WINDOW, termContext } from './contradictions.js';
import { candidatePairs, collapseIdentical, completeLinkClusters, containment, contentWords, idfWeights, isNegated, joinPhrases, keySet, matchKey, negatesPredicate, negationWords, NON_NEGATING, normalizeWording, overlap, weightedContainment, words } from './text.js';
import { ACCOUNT_NOUNS, CHARGE_NOUNS, nounPattern } from '../analyze/data/claim-nouns.js';

/** Containment from which two attributed statements of one actor and act count as one. */
export const STATEMENT_ALIGN_THRESHOLD = 0.5;
/** Outlet-voice statements (no actor) need more overlap: nothing else ties them. */
export const OUTLET_ALIGN_THRESHOLD = 0.75;
export const STATEMENT_MIN_WORDS = 2;
/** Words besides the contradicting pair two statements must share to be about the same thing. */
export const CONTRADICTION_CONTEXT = 1;
/** Words of a statement's subject that count as standing near a contradicting term. */
export const SUBJECT_CONTEXT_WORDS = 2;
/** Words besides the counted thing two statements must share for their figures to conflict. */
export const FIGURE_CONTEXT = 1;
/** Containment (and matched words) from which a denial is about a claim. */
export const DISPUTE_THRESHOLD = 0.5;
export const DISPUTE_MIN_MATCHES = 2;
/** How many sentences back a bare denial ("Ukraine rejected the allegations") looks for what it denies. */
export const ANAPHOR_SENTENCES = 3;
/** A statement longer than this is not chosen as the representative text when a shorter one exists. */
const MAX_REPRESENTATIVE_CHARS = 320;

/** Words that only say *that* something is denied; a denial made only of these refers back. */
const DENIAL_FRAME = new Set(
  'claims claim allegations allegation accusations accusation charge charges reproach reproaches suggestion suggestions rumours rumors story reports report denied denies deny rejected rejects reject dismissed dismisses dismiss disputed disputes dispute refuted refutes called calls something anything fabrication manipulation political false untrue baseless nonsense lie lies truth categorically flatly firmly strongly absurd ridiculous fantasy fiction scaremongering defamatory foundation merit invented version account findings article invention pure malicious gossip smear hatchet witch hunt basis fact doctored'.split(
    ' ',
  ),
);

/** The analyzer's marker of a denial's content ("propaganda", "baseless", "fake"). */
const DENIAL_MARKER = CONTENT_MARKERS.find(([act]) => act === 'denial')![1];

/**
 * A word that only says *that* something is denied: one of the frame, or a word that alone makes
 * the analyzer read a denial ("dismissed the claims as propaganda": what is denied is the rest).
 */
function frameWord(w: string): boolean {
  return DENIAL_FRAME.has(w) || DENIAL_MARKER.test(w);
}

/** What one rejects without disputing a fact: "rejected the offer", "turned down the proposal". */
const PROPOSAL = /\b(?:offer(?:s|ed)?|propos(?:als?|ed)|plans?|requests?|calls?|demands?|invitations?|ultimatums?|deals?|terms|appeals?)\b/i;

/** Words at the start of a denial's content in which a proposal noun makes it the rejected object ("the city council's pay offer"). */
const PROPOSAL_OBJECT_WORDS = 5;

/** Verbs that turn something down rather than deny it. */
const TURN_DOWN = /^(?:reject|turn|refus|declin|dismiss)/;

/** The denial turns down an offer or a plan: "rejected the offer of …", "turned down the proposal". */
function rejectsProposal(d: StatementUnit): boolean {
  const cue = d.st.cue ? d.report.text.slice(d.st.cue.start, d.st.cue.end).toLowerCase() : '';
  return TURN_DOWN.test(cue) && PROPOSAL.test(d.st.text.split(/\s+/).slice(0, PROPOSAL_OBJECT_WORDS).join(' '));
}

/** Acts that a denial can dispute. */
const DISPUTABLE: ReadonlySet<Act> = new Set<Act>(['claim', 'accusation', 'assessment']);

const COMPATIBLE: Record<Act, Act[]> = {
  claim: ['claim', 'assessment'],
  assessment: ['assessment', 'claim'],
  denial: ['denial'],
  demand: ['demand', 'appeal'],
  appeal: ['appeal', 'demand'],
  promise: ['promise'],
  accusation: ['accusation'],
  threat: ['threat'],
  other: ['other'],
};

export interface StatementUnit {
  report: Report;
  index: number;
  st: FoundStatement;
  actorKey: string | null;
  /** the story-level actor's canonical name */
  actorName: string | null;
  words: string[];
  sentence: number;
  quoteId: string | null;
}

export interface AlignedStatements {
  statements: Statement[];
  disputes: Dispute[];
  groups: StatementUnit[][];
}

export function statementUnits(
  report: Report,
  found: FoundStatement[],
  sentences: SentenceSpan[],
  actors: ActorIndex,
  quoteOf: Map<string, string>,
): StatementUnit[] {
  const units: StatementUnit[] = [];
  found.forEach((st, index) => {
    if (!(st.start >= 0 && st.end <= report.text.length && st.end > st.start)) return;
    const text = report.text.slice(st.start, st.end);
    const sentence = sentences.findIndex((s) => s.start <= st.start && st.start < s.end);
    units.push({
      report,
      index,
      st: { ...st, text },
      actorKey: actors.keyOf(st.actorName),
      actorName: actors.nameOf(st.actorName),
      words: contentWords(text),
      sentence,
      quoteId: st.quote !== null ? (quoteOf.get(`${report.id}#${st.quote}`) ?? null) : null,
    });
  });
  return units;
}

/** Weighted containment every pair in one statement must reach (no chains of loose links). */
export const STATEMENT_LINK_FLOOR = 0.3;

/** How alike two statement units are, 0..1. */
function alignScore(a: StatementUnit, b: StatementUnit, weight: (w: string) => number): number {
  // One report may make the same statement twice (a summary, then the quote): no cannot-link here.
  if (!COMPATIBLE[a.st.act].includes(b.st.act) || a.actorKey !== b.actorKey) return 0;
  if (a.quoteId !== null && a.quoteId === b.quoteId) return 1;
  const small = Math.min(new Set(a.words).size, new Set(b.words).size);
  if (small < STATEMENT_MIN_WORDS) return 0;
  return weightedContainment(a.words, b.words, weight, true);
}

/** Aligns statements across reports, then links denials to what they deny. */
export function alignStatements(units: StatementUnit[], actors: ActorIndex): AlignedStatements {
  const weight = idfWeights(units.map((u) => u.words));
  // Identical wordings by one actor with one act are scored once.
  const { reps, members } = collapseIdentical(units, (u) => `${u.actorKey ?? ''}\u0000${u.st.act}\u0000${normalizeWording(u.st.text)}`);
  const score = (x: number, y: number): number => alignScore(units[reps[x]!]!, units[reps[y]!]!, weight);
  const threshold = Math.min(STATEMENT_ALIGN_THRESHOLD, OUTLET_ALIGN_THRESHOLD);
  const pairs = candidatePairs(
    reps.map((r) => units[r]!.words),
    (x, y) => {
      const sc = score(x, y);
      const a = units[reps[x]!]!;
      return sc >= (a.actorKey === null ? OUTLET_ALIGN_THRESHOLD : STATEMENT_ALIGN_THRESHOLD) ? sc : 0;
    },
    threshold,
  );
  const groups = completeLinkClusters(reps.length, pairs, score, STATEMENT_LINK_FLOOR)
    .map((g) => g.flatMap((x) => members.get(reps[x]!)!).map((i) => units[i]!))
    .sort((a, b) => b.length - a.length || a[0]!.report.id.localeCompare(b[0]!.report.id) || a[0]!.st.start - b[0]!.st.start);
  const statements = groups.map((g) => makeStatement(g, actors));
  const groupOf = new Map<StatementUnit, number>();
  groups.forEach((g, gi) => g.forEach((u) => groupOf.set(u, gi)));

  const links = new Map<string, { a: number; b: number; reason: string }>();
  const link = (d: number, s: number, reason: string): void => {
    if (d === s) return;
    const key = `${Math.min(d, s)}:${Math.max(d, s)}`;
    if (!links.has(key)) links.set(key, { a: d, b: s, reason });
  };
  const isDenial = (u: StatementUnit): boolean => u.st.act === 'denial';
  const specific = specificWords(units);
  // Computed once: what denials can dispute, and every other actor's statements.
  const isTarget = (s: StatementUnit): boolean => !isDenial(s) && DISPUTABLE.has(s.st.act);
  const isAttributed = (s: StatementUnit): boolean => !isDenial(s) && s.actorKey !== null;
  const disputable = units.filter(isTarget);
  const byReport = new Map<string, StatementUnit[]>();
  for (const u of units) {
    const list = byReport.get(u.report.id);
    if (list) list.push(u);
    else byReport.set(u.report.id, [u]);
  }
  // Identical wordings of one actor and act are one group: comparing by content, one of them is
  // enough (syndicated stories repeat every statement), and one denial wording is compared once.
  const repUnits = new Set(reps.map((r) => units[r]!));
  const disputableReps = disputable.filter((s) => repUnits.has(s));
  const compared = new Map<string, StatementUnit[]>();
  const textWords = new Map<StatementUnit, Set<string>>();
  const wordsOf = (u: StatementUnit): Set<string> => {
    let ws = textWords.get(u);
    if (!ws) textWords.set(u, (ws = new Set(words(u.st.text))));
    return ws;
  };
  for (const d of units.filter(isDenial)) {
    const dg = groupOf.get(d)!;
    const entities = entityWords(d.st.text);
    // Mid-sentence, a capital opening the denial is a name too ("denied Dovenian claims that …").
    const opening = /^\s*(\p{Lu}[\p{L}’'-]*)/u.exec(d.st.text)?.[1];
    if (opening && /[\p{Ll},]\s*$/u.test(d.report.text.slice(Math.max(0, d.st.start - 3), d.st.start))) entities.add(opening.toLowerCase().replace(/[’']s$/, ''));
    const denierWords = speakerWords(d);
    // "called the allegation “an outright lie from a man we dismissed”", "denied the report at a
    // news conference": the verdict and the circumstances are not what is denied.
    const object = deniedObjectOf(d);
    // "Merriman's claim of ballot-stuffing": a compound named as the object says its words apart.
    const objectWords = object === null ? d.words : contentWords(object.replace(/(\p{L})-(?=\p{L})/gu, '$1 '));
    const own = objectWords.filter((w) => !frameWord(w) && !entities.has(w) && !denierWords.has(w));
    // "rejected the offer of a pay rise": turning down a proposal disputes no fact ("denied that a
    // deal was reached" does).
    if (rejectsProposal(d)) continue;
    const targets = disputableReps.filter((s) => !(s.actorKey !== null && s.actorKey === d.actorKey));
    const key = `${dg}\u0000${normalizeWording(d.st.text)}`;
    let byContent = compared.get(key);
    if (byContent === undefined) {
      byContent = contentTargets(d, own, objectWords, entities, targets, specific, wordsOf);
      compared.set(key, byContent);
    } else if (own.length > 1) continue;
    // "X denied any involvement", "we had nothing to do with it": what others say X did.
    if (aboutOwnPart(d, own) && byContent.length > 0) {
      for (const s of byContent) link(dg, groupOf.get(s)!, 'denies a part others give the denier');
      continue;
    }
    // "described the piracy charge as absurd": a denial that names an accusation by one word
    // disputes the accusations of others that use it; "dismissed the claims of an encirclement",
    // naming a claim by its one word, the claims too (not those that negate the word).
    // "the newspaper's article": a word in the possessive says whose account it is, not what it is about.
    const possessor = POSSESSIVE_ACCOUNT.exec(d.st.text)?.[1]?.toLowerCase().replace(/['’]s$/, '');
    const namedKey = own.length === 1 && own[0] !== possessor && specific.has(matchKey(own[0]!)) ? matchKey(own[0]!) : null;
    const namesClaim = CLAIM_OF.test(d.st.text) || (namedKey !== null && claimNamedBy(d.st.text, own[0]!));
    const namedKeys = new Set(namedKey === null ? [] : [namedKey]);
    const named = namedKey === null ? [] : targets.filter((s) => (s.st.act === 'accusation' || namesClaim) && keySet(s.words).has(namedKey) && !negatesOneOf(s, namedKeys));
    if (named.length > 0) {
      for (const s of named) link(dg, groupOf.get(s)!, s.st.act === 'accusation' ? 'denies the accusation it names' : 'denies the claim it names');
      continue;
    }
    // "called the wardens' account “pure invention”", "dismissed the Varn statement": a
    // denial that names whose account it is disputes the account that source gives first in this
    // report, else in the story; never a statement of someone else.
    const namedOwner = byContent.length === 0 ? accountOwner(d.st.text) : null;
    // (an account the sentence frames the answer to is the whole of what its source said)
    const framed = byContent.length === 0 && namedOwner === null ? framedOwner(d) : null;
    const owner = namedOwner ?? framed;
    if (owner !== null) {
      const byOwner = (list: StatementUnit[]): StatementUnit[] =>
        list
          .filter((s) => isTarget(s) && s.actorKey !== d.actorKey && s.actorName !== null && keySet(words(s.actorName)).has(owner))
          .sort((a, b) => a.report.id.localeCompare(b.report.id) || a.st.start - b.st.start);
      // "the wardens' account" is that of "three wardens", before "one warden" who adds to it.
      const word = ownerWord(d.st.text)?.toLowerCase() ?? '';
      const sameWord = (list: StatementUnit[]): StatementUnit[] => (list.some((s) => words(s.actorName!).includes(word)) ? list.filter((s) => words(s.actorName!).includes(word)) : list);
      const local = sameWord(byOwner(byReport.get(d.report.id) ?? []));
      const account = ownersAccount(d, local.length > 0 ? local : sameWord(byOwner(disputableReps)), byReport.get(d.report.id) ?? [], framed !== null && local.length > 0);
      // A source named and not found: the account is not among the statements, so no guess.
      for (const s of account) link(dg, groupOf.get(s)!, 'denies the account of the source it names');
      continue;
    }
    // "Monti said that was a lie: …": a denial that refers back, and whose words match nothing
    // said elsewhere, is about what comes before it, like a bare one.
    if (own.length <= 1 || (byContent.length === 0 && refersBack(d))) {
      // A bare denial ("…, something Kyiv denies"; "Ukraine rejected the allegations") is about
      // what comes just before it: earlier in its sentence, else the closest claim before it.
      const local = byReport.get(d.report.id) ?? [];
      const localTargets = local.filter((s) => isTarget(s) && !(s.actorKey !== null && s.actorKey === d.actorKey));
      const inSentence = localTargets
        .filter((s) => s.sentence >= 0 && s.sentence === d.sentence && s.st.start < d.st.start)
        .sort((a, b) => b.st.start - a.st.start)[0];
      if (inSentence) {
        // "offered a pay rise, which the union rejected": turning down an offer disputes no fact.
        if (!PROPOSAL.test(inSentence.st.text)) link(dg, groupOf.get(inSentence)!, 'denied in the same sentence');
        continue;
      }
      // "Residents said the pumps had failed. The water board rejected that account.": a
      // demonstrative points at what the sentence just before says, its main statement, whether
      // that one asserts or negates; a denier's own words there, or a proposal, are nothing to deny.
      if (pointsBack(d)) {
        // "The insider said A. Venn hit back furiously. “That is a lie,” he said": the outlet's
        // sentence that only narrates the denier's answer is passed over for the one before it.
        const denierName = nameWords(d.actorName);
        const narratesDenier = (s: StatementUnit): boolean => s.actorKey === null && denierName.length > 0 && opensWithName(s.st.text, denierName);
        const inSentence = (k: number): StatementUnit[] =>
          local.filter((s) => s.sentence >= 0 && s.sentence === d.sentence - k && s.st.act !== 'denial').sort((a, b) => a.st.start - b.st.start);
        const previous = inSentence(1);
        const main = (previous.length > 0 && previous.every(narratesDenier) ? inSentence(2) : previous)[0];
        if (main && isTarget(main) && !(main.actorKey !== null && main.actorKey === d.actorKey) && !PROPOSAL.test(main.st.text)) {
          link(dg, groupOf.get(main)!, 'denies what the sentence before says');
        }
        continue;
      }
      // "described the reports as a smear" after "days after reports that a contract went to …":
      // a denial naming the kind of account it rejects is about the proposition an earlier
      // sentence introduces with that noun, whoever the sentence credits with it.
      const named = introducedAccount(d, local);
      if (named) {
        link(dg, groupOf.get(named)!, 'denies the account it names');
        continue;
      }
      // "rejected the accusation", "denied the charges": what is denied is an accusation, the
      // latest one another actor made in this report.
      if (ACCUSATION_NOUN.test(d.st.text)) {
        let accused = localTargets
          .filter((s) => s.st.act === 'accusation' && s.sentence >= 0 && s.sentence < d.sentence && d.sentence - s.sentence <= ANAPHOR_SENTENCES)
          .sort((a, b) => b.sentence - a.sentence || a.st.start - b.st.start)[0];
        // "blamed the rebels, saying their guns had fired": an accusation that only names the
        // accused is stated by what its speaker says next in the sentence.
        const names = accused ? entityWords(accused.st.text) : null;
        if (accused && names && accused.words.every((w) => names.has(w) || STOPWORDS.has(w))) {
          const first = accused;
          accused =
            localTargets.filter((s) => s.sentence === first.sentence && s.actorKey === first.actorKey && s.st.start > first.st.start).sort((a, b) => a.st.start - b.st.start)[0] ??
            accused;
        }
        if (accused) {
          link(dg, groupOf.get(accused)!, 'denies the accusation made before it');
          continue;
        }
        // Failing one in this report, the accusations other reports aim at the denier ("The
        // federation accused Pia Lund of …" / "Pia Lund rejected the accusations").
        const against = d.actorKey === null ? [] : targets.filter((s) => s.st.act === 'accusation' && s.st.targetName !== null && actors.keyOf(s.st.targetName) === d.actorKey);
        if (against.length > 0) {
          for (const s of against) link(dg, groupOf.get(s)!, 'denies the accusations aimed at the denier');
          continue;
        }
      }
      // "The ministry rejected the claim. 'Our garrison is not encircled,' the ministry said.":
      // what the denier says next tells what the denial is about.
      // "The agency rejected her findings": a possessive names the account of the one just
      // mentioned, whatever the denier goes on to say.
      const next = POSSESSED_ACCOUNT.test(d.st.text) ? [] : local.filter((u) => u !== d && u.sentence > d.sentence && u.sentence - d.sentence <= 1 && speaksFor(u, d));
      // The denier's spokesperson says what the denier says: the denial does not dispute that.
      const spokesmen = new Set(next.map((u) => u.actorKey));
      const said = next.flatMap((u) => u.words.filter((w) => !frameWord(w)));
      const saidNegated = negatedKeys(next);
      // A negation the denier goes on to make agrees with another negation ("I never took it" /
      // "I have never taken a banned product"), whoever is credited with it.
      const saysNegation = next.some((u) => mainClauseNegated(u.st.text));
      const contradicted =
        said.length >= DISPUTE_MIN_MATCHES
          ? targets.filter(
              (s) => !spokesmen.has(s.actorKey) && sameProposition(said, s.words, specific) && !negatesOneOf(s, saidNegated) && !(saysNegation && mainClauseNegated(s.st.text)),
            )
          : [];
      if (contradicted.length) {
        for (const s of contradicted) link(dg, groupOf.get(s)!, 'denies what the denier goes on to contradict');
        continue;
      }
      if (said.length >= DISPUTE_MIN_MATCHES) {
        // The denier's next words name the subject: the earlier claim of this report sharing most of them.
        const best = localTargets
          .filter((s) => s.sentence >= 0 && s.sentence < d.sentence && !spokesmen.has(s.actorKey))
          .map((s) => ({ s, n: overlap(said, s.words) }))
          .filter((x) => x.n > 0)
          .sort((a, b) => b.n - a.n || b.s.sentence - a.s.sentence)[0];
        if (best) {
          link(dg, groupOf.get(best.s)!, 'denies the earlier claim its next words contradict');
          continue;
        }
      }
      // Failing a claim, any statement of another actor just before it (an appeal that asserts
      // "the troops surrounded in the province" is what "the allegations" can refer to).
      const near = (s: StatementUnit): boolean => s.sentence >= 0 && d.sentence - s.sentence > 0 && d.sentence - s.sentence <= ANAPHOR_SENTENCES;
      // The latest sentence, and in it the main statement (the first): "X said A, adding B" —
      // "that did not happen" denies A.
      const latest = (list: StatementUnit[]): StatementUnit | undefined =>
        list.filter(near).sort((a, b) => b.sentence - a.sentence || a.st.start - b.st.start)[0];
      // Rejecting an offer or a demand is not disputing a fact; a negated claim is itself a denial.
      // ("no such plan existed" denies that there was one).
      if (PROPOSAL.test(d.st.text) && !NO_SUCH.test(d.st.text)) continue;
      const others = local.filter((s) => isAttributed(s) && s.actorKey !== d.actorKey);
      // "denied any wrongdoing" is about what the denier is said to have done: an accusation, or
      // a statement naming the denier as the doer, not any claim before it.
      const denier = nameWords(d.actorName);
      const aboutDenier = (s: StatementUnit): boolean => s.st.act === 'accusation' || (denier.length > 0 && namesAgent(s.st.text, denier));
      const ownPart = aboutOwnPart(d, own);
      // "signed off checks that he never carried out" asserts the signing: a negation inside a
      // relative clause leaves the statement affirmative.
      const affirmative = (s: StatementUnit): boolean => !negates(s) || !mainClauseNegated(s.st.text);
      // "denied any wrongdoing" may reach past other statements to what the denier is said to
      // have done; any other bare denial is about the closest statement before it, and when that
      // one asserts nothing to deny (a negation) an older one is a guess, not a reading.
      // "Vance laughed off the claim": a claim, a charge, an allegation is something someone
      // made, not the outlet's own narration of events.
      // …and it asserts something: "denied the claims" after "X said A. He went on to appeal to
      // Y to spare them" rejects A, not the appeal.
      const someonesClaim = MADE_CLAIM.test(d.st.text);
      const candidates = (list: StatementUnit[]): StatementUnit[] => (someonesClaim ? list.filter((s) => s.actorKey !== null && !PROPOSING_ACTS.has(s.st.act)) : list);
      const lastSentence = latest(candidates([...localTargets, ...others]))?.sentence;
      // "Arlow denies the charge": what a denial of an accusation rejects names the accused (or
      // the side the denier speaks for, "Kurdan forces" for a Kurdan spokesman).
      const accusedWords = ACCUSATION_NOUN.test(d.st.text) ? entityWords(`${d.actorName ?? ''} ${sentenceUpTo(d)}`) : null;
      const namesAccused = (s: StatementUnit): boolean => accusedWords === null || [...entityWords(s.st.text)].some((w) => accusedWords.has(w));
      const closest = (list: StatementUnit[]): StatementUnit | undefined => {
        if (ownPart) return latest(list.filter((s) => affirmative(s) && aboutDenier(s)));
        const last = latest(list.filter((s) => s.sentence === lastSentence));
        return last && affirmative(last) && namesAccused(last) ? last : undefined;
      };
      const before = closest(candidates(localTargets)) ?? closest(candidates(others));
      if (before) {
        link(dg, groupOf.get(before)!, 'denies the preceding claim');
        continue;
      }
      // "Varosh said it had nothing to do with the strike", in a report that does not repeat the
      // charge: what it rejects are the accusations other reports aim at it.
      if (ownPart && d.actorKey !== null) {
        for (const s of targets) {
          if (s.st.act === 'accusation' && s.st.targetName !== null && actors.keyOf(s.st.targetName) === d.actorKey) link(dg, groupOf.get(s)!, 'denies the accusations aimed at the denier');
        }
      }
      continue;
    }
    // "Our garrison is not encircled", one wording of the denial, agrees with "its troops are not cut off".
    const agreeing = negatedKeys(groups[dg]!);
    // "he did not see the play" / "it was a play nobody came to see": a denial made by a negation
    // agrees with another negation (unless it calls a negation false: "the assertion that no …").
    const ownNegation = !deniesReportedNegation(d.st.text) && negativeClause(d.st.text);
    for (const s of byContent) if (!negatesOneOf(s, agreeing) && !(ownNegation && negativeClause(s.st.text))) link(dg, groupOf.get(s)!, 'denies the same proposition');
  }
  // Contradicting claims: the same proposition asserted by one side and negated by another.
  // One claim per actor and wording is enough to compare (syndicated copies repeat them).
  const claimUnits = units.filter((u) => u.st.act === 'claim' && u.actorKey !== null);
  const claimReps = collapseIdentical(claimUnits, (u) => `${u.actorKey}\u0000${normalizeWording(u.st.text)}`);
  const claims = claimReps.reps.map((i) => {
    const u = claimUnits[i]!;
    // "caused by the computer crashing, not by a power cut" negates only what follows "not".
    const denied = contrastedPart(u.st.text);
    return { i, u, neg: isNegated(u.st.text), keys: keySet(u.words), denied: denied === null ? null : keySet(contentWords(denied)) };
  });
  for (let x = 0; x < claims.length; x++) {
    for (let y = x + 1; y < claims.length; y++) {
      const a = claims[x]!;
      const b = claims[y]!;
      if (a.u.actorKey === b.u.actorKey || a.neg === b.neg) continue;
      let shared = 0;
      for (const k of a.keys) if (b.keys.has(k)) shared++;
      if (shared < DISPUTE_MIN_MATCHES + 1 || !sameProposition(a.u.words, b.u.words, specific, DISPUTE_MIN_MATCHES + 1)) continue;
      if (!sameSubject(a.u.words, b.u.words)) continue;
      // What the other asserts must be what the contrast denies, not what it asserts.
      const n = a.neg ? a : b;
      const other = n === a ? b : a;
      if (n.denied && ![...n.denied].some((k) => other.keys.has(k))) continue;
      // …and what it negates must be said by the other: a negator bears on what follows it, so
      // "We were selling seven in ten. You don't cancel a hit" negates cancelling, not the selling
      // another wording of it asserts.
      if (!negatedScope(n.u.st.text).some((k) => other.keys.has(k))) continue;
      // "No drone was seen over the town" says nobody saw one: it disputes a sighting ("the
      // drone was tracked from the border"), not the event ("a drone struck the depot").
      if (deniesOnlyEvidence(n.u.st.text, other.u.st.text)) continue;
      // "the tables had been stripped bare" agrees with "the tables had no water left".
      if (speaksOfAbsence(other.u.st.text)) continue;
      for (const i of claimReps.members.get(a.i)!) {
        for (const j of claimReps.members.get(b.i)!) link(groupOf.get(claimUnits[i]!)!, groupOf.get(claimUnits[j]!)!, 'one side negates what the other asserts');
      }
    }
  }
  // A negated predicate against the same predicate asserted by another side: "we have not hired
  // a single replacement worker" / "the authority has hired agency workers"; "our gunners never
  // aimed at a hospital" / "the army aimed at the hospital".
  // The outlet's own negation counts too ("Not a single ship has been unloaded" against the
  // authority's "ships are being unloaded as usual"), but only against an attributed assertion.
  const sayers = units.filter((u) => NEGATED_PREDICATE_ACTS.has(u.st.act));
  // What may be asserted against a negation: claims, assessments and accusations, attributed or the outlet's.
  const assertiveOthers = units.filter((u) => u.st.act === 'claim' || u.st.act === 'assessment' || u.st.act === 'accusation');
  const sayerReps = collapseIdentical(sayers, (u) => `${u.actorKey ?? ''}\u0000${normalizeWording(u.st.text)}`);
  const heads = sayerReps.reps.map((i) => ({ u: sayers[i]!, members: sayerReps.members.get(i)!, head: negatedHead(sayers[i]!.st.text) }));
  for (const n of heads) {
    if (n.head === null || !specific.has(matchKey(n.head))) continue;
    // The speaker denies its own act ("we have not hired", "he had never accepted"), or both
    // speak of one subject: "the satellite did not reach orbit" is not "the rocket reached orbit".
    const self = speaksOfSelf(n.u.st.text);
    const hk = matchKey(n.head);
    // "a camera in a bag is not a camera in a boot": the negated word also stands before the
    // negator, so the statement sets two descriptions of one thing apart rather than denying it.
    if (contrastsItself(n.u.st.text, hk)) continue;
    // Quoted words whose speaker the report leaves unnamed ("…,” she said") are no side of their own.
    if (n.u.actorKey === null && n.u.st.quote !== null) continue;
    for (const a of heads) {
      if (a === n || a.u.actorKey === null || a.u.actorKey === n.u.actorKey || a.u.st.act === 'denial' || a.u.st.negated || isNegated(a.u.st.text)) continue;
      if (!keySet(a.u.words).has(hk) || overlap(n.u.words, a.u.words) < DISPUTE_MIN_MATCHES || !apart(n.u, a.u)) continue;
      // "the water tables had been stripped bare" says the water was gone: it agrees with "no water left".
      if (speaksOfAbsence(a.u.st.text) && !ABSENCE.test(n.head)) continue;
      if (deniesOnlyEvidence(n.u.st.text, a.u.st.text)) continue;
      // "unconnected with any bus lane": a word under "any" is not asserted, whatever negates it.
      if (underAny(a.u.st.text, hk)) continue;
      if (!self && !sameSubject(n.u.words.filter((w) => !NEGATION_FILLER.has(w)), a.u.words, SUBJECT_WORDS)) continue;
      for (const i of n.members) for (const j of a.members) link(groupOf.get(sayers[i]!)!, groupOf.get(sayers[j]!)!, `negates what the other asserts: ${n.head}`);
    }
  }
  // A negated statement against another side's assertion about the same subject, in other
  // words: "rubber bullets were not used" / "police fired tear gas and rubber bullets"; "no
  // patient data was taken" / "it stole 400 gigabytes of patient records".
  for (const n of heads) {
    // Denials are linked to what they deny above ("the assertion that no shots were fired was a
    // lie" negates nothing of its own).
    if (n.u.actorKey === null || n.u.st.act === 'denial') continue;
    const subject = negatedSubject(n.u.st.text);
    if (subject === null || subject.length < SUBJECT_MATCHES) continue;
    for (const a of assertiveOthers) {
      if (a.actorKey === n.u.actorKey || a.st.negated || isNegated(a.st.text) || !apart(n.u, a)) continue;
      const ka = keySet(a.words);
      if (!subject.every((k) => ka.has(k))) continue;
      for (const i of n.members) link(groupOf.get(sayers[i]!)!, groupOf.get(a)!, 'negates what the other asserts of the same subject');
    }
  }
  // Contradicting terms: "the bridge is safe" vs "the bridge was unsafe", from different sources.
  const assertive = units.filter((u) => u.st.act !== 'denial');
  // "found no structural damage" agrees with "cosmetic": a negated antonym is no contradiction,
  // so terms in a negated clause are left out (a negation elsewhere in the statement, "and that
  // nothing had been hidden", does not negate "briefed").
  const affirmative = assertive;
  const assertReps = collapseIdentical(affirmative, (u) => normalizeWording(u.st.text));
  const repKeys = assertReps.reps.map((i) => keySet(affirmative[i]!.words));
  for (let x = 0; x < assertReps.reps.length; x++) {
    for (let y = x + 1; y < assertReps.reps.length; y++) {
      const a = affirmative[assertReps.reps[x]!]!;
      const b = affirmative[assertReps.reps[y]!]!;
      if (a.actorKey !== null && a.actorKey === b.actorKey) continue;
      if (!apart(a, b)) continue;
      const ka = repKeys[x]!;
      const kb = repKeys[y]!;
      // the pair must share a word besides the opposed terms (below): without any shared word,
      // the costly search for opposed terms is skipped
      if (![...ka].some((k) => kb.has(k))) continue;
      const terms = opposedTerms(a.st.text, b.st.text);
      if (!terms) continue;
      const termKeys = new Set(terms.map((t) => matchKey(t)));
      let shared = 0;
      for (const k of ka) if (kb.has(k) && !termKeys.has(k)) shared++;
      if (shared < CONTRADICTION_CONTEXT) continue;
      // The pair must be said of the same thing: a word near the term in one stands near it in
      // the other ("cases rose" / "coverage fell" are about different things).
      // … or in the subject of either, when the term stands far from it ("Negotiations between A
      // and B over night shifts collapsed" / "the negotiations were continuing").
      const isContext = (w: string): boolean => contentWords(w).length > 0 && !/^\d/.test(w) && !TIME_WORDS.has(w);
      const near = (t: string, term: string): Set<string> =>
        new Set([...termContext(t, term, TERM_WINDOW, matchKey, isContext, DIRECTIONS.has(term)), ...leadingSubject(t, term, SUBJECT_CONTEXT_WORDS, isContext).map(matchKey)]);
      const na = near(a.st.text, terms[0]);
      const nb = near(b.st.text, terms[1]);
      if (![...na].some((k) => nb.has(k) && !termKeys.has(k))) continue;
      for (const i of assertReps.members.get(assertReps.reps[x]!)!) {
        for (const j of assertReps.members.get(assertReps.reps[y]!)!) {
          if (!apart(affirmative[i]!, affirmative[j]!)) continue;
          link(groupOf.get(affirmative[i]!)!, groupOf.get(affirmative[j]!)!, `contradicting terms: ${terms[0]} vs ${terms[1]}`);
        }
      }
    }
  }
  // Conflicting figures: "At least 30 people were killed" vs "killing 12 people".
  const factual = units.filter((u) => u.st.act !== 'denial' && mayHaveFigure(u.st.text));
  const factReps = collapseIdentical(factual, (u) => normalizeWording(u.st.text));
  for (let x = 0; x < factReps.reps.length; x++) {
    for (let y = x + 1; y < factReps.reps.length; y++) {
      const a = factual[factReps.reps[x]!]!;
      const b = factual[factReps.reps[y]!]!;
      if (!apart(a, b)) continue;
      const conflict = conflictingFigures(a.st.text, b.st.text, FIGURE_CONTEXT);
      if (!conflict) continue;
      for (const i of factReps.members.get(factReps.reps[x]!)!) {
        for (const j of factReps.members.get(factReps.reps[y]!)!) {
          if (!apart(factual[i]!, factual[j]!)) continue;
          link(groupOf.get(factual[i]!)!, groupOf.get(factual[j]!)!, `conflicting figures: ${conflict.a.value} vs ${conflict.b.value}`);
        }
      }
    }
  }
  // Challenged figures: "the official figure understated the toll" disputes the figure it means.
  // Rejecting a challenge ("rejected the suggestion that doctors were inflating the toll") is no challenge.
  const challenges = units.filter((u) => u.st.act !== 'denial' && FIGURE_CHALLENGE.test(u.st.text));
  if (challenges.length > 0) {
    const figuresOf = memo((text: string) => figures(text));
    for (const c of challenges) {
      for (const f of challengedFigures(c, factual, figuresOf)) link(groupOf.get(c)!, groupOf.get(f)!, 'says the figure is wrong');
    }
  }
  const disputes: Dispute[] = [];
  for (const { a, b, reason } of links.values()) {
    const sa = statements[a]!;
    const sb = statements[b]!;
    if (!sa.disputes.includes(sb.id)) sa.disputes.push(sb.id);
    if (!sb.disputes.includes(sa.id)) sb.disputes.push(sa.id);
    disputes.push({ id: hashId('d', sa.id, sb.id), statements: [sa.id, sb.id], reason });
  }
  for (const s of statements) {
    s.disputes.sort();
    s.status = s.disputes.length > 0 ? 'disputed' : s.independentSources >= 2 ? 'corroborated' : 'single-source';
  }
  return { statements, disputes, groups };
}

/**
 * The figures a challenge ("accused the union of exaggerating", "the official figure understated
 * the toll") is about: those of the source it names; failing a name, those other reports give
 * for what it speaks of (the toll: deaths) that the challenger's own report does not give.
 */
function challengedFigures(c: StatementUnit, factual: StatementUnit[], figuresOf: (text: string) => Figure[]): StatementUnit[] {
  const said = new Set(contentWords(c.st.text.replace(FIGURE_CHALLENGE, ' ')));
  const others = factual.filter((f) => f.actorKey !== null && f.actorKey !== c.actorKey && figuresOf(f.st.text).length > 0);
  const named = others.filter((f) => words(f.st.actorName ?? '').some((w) => said.has(w)));
  if (named.length > 0) return named;
  // "accused the rebels of inflating the toll": the figure of the accused, and no one else's.
  const accused = c.st.cue && c.st.cue.end <= c.st.start ? c.report.text.slice(c.st.cue.end, c.st.start) : '';
  if (c.st.act === 'accusation' && (c.st.targetName || entityWords(c.st.text).size > 0 || entityWords(` ${accused}`).size > 0)) return [];
  const measures = new Set(measuresIn(c.st.text));
  if (measures.size === 0) return [];
  const own = new Set(figuresOf(c.report.text).map((x) => x.value));
  return others.filter(
    (f) => f.report.syndicationGroup !== c.report.syndicationGroup && figuresOf(f.st.text).some((x) => !own.has(x.value) && x.measures.some((m) => measures.has(m))),
  );
}

/** A function's results kept per argument (figures of a text are asked for repeatedly). */
function memo<T>(f: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) {
      v = f(key);
      cache.set(key, v);
    }
    return v;
  };
}

/**
 * Two statements say something of the same subject: the first content word of one (roughly its
 * subject) stands in the other. "The rocket reached orbit" and "the satellite it carried did not
 * reach its planned orbit" are about different things.
 */
function sameSubject(a: string[], b: string[], lead = 1): boolean {
  const kb = keySet(b);
  const ka = keySet(a);
  return a.slice(0, lead).some((w) => kb.has(matchKey(w))) || b.slice(0, lead).some((w) => ka.has(matchKey(w)));
}

/** Leading content words searched for a negated statement's subject ("not a single ship …"). */
const SUBJECT_WORDS = 1;

/**
 * Two statements come from different sides: different syndication groups, or within one report
 * two named sources ("police said 2,000 took part; organisers said 15,000"). One outlet's own
 * sentences, or one source's, are not set against each other within a report.
 */
function apart(a: StatementUnit, b: StatementUnit): boolean {
  if (a.report.syndicationGroup !== b.report.syndicationGroup) return true;
  return a.actorKey !== null && b.actorKey !== null && a.actorKey !== b.actorKey;
}

/** Two word lists state the same proposition: enough shared words, one of them specific to it. */
function sameProposition(a: string[], b: string[], specific: Set<string>, minMatches = DISPUTE_MIN_MATCHES, names: Set<string> = new Set()): boolean {
  const kb = keySet(b);
  let matched = 0;
  let specificMatch = false;
  for (const k of keySet(a)) {
    if (!kb.has(k)) continue;
    matched++;
    if (specific.has(k) && !names.has(k)) specificMatch = true;
  }
  return matched >= minMatches && specificMatch && containment(a, b, true) >= DISPUTE_THRESHOLD;
}

/**
 * Words that say what a statement is about rather than where: used in fewer than this share of
 * the story's statements ("encircled" is specific; "troops", "Kursk" are not).
 */
export const SPECIFIC_SHARE = 0.3;

/** Match keys used by few of the story's statements. */
function specificWords(units: StatementUnit[]): Set<string> {
  const df = new Map<string, number>();
  for (const u of units) for (const k of keySet(u.words)) df.set(k, (df.get(k) ?? 0) + 1);
  const limit = Math.max(2, units.length * SPECIFIC_SHARE);
  return new Set([...df.entries()].filter(([, n]) => n <= limit).map(([k]) => k));
}

/**
 * What a denial with content disputes, by content. For a denial of the denier's own part ("denied
 * any involvement"), what others say the denier did; otherwise 3. the same proposition anywhere
 * in the story ("our garrison is not encircled"), names counting as shared words ("denied reports
 * that Rovik agreed to join Almera") as long as one shared word is a specific word other than a
 * name, and 4. what others say of the denier on the same subject ("X denied that its equipment
 * caused the fire").
 */
function contentTargets(
  d: StatementUnit,
  own: string[],
  objectWords: string[],
  entities: Set<string>,
  targets: StatementUnit[],
  specific: Set<string>,
  wordsOf: (u: StatementUnit) => Set<string>,
): StatementUnit[] {
  const ofDenier = saidOfDenier(d, own, targets, specific, wordsOf);
  if (aboutOwnPart(d, own) && ofDenier.length > 0) return ofDenier;
  if (own.length <= 1) return [];
  const denier = new Set(nameWords(d.actorName));
  const spoken = speakerWords(d);
  const named = objectWords.filter((w) => !frameWord(w) && !denier.has(w) && !spoken.has(w));
  const nameKeys = keySet([...entities]);
  // What the denial says in a clause of circumstance ("… while boarding the trawler") is not
  // what it denies.
  const main = keySet(contentWords(d.st.text.split(SUBORDINATE)[0] ?? ''));
  const ownMain = own.filter((w) => main.has(matchKey(w)));
  // Calling "the assertion that no shots were fired" a lie disputes those who say none were
  // (a denial that is itself a negation, "there is no threat of encirclement", disputes assertions).
  const deniesNegation = deniesReportedNegation(d.st.text);
  const act = deniedSpeechAct(d.st.text);
  const same = targets.filter(
    (s) =>
      (!deniesNegation || negates(s)) &&
      !negatesOpposite(d.st.text, s.st.text) &&
      (act === null || keySet(s.words).has(act)) &&
      !onlySharedPhrase(own, s.words, words(d.st.text), words(s.st.text)) &&
      // Names help a match, but half of what is denied must be said in words other than names.
      (sameProposition(ownMain, s.words, specific) || (saysHalf(ownMain, s.words) && sameProposition(named, s.words, specific, DISPUTE_MIN_MATCHES, nameKeys))),
  );
  return [...new Set([...same, ...ofDenier])];
}

/**
 * The denial negates the opposite of what the other asserts, and so agrees with it: "there is
 * no risk to people who eat eggs" / "eggs are safe to eat"; "the bridge is not unsafe" / "safe".
 */
function negatesOpposite(denial: string, other: string): boolean {
  const terms = contradictingTerms(denial, other);
  return terms !== null && clauseNegated(denial, terms[0]) && !clauseNegated(other, terms[1]);
}

/** Verbs by which a denial says that something was said or offered, not done. */
const SPEECH_ACT_VERBS = new Set(['promised', 'pledged', 'vowed', 'told', 'threatened', 'offered', 'assured', 'guaranteed', 'ordered', 'instructed']);
/** Words from the start of a denial within which its verb stands ("that she had promised …"). */
const SPEECH_ACT_WORDS = 4;

/**
 * The match key of a speech act a denial says never took place ("denied that she had promised
 * trawlermen the quota would end"): what it disputes is that act, not what the act was about, so the
 * statement it disputes must speak of the act. Null when the denial is about a deed.
 */
function deniedSpeechAct(text: string): string | null {
  const verb = words(text).slice(0, SPEECH_ACT_WORDS).find((w) => SPEECH_ACT_VERBS.has(w));
  return verb ? matchKey(verb) : null;
}

/**
 * Which of a named source's statements (in order) a denial of "their account" rejects: the only
 * one; of several, the one sharing most words with what the denier goes on to say ("called the
 * patrollers' account gossip and said its logbook showed the run closed"); none when the
 * denier's own words do not tell, for the first of several is a guess.
 */
function ownersAccount(d: StatementUnit, candidates: StatementUnit[], local: StatementUnit[], whole: boolean): StatementUnit[] {
  // "…, three wardens told the Gazette": a bare name is no account.
  candidates = candidates.filter((s) => s.words.length >= STATEMENT_MIN_WORDS);
  const distinct = new Set(candidates.map((s) => normalizeWording(s.st.text)));
  if (distinct.size <= 1) return candidates.slice(0, 1);
  const said = local
    .filter((u) => u !== d && d.actorKey !== null && u.actorKey === d.actorKey && u.st.start > d.st.start && u.sentence - d.sentence <= 1)
    .flatMap((u) => u.words.filter((w) => !frameWord(w)));
  const best = candidates
    .map((s) => ({ s, n: overlap(said, s.words) }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n)[0]?.s;
  if (best) return [best];
  // "Asked about Dr Kessie's account, …: “That is simply false”": the answer is to the account
  // as a whole, all that source says in this report before the denial (across the story, or for
  // an account the denial itself names, it would be a guess).
  return whole ? candidates.filter((s) => s.report === d.report && s.st.start < d.st.start) : [];
}

/** The statement is a negation: typed so by the analyzer, or with a negator in its words. */
function negates(u: StatementUnit): boolean {
  return u.st.negated || isNegated(u.st.text);
}

/** Match keys of the words some of the statements negate ("not encircled" → encircled). */
function negatedKeys(us: StatementUnit[]): Set<string> {
  const out = new Set<string>();
  for (const u of us) {
    const head = negatedHead(u.st.text);
    if (head !== null) out.add(matchKey(head));
  }
  return out;
}

/**
 * The statement negates one of the words (keys) another negates or denies ("its troops are not
 * cut off" against "our garrison is not encircled"): the two agree rather than dispute.
 */
function negatesOneOf(u: StatementUnit, keys: Set<string>): boolean {
  const head = negatedHead(u.st.text);
  return head !== null && keys.has(matchKey(head));
}

/**
 * Match keys of the content words after a statement's first negator, where the negation bears
 * ("the firm had no dealings with anyone linked to its founder" → dealings, linked, founder);
 * every key when no negator is found (the analyzer read a negation the words do not show).
 */
function negatedScope(text: string): string[] {
  const ws = negationWords(text);
  const at = ws.findIndex((w) => NEGATORS.has(w) || w.endsWith("n't"));
  return [...keySet(contentWords((at < 0 ? ws : ws.slice(at + 1)).join(' ')))];
}

/** A negative pronoun opening a statement: "nobody here thinks …", "nothing was hidden". */
const NEGATIVE_SUBJECT = /^\W*(?:nobody|no one|no-one|nothing|none|neither)\b/i;

/** Negators that make a clause negative ("without", "nor" only qualify a part of it: "sold without asking"). */
const CLAUSE_NEGATORS = new Set(['not', 'never', 'no', 'none', 'nothing', 'nobody', 'neither']);

/**
 * The statement's main clause is negated: a negative pronoun as its subject, or a clause negator
 * before any relative clause.
 */
function negativeClause(text: string): boolean {
  return NEGATIVE_SUBJECT.test(text) || mainClauseNegated(text, CLAUSE_NEGATORS);
}

/** The word (by key) stands under "any" ("unconnected with any bus lane", "free of any damage"): it is not asserted. */
function underAny(text: string, key: string): boolean {
  const ws = words(text.toLowerCase());
  return ws.some((w, i) => matchKey(w) === key && (ws[i - 1] === 'any' || ws[i - 2] === 'any'));
}

/** "A, not B" / "A, and not B": an assertion set against a denied alternative. */
const CONTRAST = /,\s*(?:and\s+|but\s+)?not\s+(.+)$/is;

/** The part a contrast denies ("by a power cut" in "…, not by a power cut"), or null. */
function contrastedPart(text: string): string | null {
  return CONTRAST.exec(text)?.[1] ?? null;
}

/** Cues by which a denial passes a verdict on what it names: "called X “…”", "dismissed X as …". */
const VERDICT_CUE = /^(?:call|describ|label|characteri[sz]|portray|dismiss|brush|reject|brand|shrug|wave)/i;

/** Nouns (and pronouns) by which a denial names what it rejects without saying it. */
const FRAME_NOUN = `(?:${nounPattern([...CHARGE_NOUNS, ...ACCOUNT_NOUNS, 'request', 'motion', 'lawsuit'])})`;

/**
 * A denial that names what it rejects by such a noun, then says when, where or how: "the report
 * at a brief news conference", "the allegation on Tuesday", "the claim was without merit".
 * Group 1 is the named object, group 2 what follows it. The words before the noun are its
 * modifiers ("the lockout claim", "Arvo Penn's lawsuit"), never a clause ("claims that …").
 */
const FRAMED_OBJECT = new RegExp(String.raw`^\W*((?:(?!(?:that|of|about|which|who)\b)[\p{L}’'-]+\s+){0,3}?${FRAME_NOUN})\b(.*)$`, 'isu');

/** What may follow a named object without saying what it is about: a circumstance or the end. */
const CIRCUMSTANCE = /^\s*(?:[,;.:]|$|(?:at|on|in|during|after|before|outside|with|from|over|when|while|last|earlier|later|yesterday|today|tonight)\b)/i;
/** A verdict on a named object: "was without merit", "is baseless" (its words all frame words). */
const COPULA = /^\s*(?:is|was|were|are|had been|has been|have been)\s+([^,;]*?)(?:\s+and\s|[,;]|$)/i;

/**
 * What a denial rejects, without the verdict it passes ("as “scaremongering”", "“a number pulled
 * out of a hat”") or the circumstances of the denial ("at a news conference", "on Tuesday"); null
 * when the whole text is what is denied.
 */
export function deniedObject(text: string, cue: string): string | null {
  let object = text;
  // "dismissed as “simply false” claims that …": a verdict before the object is left to the whole text.
  if (VERDICT_CUE.test(cue) && !/^\W*as\s/i.test(object)) {
    const as = object.lastIndexOf(' as ');
    const quote = object.search(/["“«]/);
    if (as > 0) object = object.slice(0, as);
    else if (quote > 0) object = object.slice(0, quote);
  }
  const m = FRAMED_OBJECT.exec(object);
  if (m && !/\bthat\b/i.test(m[2]!)) {
    const rest = m[2]!;
    const verdict = COPULA.exec(rest);
    if (CIRCUMSTANCE.test(rest) || (verdict && contentWords(verdict[1]!).every(frameWord))) object = m[1]!;
  }
  return object === text ? null : object;
}

/** The denial's object, by its cue (see deniedObject). */
function deniedObjectOf(d: StatementUnit): string | null {
  const cue = d.st.cue ? d.report.text.slice(d.st.cue.start, d.st.cue.end) : '';
  return deniedObject(d.st.text, cue);
}

/** The denial names a claim by the word before its noun: "the lockout claim", "the bribery allegations". */
function claimNamedBy(text: string, word: string): boolean {
  const ws = words(text);
  const i = ws.indexOf(word);
  return i >= 0 && /^(?:claim|allegation|accusation|charge|suggestion|report|rumou?r|stor(?:y|ie))s?$/.test(ws[i + 1] ?? '');
}

/** Words that open a relative clause ("checks that he never carried out"). */
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose']);

/** A negator (of `negators`) stands in the statement's main clause, before any relative clause. */
function mainClauseNegated(text: string, negators: ReadonlySet<string> = NEGATORS): boolean {
  const ws = negationWords(text);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (i > 0 && RELATIVE.has(w)) return false;
    if (negators.has(w) || w.endsWith("n't")) return true;
  }
  return false;
}

/** An account named by what it is of: "the claims of an encirclement", "reports of a leak". */
const CLAIM_OF = new RegExp(`\\b(?:${nounPattern([...CHARGE_NOUNS, 'report', 'rumour', 'story', 'talk'])})\\s+of\\b`, 'i');

/** The nouns by which a denial names an account it rejects ("the reports", "those claims"). */
const ACCOUNT_NOUN = /\b(report|claim|allegation|suggestion|assertion|rumou?r)s?\b/i;
/** The noun and the verb that introduce a proposition: "reports that …", "a newspaper reported that …", "claiming that …". */
const INTRODUCER: Record<string, string> = {
  report: 'report(?:s|ed|ing)?',
  claim: 'claim(?:s|ed|ing)?',
  allegation: '(?:allegations?|alleg(?:es|ed|ing))',
  suggestion: '(?:suggestions?|suggest(?:s|ed|ing))',
  assertion: '(?:assertions?|assert(?:s|ed|ing))',
  rumour: 'rumou?rs?',
  rumor: 'rumou?rs?',
};
/** Characters before a statement searched for the noun that introduces it ("reports that …"). */
const INTRODUCER_CHARS = 30;

/**
 * The statement an earlier sentence of the denial's report introduces with the noun the denial
 * names ("reports that …", "claims that …"), the closest one; undefined when there is none.
 */
function introducedAccount(d: StatementUnit, local: StatementUnit[]): StatementUnit | undefined {
  const noun = ACCOUNT_NOUN.exec(d.st.text)?.[1];
  if (!noun) return undefined;
  const introduced = new RegExp(`\\b${INTRODUCER[noun.toLowerCase().replace(/s$/, '')] ?? `${noun}s?`}\\s+that\\s+$`, 'i');
  return local
    .filter((s) => s.sentence >= 0 && s.sentence < d.sentence && d.sentence - s.sentence <= ANAPHOR_SENTENCES && s.st.act !== 'denial')
    .filter((s) => introduced.test(s.report.text.slice(Math.max(0, s.st.start - INTRODUCER_CHARS), s.st.start)))
    .sort((a, b) => b.sentence - a.sentence)[0];
}

/** What introduces someone else's proposition inside a denial: "the assertion that …". */
const REPORTED_PROPOSITION = new RegExp(`\\b(?:${nounPattern([...CHARGE_NOUNS, ...ACCOUNT_NOUNS, 'insistence', 'contention'])})\\s+that\\s`, 'i');

/** A denial of someone else's negation: "called the assertion that no shots were fired a lie". */
export function deniesReportedNegation(text: string): boolean {
  const m = REPORTED_PROPOSITION.exec(text);
  return m !== null && isNegated(text.slice(m.index + m[0].length));
}

/**
 * Half of the words of `own` are found in `other`, not counting the nouns for groups of people
 * (troops, forces, residents), which, like names, say whom a statement is about, not what it
 * asserts: with "troops" and "surrounded" left once names are set aside, "Russian forces pushed a
 * counterattack in Kursk" shares only the group noun and says nothing of an encirclement.
 */
function saysHalf(own: string[], other: string[]): boolean {
  const asserted = own.filter((w) => !isGroupNoun(w));
  const core = asserted.length > 0 ? asserted : own;
  const n = overlap(core, other);
  return n > 0 && 2 * n >= keySet(core).size;
}

const TROOPS_KEY = matchKey('troops');
const isGroupNoun = (w: string): boolean => PERSON_UNITS.has(w) || matchKey(w) === TROOPS_KEY;

/** Where a clause of circumstance starts inside a denied proposition. */
const SUBORDINATE = /\s(?:while|when|whilst|during|before|after|because|since)\s/i;

/**
 * What other sources say of a named denier: statements that name it and share a word with the
 * denial, or any that name it when the denial is about its part ("denied any involvement").
 */
function saidOfDenier(
  d: StatementUnit,
  own: string[],
  targets: StatementUnit[],
  specific: Set<string>,
  wordsOf: (u: StatementUnit) => Set<string>,
): StatementUnit[] {
  const denier = nameWords(d.actorName);
  if (denier.length === 0) return [];
  const ownKeys = keySet(own);
  const aboutPart = aboutOwnPart(d, own);
  return targets.filter((s) => {
    if (s.actorKey === null || !denier.every((w) => wordsOf(s).has(w))) return false;
    // A shared word when the statement names the denier as the doer ("started by a power line
    // owned by X"); else two the story seldom uses: a name and "the coach" only say whom it is about.
    const agent = namesAgent(s.st.text, denier);
    let rare = 0;
    for (const k of keySet(s.words)) {
      if (!ownKeys.has(k)) continue;
      if (agent) return true;
      if (specific.has(k)) rare++;
    }
    if (rare >= DISPUTE_MIN_MATCHES) return true;
    // A denial of X's part disputes what makes X the doer: an accusation, or X as the agent
    // ("carried out by X", "X was behind it").
    return aboutPart && (s.st.act === 'accusation' || namesAgent(s.st.text, denier));
  });
}

/** The text opens with (a word of) the name: "Venn, who was suspended, hit back". */
function opensWithName(text: string, name: string[]): boolean {
  const first = words(text)[0];
  return first !== undefined && name.includes(first);
}

/** The text names the actor as the one who did it: "by (the) X", "X was behind / responsible". */
function namesAgent(text: string, name: string[]): boolean {
  const ws = words(text);
  for (let i = 0; i + name.length <= ws.length; i++) {
    if (!name.every((w, k) => ws[i + k] === w)) continue;
    const before = ws.slice(Math.max(0, i - 2), i);
    const after = ws.slice(i + name.length, i + name.length + 3);
    if (before.includes('by')) return true;
    if (after.some((w) => AGENT_AFTER.has(w))) return true;
  }
  return false;
}

/** The denial is about the denier's own part: "denied any involvement", "had nothing to do with it". */
function aboutOwnPart(d: StatementUnit, own: string[]): boolean {
  return own.some((w) => RESPONSIBILITY.has(w)) || NO_PART.test(d.st.text);
}

/** Words that date a statement ("last winter"): shared, they do not say two terms are said of one thing. */
const TIME_WORDS = new Set(
  'last this next past year years month months week weeks day days today yesterday tonight morning afternoon evening night winter spring summer autumn monday tuesday wednesday thursday friday saturday sunday since ago'.split(' '),
);

/** Acts whose negated predicate can contradict another side's assertion. */
const NEGATED_PREDICATE_ACTS: ReadonlySet<Act> = new Set<Act>(['claim', 'accusation', 'assessment', 'denial']);

/** Words between a negator and the predicate it negates ("have never been", "did not even"). */
const NEGATION_FILLER = new Set(['be', 'been', 'being', 'ever', 'even', 'once', 'yet', 'a', 'an', 'the', 'any', 'single', 'one', 'at', 'all', 'so', 'much', 'have', 'has', 'had']);

/**
 * The content word a statement negates: the first after "not", "never" or "no" ("have never
 * fired" → fired, "received no warning" → warning). Null for statements without a negator or
 * with a hedge ("no fewer than").
 */
export function negatedHead(text: string): string | null {
  // "not cut off": a synonym phrase is negated whole
  const ws = joinPhrases(negationWords(text));
  for (let i = 0; i < ws.length; i++) {
    if (!negatesPredicate(ws[i]!)) continue;
    for (let k = i + 1; k < ws.length && k <= i + 4; k++) {
      const x = ws[k]!;
      if (NEGATION_FILLER.has(x)) continue;
      return contentWords(x).length > 0 ? x : null;
    }
    return null;
  }
  return null;
}

/** The key `head` stands before the statement's first negator too ("a camera in a bag is not a camera in a boot"). */
function contrastsItself(text: string, head: string): boolean {
  const ws = negationWords(text);
  const at = ws.findIndex(negatesPredicate);
  return at > 0 && ws.slice(0, at).some((w) => matchKey(w) === head);
}

/**
 * Words that say something is absent or used up ("stripped bare", "ran out", "empty", "gone"): a
 * statement made with them asserts an absence, and agrees with a negation of the thing's presence.
 */
const ABSENCE = /\b(?:bare|empty|emptied|ran out|run out|running out|ran dry|run dry|gone|lacking|lacked|short of|shortages?|missing|devoid|without)\b/i;

function speaksOfAbsence(text: string): boolean {
  return ABSENCE.test(text);
}

/** Participles of perceiving and recording: "no drone was seen", "no fault was logged" deny evidence of a thing. */
const PERCEIVED = new Set(['seen', 'heard', 'spotted', 'sighted', 'observed', 'noticed', 'detected', 'found', 'recorded', 'reported', 'logged', 'registered', 'tracked', 'witnessed', 'picked']);

/** "No drone was seen" against a statement that speaks of no seeing: a lack of evidence, not a denial of the event. */
function deniesOnlyEvidence(negation: string, other: string): boolean {
  const predicate = quantifiedPredicate(negation);
  return predicate !== null && PERCEIVED.has(predicate) && !words(other).some((w) => PERCEIVED.has(w));
}

/**
 * The participle a quantified negation denies of its subject ("no drone was seen" → seen, "no
 * one was injured" → injured), or null when the statement is not so made.
 */
export function quantifiedPredicate(text: string): string | null {
  const lower = text.toLowerCase().replace(NON_NEGATING, ' ');
  const q = NEGATING_QUANTIFIER.exec(lower);
  if (!q) return null;
  const rest = words(lower.slice(q[0].length));
  const be = rest.findIndex((w) => BE_FORMS.has(w));
  if (be < 0 || be > SUBJECT_MAX_WORDS) return null;
  const verb = rest.slice(be + 1).find((w) => !BE_FORMS.has(w) && !NEGATION_FILLER.has(w) && !w.endsWith('ly'));
  return verb !== undefined && (/(?:ed|en)$/.test(verb) || IRREGULAR_PARTICIPLES.has(verb)) ? verb : null;
}

/** Content words a negated statement's subject must have, all found in the assertion. */
export const SUBJECT_MATCHES = 2;

/** Quantifiers that negate the subject they open: "no patient data", "not a single ship". */
const NEGATING_QUANTIFIER = /^\W*(?:no|not a single|not one|none of the)\s+/i;

/**
 * The match keys of the subject of a negated statement: the content words before the negator
 * ("rubber bullets were not used" → rubber, bullets), or the noun phrase a negating quantifier
 * opens ("no patient data was taken" → patient, data). Null when the statement is not negated
 * that way, or its subject speaks of the speaker ("we", "our").
 */
export function negatedSubject(text: string): string[] | null {
  const lower = text.toLowerCase().replace(NON_NEGATING, ' ');
  const q = NEGATING_QUANTIFIER.exec(lower);
  let phrase: string[];
  let after: string[];
  if (q) {
    const rest = words(lower.slice(q[0].length));
    const verb = rest.findIndex((w) => AUXILIARIES.has(w));
    phrase = rest.slice(0, verb < 0 ? 0 : verb);
    after = rest.slice(verb < 0 ? rest.length : verb);
  } else {
    const ws = words(lower);
    // "no" opens a negating quantifier, read above
    const at = ws.findIndex((w) => w !== 'no' && negatesPredicate(w));
    if (at < 0) return null;
    const aux = at > 0 && AUXILIARIES.has(ws[at - 1]!) ? at - 1 : at;
    phrase = ws.slice(0, aux);
    after = ws.slice(aux);
  }
  // Only a passive says something of the subject as what was done: "bullets were not used",
  // "no data has been taken"; "the bank would not cut its rate" is about what the bank does.
  if (!passive(after)) return null;
  if (phrase.length === 0 || phrase.length > SUBJECT_MAX_WORDS || phrase.some((w) => FIRST_PERSON.has(w) || REPORTED_SELF.has(w))) return null;
  const keys = [...keySet(contentWords(phrase.join(' ')))];
  return keys.length > 0 ? keys : null;
}

/** Forms of "be" that make a passive with a participle after them. */
const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);
/** Participles not ending in -ed or -en. */
const IRREGULAR_PARTICIPLES = new Set(['hit', 'shot', 'paid', 'sold', 'built', 'held', 'made', 'found', 'told', 'sent', 'spent', 'kept', 'left', 'lost', 'put', 'set', 'cut', 'shut', 'heard', 'brought', 'bought', 'caught', 'taught', 'sought', 'fought', 'met']);

/** Words after a subject that form a passive: a form of "be", then (past a negator) a participle. */
function passive(after: string[]): boolean {
  const be = after.findIndex((w) => BE_FORMS.has(w));
  if (be < 0 || be > 3) return false;
  const verb = after.slice(be + 1).find((w) => !BE_FORMS.has(w) && !NEGATORS.has(w) && w !== 'ever' && w !== 'yet');
  return verb !== undefined && (/(?:ed|en)$/.test(verb) || IRREGULAR_PARTICIPLES.has(verb));
}

/** Longest subject (in words) taken from a negated statement. */
const SUBJECT_MAX_WORDS = 5;

const FIRST_PERSON = new Set(['i', 'we', 'our', 'my', 'us', 'me']);
const REPORTED_SELF = new Set(['he', 'she', 'it', 'they']);

/**
 * The statement negates the speaker's own doing: a first-person word before the negator ("our
 * gunners have never"), or reported speech opening with a pronoun ("it had never been warned").
 */
function speaksOfSelf(text: string): boolean {
  const ws = negationWords(text);
  const at = ws.findIndex(negatesPredicate);
  if (at < 0) return false;
  const before = ws.slice(0, at);
  return before.some((w) => FIRST_PERSON.has(w)) || (before.length <= 3 && REPORTED_SELF.has(before[0] ?? ''));
}

/** "the wardens' account", "the Varn statement", "the Gazette's findings": whose account a denial names. */
const ACCOUNT_OF = /\b(?:the\s+)?([\p{L}-]+?)(?:['’]s?)?\s+(?:own\s+)?(?:account|accounts|statement|statements|version|findings|report|reports|article|story|figures?|allegations?|charges?|estimates?|lawsuit)\b/u;
/** "the builders' overcharge estimate", "Arvo Penn's lawsuit": a possessive names the owner past one modifier. */
const POSSESSIVE_ACCOUNT = /\b([\p{L}-]+)['’]s?\s+(?:[\p{L}-]+\s+)?(?:account|accounts|statement|statements|version|findings|report|reports|article|story|figures?|allegations?|charges?|claims?|estimates?|lawsuit|suit)\b/u;

/** A sentence opening that says what an answer answers: "Asked about …", "Responding to …", "In reply to …". */
const ANSWER_FRAME = /^\s*(?:(?:asked|questioned|pressed|challenged)\s+(?:about|on|over)|(?:responding|replying|reacting)\s+to|in\s+(?:response|reply)\s+to)\s/i;

/**
 * "Asked about Dr Kessie's account, a spokesman said: “That is simply false”": the owner of the
 * account the sentence frames the denial as answering, or null.
 */
function framedOwner(d: StatementUnit): string | null {
  const frame = d.report.text.slice(sentenceStart(d), d.st.start);
  return ANSWER_FRAME.test(frame) ? accountOwner(frame) : null;
}

/** The word naming whose account a denial rejects, as written, or undefined. */
function ownerWord(text: string): string | undefined {
  return (POSSESSIVE_ACCOUNT.exec(text) ?? ACCOUNT_OF.exec(text))?.[1];
}

/** Words before "account" that say nothing of whose it is. */
const NOT_OWNERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'such', 'any', 'whole', 'entire', 'latest', 'official', 'new', 'first']);

/** The match key of the source whose account a denial names ("the wardens' account" → wardens), or null. */
export function accountOwner(text: string): string | null {
  const w = ownerWord(text)?.toLowerCase();
  return w && !NOT_OWNERS.has(w) && contentWords(w).length > 0 ? matchKey(w) : null;
}

/** A denial opening with a pronoun, or with no subject at all ("was a lie: …", "that is false"). */
const REFERS_BACK = /^\W*(?:(?:that|this|it|these|those|which)\s+)?(?:was|is|were|are|had been|has been)\s+(?:a\s+|an\s+|)(?:lie|lies|false|untrue|nonsense|fabrication|fabricated|invented|fiction|fairy tale|slander)\b/i;

/** "he had made no such promise", "no such plan existed": the denial names what it denies by what was said before. */

function refersBack(d: StatementUnit): boolean {
  return REFERS_BACK.test(d.st.text) || NO_SUCH.test(d.st.text);
}

/**
 * A demonstrative naming what is denied: "that account", "this claim", "those reports", "that"
 * (not "it", which stands for a noun as often as for what was said: "has not commented on the
 * paper's account. The ministry called it …").
 */
const DEMONSTRATIVE_OBJECT = new RegExp(String.raw`^\W*(?:that|this|these|those)(?:\s+${FRAME_NOUN})?\W*$`, 'iu');
/** A demonstrative as the subject of a denial: "That is a lie", "this is false". */
const DEMONSTRATIVE_SUBJECT = /^\W*(?:that|this|these|those)\s+(?:is|was|are|were|has been|had been)\b/i;
/** A demonstrative opening a denial whose other words only pass a verdict: that “categorically”. */
const DEMONSTRATIVE_OPENING = /^\W*(?:that|this|these|those)\b(.*)$/is;

/**
 * The denial names what it rejects only by a demonstrative ("rejected that account", "denied
 * this", "rejected that “categorically”"): it is about what was said just before.
 */
function pointsBack(d: StatementUnit): boolean {
  const object = deniedObjectOf(d) ?? d.st.text;
  if (DEMONSTRATIVE_OBJECT.test(object)) return true;
  // "“That is a lie made up by a coward,” he said": a demonstrative subject given a verdict of
  // falsity points at what was said just before, whatever the verdict goes on to say.
  if (DEMONSTRATIVE_SUBJECT.test(d.st.text) && REFERS_BACK.test(d.st.text)) return true;
  const rest = DEMONSTRATIVE_OPENING.exec(d.st.text)?.[1];
  return rest !== undefined && /^\W*["“«‘]/.test(rest) && contentWords(rest).every(frameWord);
}

/** Titles by which a report introduces someone speaking for a body ("a spokesperson", "managing director …"). */
const SPOKESPERSON = /\b(?:spokes(?:man|woman|person|people)|director|executive|chairman|chairwoman|chair|president|manager|head|boss|owner|founder|secretary|officer|representative|lawyer|attorney|counsel)\b/i;

/**
 * Who says the next sentence speaks for the denier: the denier itself, or, after a body's denial,
 * someone introduced only by a title ("The caterer rejects the claim. “…,” said managing director
 * Ann Lee"; "… a spokesperson said") or by a title of the denier ("an Aerlune spokesman"). A title
 * of another body ("the union's general secretary") speaks for that one.
 */
function speaksFor(u: StatementUnit, d: StatementUnit): boolean {
  if (d.actorKey === null) return false;
  if (u.actorKey === d.actorKey) return true;
  const sp = u.st.speaker;
  if (!sp || sp.end <= sp.start) return false;
  const speaker = u.report.text.slice(sp.start, sp.end);
  const title = SPOKESPERSON.exec(speaker);
  if (!title) return false;
  const before = speaker.slice(0, title.index);
  const named = entityWords(` ${before}`);
  const denier = new Set(words(d.actorName ?? ''));
  return [...named].every((w) => denier.has(w)) && !/['’]s?\s/.test(before.replace(/\b(?:its|their)\b/gi, ''));
}

/** An account named by a possessive pronoun: "her findings", "his account", "their claims". */
const POSSESSED_ACCOUNT = new RegExp(String.raw`^\W*(?:her|his|their)\s+(?:own\s+)?${FRAME_NOUN}\b`, 'iu');

/** Acts that propose rather than assert: a claim or an allegation is none of them. */
const PROPOSING_ACTS: ReadonlySet<string> = new Set(['appeal', 'demand', 'promise']);

/** Nouns for what someone made: "the claim", "the allegations", "the suggestion" (not "the reports", which may be the outlet's). */
const MADE_CLAIM = new RegExp(`\\b(?:${nounPattern(CHARGE_NOUNS)})\\b`, 'i');

/** Nouns by which a denial speaks of an accusation: "rejected the charge", "denied the accusations". */
const ACCUSATION_NOUN = /\b(?:accusations?|charges?|reproach(?:es)?|allegations?)\b/i;

/** Content words of the words naming the denier inside a denial ("… were dismissed by the minister's spokesman"). */
function speakerWords(d: StatementUnit): Set<string> {
  const sp = d.st.speaker;
  // Only a speaker named inside the denial's own text: "Orlen Chemicals denied that it leaked
  // chemicals" still says what it denies with the words after the name.
  if (!sp || sp.end <= sp.start || sp.start < d.st.start || sp.end > d.st.end) return new Set();
  return new Set(contentWords(d.report.text.slice(sp.start, sp.end)));
}

/** The lower-cased words of a proper name (nothing for a description like "the commission"). */
function nameWords(name: string | null): string[] {
  if (!name || !isProperName(name)) return [];
  return words(name).filter((w) => !STOPWORDS.has(w));
}

/** The denial's sentence up to its end: its speaker and cue ("Kurdan spokesman Idris Bey denied the accusation"). */
function sentenceUpTo(d: StatementUnit): string {
  return d.report.text.slice(sentenceStart(d), d.st.end);
}

/** Where the sentence of a statement starts (after the last stop or line break before it). */
function sentenceStart(d: StatementUnit): number {
  const text = d.report.text;
  return Math.max(text.lastIndexOf('. ', d.st.start), text.lastIndexOf('\n', d.st.start)) + 1;
}

/** Lower-cased words written with a capital inside a text (names of people, places, bodies). */
function entityWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<=\s)\p{Lu}[\p{L}’'-]*/gu)) out.add(m[0].toLowerCase().replace(/[’']s$/, ''));
  // A name opening the text ("Ben Rooke was sold …"): a capital followed by another.
  const first = /^\s*(\p{Lu}[\p{L}’'-]*)\s+\p{Lu}/u.exec(text);
  if (first?.[1]) out.add(first[1].toLowerCase().replace(/[’']s$/, ''));
  return out;
}

/**
 * Two word lists share only two words standing side by side, in one order, in both: a name or a
 * noun phrase ("the district hospital"), which says what both speak of, not that they say the same.
 */
function onlySharedPhrase(a: string[], b: string[], aText: string[], bText: string[]): boolean {
  const kb = keySet(b);
  const shared = [...keySet(a)].filter((k) => kb.has(k));
  if (shared.length !== 2) return false;
  // The pair in the order it stands: "ballot stuffing" and "stuffing ballot boxes" say the same
  // act in two forms, not one noun phrase.
  const adjacent = (ws: string[]): string | null => {
    const ks = ws.map((w) => (STOPWORDS.has(w) || NEGATORS.has(w) ? '' : matchKey(w)));
    for (let i = 0; i + 1 < ks.length; i++) if (shared.includes(ks[i]!) && shared.includes(ks[i + 1]!) && ks[i] !== ks[i + 1]) return `${ks[i]} ${ks[i + 1]}`;
    return null;
  };
  const pa = adjacent(aText);
  return pa !== null && pa === adjacent(bText);
}

function majority<T>(values: T[]): T | undefined {
  const m = new Map<T, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function makeStatement(group: StatementUnit[], actors: ActorIndex): Statement {
  const sorted = group.slice().sort((a, b) => a.report.id.localeCompare(b.report.id) || a.st.start - b.st.start);
  // Representative: the unit sharing most words with the others (a medoid), shorter ones preferred.
  const rep =
    sorted
      .map((u) => ({ u, score: sorted.reduce((s, o) => s + (o === u ? 0 : overlap(u.words, o.words)), 0) }))
      .sort(
        (a, b) =>
          Number(a.u.st.text.length > MAX_REPRESENTATIVE_CHARS) - Number(b.u.st.text.length > MAX_REPRESENTATIVE_CHARS) ||
          b.score - a.score ||
          a.u.st.text.length - b.u.st.text.length,
      )[0]?.u ?? sorted[0]!;
  const act = majority(group.map((u) => u.st.act)) ?? rep.st.act;
  const actor = actors.idOf(rep.st.actorName);
  const target = majority(group.map((u) => actors.idOf(u.st.targetName)).filter((t): t is string => t !== null)) ?? null;
  const statement: Statement = {
    id: hashId('st', rep.actorKey ?? '', act, rep.st.text),
    actor,
    act,
    text: rep.st.text,
    evidence: sorted.map((u) => evidence(u.report.id, u.report.text, u.st.start, u.st.end)),
    independentSources: new Set(group.map((u) => u.report.syndicationGroup)).size,
    status: 'single-source',
    disputes: [],
    target,
    conditional: group.some((u) => u.st.conditional),
  };
  return statement;
}

