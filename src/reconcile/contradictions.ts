import { ANTONYMS, AUXILIARIES, NEGATORS, STATE_OPPOSITES } from './data/lexicon.js';
import { CURRENCY_NAMES } from './numbers.js';
import { contentWords, isNegated, words } from './text.js';
import { CHARGE_NOUNS, nounPattern } from '../analyze/data/claim-nouns.js';

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
 * Phrases in which a word of change or state says no change or state: "fell ill", "fell asleep",
 * "rose to speak", and a verb of working with an object ("running this station on luck" is how
 * something is run, not that it runs); "tear gas", "an extraordinary meeting", "settled in the
 * town", "once the dust had settled", "went out on strike", "cut out the middleman", "stayed on
 * as manager" (a light that "stayed on throughout" keeps its sense); "fired" of a weapon ("fired
 * first", "fired at the crowd", "fired on the convoy", "shots were fired"), which is no dismissal
 * ("fired on the spot" is one); "nine votes to nil", a tally that is no split.
 */
const IDIOMS =
  /\bvotes\s+to\s+(?:nil|none|zero|nought|0)\b|\b(?:fired|fires|firing)\s+(?=(?:at|upon|into|first|back|shots?|rounds?|bullets?|rockets?|missiles?|shells?|mortars?|salvos?|volleys?|warning|tear|rubber|live|blanks?|flares?|in the air|into the air)\b)|\b(?:fired|fires|firing)\s+on\s+(?!the spot\b)|\b(?:shots?|rounds?|bullets?|rockets?|missiles?|shells?|mortars?|salvos?|volleys?|guns?|weapons?|cannons?|artillery|flares?)\s+(?:(?:were|was|had|has|have|been|being|reportedly|first|then)\s+)*(?:fired)\b|\b(?:fell|fall|falls|falling|fallen)\s+(?:ill|sick|asleep|silent|victim|apart|short|behind)\b|\b(?:tear[\s-]gas|wear and tear|extraordinary\s+(?:general\s+)?(?:meeting|session|summit|congress|assembly))\b|\bsettled\s+(?=(?:in|into|down|on|for|near|at|back|there|here|his|her|their|its|the bill|a bill|debts?|accounts?)\b)|\b(?:dust|things|matters?)\s+(?:has\s+|had\s+|have\s+)?settled\b|\bwent\s+out\s+(?=(?:of|to|on|for|into|onto|with|together)\b)|\bcut\s+out\s+(?=(?:of|for|the|a|an|his|her|their|its|our|any|all)\b)|\b(?:stayed|stays|remained|remains)\s+on\s+(?=[a-z])(?!(?:throughout|until|all|through|overnight|and|but)\b)|\b(?:rose|rise|rises|rising)\s+to\s+(?:speak|his feet|her feet|their feet|prominence|fame)\b|\b(?:running|operating|working)\s+(?=(?:the|this|that|a|an|its|their|his|her|our|my)\s+(?!(?:week|weekend|month|year|day|morning|afternoon|evening|night|time)\b))/gi;

/** Currency symbols and names after which a figure is a sum of money. */
const MONEY_FIGURE = String.raw`(?:[$€£¥]\s?\d|\d[\d.,]*\s*(?:m|bn|million|billion|thousand)?\s*(?:${CURRENCY_NAMES.map((n) => n.replace(/s$/, 's?')).join('|')})\b)`;
/** "lost €9 million", "losing about $2bn": a verb of losing before a sum of money is a financial loss. */
const MONEY_LOST = new RegExp(String.raw`\b(lost|lose|loses|losing)(?=\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+|an estimated\s+)?` + MONEY_FIGURE + ')', 'gi');

/** "a loss of €9 million", "a net loss of $2bn": a loss that is a sum of money. */
const MONEY_LOSS = new RegExp(String.raw`\bloss(?=\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+|an estimated\s+)?` + MONEY_FIGURE + ')', 'gi');

/**
 * A text as its terms are sought in: a loss of money named as such ("Skerry lost €9 million" →
 * "lost money €9 million", "a loss of €2m" → "a loss money of €2m"), so that it stands against a
 * profit and not against every "lost" or "loss".
 */
function prepared(text: string): string {
  return cached(preparedCache, text, () => text.replace(MONEY_LOST, '$1 money').replace(MONEY_LOSS, 'loss money'));
}

/** A prepared text with its idioms blanked ("tear gas", "fired on the spot"): what terms are sought in. */
function termText(text: string): string {
  return cached(termTextCache, text, () => prepared(text).replace(IDIOMS, ' '));
}

/** Texts are compared pairwise, so each is prepared many times: the results are kept (bounded). */
const TEXT_CACHE_MAX = 20_000;
const preparedCache = new Map<string, string>();
const termTextCache = new Map<string, string>();

function cached(cache: Map<string, string>, key: string, make: () => string): string {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size >= TEXT_CACHE_MAX) cache.clear();
    v = make();
    cache.set(key, v);
  }
  return v;
}

