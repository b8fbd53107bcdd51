import type { Actor, ActorKind, Report, ReportAnalysis } from '../model/types.js';
import { hashId } from '../model/evidence.js';
import { canonicalKey } from '../analyze/actors.js';

/** Resolves canonical names from any report to one story-level actor. */
export interface ActorIndex {
  actors: Actor[];
  /** Actor id for a canonical name, or null when the name is unknown. */
  idOf(name: string | null | undefined): string | null;
  /** Canonical key of a name, merged across reports (surname-only forms join the full name). */
  keyOf(name: string | null | undefined): string | null;
  /** The story-level actor's canonical name for a name, or null when the name is unknown. */
  nameOf(name: string | null | undefined): string | null;
  /** The story-level actor's kind for a name, or null when the name is unknown. */
  kindOf(name: string | null | undefined): ActorKind | null;
}

/**
 * The name in a speaker phrase with an apposition: "Zoltan Varga, the reconstruction minister" is
 * Zoltan Varga; "the ferry operator, Blue Line" is Blue Line. Without a comma, the phrase itself.
 */
export function appositionName(name: string): string {
  if (!name.includes(',')) return name;
  const parts = name.split(',').map((p) => p.trim()).filter(Boolean);
  return parts.find(isProperName) ?? parts[0] ?? name;
}

interface Acc {
  names: Map<string, number>;
  kinds: Map<ActorKind, number>;
  aliases: Set<string>;
}

/** Merges chain at most this deep (surname → full name → name without a descriptor). */
const MAX_MERGE_HOPS = 3;

const lastToken = (key: string): string => key.split(' ').pop() ?? key;

/** Lower-case words that may stand inside a proper name (Duke of York, Ursula von der Leyen). */
const NAME_PARTICLES = new Set(['of', 'the', 'de', 'del', 'der', 'van', 'von', 'al', 'bin', 'da', 'la', 'le', 'and', 'for']);

/**
 * Every word capitalised (or a number: "3rd Battalion"), but for name particles, and some capital
 * letter: "Viktor Salin", "Ministry of Defence"; not "27-year-old", which is a description.
 */
export function isProperName(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  return words.length > 0 && /\p{Lu}/u.test(name) && words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && NAME_PARTICLES.has(w.toLowerCase())));
}

/**
 * Merges the actors that reports mention into story-level actors: transliteration variants
 * (canonicalKey), and a surname-only name joins the one full name that ends with it.
 */
