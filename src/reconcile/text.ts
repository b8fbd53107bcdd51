import type { WordDiff } from '../model/types.js';
import { NEGATORS, STOPWORDS, SYNONYM_CLASSES } from './data/lexicon.js';
import { sensesOf } from './wordnet.js';

/** Shared prefix length from which two words count as one form (guarantee/guaranteed). */
const PREFIX_MATCH = 5;

const IRREGULAR: Record<string, string> = {
  lives: 'life',
  men: 'man',
  women: 'woman',
  children: 'child',
  people: 'person',
  // irregular verbs, so that "I ran" and "to run" are one word
  ran: 'run',
  took: 'take',
  taken: 'take',
  went: 'go',
  gone: 'go',
  came: 'come',
  made: 'make',
  knew: 'know',
  known: 'know',
  sold: 'sell',
  paid: 'pay',
  held: 'hold',
  won: 'win',
  lost: 'lose',
  fought: 'fight',
  met: 'meet',
  built: 'build',
  sent: 'send',
  spent: 'spend',
  began: 'begin',
  begun: 'begin',
  broke: 'break',
  broken: 'break',
  chose: 'choose',
  chosen: 'choose',
  flew: 'fly',
  flown: 'fly',
  fled: 'flee',
  wrote: 'write',
  written: 'write',
  spoke: 'speak',
  spoken: 'speak',
  shot: 'shoot',
  hid: 'hide',
  hidden: 'hide',
  // irregular comparison, so that "worse than the cold" and "the worst part" are one word
  worse: 'bad',
  worst: 'bad',
  better: 'good',
  best: 'good',
};