/**
 * A comma between two adjectives before their noun ("a voluntary, precautionary recall") joins
 * them; it does not end a clause. An indefinite article, a word, a comma and two lower-case words
 * that open no clause of their own.
 */
const COORDINATE_ADJECTIVES = /\b(an?\s+[a-z]+),(?=\s+(?!(?:who|whom|whose|which|that|and|but|or|nor|when|where|while|as|after|before|because|although|though|if|said|says|say|according|the|a|an|not|with|from|in|on|at|for|by|to|of)\b)[a-z]+\s+[a-z])/g;

/**
 * A pair of contradicting words between two texts: one says "safe" where the other says
 * "unsafe", and neither also uses the other's word. Returns the pair, or null.
 */
export function contradictingTerms(rawA: string, rawB: string): [string, string] | null {
  const a = termText(rawA);
  const b = termText(rawB);
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

/** The terms of one side of an opposite state, each a list of words ("as usual" → as, usual). */
const STATE_SIDES: string[][][] = STATE_OPPOSITES.flatMap(([xs, ys]) => [xs, ys]).map((side) => side.map(words));

/** Where the words `term` (a word list) stand in `ws`, or -1. */
function indexOfTerm(ws: string[], term: string[]): number {
  for (let i = 0; i + term.length <= ws.length; i++) if (term.every((w, k) => ws[i + k] === w)) return i;
  return -1;
}

/**
 * A state negated in one text and a term of the same state asserted in the other: "our mill was
 * not running" / "the mill was operating normally"; "the sirens never sounded" / "the sirens went
 * off". Returns the pair, or null.
 */
export function negatedSameState(rawA: string, rawB: string): [string, string] | null {
  const a = termText(rawA);
  const b = termText(rawB);
  const wa = words(a);
  const wb = words(b);
  for (const side of STATE_SIDES) {
    const inA = side.filter((t) => indexOfTerm(wa, t) >= 0).map((t) => t.join(' '));
    const inB = side.filter((t) => indexOfTerm(wb, t) >= 0).map((t) => t.join(' '));
    for (const x of inA) {
      for (const y of inB) {
        if (onlyNegated(a, x) && !clauseNegated(b, y)) return [x, y];
        if (onlyNegated(b, y) && !clauseNegated(a, x)) return [x, y];
      }
    }
  }
  return null;
}

/**
 * `term` is negated in `text` and asserted in no other clause of it: "Shots were fired … we
 * cannot say who fired first" does not say that nothing was fired.
 */
function onlyNegated(text: string, term: string): boolean {
  if (!clauseNegated(text, term)) return false;
  const tw = words(term);
  return !text.split(CLAUSE_BREAK).some((clause) => indexOfTerm(words(termText(clause)), tw) >= 0 && !clauseNegated(clause, term));
}

/**
 * Terms that say two texts disagree: contradicting terms asserted in both, else one state
 * negated in one and asserted in the other.
 */
export function opposedTerms(a: string, b: string): [string, string] | null {
  const contradicting = contradictingTerms(a, b);
  const terms = contradicting && !clauseNegated(a, contradicting[0]) && !clauseNegated(b, contradicting[1]) ? contradicting : negatedSameState(a, b);
  // "ignored warnings that the embankment was unstable" reports a warning, "once the wind
  // dropped" a condition: neither asserts the state.
  if (!terms || reportedTerm(a, terms[0]) || reportedTerm(b, terms[1]) || hypotheticalTerm(a, terms[0]) || hypotheticalTerm(b, terms[1])) return null;
  if ((terms[0] === 'every' && !countsSameSet(a, b, terms[1])) || (terms[1] === 'every' && !countsSameSet(b, a, terms[0]))) return null;
  return terms;
}

/**
 * "every hanger" and "nobody … the hangers" speak of one set: the noun that "every" counts (one of
 * the two words after it, "every affected village") is named, as it is or in the plural, in the
 * clause of the other text's "nobody". "Nobody on this road got a letter" and "every tree on the
 * road was safe" count different things, as do "every route will keep flying" and "our routes,
 * and not one of us was asked".
 */
function countsSameSet(everyText: string, noneText: string, noneTerm: string): boolean {
  const ws = words(prepared(everyText));
  const other = termContext(noneText, noneTerm, TERM_WINDOW, (w) => w, (w) => contentWords(w).length > 0);
  // the noun itself or its plural, not a stem ("every standard" is not "the stand")
  const named = (n: string): boolean => other.has(n) || other.has(`${n}s`) || other.has(`${n}es`);
  return ws.some((w, i) => w === 'every' && ws.slice(i + 1, i + 3).some((n) => contentWords(n).length > 0 && named(n)));
}

/** Nouns that report a proposition as someone's, not as fact: "warnings that", "fears that". */
const REPORTED = new RegExp(`\\b(?:warnings?|fears?|concerns?|worries|speculation|${nounPattern([...CHARGE_NOUNS, 'report', 'rumour'])})\\s+that\\s`, 'gi');

/**
 * Words opening a clause of condition, expectation or question ("once the wind dropped",
 * "if prices fall", "whether he resigned"), or an exception that leaves room for the opposite
 * ("all but three were found alive").
 */
const HYPOTHETICAL = /\b(?:once|if|unless|until|whenever|whether|in case|all but|all except|everyone but|everyone except)\s/gi;

/** `term` stands inside a clause of condition or exception ("the ferry would sail once the wind dropped"). */
export function hypotheticalTerm(text: string, term: string): boolean {
  return precededBy(text, term, HYPOTHETICAL);
}

/** `term` stands after a match of `re` in `text` (compared word by word). */
function precededBy(text: string, term: string, re: RegExp): boolean {
  const lower = ` ${words(prepared(text)).join(' ')} `;
  const at = lower.indexOf(` ${words(term).join(' ')} `);
  return at >= 0 && [...lower.slice(0, at + 1).matchAll(re)].length > 0;
}

/** `term` stands inside a proposition the text reports as someone's ("warnings that the embankment was unstable"). */
export function reportedTerm(text: string, term: string): boolean {
  return precededBy(text, term, REPORTED);
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
  for (const clause of prepared(text).replace(COORDINATE_ADJECTIVES, '$1').split(CLAUSE_BREAK)) {
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

/** Words that end a subject: auxiliaries, modals and forms of "be" ("the ferry link … was suspended"). */
const SUBJECT_END = new Set([...AUXILIARIES, 'be', 'been', 'should', 'may', 'might', 'must']);

/**
 * The words of a statement's subject: what it says before its first auxiliary or before `term`
 * ("Negotiations between the dockers and the port … collapsed", "The ferry link to the island,
 * the only route for supplies, was suspended"), filtered by `isContent`, the first `max` of them. What a term far from its
 * subject is said of.
 */
export function leadingSubject(text: string, term: string, max: number, isContent: (w: string) => boolean): string[] {
  const ws = words(prepared(text));
  const at = indexOfTerm(ws, words(term));
  const end = ws.findIndex((w, i) => SUBJECT_END.has(w) || i === at);
  return ws
    .slice(0, end < 0 ? ws.length : end)
    .filter(isContent)
    .slice(0, max);
}

/**
 * The clause in which `term` stands is negated before it ("found no structural damage", "was not
 * running"); a negation after it belongs to what follows ("fakes that bore no resemblance"), one
 * inside it to the term itself ("still without power").
 */
export function clauseNegated(text: string, term: string): boolean {
  const tw = words(term);
  return prepared(text).split(CLAUSE_BREAK).some((clause) => {
    const ws = words(clause);
    const at = indexOfTerm(ws, tw);
    if (at < 0 || !isNegated(ws.slice(0, at).join(' '))) return false;
    // "would take no further action over the wedding attended by the minister": "no" denies its
    // noun; a term past a preposition after it is not denied.
    const negator = ws.slice(0, at).findLastIndex((w) => NEGATORS.has(w) || w.endsWith("n't"));
    if (ws[negator] === 'no' && ws.slice(negator + 1, at).some((w) => PAST_NOUN.has(w))) return false;
    return !outsideQuestion(ws, negator, at);
  });
}

/** Words that open an indirect question ("say who fired first", "know whether the gates were shut"). */
const WH = new Set(['who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how', 'whether']);

/**
 * Verbs and adjectives of knowing and saying, which take an indirect question: "say who", "know
 * why", "unclear when", "confirm whether". After any other word a "who" or "which" opens a
 * relative clause ("nobody who lives here was warned"), still inside the negation.
 */
const ASKING = new Set([
  'say', 'said', 'says', 'know', 'knew', 'known', 'knows', 'tell', 'told', 'tells', 'explain', 'explained', 'confirm', 'confirmed',
  'disclose', 'disclosed', 'reveal', 'revealed', 'specify', 'specified', 'establish', 'established', 'determine', 'determined',
  'identify', 'identified', 'ask', 'asked', 'clear', 'sure', 'certain', 'aware', 'decide', 'decided', 'understand', 'understood',
]);

/**
 * The term stands in an indirect question that the negation governs from outside: "we are not in
 * a position to say who fired first", "police would not say why the road was closed". Not
 * knowing or not saying who did a thing takes for granted that it was done.
 */
function outsideQuestion(ws: string[], negator: number, at: number): boolean {
  for (let k = negator + 1; k < at; k++) if (WH.has(ws[k]!) && (ws[k] === 'whether' || ASKING.has(ws[k - 1]!))) return true;
  return false;
}

/** Prepositions that close the noun phrase a "no" denies ("no action over", "no complaint about"). */
const PAST_NOUN = new Set(['over', 'about', 'at', 'in', 'on', 'for', 'after', 'before', 'during', 'by', 'with', 'from']);

/**
 * Compass directions: what stands after them ("the north of the county") is the frame both
 * statements share, so only the words before say what is placed there ("shells came from the west").
 */
export const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western']);
