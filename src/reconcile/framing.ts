import type { FramingMarker, Mention, Report, Span } from '../model/types.js';
import { evidence } from '../model/evidence.js';
import { FRAMING_GROUPS, PLACE_UNIT, type FramingGroup } from './data/lexicon.js';
import { canonicalKey } from '../analyze/actors.js';

/** Edits within which two surface forms of one name count as spellings of it (Kiev/Kyiv: 2). */
const MAX_SPELLING_EDITS = 2;

export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

interface Occurrence {
  report: Report;
  term: string;
  start: number;
  end: number;
  voice: 'outlet' | 'quote';
  loaded: boolean;
}

const inside = (spans: Span[], pos: number): boolean => spans.some((s) => s.start <= pos && pos < s.end);

/**
 * Wording choices that differ between outlets for the same referent. A term is marked in a
 * report when another outlet (another syndication group) names the same referent otherwise
 * and never uses this term; a loaded label in an outlet's own voice is always marked.
 * One marker per report and term (its first occurrence); `count` says how often it occurs.
 */
export function findFraming(
  reports: Report[],
  quoteSpans: Map<string, Span[]>,
  mentions: Map<string, Mention[]>,
): FramingMarker[] {
  const groups: { referent: string; neutral: string[]; occurrences: Occurrence[] }[] = [];
  for (const g of FRAMING_GROUPS) groups.push({ referent: g.referent, neutral: g.neutral ?? [], occurrences: lexiconOccurrences(g, reports, quoteSpans) });
  groups.push(...learnedGroups(reports, quoteSpans, mentions), ...placeUnitGroups(reports, quoteSpans));

  const markers: FramingMarker[] = [];
  for (const g of groups) {
    const termsByGroup = new Map<string, Set<string>>();
    for (const o of g.occurrences) {
      const s = termsByGroup.get(o.report.syndicationGroup) ?? new Set<string>();
      s.add(o.term);
      termsByGroup.set(o.report.syndicationGroup, s);
    }
    const counts = new Map<string, number>();
    for (const o of g.occurrences) {
      const key = `${o.report.id}\u0000${o.term}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const seen = new Set<string>();
    for (const o of g.occurrences) {
      const key = `${o.report.id}\u0000${o.term}`;
      if (seen.has(key)) continue;
      const alternatives = new Set<string>();
      for (const [sg, terms] of termsByGroup) {
        if (sg === o.report.syndicationGroup || terms.has(o.term)) continue;
        for (const t of terms) alternatives.add(t);
      }
      if (o.loaded && o.voice === 'outlet') for (const n of g.neutral) alternatives.add(n);
      if (alternatives.size === 0) continue;
      seen.add(key);
      const count = counts.get(key) ?? 1;
      markers.push({
        reportId: o.report.id,
        term: o.term,
        alternatives: [...alternatives].sort(),
        evidence: evidence(o.report.id, o.report.text, o.start, o.end),
        referent: g.referent,
        voice: o.voice,
        ...(count > 1 ? { count } : {}),
        ...(o.loaded ? { loaded: true } : {}),
      });
    }
  }
  return markers.sort((a, b) => a.reportId.localeCompare(b.reportId) || a.evidence.start - b.evidence.start);
}

function lexiconOccurrences(g: FramingGroup, reports: Report[], quoteSpans: Map<string, Span[]>): Occurrence[] {
  const out: Occurrence[] = [];
  for (const r of reports) {
    const spans = quoteSpans.get(r.id) ?? [];
    for (const v of g.variants) {
      const re = new RegExp(v.pattern.source, v.pattern.flags.includes('g') ? v.pattern.flags : `${v.pattern.flags}g`);
      for (const m of r.text.matchAll(re)) {
        const start = m.index;
        out.push({ report: r, term: v.term, start, end: start + m[0].length, voice: inside(spans, start) ? 'quote' : 'outlet', loaded: v.loaded ?? false });
      }
    }
  }
  return out;
}

/** One place called a region by one outlet and a province by another. */
function placeUnitGroups(reports: Report[], quoteSpans: Map<string, Span[]>): { referent: string; neutral: string[]; occurrences: Occurrence[] }[] {
  const byPlace = new Map<string, Occurrence[]>();
  for (const r of reports) {
    const spans = quoteSpans.get(r.id) ?? [];
    for (const m of r.text.matchAll(new RegExp(PLACE_UNIT.source, PLACE_UNIT.flags))) {
      const place = m[1]!;
      if (!/^\p{Lu}/u.test(place)) continue;
      const list = byPlace.get(place) ?? [];
      list.push({ report: r, term: `${place} ${m[2]!.toLowerCase()}`, start: m.index, end: m.index + m[0].length, voice: inside(spans, m.index) ? 'quote' : 'outlet', loaded: false });
      byPlace.set(place, list);
    }
  }
  return [...byPlace.entries()]
    .filter(([, occ]) => new Set(occ.map((o) => o.term)).size > 1)
    .map(([place, occurrences]) => ({ referent: place, neutral: [], occurrences }));
}

/** Spelling variants of one actor's name across reports (Zelensky/Zelenskyy), learned from mentions. */
function learnedGroups(
  reports: Report[],
  quoteSpans: Map<string, Span[]>,
  mentions: Map<string, Mention[]>,
): { referent: string; neutral: string[]; occurrences: Occurrence[] }[] {
  const covered = new Set(FRAMING_GROUPS.flatMap((g) => g.variants.map((v) => v.term.toLowerCase())));
  const byKey = new Map<string, { referent: string; occurrences: Occurrence[] }>();
  for (const r of reports) {
    const spans = quoteSpans.get(r.id) ?? [];
    for (const m of mentions.get(r.id) ?? []) {
      // Only proper-name surface forms: a single capitalised token that is a spelling of the key.
      const surface = r.text.slice(m.start, m.end);
      if (!/^\p{Lu}[\p{L}'-]+$/u.test(surface) || covered.has(surface.toLowerCase())) continue;
      const key = canonicalKey(surface);
      if (!key) continue;
      const e = byKey.get(key) ?? { referent: m.name, occurrences: [] };
      e.occurrences.push({ report: r, term: surface, start: m.start, end: m.end, voice: inside(spans, m.start) ? 'quote' : 'outlet', loaded: false });
      byKey.set(key, e);
    }
  }
  return [...byKey.values()]
    .filter((e) => {
      // Spelling variants only (Zelensky/Zelenskyy): other names of one referent are aliases, not framing.
      const terms = [...new Set(e.occurrences.map((o) => o.term))];
      return terms.length > 1 && terms.every((a) => terms.every((b) => editDistance(a.toLowerCase(), b.toLowerCase()) <= MAX_SPELLING_EDITS));
    })
    .map((e) => ({ referent: e.referent, neutral: [], occurrences: e.occurrences }));
}
