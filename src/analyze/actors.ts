/**
 * Actor mentions with a canonical name within one report.
 *
 * Sources of mentions, most trusted first: organisation/group patterns built from the lexicon
 * ("Ukraine's General Staff"), title–name pairs ("Russian President Vladimir Putin"), the curated
 * lexicon of known actors and their transliteration variants, compromise's people/organizations/places
 * (run once per report), and descriptions ("the Russian president") resolved to a person of the
 * report by title, country and salience.
 */
import nlp from 'compromise';
import type { ActorKind, Mention, SentenceSpan } from '../model/types.js';
import {
  COUNTRY_ADJECTIVE,
  DEMONYMS,
  GROUP_HEADS,
  HONORIFICS,
  KNOWN_ACTORS,
  ORG_HEADS,
  ORG_HEAD_CANONICAL,
  PERSON_TITLES,
  STANDALONE_ORGS,
  TIME_WORDS,
  TITLE_FITS,
  type KnownActor,
} from './data/actors.js';

// ---------------------------------------------------------------------------------------------
// canonical keys

function basicKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter((w) => w && w !== 'the' && !HONORIFICS.has(w))
    .join(' ');
}

/** Word-level transliteration normalisation: Zelenskyy/Zelenskiy → zelensky, Dmitri → dmitry. */
function translit(word: string): string {
  return word
    .replace(/^kiev$/, 'kyiv')
    .replace(/yy$/, 'y')
    .replace(/([^aeiou])(?:iy|ii|yi)$/, '$1y')
    .replace(/^dmitri$/, 'dmitry')
    .replace(/^sergei$/, 'sergey')
    .replace(/^(?:yevgeniy|evgeny|evgeniy)$/, 'yevgeny')
    .replace(/^(?:alexey|aleksei|aleksey)$/, 'alexei');
}

const VARIANT_KEYS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const a of KNOWN_ACTORS) {
    const canon = basicKey(a.name);
    for (const v of [a.name, ...a.variants]) {
      m.set(basicKey(v), canon);
      m.set(basicKey(v).split(' ').map(translit).join(' '), canon);
    }
  }
  return m;
})();

/**
 * Normalised key of a name that maps transliteration variants and lexicon aliases to one key
 * (Zelensky/Zelenskyy/Zelenskiy, Kiev/Kyiv, "President Putin"/"Putin"/"Vladimir Putin").
 */
export function canonicalKey(name: string): string {
  const basic = basicKey(name);
  const direct = VARIANT_KEYS.get(basic);
  if (direct !== undefined) return direct;
  const tr = basic.split(' ').map(translit).join(' ');
  return VARIANT_KEYS.get(tr) ?? tr;
}

const KNOWN_BY_KEY: ReadonlyMap<string, KnownActor> = new Map(KNOWN_ACTORS.map((a) => [basicKey(a.name), a]));

function knownFor(name: string): KnownActor | undefined {
  return KNOWN_BY_KEY.get(canonicalKey(name));
}

// ---------------------------------------------------------------------------------------------
// regular expressions built from the lexicon

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

const DEMONYM_WORDS = Object.keys(DEMONYMS).map((d) =>
  d.length <= 4 && !d.includes('.') ? d.toUpperCase() : d.replace(/(^|\.)\p{L}/gu, (c) => c.toUpperCase()),
);
const DEM = `(?:${alt(DEMONYM_WORDS)})(?:['’]s)?`;
const NAME_WORD = String.raw`(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]*\p{L}(?!['’]s\b))`;
const NAME = String.raw`${NAME_WORD}(?:[ \t]${NAME_WORD}){0,3}`;
/** titles in lower case and capitalised ("president", "President") */
const titleCase = (t: string): string => t.replace(/\b\p{L}+/gu, (w) => (['of', 'the'].includes(w) ? w : w.replace(/^\p{L}/u, (c) => c.toUpperCase())));
const TITLE = alt(PERSON_TITLES.flatMap((t) => [t, t.replace(/^\p{L}/u, (c) => c.toUpperCase()), titleCase(t)]));