/** Lower-cased word tokens, with curly apostrophes unified and possessives dropped. */
export function words(text: string): string[] {
  return (text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []).map((w) =>
    w.replace(/'s$/, ''),
  );
}

/** "cutt" (cutting) is "cut", "plann" (planned) is "plan"; "fall", "pass", "add" keep their pair. */
function undouble(st: string): string {
  return /([bdgmnprt])\1$/.test(st) && st.length > 3 ? st.slice(0, -1) : st;
}

/**
 * One short syllable ending consonant-vowel-consonant ("plan", "clos", "strik", "quit"): the only
 * stems whose final "e" tells two words apart ("plane"/"plan", "care"/"car", "quite"/"quit").
 */
const SHORT_SYLLABLE = /^(?:qu|[^aeiouy])*[aeiouy][^aeiouwxy]$/;

/**
 * What is left once an ending that swallows a final "e" is cut ("closing", "closed", "sizes"):
 * a doubled consonant undoubled ("planned" is "plan"); a short syllable gets its "e" back
 * ("closing" is "close", like "closes").
 */
function beforeEnding(st: string): string {
  const single = undouble(st);
  return single === st && SHORT_SYLLABLE.test(st) ? `${st}e` : single;
}

/**
 * A final "e" dropped unless it follows a short syllable: "nurse", "nurses" and "nursing" are
 * one stem ("nurs"), as are "agree" and "agreed" ("agre"), while "plane" stays apart from "plan".
 */
function dropFinalE(st: string): string {
  let out = st;
  while (out.length > 3 && out.endsWith('e') && !SHORT_SYLLABLE.test(out.slice(0, -1))) out = out.slice(0, -1);
  return out;
}

function suffixStem(w: string): string {
  if (w.length > 5 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && w.endsWith('ing')) return beforeEnding(w.slice(0, -3));
  if (w.length > 4 && w.endsWith('ed')) return beforeEnding(w.slice(0, -2));
  if (w.length > 3 && /(ss|sh|ch|x|z)es$/.test(w)) return beforeEnding(w.slice(0, -2));
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** A crude but stable stem: irregulars, then common inflection suffixes, then a silent final "e". */
export function stem(word: string): string {
  return dropFinalE(suffixStem(IRREGULAR[word] ?? word));
}

const synonymOf = new Map<string, number>();
/** Synonym classes by the stem of their uninflected words, for inflections the class omits ("encircles"). */
const synonymOfStem = new Map<string, number>();
/** The phrases of the synonym classes ("cut off", "lay down"), by the stems of their words. */
const phraseOfStems = new Map<string, string>();
const phraseStemKey = (ws: readonly string[]): string => ws.map(stem).join(' ');
/** Most words in a synonym phrase. */
let longestPhrase = 1;
SYNONYM_CLASSES.forEach((cls, i) => {
  for (const w of cls) {
    synonymOf.set(w, i);
    if (w.includes(' ')) {
      const ws = w.split(' ');
      phraseOfStems.set(phraseStemKey(ws), w);
      longestPhrase = Math.max(longestPhrase, ws.length);
      continue;
    }
    const st = stem(w);
    // "fired" is not "fire": only a word the stem leaves whole (but for a silent "e") stands for its forms
    if (w.startsWith(st) && /^e*$/.test(w.slice(st.length))) synonymOfStem.set(st, i);
  }
});

/**
 * Words with each synonym phrase made one word ("are not cut off" → are, not, "cut off"), in any
 * inflection ("cutting off"): the phrase then matches its one-word synonyms ("encircled").
 */
export function joinPhrases(ws: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < ws.length) {
    const n = phraseLengthAt(ws, i);
    out.push(n > 1 ? phraseOfStems.get(phraseStemKey(ws.slice(i, i + n)))! : ws[i]!);
    i += n;
  }
  return out;
}

/** Words of the longest synonym phrase starting at `i`, else 1. */
function phraseLengthAt(ws: string[], i: number): number {
  for (let n = Math.min(longestPhrase, ws.length - i); n > 1; n--) if (phraseOfStems.has(phraseStemKey(ws.slice(i, i + n)))) return n;
  return 1;
}

/** Content words (synonym phrases as one word): no stop words, no bare numbers shorter than 2 characters. */
export function contentWords(text: string): string[] {
  return joinPhrases(words(text)).filter((w) => !STOPWORDS.has(w) && !NEGATORS.has(w) && w.length > 1);
}

const keyCache = new Map<string, string>();
/** Words kept in the key cache at most (a bound on memory for very large corpora). */
const KEY_CACHE_MAX = 200_000;

/**
 * The form under which two content words count as the same: a synonym class, else the stem's
 * first five letters (guarantee/guaranteed), else the short stem. Memoised: it is the hot path.
 */
export function matchKey(word: string): string {
  let k = keyCache.get(word);
  if (k !== undefined) return k;
  const st = stem(word);
  const cls = synonymOf.get(word) ?? synonymOf.get(st) ?? synonymOfStem.get(st);
  k = cls !== undefined ? `#${cls}` : st.length >= PREFIX_MATCH ? st.slice(0, PREFIX_MATCH) : st;
  if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
  keyCache.set(word, k);
  return k;
}

/** True when two content words count as the same: one stem, a long shared prefix, or synonyms. */
export function sameWord(a: string, b: string): boolean {
  return a === b || matchKey(a) === matchKey(b);
}

const keySets = new WeakMap<readonly string[], Set<string>>();

/** The distinct match keys of a word list (cached per list: callers must not mutate either). */
export function keySet(words: readonly string[]): Set<string> {
  let out = keySets.get(words);
  if (out) return out;
  out = new Set<string>();
  for (const w of words) out.add(matchKey(w));
  keySets.set(words, out);
  return out;
}

/** Inverse document frequency of match keys over a set of word lists (rarer: heavier), by key. */
export function idfWeights(docs: string[][]): (key: string) => number {
  const df = new Map<string, number>();
  for (const d of docs) for (const k of keySet(d)) df.set(k, (df.get(k) ?? 0) + 1);
  const n = docs.length;
  return (k) => Math.log((n + 1) / ((df.get(k) ?? 0) + 0.5));
}

/**
 * Groups items whose key is equal (identical wordings): clustering then scores one item per
 * group, which keeps syndicated stories of hundreds of reports fast. Returns representatives
 * and each representative's members.
 */
export function collapseIdentical<T>(items: T[], keyOf: (t: T) => string): { reps: number[]; members: Map<number, number[]> } {
  const first = new Map<string, number>();
  const members = new Map<number, number[]>();
  const reps: number[] = [];
  items.forEach((item, i) => {
    const k = keyOf(item);
    const r = first.get(k);
    if (r === undefined) {
      first.set(k, i);
      reps.push(i);
      members.set(i, [i]);
    } else members.get(r)!.push(i);
  });
  return { reps, members };
}

/**
 * Containment weighted by word weights: the weight of the smaller set's matched words over its
 * total. With `byMeaning`, words also match by meaning (see `matchedKeys`), and of two sets of one
 * size the better way round counts.
 */
export function weightedContainment(a: string[], b: string[], weight: (key: string) => number, byMeaning = false): number {
  const ka = keySet(a);
  const kb = keySet(b);
  if (!byMeaning) return ka.size <= kb.size ? weighted(ka, kb, weight) : weighted(kb, ka, weight);
  if (ka.size < kb.size) return weighted(ka, matchedKeys(a, b), weight);
  if (kb.size < ka.size) return weighted(kb, matchedKeys(b, a), weight);
  return Math.max(weighted(ka, matchedKeys(a, b), weight), weighted(kb, matchedKeys(b, a), weight));
}

function weighted(small: Set<string>, matched: Set<string>, weight: (key: string) => number): number {
  let total = 0;
  let hit = 0;
  for (const k of small) {
    const x = weight(k);
    total += x;
    if (matched.has(k)) hit += x;
  }
  return total > 0 ? hit / total : 0;
}

/**
 * Share of an item's keys that may go unmatched in a pair worth scoring. Items are probed with
 * their rarest keys only (prefix filtering): a pair sharing at least (1 - this) of the smaller
 * item's keys always shares one of them. (Keys, not meanings: a pair whose words match only by
 * meaning is never offered.)
 */
export const PROBE_SLACK = 0.7;

/**
 * Candidate pairs for clustering, scored: every key of every item is indexed, and each item
 * probes the index with its rarest keys, so common words do not pair everything with
 * everything. Pairs scoring at or above `threshold` are returned.
 */
export function candidatePairs(
  docs: string[][],
  score: (i: number, j: number) => number,
  threshold: number,
): { i: number; j: number; score: number }[] {
  const keys = docs.map((d) => [...keySet(d)]);
  const index = new Map<string, number[]>();
  keys.forEach((ks, i) => {
    for (const k of ks) {
      const list = index.get(k) ?? [];
      list.push(i);
      index.set(k, list);
    }
  });
  const seen = new Set<number>();
  const pairs: { i: number; j: number; score: number }[] = [];
  keys.forEach((ks, i) => {
    const rare = [...ks].sort((a, b) => (index.get(a)?.length ?? 0) - (index.get(b)?.length ?? 0) || a.localeCompare(b));
    const probe = rare.slice(0, Math.max(1, Math.ceil(rare.length * PROBE_SLACK) + 1));
    for (const k of probe) {
      for (const j of index.get(k) ?? []) {
        if (j === i) continue;
        const [a, b] = i < j ? [i, j] : [j, i];
        const key = a * docs.length + b;
        if (seen.has(key)) continue;
        seen.add(key);
        const sc = score(a, b);
        if (sc >= threshold) pairs.push({ i: a, j: b, score: sc });
      }
    }
  });
  return pairs;
}

/**
 * Agglomerative clustering without chaining: candidate pairs are merged best first, and two
 * groups join only when every pair across them scores at least `floor` (complete link) —
 * a score below zero is a cannot-link. Returns groups of indices.
 */
export function completeLinkClusters(
  n: number,
  pairs: { i: number; j: number; score: number }[],
  score: (i: number, j: number) => number,
  floor: number,
): number[][] {
  const members = new Map<number, number[]>();
  const root = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < n; i++) members.set(i, [i]);
  const cache = new Map<number, number>();
  const sc = (i: number, j: number): number => {
    const key = i < j ? i * n + j : j * n + i;
    let v = cache.get(key);
    if (v === undefined) {
      v = score(i, j);
      cache.set(key, v);
    }
    return v;
  };
  for (const { i, j } of [...pairs].sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j)) {
    const ri = root[i]!;
    const rj = root[j]!;
    if (ri === rj) continue;
    const gi = members.get(ri)!;
    const gj = members.get(rj)!;
    if (!gi.every((x) => gj.every((y) => sc(x, y) >= floor))) continue;
    const [keep, drop] = ri < rj ? [ri, rj] : [rj, ri];
    const merged = [...members.get(keep)!, ...members.get(drop)!];
    members.set(keep, merged);
    members.delete(drop);
    for (const x of merged) root[x] = keep;
  }
  return [...members.values()].map((g) => g.sort((a, b) => a - b));
}

