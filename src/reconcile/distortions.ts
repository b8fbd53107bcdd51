import type { Distortion, Evidence, SentenceSpan } from '../model/types.js';
import { evidence } from '../model/evidence.js';
import type { ActorIndex } from './actors.js';
import { PLATFORMS } from './data/lexicon.js';
import { QUOTE_CROSS_SPEAKER_MIN_WORDS, QUOTE_CROSS_SPEAKER_THRESHOLD, VERBATIM_CROSS_PERSON_CONTENT, type QuoteUnit } from './quotes.js';
import type { StatementUnit } from './statements.js';
import { containment } from './text.js';

/**
 * Two mentions carry the same words: one holds the other word for word (from three content words on), or
 * their content words match as closely as alignment asks of quotes credited to different speakers.
 * A group may hold mentions that are alike only through a third one (a paraphrase between them);
 * an attribution error needs the words themselves in both.
 */
export function sameWords(a: Pick<QuoteUnit, 'words' | 'wording'>, b: Pick<QuoteUnit, 'words' | 'wording'>): boolean {
  const [short, long] = a.wording.length <= b.wording.length ? [a, b] : [b, a];
  if (new Set(short.words).size >= VERBATIM_CROSS_PERSON_CONTENT && long.wording.includes(short.wording)) return true;
  return Math.min(new Set(a.words).size, new Set(b.words).size) >= QUOTE_CROSS_SPEAKER_MIN_WORDS && containment(a.words, b.words) >= QUOTE_CROSS_SPEAKER_THRESHOLD;
}

/**
 * Attribution errors (the same words credited to different speakers) and contradicted details
 * (one report says an actor posted on one platform, another says on a different one).
 */
export function findDistortions(
  quoteGroups: QuoteUnit[][],
  statementGroups: StatementUnit[][],
  sentences: Map<string, SentenceSpan[]>,
  actors: ActorIndex,
): Distortion[] {
  const out: Distortion[] = [];
  const nameOf = (key: string): string => actors.actors.find((a) => a.id === actors.idOf(key))?.name ?? key;
  for (const g of quoteGroups) {
    const all = new Map<string, QuoteUnit[]>();
    for (const u of g) if (u.speakerKey) all.set(u.speakerKey, [...(all.get(u.speakerKey) ?? []), u]);
    if (all.size < 2) continue;
    // speakers some of whose mentions carry the same words as another speaker's
    const credited = new Set<string>();
    for (const [ka, us] of all) {
      for (const [kb, vs] of all) {
        if (ka < kb && us.some((u) => vs.some((v) => sameWords(u, v)))) credited.add(ka).add(kb);
      }
    }
    if (credited.size < 2) continue;
    const speakers = new Map([...all].filter(([k]) => credited.has(k)));
    const members = g.filter((u) => u.speakerKey && credited.has(u.speakerKey));
    const parts = [...speakers.entries()].map(([k, us]) => `${nameOf(us[0]!.quote.speakerName ?? k)} (${us.length} report${us.length > 1 ? 's' : ''})`);
    out.push({
      kind: 'attribution',
      reason: `The same words are credited to different speakers: ${parts.join(' vs ')}.`,
      evidence: members.flatMap((u) => {
        const ev: Evidence[] = [evidence(u.report.id, u.report.text, u.quote.start, u.quote.end)];
        if (u.quote.speaker && u.quote.speaker.end > u.quote.speaker.start) ev.push(evidence(u.report.id, u.report.text, u.quote.speaker.start, u.quote.speaker.end));
        return ev;
      }),
    });
  }
  // Platform details per speaker: which medium each report says the words went out on.
  const bySpeaker = new Map<string, Map<string, Map<string, Evidence>>>();
  const note = (speakerKey: string | null, reportId: string, text: string, pos: number): void => {
    if (!speakerKey) return;
    const sents = sentences.get(reportId) ?? [];
    const i = sents.findIndex((s) => s.start <= pos && pos < s.end);
    if (i < 0) return;
    for (const s of [sents[i]]) {
      if (!s) continue;
      const slice = text.slice(s.start, s.end);
      for (const p of PLATFORMS) {
        const m = p.pattern.exec(slice);
        if (!m) continue;
        const perPlatform = bySpeaker.get(speakerKey) ?? new Map<string, Map<string, Evidence>>();
        const perReport = perPlatform.get(p.name) ?? new Map<string, Evidence>();
        if (!perReport.has(reportId)) perReport.set(reportId, evidence(reportId, text, s.start + m.index, s.start + m.index + m[0].length));
        perPlatform.set(p.name, perReport);
        bySpeaker.set(speakerKey, perPlatform);
      }
    }
  };
  for (const g of quoteGroups) for (const u of g) note(u.speakerKey, u.report.id, u.report.text, u.quote.start);
  for (const g of statementGroups) for (const u of g) note(u.actorKey, u.report.id, u.report.text, u.st.start);
  for (const [speaker, platforms] of bySpeaker) {
    if (platforms.size < 2) continue;
    // Reports that name exactly one platform for this speaker; a conflict needs two such reports.
    const only = new Map<string, string>();
    const count = new Map<string, number>();
    for (const reps of platforms.values()) for (const r of reps.keys()) count.set(r, (count.get(r) ?? 0) + 1);
    for (const [p, reps] of platforms) for (const r of reps.keys()) if (count.get(r) === 1) only.set(r, p);
    const distinct = new Set(only.values());
    if (distinct.size < 2) continue;
    const parts = [...platforms.entries()].map(([p, reps]) => `${p} (${reps.size} report${reps.size > 1 ? 's' : ''})`);
    out.push({
      kind: 'detail',
      reason: `Reports disagree on where ${nameOf(speaker)} said it: ${parts.join(' vs ')}.`,
      evidence: [...platforms.values()].flatMap((reps) => [...reps.values()]),
    });
  }
  return out;
}