const RE_TITLE_NAME = new RegExp(String.raw`(?:\b(${DEM})\s+)?\b(${TITLE})\s+(${NAME})`, 'gu');
const RE_TITLE_APPOS = new RegExp(String.raw`(?:\b(${DEM})\s+)?\b(${TITLE}),\s+(${NAME})`, 'gu');
const RE_NAME_APPOS = new RegExp(String.raw`(${NAME}),\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:(${DEM})\s+)?(${TITLE})\b(?:\s+of\s+(?:the\s+)?(${NAME}))?`, 'gu');
const RE_DESCRIPTION = new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:(${DEM})\s+)?(${TITLE})\b(?!\s+\p{Lu}|\s+of\b)`, 'gu');
const RE_DEM_DESCRIPTION = new RegExp(String.raw`\b(${DEM})\s+(${TITLE})\b(?!\s+\p{Lu}|\s+of\b)`, 'gu');
const RE_ORG = new RegExp(String.raw`\b(?:[Tt]he\s+)?(${DEM})\s+(${alt(ORG_HEADS)})\b(?:\s+of\s+(${DEM}))?`, 'gu');
const RE_ORG_OF = new RegExp(String.raw`\b(?:[Tt]he\s+)?(${alt(ORG_HEADS.filter((h) => /^\p{Lu}/u.test(h)))})\s+of\s+(?:the\s+)?(${DEM})`, 'gu');
const RE_GROUP = new RegExp(String.raw`\b(${DEM})\s+(?:[\p{Ll}-]+\s+)?(${alt(Object.keys(GROUP_HEADS))})\b`, 'gu');
const RE_STANDALONE = new RegExp(String.raw`\b(?:${alt(STANDALONE_ORGS.flatMap((o) => [o, o.replace(/^the /, 'The ')]))})\b`, 'gu');
const KNOWN_VARIANTS = KNOWN_ACTORS.flatMap((a) => [a.name, ...a.variants].map((v) => [v, a] as const));
const RE_KNOWN = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alt(KNOWN_VARIANTS.map(([v]) => v))})(?![\p{L}\p{N}])`, 'gu');
const KNOWN_BY_VARIANT = new Map(KNOWN_VARIANTS.map(([v, a]) => [v, a]));

