import type { Act, Dispute, FoundStatement, Report, SentenceSpan, Statement } from '../model/types.js';
import { evidence, hashId } from '../model/evidence.js';
import type { ActorIndex } from './actors.js';
import { conflictingFigures } from './numbers.js';
import { contradictingTerms } from './contradictions.js';
import { candidatePairs, collapseIdentical, completeLinkClusters, containment, contentWords, idfWeights, isNegated, keySet, matchKey, normalizeWording, overlap, weightedContainment } from './text.js';

/** Containment from which two attributed statements of one actor and act count as one. */
export const STATEMENT_ALIGN_THRESHOLD = 0.5;
/** Outlet-voice statements (no actor) need more overlap: nothing else ties them. */
export const OUTLET_ALIGN_THRESHOLD = 0.75;
export const STATEMENT_MIN_WORDS = 2;
/** Words besides the contradicting pair two statements must share to be about the same thing. */
export const CONTRADICTION_CONTEXT = 1;
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
  'claims claim allegations allegation accusations accusation reports report denied denies deny rejected rejects reject dismissed dismisses dismiss disputed disputes dispute refuted refutes called calls something fabrication manipulation political false baseless lies'.split(
    ' ',
  ),
);

/** What one rejects without disputing a fact: "rejected the offer", "turned down the proposal". */
const PROPOSAL = /\b(?:offer|proposal|plan|request|call|demand|invitation|ultimatum|deal|terms|appeal)s?\b/i;

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
  return weightedContainment(a.words, b.words, weight);
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
  const disputable = units.filter((s) => !isDenial(s) && DISPUTABLE.has(s.st.act));
  const attributed = units.filter((s) => !isDenial(s) && s.actorKey !== null);
  for (const d of units.filter(isDenial)) {
    const dg = groupOf.get(d)!;
    const entities = entityWords(d.st.text);
    const own = d.words.filter((w) => !DENIAL_FRAME.has(w) && !entities.has(w));
    const targets = disputable.filter((s) => !(s.actorKey !== null && s.actorKey === d.actorKey));
    if (own.length <= 1) {
      // A bare denial ("…, something Kyiv denies"; "Ukraine rejected the allegations") is about
      // what comes just before it: earlier in its sentence, else the closest claim before it.
      const inSentence = targets
        .filter((s) => s.report.id === d.report.id && s.sentence >= 0 && s.sentence === d.sentence && s.st.start < d.st.start)
        .sort((a, b) => b.st.start - a.st.start)[0];
      if (inSentence) {
        link(dg, groupOf.get(inSentence)!, 'denied in the same sentence');
        continue;
      }
      // "The ministry rejected the claim. 'Our garrison is not encircled,' the ministry said.":
      // what the denier says next tells what the denial is about.
      const next = units.filter(
        (u) => u !== d && u.report.id === d.report.id && d.actorKey !== null && u.actorKey === d.actorKey && u.sentence > d.sentence && u.sentence - d.sentence <= 1,
      );
      const said = next.flatMap((u) => u.words.filter((w) => !DENIAL_FRAME.has(w)));
      const byContent = said.length >= DISPUTE_MIN_MATCHES ? targets.filter((s) => sameProposition(said, s.words, specific)) : [];
      if (byContent.length) {
        for (const s of byContent) link(dg, groupOf.get(s)!, 'denies what the denier goes on to contradict');
        continue;
      }
      if (said.length >= DISPUTE_MIN_MATCHES) {
        // The denier's next words name the subject: the earlier claim of this report sharing most of them.
        const best = targets
          .filter((s) => s.report.id === d.report.id && s.sentence >= 0 && s.sentence < d.sentence)
          .map((s) => ({ s, n: overlap(said, s.words) }))
          .filter((x) => x.n > 0)
          .sort((a, b) => b.n - a.n || b.s.sentence - a.s.sentence)[0];
        if (best) link(dg, groupOf.get(best.s)!, 'denies the earlier claim its next words contradict');
        continue;
      }
      // Failing a claim, any statement of another actor just before it (an appeal that asserts
      // "the troops surrounded in the province" is what "the allegations" can refer to).
      const near = (s: StatementUnit): boolean =>
        s.report.id === d.report.id && s.sentence >= 0 && d.sentence - s.sentence > 0 && d.sentence - s.sentence <= ANAPHOR_SENTENCES;
      const latest = (list: StatementUnit[]): StatementUnit | undefined =>
        list.filter(near).sort((a, b) => b.sentence - a.sentence || b.st.start - a.st.start)[0];
      // Rejecting an offer or a demand is not disputing a fact; a negated claim is itself a denial.
      if (PROPOSAL.test(d.st.text)) continue;
      const others = attributed.filter((s) => s.actorKey !== d.actorKey);
      const affirmative = (list: StatementUnit[]): StatementUnit[] => list.filter((s) => !s.st.negated && !isNegated(s.st.text));
      const before = latest(affirmative(targets)) ?? latest(affirmative(others));
      if (before) link(dg, groupOf.get(before)!, 'denies the preceding claim');
      continue;
    }
    // 3. "Our garrison is not encircled": the same proposition, anywhere in the story.
    for (const s of targets) if (sameProposition(own, s.words, specific)) link(dg, groupOf.get(s)!, 'denies the same proposition');
  }
  // Contradicting claims: the same proposition asserted by one side and negated by another.
  // One claim per actor and wording is enough to compare (syndicated copies repeat them).
  const claimUnits = units.filter((u) => u.st.act === 'claim' && u.actorKey !== null);
  const claimReps = collapseIdentical(claimUnits, (u) => `${u.actorKey}\u0000${normalizeWording(u.st.text)}`);
  const claims = claimReps.reps.map((i) => ({ i, u: claimUnits[i]!, neg: isNegated(claimUnits[i]!.st.text), keys: keySet(claimUnits[i]!.words) }));
  for (let x = 0; x < claims.length; x++) {
    for (let y = x + 1; y < claims.length; y++) {
      const a = claims[x]!;
      const b = claims[y]!;
      if (a.u.actorKey === b.u.actorKey || a.neg === b.neg) continue;
      let shared = 0;
      for (const k of a.keys) if (b.keys.has(k)) shared++;
      if (shared < DISPUTE_MIN_MATCHES + 1 || !sameProposition(a.u.words, b.u.words, specific, DISPUTE_MIN_MATCHES + 1)) continue;
      for (const i of claimReps.members.get(a.i)!) {
        for (const j of claimReps.members.get(b.i)!) link(groupOf.get(claimUnits[i]!)!, groupOf.get(claimUnits[j]!)!, 'one side negates what the other asserts');
      }
    }
  }
  // Contradicting terms: "the bridge is safe" vs "the bridge was unsafe", from different sources.
  const assertive = units.filter((u) => u.st.act !== 'denial');
  const assertReps = collapseIdentical(assertive, (u) => normalizeWording(u.st.text));
  for (let x = 0; x < assertReps.reps.length; x++) {
    for (let y = x + 1; y < assertReps.reps.length; y++) {
      const a = assertive[assertReps.reps[x]!]!;
      const b = assertive[assertReps.reps[y]!]!;
      if (a.actorKey !== null && a.actorKey === b.actorKey) continue;
      if (a.report.syndicationGroup === b.report.syndicationGroup) continue;
      const terms = contradictingTerms(a.st.text, b.st.text);
      if (!terms) continue;
      const ka = keySet(a.words);
      const kb = keySet(b.words);
      const termKeys = new Set(terms.map((t) => matchKey(t)));
      let shared = 0;
      for (const k of ka) if (kb.has(k) && !termKeys.has(k)) shared++;
      if (shared < CONTRADICTION_CONTEXT) continue;
      for (const i of assertReps.members.get(assertReps.reps[x]!)!) {
        for (const j of assertReps.members.get(assertReps.reps[y]!)!) {
          if (assertive[i]!.report.syndicationGroup === assertive[j]!.report.syndicationGroup) continue;
          link(groupOf.get(assertive[i]!)!, groupOf.get(assertive[j]!)!, `contradicting terms: ${terms[0]} vs ${terms[1]}`);
        }
      }
    }
  }
  // Conflicting figures: "At least 30 people were killed" vs "killing 12 people".
  const factual = units.filter((u) => u.st.act !== 'denial' && /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.test(u.st.text));
  const factReps = collapseIdentical(factual, (u) => normalizeWording(u.st.text));
  for (let x = 0; x < factReps.reps.length; x++) {
    for (let y = x + 1; y < factReps.reps.length; y++) {
      const a = factual[factReps.reps[x]!]!;
      const b = factual[factReps.reps[y]!]!;
      if (a.report.syndicationGroup === b.report.syndicationGroup) continue;
      const conflict = conflictingFigures(a.st.text, b.st.text, FIGURE_CONTEXT);
      if (!conflict) continue;
      for (const i of factReps.members.get(factReps.reps[x]!)!) {
        for (const j of factReps.members.get(factReps.reps[y]!)!) {
          if (factual[i]!.report.syndicationGroup === factual[j]!.report.syndicationGroup) continue;
          link(groupOf.get(factual[i]!)!, groupOf.get(factual[j]!)!, `conflicting figures: ${conflict.a.value} vs ${conflict.b.value}`);
        }
      }
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

/** Two word lists state the same proposition: enough shared words, one of them specific to it. */
function sameProposition(a: string[], b: string[], specific: Set<string>, minMatches = DISPUTE_MIN_MATCHES): boolean {
  const kb = keySet(b);
  let matched = 0;
  let specificMatch = false;
  for (const k of keySet(a)) {
    if (!kb.has(k)) continue;
    matched++;
    if (specific.has(k)) specificMatch = true;
  }
  return matched >= minMatches && specificMatch && containment(a, b) >= DISPUTE_THRESHOLD;
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

/** Lower-cased words written with a capital inside a text (names of people, places, bodies). */
function entityWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<=\s)\p{Lu}[\p{L}’'-]*/gu)) out.add(m[0].toLowerCase().replace(/[’']s$/, ''));
  return out;
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