/**
 * Share of the smaller word set found in the larger one (containment), with fuzzy matching; with
 * `byMeaning`, words of one meaning match too (see `matchedKeys`). Every word weighs the same.
 */
export function containment(a: string[], b: string[], byMeaning = false): number {
  return weightedContainment(a, b, EVEN, byMeaning);
}

const EVEN = (): number => 1;

/** A word WordNet is asked about: a content word, not a negator, a number or a short word. */
const meaningful = (w: string): boolean => w.length >= 3 && !STOPWORDS.has(w) && !NEGATORS.has(w) && !/\d/.test(w);

/** Per word list: each sense (WordNet) of its meaningful words → the match keys that carry it. */
const senseIndexes = new WeakMap<readonly string[], Map<string, string[]>>();

function senseIndex(words: readonly string[]): Map<string, string[]> {
  let out = senseIndexes.get(words);
  if (out) return out;
  out = new Map();
  for (const w of words) {
    if (!meaningful(w)) continue;
    const k = matchKey(w);
    for (const s of sensesOf(IRREGULAR[w] ?? w)) {
      const ks = out.get(s);
      if (!ks) out.set(s, [k]);
      else if (!ks.includes(k)) ks.push(k);
    }
  }
  senseIndexes.set(words, out);
  return out;
}