function countryOf(dem: string | undefined): string | null {
  if (!dem) return null;
  return DEMONYMS[dem.toLowerCase().replace(/['’]s$/, '')] ?? null;
}

function adjectiveOf(country: string): string {
  return COUNTRY_ADJECTIVE[country] ?? country;
}

// ---------------------------------------------------------------------------------------------

interface Candidate extends Mention {
  /** higher wins when mentions overlap */
  priority: number;
}

/** Priorities of mention sources when spans overlap (higher wins). */
const PRIORITY = { pattern: 5, titled: 4, description: 3.5, known: 3, compromise: 2, surname: 1 } as const;
/** Characters of one text given to compromise (about forty long news articles). */
const MAX_COMPROMISE_CHARS = 200_000;
/** Surnames shorter than this are not searched alone (initials, "Li" would over-match). */
const MIN_SURNAME_LENGTH = 3;

interface PersonInfo {
  name: string;
  roles: Set<string>;
  countries: Set<string>;
}

function cleanName(raw: string): { text: string; offset: number } {
  const m = /^[^\p{L}]*(.*?)(?:['’]s)?[^\p{L}.]*$/u.exec(raw);
  const inner = m?.[1] ?? raw;
  const offset = raw.indexOf(inner);
  return { text: inner.replace(/\.$/, (d) => (/\b\p{Lu}\.$/u.test(inner) ? d : '')), offset: Math.max(0, offset) };
}

function stripHonorifics(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && HONORIFICS.has((words[0] ?? '').toLowerCase().replace(/\.$/, ''))) words.shift();
  return words.join(' ');
}

const lastWordKey = (name: string): string => canonicalKey(name.split(/\s+/).pop() ?? name);

/** Finds actor mentions with their canonical names within the report. */
export function findMentions(text: string, sentences: SentenceSpan[]): Mention[] {
  const cands: Candidate[] = [];
  const persons = new Map<string, PersonInfo>(); // last-name key → info
  const person = (name: string): PersonInfo => {
    const key = lastWordKey(name);
    let p = persons.get(key);
    if (!p) {
      p = { name, roles: new Set(), countries: new Set() };
      persons.set(key, p);
    }
    if (name.split(/\s+/).length > p.name.split(/\s+/).length) p.name = name;
    return p;
  };
  const add = (start: number, end: number, name: string, kind: ActorKind, priority: number): void => {
    if (isTimeName(name)) return;
    if (end > start) cands.push({ start, end, text: text.slice(start, end), name, kind, priority });
  };
  const addPerson = (start: number, rawName: string, priority: number, title?: string, dem?: string): void => {
    const { text: full, offset } = cleanName(rawName);
    const cleaned = full.split(/['’]s\b|\s+of\s+|,/u)[0] ?? full;
    const name = stripHonorifics(cleaned);
    if (!/\p{L}/u.test(name) || HONORIFICS.has(name.toLowerCase().replace(/\.$/, ''))) return;
    const known = knownFor(name);
    if (known && known.kind !== 'person') return;
    const p = person(name);
    if (title) p.roles.add(title.toLowerCase());
    const c = countryOf(dem);
    if (c) p.countries.add(c);
    const s = start + offset + cleaned.indexOf(name);
    add(s, s + name.length, name, 'person', priority);
  };

  // 1. title–name pairs and appositions
  for (const m of text.matchAll(RE_TITLE_NAME)) {
    const [, dem, title, name] = m;
    if (!title || !name || knownFor(name)?.kind === 'place') continue;
    addPerson((m.index ?? 0) + m[0].length - name.length, name, PRIORITY.titled, title, dem);
  }
  for (const m of text.matchAll(RE_TITLE_APPOS)) {
    const [, dem, title, name] = m;
    if (!title || !name) continue;
    addPerson((m.index ?? 0) + m[0].length - name.length, name, PRIORITY.titled, title, dem);
  }
  for (const m of text.matchAll(RE_NAME_APPOS)) {
    const [, name, dem, title, ofCountry] = m;
    if (!name || !title || name.split(/\s+/).length < 2) continue;
    addPerson(m.index ?? 0, name, PRIORITY.titled, title, dem ?? ofCountry);
  }
  // 2. organisations and groups from the lexicon
  for (const m of text.matchAll(RE_ORG)) {
    const [, dem, head, ofDem] = m;
    const country = countryOf(ofDem) ?? countryOf(dem);
    if (!head || !country) continue;
    const canonHead = ORG_HEAD_CANONICAL[head.toLowerCase()] ?? head;
    add(m.index ?? 0, (m.index ?? 0) + m[0].length, `${adjectiveOf(country)} ${canonHead}`, 'organization', PRIORITY.pattern);
  }
  for (const m of text.matchAll(RE_ORG_OF)) {
    const [, head, dem] = m;
    const country = countryOf(dem);
    if (!head || !country) continue;
    const canonHead = ORG_HEAD_CANONICAL[head.toLowerCase()] ?? head;
    add(m.index ?? 0, (m.index ?? 0) + m[0].length, `${adjectiveOf(country)} ${canonHead}`, 'organization', PRIORITY.pattern);
  }
  for (const m of text.matchAll(RE_GROUP)) {
    const [, dem, head] = m;
    const country = countryOf(dem);
    if (!head || !country) continue;
    add(m.index ?? 0, (m.index ?? 0) + m[0].length, `${adjectiveOf(country)} ${GROUP_HEADS[head] ?? head}`, 'group', PRIORITY.pattern);
  }
  for (const m of text.matchAll(RE_STANDALONE)) {
    const name = m[0].replace(/^[Tt]he /, '');
    add(m.index ?? 0, (m.index ?? 0) + m[0].length, knownFor(name)?.name ?? name, 'organization', PRIORITY.pattern);
  }
  // 3. known actors and their variants
  for (const m of text.matchAll(RE_KNOWN)) {
    const a = KNOWN_BY_VARIANT.get(m[0]);
    if (!a) continue;
    if (a.kind === 'person') {
      const p = person(a.name);
      p.name = a.name;
    }
    add(m.index ?? 0, (m.index ?? 0) + m[0].length, a.name, a.kind, PRIORITY.known);
  }
  // 4. compromise, once for the whole report
  // compromise costs ~0.1 s per news article: on very long texts it reads only the beginning
  // (cut at a sentence end); the lexicon and the patterns above still cover the whole text
  const cut = text.length <= MAX_COMPROMISE_CHARS ? text.length : (sentences.filter((x) => x.end <= MAX_COMPROMISE_CHARS).pop()?.end ?? 0);
  const doc = nlp(text.slice(0, cut));
  const kinds: [{ json: (opts: object) => unknown }, ActorKind][] = [
    [doc.people(), 'person'],
    [doc.organizations(), 'organization'],
    [doc.places(), 'place'],
  ];
  for (const [view, kind] of kinds) {
    for (const j of view.json({ offset: true }) as { offset?: { start: number; length: number } }[]) {
      if (!j.offset) continue;
      const raw = text.slice(j.offset.start, j.offset.start + j.offset.length);
      const { text: cleaned, offset } = cleanName(raw);
      if (!/^\p{Lu}/u.test(cleaned)) continue;
      const start = j.offset.start + offset;
      if (kind === 'person') addPerson(start, cleaned, PRIORITY.compromise);
      else {
        const name = cleaned.replace(/^The\s+/, '');
        const known = knownFor(name);
        add(start, start + cleaned.length, known?.name ?? name, known?.kind ?? kind, PRIORITY.compromise);
      }
    }
  }
  // lexicon roles as a fallback for people whose title the report never gives
  for (const p of persons.values()) {
    const known = knownFor(p.name);
    if (known?.kind === 'person') {
      p.name = known.name;
      if (p.roles.size === 0) for (const r of known.roles ?? []) p.roles.add(r);
      if (p.countries.size === 0 && known.country) p.countries.add(known.country);
    }
  }
  // surnames standing alone ("Varnholm said") once the full name is known
  for (const [key, p] of persons) {
    const words = p.name.split(/\s+/);
    const last = words[words.length - 1];
    if (words.length < 2 || !last || last.length < MIN_SURNAME_LENGTH) continue;
    const re = new RegExp(String.raw`(?<![\p{L}\p{N}])${escape(last)}(?![\p{L}\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      if (lastWordKey(m[0]) === key) add(start, start + m[0].length, p.name, 'person', PRIORITY.surname);
    }
  }
  // person mentions take the report's fullest name for that surname
  for (const c of cands) {
    if (c.kind !== 'person') continue;
    const p = persons.get(lastWordKey(c.name));
    if (p) c.name = p.name;
  }
  // 5. descriptions ("the Russian president", "the Russian leader", "a Kremlin spokesman")
  const sentenceOf = sentenceIndexer(sentences);
  const personMentions = () => cands.filter((c) => c.kind === 'person' && c.priority !== PRIORITY.description);
  const descriptions: { start: number; end: number; title: string; country: string | null }[] = [];
  for (const re of [RE_DESCRIPTION, RE_DEM_DESCRIPTION]) {
    for (const m of text.matchAll(re)) {
      const [, dem, title] = m;
      if (!title) continue;
      descriptions.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, title: title.toLowerCase(), country: countryOf(dem) });
    }
  }
  const people = [...persons.values()];
  const pm = personMentions();
  for (const d of descriptions) {
    const fits = TITLE_FITS[d.title] ?? [d.title];
    let pool = people.filter((p) => [...p.roles].some((r) => fits.includes(r)) && (!d.country || p.countries.has(d.country)));
    if (pool.length === 0 && d.country) pool = people.filter((p) => p.countries.has(d.country ?? '') && p.roles.size > 0);
    const chosen = mostSalient(pool, pm, d.start, sentenceOf);
    if (chosen) add(d.start, d.end, chosen.name, 'person', PRIORITY.description);
    else if (d.country) add(d.start, d.end, `${adjectiveOf(d.country)} ${d.title}`, 'person', PRIORITY.description);
  }
  return resolveOverlaps(cands);
}

/** "Wednesday", "Wednesday evening", "March 12": time expressions are never actors. */
export function isTimeName(name: string): boolean {
  const words = name.toLowerCase().split(/[\s,]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => TIME_WORDS.has(w) || /^\d+(?:st|nd|rd|th)?$/.test(w));
}

/** Maps a character offset to the index of the sentence holding it (binary search). */
export function sentenceIndexer(sentences: SentenceSpan[]): (offset: number) => number {
  return (offset: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((sentences[mid]?.start ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/**
 * The candidate most salient at `at`: mentioned in the nearest sentence before (or at) the offset,
 * and within that sentence the earliest mention (the subject, usually). Falls back to the first
 * candidate mentioned after the offset.
 */
function mostSalient(
  pool: PersonInfo[],
  mentions: Mention[],
  at: number,
  sentenceOf: (o: number) => number,
): PersonInfo | null {
  if (pool.length === 0) return null;
  if (pool.length === 1) return pool[0] ?? null;
  const names = new Set(pool.map((p) => p.name));
  let best: { m: Mention; s: number } | null = null;
  for (const m of mentions) {
    if (!names.has(m.name) || m.start >= at) continue;
    const s = sentenceOf(m.start);
    if (!best || s > best.s || (s === best.s && m.start < best.m.start)) best = { m, s };
  }
  const after = mentions.find((m) => names.has(m.name) && m.start >= at);
  const name = best?.m.name ?? after?.name;
  return pool.find((p) => p.name === name) ?? pool[0] ?? null;
}

function resolveOverlaps(cands: Candidate[]): Mention[] {
  const sorted = [...cands].sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, text, name, kind }) => ({ start, end, text, name, kind }));
}
