import { ANTONYMS } from './data/lexicon.js';
import { isNegated, words } from './text.js';

const PREFIXES = ['un', 'il', 'ir', 'non-', 'non'];
/** in-/im- negate adjectives (inaccurate, impossible), not verbs or nouns (impose, imposition). */
const IN_PREFIXES = ['in', 'im'];
const ADJECTIVE_END = /(?:ble|ive|ent|ant|al|ate|ete|ect|id|ic|ure|ous)$/;
const opposite = new Map<string, Set<string>>();
/** Antonym pairs with a phrase on either side, matched on word boundaries. */
const PHRASE_ANTONYMS = ANTONYMS.filter(([a, b]) => a.includes(' ') || b.includes(' '));
for (const [a, b] of ANTONYMS) {
  opposite.set(a, new Set([...(opposite.get(a) ?? []), b]));
  opposite.set(b, new Set([...(opposite.get(b) ?? []), a]));
}

/** True when one word is the other with a negating prefix (safe/unsafe, legal/illegal). */
function prefixed(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 4) return false;
  if (PREFIXES.some((p) => a === p + b || b === p + a)) return true;
  return IN_PREFIXES.some((p) => (a === p + b && ADJECTIVE_END.test(b)) || (b === p + a && ADJECTIVE_END.test(a)));
}

/**
 * A pair of contradicting words between two texts: one says "safe" where the other says
 * "unsafe", and neither also uses the other's word. Returns the pair, or null.
 */
export function contradictingTerms(a: string, b: string): [string, string] | null {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  // Listed phrases ("in line with" vs "breached"): one text has one side and not the other.
  const pa = ` ${words(a).join(' ')} `;
  const pb = ` ${words(b).join(' ')} `;
  for (const [x, y] of PHRASE_ANTONYMS) {
    const has = (t: string, p: string): boolean => t.includes(` ${p} `);
    if (has(pa, x) && has(pb, y) && !has(pa, y) && !has(pb, x)) return [x, y];
    if (has(pa, y) && has(pb, x) && !has(pa, x) && !has(pb, y)) return [y, x];
  }
  for (const x of wa) {
    if (wb.has(x)) continue;
    for (const y of wb) {
      if (wa.has(y)) continue;
      if (opposite.get(x)?.has(y) || prefixed(x, y)) return [x, y];
    }
  }
  return null;
}

/** Words on each side of a contradicting term searched for what it is said of (within its clause). */
export const TERM_WINDOW = 6;

/** Where a clause ends: punctuation, or a word that starts another clause. */
const CLAUSE_BREAK = /[,;:.!?()\u2014]|\s(?:and|but|while|whereas|after|before|because|as|although)\s/i;

/**
 * Match keys of the content words standing within `window` words of `term` inside its clause in
 * `text` (around every occurrence): what the term is said of. "cases rose" and "coverage fell"
 * put the same contradicting pair on different things.
 */
export function termContext(
  text: string,
  term: string,
  window: number,
  keyOf: (w: string) => string,
  isContent: (w: string) => boolean,
  beforeOnly = false,
): Set<string> {
  const tw = words(term);
  const out = new Set<string>();
  for (const clause of text.split(CLAUSE_BREAK)) {
    const ws = words(clause);
    for (let i = 0; i + tw.length <= ws.length; i++) {
      if (!tw.every((w, k) => ws[i + k] === w)) continue;
      for (let k = Math.max(0, i - window); k < Math.min(ws.length, beforeOnly ? i : i + tw.length + window); k++) {
        if (k >= i && k < i + tw.length) continue;
        const w = ws[k]!;
        if (isContent(w)) out.add(keyOf(w));
      }
    }
  }
  return out;
}

/** The clause in which `term` stands is negated ("found no structural damage"). */
export function clauseNegated(text: string, term: string): boolean {
  const tw = words(term);
  return text.split(CLAUSE_BREAK).some((clause) => {
    const ws = words(clause);
    const at = ws.findIndex((_, i) => tw.every((w, k) => ws[i + k] === w));
    return at >= 0 && isNegated(clause);
  });
}

/**
 * Compass directions: what stands after them ("the north of the county") is the frame both
 * statements share, so only the words before say what is placed there ("shells came from the west").
 */
export const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western']);