/**
 * Match keys of `a` that some word of `b` matches: by key or, meaningful word for meaningful
 * word, by meaning (WordNet: `sensesOf`), each word of `b` standing for one word of `a` only
 * ("charged" and "accused" are not both matched by one "accused"). Linear in the two lists.
 * (Candidate pairs are still found by shared keys: a pair alike only in meaning is never offered.)
 */
function matchedKeys(a: readonly string[], b: readonly string[]): Set<string> {
  const ka = keySet(a);
  const kb = keySet(b);
  const out = new Set<string>();
  for (const k of ka) if (kb.has(k)) out.add(k);
  const index = senseIndex(b);
  if (index.size === 0) return out;
  const used = new Set<string>();
  for (const w of a) {
    const k = matchKey(w);
    if (out.has(k) || !meaningful(w)) continue;
    for (const s of sensesOf(IRREGULAR[w] ?? w)) {
      const free = index.get(s)?.find((x) => !ka.has(x) && !used.has(x));
      if (free === undefined) continue;
      used.add(free);
      out.add(k);
      break;
    }
  }
  return out;
}

/** Distinct words of `a` (by match key) that match some word of `b`. */
export function overlap(a: string[], b: string[]): number {
  const kb = keySet(b);
  let hit = 0;
  for (const k of keySet(a)) if (kb.has(k)) hit++;
  return hit;
}

/** Negators that do not negate: hedges ("no fewer than twelve", "no later than May") and "not only". */
export const NON_NEGATING = /\b(?:no|not) (?:fewer|less|more|later|sooner) than\b|\bnot only\b/g;

export function isNegated(text: string): boolean {
  return negationWords(text).some((w) => NEGATORS.has(w) || w.endsWith("n't"));
}

/** Lower-cased words of a text with its hedges ("no fewer than") taken out: where negators are sought. */
export function negationWords(text: string): string[] {
  return words(text.toLowerCase().replace(NON_NEGATING, ' '));
}

/** A word that negates the predicate after it: "not", "never", "no", "-n't". */
export function negatesPredicate(w: string): boolean {
  return w === 'not' || w === 'never' || w === 'no' || w.endsWith("n't");
}

/**
 * Words of a quotation for alignment: its content words and its negators, normalised ("n't" and
 * "never" are "not": translations swap them), so that "nothing new" keeps two words and "we will"
 * never equals "we will not".
 */
