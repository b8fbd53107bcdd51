/**
 * Vocabulary for sentence splitting: words that end with a period without ending a sentence.
 * Lower-cased, without the final period.
 */

/** Titles and ranks written before a name ("Gen. Gerasimov", "Mr. Smith"). Never end a sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm',
  'cmdr', 'gov', 'sen', 'rep', 'reps', 'sens', 'pres', 'rev', 'hon', 'fr', 'sr', 'jr', 'st', 'supt', 'insp',
  'amb', 'atty', 'gens', 'messrs', 'mme', 'mlle', 'hr',
]);

/** Other abbreviations that usually continue the sentence ("Sept. 26", "No. 3", "vs. Smith"). */
export const INNER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'nos', 'vs', 'v',
  'approx', 'est', 'dept', 'univ', 'assn', 'bros', 'ft', 'mt', 'ave', 'blvd', 'rd', 'e.g', 'i.e', 'cf', 'al', 'fig',
  'ca', 'vol', 'pp', 'op',
]);

/**
 * Abbreviations that may or may not end a sentence ("Inc.", "Corp.", "etc.", "U.S."): they end one only
 * when the next word is a typical sentence opener (see SENTENCE_OPENERS).
 */
export const AMBIGUOUS_ABBREVIATIONS: ReadonlySet<string> = new Set(['inc', 'corp', 'co', 'ltd', 'etc', 'llc', 'plc']);

/** Words that typically open a sentence; used after ambiguous abbreviations and initialisms ("U.S. The ..."). */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'this', 'that', 'these', 'those',
  'in', 'on', 'at', 'after', 'before', 'when', 'while', 'if', 'as', 'there', 'his', 'her', 'their', 'our', 'its',
  'meanwhile', 'however', 'still', 'yet', 'so', 'now', 'then', 'for', 'some', 'many', 'most', 'one', 'two',
]);
