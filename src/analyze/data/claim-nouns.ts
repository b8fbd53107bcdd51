/**
 * The nouns by which news copy names what someone said rather than saying it again ("denied the
 * claims", "the suggestion that", "reports of a leak", "the wardens' account"): one vocabulary for
 * the analyser's act typing and the reconciler's denial linking, which each take the groups they need.
 */

/** Something someone put forward as true, often against someone else: "the claim", "the charges". */
export const CHARGE_NOUNS: readonly string[] = ['claim', 'allegation', 'accusation', 'charge', 'suggestion', 'assertion', 'insinuation'];

/** Someone's telling of events: "the report", "their account", "the Gazette's findings". */
export const ACCOUNT_NOUNS: readonly string[] = ['report', 'story', 'account', 'version', 'finding', 'article', 'statement', 'rumour'];

/** Plural forms that do not just add "s". */
const PLURAL_FORMS: Readonly<Record<string, string>> = { story: 'stor(?:y|ies)', rumour: 'rumou?rs?' };

/** A regular-expression alternation of the nouns, singular or plural, without a group of its own. */
export function nounPattern(nouns: readonly string[]): string {
  return nouns.map((n) => PLURAL_FORMS[n] ?? `${n}s?`).join('|');
}