export function quoteWords(text: string): string[] {
  const t = text.toLowerCase().replace(/[’‘]/g, "'").replace(NON_NEGATING, ' ').replace(TAKE_PLACE, ' happened ').replace(NO_LONGER, ' stops ');
  return joinPhrases(words(t.replace(ONCE, ' once ').replace(ONLY_THAT, ' only ')))
    .map((w) => (w.endsWith("n't") || NEGATIVE_FORMS.has(w) ? 'not' : w))
    .filter((w) => NEGATORS.has(w) || (!STOPWORDS.has(w) && !QUOTE_FUNCTION_WORDS.has(w) && !STOPWORDS.has(uncontracted(w)) && w.length > 1));
}

/**
 * Function words that wordings of one utterance swap freely: indefinite and reflexive pronouns
 * ("before anyone asked" / "before anybody requested"; "pays for itself"), "else", and the
 * vague quantities ("a handful of" / "a few" / "several").
 */
const QUOTE_FUNCTION_WORDS = new Set(
  (
    'anyone anybody anything someone somebody something everyone everybody everything whoever whatever whichever else ' +
    'itself himself herself themselves myself yourself ourselves yourselves oneself ' +
    'few several handful couple'
  ).split(' '),
);

/**
 * Negation however English spells it: a negative pronoun or determiner is "not" with an indefinite
 * ("nobody told them" / "no one was told" / "they did not tell anybody"; "honoured none" / "did not
 * keep even one"), and the indefinites are function words (above). Writers choose among these
 * freely, so one utterance reported twice may use any of them. "without" negates a noun only and
 * keeps its own word, as does "nothing", which stands for a thing ("nothing new" keeps two words).
 */
const NEGATIVE_FORMS = new Set(['never', 'no', 'none', 'nobody', 'no-one', 'noone', 'nowhere', 'neither', 'nor']);

/** A contraction's first word ("you'll" → "you", "we're" → "we"): a pronoun with its auxiliary. */
const uncontracted = (w: string): string => w.replace(/'(?:ll|re|ve|d|m)$/, '');

/** "a single time" and "one time" are "once" ("not once", "never a single time"). */
const ONCE = /\b(?:a single|one) time\b/g;
/**
 * A closing ", nothing else" or "and nothing more" restricts, it does not negate: "you will find a
 * chess player, nothing else" says "only a chess player".
 */
const ONLY_THAT = /(?:,|\band)\s+nothing (?:else|more)\b(?=\s*(?:[.,;:!?”"]|$))/g;

/** "took place" is "happened" (two wordings of one quote: "did not happen" / "never took place"). */
const TAKE_PLACE = /\b(?:take|takes|took|taken|taking) place\b/g;
/** "is no longer" is "stops being": no negation of the proposition, a change of state. */
const NO_LONGER = /\b(?:no|not any) longer\b/g;

/** Normalised wording for grouping identical variants (case, quotes, spacing, punctuation). */
export function normalizeWording(text: string): string {
  return words(text).join(' ');
}

/** Word-level diff of `variant` against `canonical` (LCS over lower-cased words). */
export function wordDiff(canonical: string, variant: string): WordDiff[] {
  const a = canonical.match(/\S+/g) ?? [];
  const b = variant.match(/\S+/g) ?? [];
  const ka = a.map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
  const kb = b.map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
  const n = a.length;
  const m = b.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    const row = dp[i]!;
    const next = dp[i + 1]!;
    for (let j = m - 1; j >= 0; j--) {
      row[j] = ka[i] === kb[j] ? next[j + 1]! + 1 : Math.max(next[j]!, row[j + 1]!);
    }
  }
  const out: WordDiff[] = [];
  const push = (op: WordDiff['op'], w: string): void => {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += ` ${w}`;
    else out.push({ op, text: w });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ka[i] === kb[j]) {
      push('same', b[j]!);
      i++;
      j++;
    } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) push('removed', a[i++]!);
    else push('added', b[j++]!);
  }
  while (i < n) push('removed', a[i++]!);
  while (j < m) push('added', b[j++]!);
  return out;
}

/** Minimal union-find over indices. */
export class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    let c = i;
    while (this.parent[c] !== r) {
      const next = this.parent[c]!;
      this.parent[c] = r;
      c = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  groups(): number[][] {
    const m = new Map<number, number[]>();
    this.parent.forEach((_, i) => {
      const r = this.find(i);
      const g = m.get(r);
      if (g) g.push(i);
      else m.set(r, [i]);
    });
    return [...m.values()];
  }
}
