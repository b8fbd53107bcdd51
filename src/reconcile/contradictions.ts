import { ANTONYMS } from './data/lexicon.js';
import { words } from './text.js';

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