export function buildActors(reports: Report[], analyses: Map<string, ReportAnalysis>): ActorIndex {
  const acc = new Map<string, Acc>();
  const touch = (phrase: string, kind: ActorKind | null, alias: string | null): void => {
    const name = appositionName(phrase);
    const key = canonicalKey(name);
    if (!key) return;
    let a = acc.get(key);
    if (!a) {
      a = { names: new Map(), kinds: new Map(), aliases: new Set() };
      acc.set(key, a);
    }
    a.names.set(name, (a.names.get(name) ?? 0) + 1);
    if (kind) a.kinds.set(kind, (a.kinds.get(kind) ?? 0) + 1);
    if (alias) a.aliases.add(alias.replace(/\s+/g, ' ').trim());
  };
  for (const r of reports) {
    const an = analyses.get(r.id);
    if (!an) continue;
    for (const m of an.mentions) touch(m.name, m.kind, m.text);
    for (const q of an.quotes) if (q.speakerName) touch(q.speakerName, null, null);
    for (const s of an.statements) {
      if (s.actorName) touch(s.actorName, null, null);
      if (s.targetName) touch(s.targetName, null, null);
    }
  }
  // A single-token key (a surname, a city) joins the one multi-token key ending with it.
  const merged = new Map<string, string>();
  const keys = [...acc.keys()].sort();
  // Only proper names absorb a surname: "accusation Arvenia" (a parsing slip) must not take "Arvenia".
  const proper = new Set<string>();
  for (const [k, a] of acc) if ([...a.names.keys()].some(isProperName)) proper.add(k);
  for (const k of keys) {
    if (k.includes(' ')) continue;
    const longer = keys.filter((o) => o !== k && o.includes(' ') && lastToken(o) === k && proper.has(o));
    if (longer.length === 1) merged.set(k, longer[0]!);
  }
  // A single word that opens the name of one organisation or person of its own kind ("Halden" for
  // "Halden Care Group", "Leonie" for "Leonie Feld") is that one, unless it is itself a place (the
  // town the firm is named after) or the surname of someone named above. (A relative who shares
  // the first name and is named by it alone — "Sarah, their daughter" — is taken for the one named
  // in full: the cost of the rule.)
  const majorKind = (k: string): ActorKind | undefined =>
    [...acc.get(k)!.kinds.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  for (const k of keys) {
    if (k.includes(' ') || merged.has(k) || !proper.has(k) || majorKind(k) === 'place') continue;
    if (keys.some((o) => o !== k && o.includes(' ') && lastToken(o) === k)) continue;
    const own = majorKind(k);
    const opened = keys.filter((o) => {
      if (!o.startsWith(`${k} `) || !proper.has(o)) return false;
      const kind = majorKind(o);
      return (kind === 'organization' || kind === 'person') && (own === undefined || own === kind);
    });
    if (opened.length === 1) merged.set(k, opened[0]!);
  }
  // A name with one more word in front ("Builder Norvik Construction", a descriptor capitalised
  // at the start of a sentence) joins the shorter name, when it is the only one that does.
  for (const k of keys) {
    if (!k.includes(' ') || !proper.has(k)) continue;
    const longer = keys.filter((o) => o.endsWith(` ${k}`) && o.split(' ').length === k.split(' ').length + 1);
    if (longer.length === 1 && !merged.has(longer[0]!)) merged.set(longer[0]!, k);
  }
  const rootOf = (k: string): string => {
    let r = k;
    for (let hops = 0; hops < MAX_MERGE_HOPS && merged.has(r); hops++) r = merged.get(r)!;
    return r;
  };
  const groups = new Map<string, Acc>();
  for (const [k, a] of acc) {
    const root = rootOf(k);
    const g = groups.get(root);
    if (!g) {
      groups.set(root, { names: new Map(a.names), kinds: new Map(a.kinds), aliases: new Set(a.aliases) });
      continue;
    }
    for (const [n, c] of a.names) g.names.set(n, (g.names.get(n) ?? 0) + c);
    for (const [n, c] of a.kinds) g.kinds.set(n, (g.kinds.get(n) ?? 0) + c);
    for (const al of a.aliases) g.aliases.add(al);
  }
  const actors: Actor[] = [];
  const idByRoot = new Map<string, string>();
  for (const root of [...groups.keys()].sort()) {
    const g = groups.get(root)!;
    // The canonical name: the fullest form, then the most frequent, then alphabetical.
    const name = [...g.names.entries()].sort(
      (a, b) => b[0].split(/\s+/).length - a[0].split(/\s+/).length || b[1] - a[1] || a[0].localeCompare(b[0]),
    )[0]![0];
    const kind = [...g.kinds.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'other';
    const aliases = [...new Set([...g.names.keys(), ...g.aliases])].filter((a) => a !== name && a.length > 0).sort();
    const id = hashId('a', root);
    idByRoot.set(root, id);
    actors.push({ id, name, kind, aliases });
  }
  const keyOf = (n: string | null | undefined): string | null => {
    if (!n) return null;
    const k = canonicalKey(appositionName(n));
    return k ? rootOf(k) : null;
  };
  const byId = new Map(actors.map((a) => [a.id, a]));
  const actorOf = (n: string | null | undefined): Actor | undefined => {
    const k = keyOf(n);
    const id = k ? idByRoot.get(k) : undefined;
    return id ? byId.get(id) : undefined;
  };
  return {
    actors,
    keyOf,
    nameOf: (n) => actorOf(n)?.name ?? null,
    kindOf: (n) => actorOf(n)?.kind ?? null,
    idOf: (n) => {
      const k = keyOf(n);
      return k ? (idByRoot.get(k) ?? null) : null;
    },
  };
}
