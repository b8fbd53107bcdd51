/**
 * Quotations and their speakers: direct (“…,” Putin said / Putin said: “…”), mixed (guaranteed
 * “life and dignified treatment”), indirect (Putin said that …), split and multi-sentence quotes,
 * and "according to X" attributions. Rule-based over a light tokenization (see tokens.ts): a cue
 * verb from the lexicon, a speaker noun phrase next to it, and the content on the other side.
 *
 * Besides reported speech, the PolNeAR sense of attribution covers stances and views, so a few
 * non-verbal cues are read too: stance nouns ("Trump’s plan to …", "raised questions about …"),
 * content nouns ("the claim that …"), attitude adjectives ("is skeptical of …"), passive agents
 * ("criticized by rivals for …"), the question of a reduced "asked" ("Asked whether …, she said …")
 * and views without a source ("is expected to …", "it appears that …", "there are fears that …").
 */
import type { FoundQuote, Mention, SentenceSpan, Span } from '../model/types.js';
import {
  COMPLEMENTIZERS,
  CIRCUMSTANCE_PREPOSITIONS,
  CONTENT_CUT_WORDS,
  CONTENT_NOUN_DETERMINERS,
  CONTENT_NOUNS,
  CONTENT_THAT_NOUNS,
  CUE_NEGATIONS,
  CUE_PARTICLES,
  CUE_VERBS,
  EXISTENTIAL_NOUNS,
  INTENT_NOUNS,
  NOT_SUBJECT,
  NP_LEFT_BREAK,
  PRE_CUE_BIGRAMS,
  PRE_CUE_SKIP,
  SOURCE_PHRASES,
  SPEAKER_PRONOUNS,
  STANCE_NOUNS,
  TOPIC_CUE_LEMMAS,
  TOPIC_PARTICLES,
  WEAK_CUE_FORMS,
  type CueEntry,
  type CueKind,
} from './data/cues.js';
import { isTimeName } from './actors.js';
import { findDirectQuotes, tokenize, type DirectQuote, type Token } from './tokens.js';

/** Most words of a demonstrative object after a cue ("echoed that sentiment", "rejected that key argument"). */
const MAX_DEMONSTRATIVE_WORDS = 3;
/** Demonstratives that can stand alone as what a denial rejects ("denied that.", "rejects this"). */
const LONE_POINTERS: ReadonlySet<string> = new Set(['that', 'this', 'these', 'those']);
/** Most adverbs of manner that can stand alone after a cue ("spoke cautiously hopefully"). */
const MAX_MANNER_WORDS = 3;
/** Longest speaker noun phrase, in tokens ("the Clinton campaign's communications director"). */
const MAX_SPEAKER_TOKENS = 9;
/** Tokens skipped between the subject and the cue ("has also repeatedly said", "has so far not said"). */
const MAX_PRE_CUE_SKIP = 5;
/**
 * How far after the cue a "that" may open the content ("told the Associated Press that"). Further
 * away, a "that" mostly belongs to a later clause ("endorsed the deal, although she made it clear that").
 */
const MAX_THAT_LOOKAHEAD = 4;
/** Longest addressee between a cue and its content ("urged the city council to"). */
const MAX_OBJECT_TOKENS = 4;
/** Direct quotes shorter than this (words) and without a cue are scare quotes, not quotations. */
const MIN_STANDALONE_WORDS = 6;
/** A quotation without its own cue continues the previous speaker's quote within this many paragraphs. */
const CONTINUATION_PARAGRAPHS = 2;
/** Words between an indirect quotation and a quotation that goes on with it ("…, he said. “…”"). */
const MAX_CONTINUATION_GAP_WORDS = 6;
/** Pronoun speakers resolve to the previous quote's speaker when it is this many sentences back at most. */
const PRONOUN_WINDOW_SENTENCES = 4;

/** At most this many words may follow a cue whose content is on its left ("…, he said in an interview on Friday."). */
const POSTPOSED_TAIL_WORDS = 7;
/** Longest name before a colon that introduces what the name said ("Senate Majority Leader Smith:"). */
const MAX_COLON_SPEAKER_TOKENS = 5;
/** Fewest words after "Name:" for a statement; shorter ones are agenda items and labels ("Cruz: Just hang on"). */
const MIN_COLON_CONTENT_WORDS = 5;
/** Words that open an adverbial tail after a postposed cue ("…, he said on Friday", "…, she told reporters"). */
const TAIL_STARTERS = new Set([
  'on', 'in', 'at', 'during', 'after', 'before', 'last', 'this', 'yesterday', 'today', 'tonight', 'earlier', 'later',
  'recently', 'told', 'to', 'of', 'while', 'when', 'as', 'via', 'through', 'from', 'according', 'adding', 'referring',
  'citing', 'speaking', 'noting', 'in', 'afterward', 'afterwards', 'again', 'then', 'privately', 'publicly', 'told',
  'reporters', 'with', 'by', 'about', 'under', 'outside', 'inside', 'ahead', 'following', 'shortly', 'late', 'early',
]);
/** Determiners that open an addressee after a postposed cue ("…, she told a meeting on Monday."). */
const ADDRESSEE_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);
/** Cues whose object is whom they address ("told a meeting"), not what they call something ("called the cuts …"). */
const ADDRESSEE_LEMMAS = new Set(['tell', 'inform', 'assure', 'remind', 'brief', 'reassure', 'warn']);
/** Auxiliaries that make an "-ing" cue a finite verb ("is defending", "were calling"). */
const PROGRESSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'been', 'be', "'s", '’s', "'re", '’re']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
/** Characters between an antecedent and its relative pronoun ("Peskov, a Kremlin aide, who"). */
const ANTECEDENT_WINDOW = 60;
/** Direct quotes of at least this many words get a speaker from an unknown verb next to them. */
const MIN_OWN_ATTRIBUTION_WORDS = 3;
/** Longest capitalised name right after a quotation ("“…,” Hillary Rodham Clinton recalled"). */
const MAX_OWN_NAME_TOKENS = 4;
/** Determiners that open a described speaker right after a quotation (“…,” the judge recalled). */
const OWN_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'one', 'another']);
/** Longest sentence prefix before "…, “quote”" whose first word is taken as the speaker. */
const MAX_OWN_PREFIX_TOKENS = 8;
/** Most words of a subject without a determiner before its verb ("said 40 percent of voters were"). */
const BARE_SUBJECT_WORDS = 4;
/** Finite auxiliaries that open a content clause without "that". */
const FINITE_AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does']);
/** A content this short (words) that opens with a preposition and has no clause is a circumstance ("on Friday"). */
const MAX_CIRCUMSTANCE_WORDS = 8;
/** Longest topic phrase (words) after "commented on" / "referring to" that is not taken as content. */
const MAX_TOPIC_WORDS = 8;
/** Longest passive object between a participle cue and its "by" agent ("offered terms by Salin"). */
const MAX_PASSIVE_OBJECT_TOKENS = 4;
/** A title-cased headline has at least this many words ... */
const MIN_HEADLINE_WORDS = 4;
/** ... and at least this share of them capitalised (short function words excepted) ... */
const HEADLINE_CAPITALS = 0.85;
/** ... and fewer than this many lower-case words that are not function words. */
const HEADLINE_LOWER_MAX = 2;
/** Function words that title case leaves in lower case. */
const HEADLINE_LOWER = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'but', 'by', 'with', 'as', 'vs']);
/** Marks around an apposition between a speaker and the cue. */
const APPOSITION_MARKS = new Set([',', '—', '–']);
/** Appositions walked over between a name and its cue ("Ada Marr, 21, a student from Kell, said"). */
const MAX_APPOSITION_SEGMENTS = 3;
/** Longest single apposition, in tokens ("the former governor and agency administrator"). */
const MAX_APPOSITION_TOKENS = 40;
/** Quantifiers that stand alone as a speaker ("Some chanted", "Most said"). */
const QUANTIFIER_SPEAKERS = new Set(['some', 'many', 'most', 'others', 'few', 'several', 'another', 'one']);
/** Longest parenthesised tag inside a speaker name, in tokens ("(R-Texas)", "(I-Vt.)"). */
const MAX_TAG_TOKENS = 6;
/** Longest content clause in tokens: keeps pathological one-sentence texts linear. */
const MAX_CONTENT_TOKENS = 300;
/** Contractions whose "'s" is "is"/"has", not a possessive. */
const CONTRACTIONS = new Set(["he's", "she's", "it's", "that's", "there's", "what's", "who's", "here's", "let's"]);
/**
 * Reporting verbs that quotes.ts takes as cues besides the shared lexicon (statements.ts does not
 * type them): rarer speech verbs, and phrasal ones that only count with their particle.
 */
const EXTRA_CUE_ROWS: [forms: string, kind: CueKind, object: boolean][] = [
  ['highlight|highlights|highlighted|highlighting', 'stance', false],
  ['reference|referenced|referencing', 'stance', false],
  ['imply|implies|implied|implying', 'speech', false],
  ['recommend|recommends|recommended|recommending', 'stance', true],
  ['speculate|speculates|speculated|speculating', 'speech', false],
  ['reaffirm|reaffirms|reaffirmed|reaffirming', 'speech', false],
  ['affirm|affirms|affirmed|affirming', 'speech', false],
  ['remind|reminds|reminded|reminding', 'speech', true],
  ['lists|listed', 'stance', false],
  ['label|labeling|labelling', 'stance', false],
  // past forms that, after a subject, mostly report a stance or a publication in the annotations
  // (their other forms are too often nouns or plain actions: "the release", "to focus")
  ['released', 'stance', false],
  ['published', 'stance', false],
  ['focused', 'stance', false],
  ['decided', 'stance', false],
  ['filed', 'stance', false],
  ['named', 'stance', false],
  ['ignored|ignores', 'stance', false],
  ['recognize|recognizes|recognise|recognises', 'belief', false],
  ['identified', 'stance', false],
  ['nominated', 'stance', false],
  ['distanced', 'stance', false],
  ['framed', 'stance', false],
  ['reacted', 'speech', false],
  ['resisted|resists', 'stance', false],
  ['coined', 'stance', false],
  ['exposed', 'stance', false],
  ['view', 'belief', false],
  ['lambast|lambasts|lambasted|lambasting|lambaste|lambastes', 'stance', false],
  ['chide|chides|chided|chiding', 'stance', false],
  ['scold|scolds|scolded|scolding', 'stance', false],
  ['ridicule|ridicules|ridiculed|ridiculing', 'stance', false],
  ['deride|derides|derided|deriding', 'stance', false],
  ['disparage|disparages|disparaged|disparaging', 'stance', false],
  ['belittle|belittles|belittled|belittling', 'stance', false],
  ['bash|bashes|bashed|bashing', 'stance', false],
  ['hammer|hammers|hammered|hammering', 'stance', false],
  ['excoriate|excoriates|excoriated|excoriating', 'stance', false],
  ['castigate|castigates|castigated|castigating', 'stance', false],
  ['berate|berates|berated|berating', 'stance', false],
  ['rebuke|rebukes|rebuked|rebuking', 'stance', false],
  ['fault|faults|faulted|faulting', 'stance', false],
  ['vilify|vilifies|vilified|vilifying', 'stance', false],
  ['insult|insults|insulted|insulting', 'stance', false],
  ['taunt|taunts|taunted|taunting', 'stance', false],
  ['champion|champions|championed|championing', 'stance', false],
  ['advocate|advocates|advocated|advocating', 'stance', false],
  ['laud|lauds|lauded|lauding', 'stance', false],
  ['commend|commends|commended|commending', 'stance', false],
  ['extol|extols|extolled|extolling', 'stance', false],
  ['embrace|embraces|embraced|embracing', 'stance', false],
  ['espouse|espouses|espoused|espousing', 'stance', false],
  ['disavow|disavows|disavowed|disavowing', 'stance', false],
  ['renounce|renounces|renounced|renouncing', 'stance', false],
  ['acclaim|acclaimed', 'stance', false],
  ['invoke|invokes|invoked|invoking', 'stance', false],
  ['unveil|unveils|unveiled|unveiling', 'stance', false],
  ['disclose|discloses|disclosed|disclosing', 'speech', false],
  ['proclaim|proclaims|proclaimed|proclaiming', 'speech', false],
  ['liken|likens|likened|likening', 'stance', false],
  ['lay|lays|laid|laying', 'stance', false],
  ['shrug|shrugs|shrugged|shrugging', 'stance', false],
  ['vouch|vouches|vouched|vouching', 'stance', false],
  ['single|singles|singled|singling', 'stance', false],
  ['push|pushes|pushed|pushing', 'stance', false],
  ['press|presses|pressed|pressing', 'stance', false],
  ['rail|rails|railed|railing', 'stance', false],
  ['lash|lashes|lashed|lashing', 'stance', false],
  ['hint|hints|hinted|hinting', 'speech', false],
  ['weigh|weighs|weighed|weighing', 'speech', false],
  ['brush|brushes|brushed|brushing', 'stance', false],
  ['exclaim|exclaims|exclaimed|exclaiming', 'speech', false],
  ['retort|retorts|retorted|retorting', 'speech', false],
  ['muse|muses|mused|musing', 'speech', false],
  ['opine|opines|opined|opining', 'speech', false],
  ['marvel|marvels|marveled|marvelled|marveling|marvelling', 'speech', false],
  ['concur|concurs|concurred|concurring', 'speech', false],
  ['apologize|apologizes|apologized|apologizing|apologise|apologised|apologising', 'stance', false],
  ['compare|compares|compared|comparing', 'stance', false],
  ['knock|knocks|knocked|knocking', 'stance', false],
  ['challenged|challenging', 'stance', false],
  ['underscore|underscores|underscored|underscoring', 'speech', false],
  ['downplay|downplays|downplayed|downplaying', 'stance', false],
  ['addressed', 'stance', false],
  ['outline|outlines|outlined|outlining', 'speech', false],
  ['articulate|articulates|articulated|articulating', 'speech', false],
  ['trumpet|trumpets|trumpeted|trumpeting', 'stance', false],
  ['allude|alludes|alluded|alluding', 'speech', false],
  ['savage|savages|savaged|savaging', 'stance', false],
  ['mull|mulls|mulled|mulling', 'belief', false],
  ['reassure|reassures|reassured|reassuring', 'speech', true],
  ['detailed', 'speech', false],
  ['swipe|swipes|swiped|swiping', 'stance', false],
  ['fire|fires|fired|firing', 'stance', false],
  ['lobby|lobbies|lobbied|lobbying', 'stance', false],
  ['side|sides|sided|siding', 'stance', false],
  ['balk|balks|balked|balking', 'stance', false],
  ['laugh|laughs|laughed|laughing', 'stance', false],
  ['light|lights|lit|lighting', 'stance', false],
  ['tear|tears|tore|tearing', 'stance', false],
  ['rip|rips|ripped|ripping', 'stance', false],
  ['double|doubles|doubled|doubling', 'stance', false],
  ['walk|walks|walked|walking', 'stance', false],
  // "ruled out any risk of collapse" (only with "out"; "rules" is mostly the noun)
  ['ruled', 'stance', false],
  // intentions, cues only with "to" ("is planning to run", "aims to cut", "is looking to win")
  ['planning', 'stance', false],
  ['aim|aims|aimed|aiming', 'stance', false],
  ['look|looks|looked|looking', 'stance', false],
];
/** Lemmas that are cues only with their particle ("railed against", "lashed out", "hinted at"). */
const PARTICLE_ONLY = new Set(['ruled', 'rail', 'lash', 'weigh', 'brush', 'hint', 'lay', 'shrug', 'vouch', 'single', 'push', 'press', 'planning', 'aim', 'look', 'swipe', 'fire', 'lobby', 'side', 'balk', 'laugh', 'light', 'tear', 'rip', 'double', 'walk']);
/** Particles of the extra phrasal cues (the shared table has the others). */
const EXTRA_PARTICLES: Readonly<Record<string, readonly string[]>> = {
  lay: ['out', 'into'], shrug: ['off'], vouch: ['for'], single: ['out'], press: ['for'], agree: ['with'], disagree: ['with'],
  planning: ['to'], aim: ['to'], look: ['to'], swipe: ['at'], fire: ['back'], lobby: ['for', 'against'], side: ['with'], balk: ['at'],
  ruled: ['out'], laugh: ['off'], light: ['into'], tear: ['into'], rip: ['into'], double: ['down'], walk: ['back'],
};
/** Particles that belong to a cue lemma ("pointed out", "laid out"). */
function particlesOf(lemma: string): readonly string[] | undefined {
  return CUE_PARTICLES[lemma] ?? EXTRA_PARTICLES[lemma];
}
const QUOTE_CUES: ReadonlyMap<string, CueEntry> = (() => {
  const map = new Map(CUE_VERBS);
  for (const [forms, kind, object] of EXTRA_CUE_ROWS) {
    const list = forms.split('|');
    const lemma = list[0] ?? forms;
    for (const f of list) if (!map.has(f)) map.set(f, { lemma, kind, object, act: null });
  }
  return map;
})();
/** Cues whose object is the thing asked for or offered, not an addressee ("demanded the easing of …"). */
const THING_OBJECT_LEMMAS = new Set(['demand', 'require', 'request', 'offer', 'promise', 'guarantee', 'order']);
/** Prepositions that make a possessed stance noun part of another phrase ("a blow to Ukraine’s plans"). */
const NOUN_PHRASE_PREPOSITIONS = new Set(['to', 'of', 'for', 'with', 'on', 'in', 'at', 'from', 'by', 'about', 'against', 'over', 'under', 'into', 'during', 'toward', 'towards']);
/** Verbs whose object noun carries the subject's stance ("raised questions about", "voiced support for"). */
const LIGHT_VERBS = new Set([
  'raise', 'raises', 'raised', 'raising', 'voice', 'voices', 'voiced', 'express', 'expresses', 'expressed', 'make', 'makes',
  'made', 'making', 'take', 'takes', 'took', 'drew', 'draw', 'draws', 'offer', 'offers', 'offered', 'issue', 'issues',
  'issued', 'launch', 'launched', 'give', 'gave', 'gives', 'share', 'shared', 'renew', 'renewed', 'lodge', 'lodged', 'level',
  'leveled', 'levelled', 'stepped', 'ramped', 'has', 'have', 'had', 'pledged', 'signaled', 'signalled', 'reiterated',
]);
/** Determiners and adjectives between a light verb and its noun ("a strong case for", "new questions about"). */
const LIGHT_OBJECT_WORDS = new Set([
  'a', 'an', 'the', 'some', 'new', 'fresh', 'serious', 'strong', 'his', 'her', 'their', 'its', 'no', 'little', 'sharp',
  'harsh', 'renewed', 'public', 'full', 'broad', 'growing', 'further', 'more', 'many', 'several', 'deep', 'unwavering',
  'firm', 'clear', 'direct', 'implicit', 'explicit', 'tacit', 'rare', 'pointed',
]);
/** Possessive pronouns that can be the source of a stance noun ("his plan to …"). */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'my', 'our']);
/** Words that link such a noun to its content. */
const STANCE_NOUN_LINKS = new Set(['to', 'that', 'of', 'about', 'on', 'for', 'against', 'with', 'over', 'toward', 'towards']);
/** Adjectives of attitude that attribute a stance to their subject ("is skeptical of", "remains confident that"). */
const ATTITUDE_ADJECTIVES = new Set([
  'skeptical', 'sceptical', 'eager', 'wary', 'adamant', 'reluctant', 'confident', 'optimistic', 'pessimistic', 'hopeful',
  'convinced', 'certain', 'sure', 'concerned', 'critical', 'supportive', 'unhappy', 'pleased', 'proud', 'angry', 'upset',
  'frustrated', 'disappointed', 'doubtful', 'determined', 'unwilling', 'willing', 'keen', 'furious', 'dismissive',
  'enthusiastic', 'fond', 'afraid', 'opposed', 'worried', 'outspoken', 'vocal', 'open',
]);
/** Verbs that link a subject to such an adjective. */
const LINKING_VERBS = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'grew', "'s", '’s', "'re", '’re', 'sounded', 'sounds', 'become', 'became']);
/** What follows the adjective and opens its content ("skeptical of", "confident that", "eager to"). */
const ATTITUDE_LINKS = new Set(['of', 'about', 'that', 'to', 'with', 'over', 'on', 'toward', 'towards', 'in']);
/** Subject heads after which a weak cue form is a verb: people and reporting sources ("polls show", "voters want"). */
const WEAK_CUE_SUBJECTS = new Set([
  'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'data', 'records', 'record', 'results', 'figures', 'numbers',
  'analysis', 'analyses', 'reports', 'report', 'documents', 'filings', 'emails', 'statement', 'memo', 'ad', 'ads',
  'voters', 'supporters', 'leaders', 'candidates', 'candidate', 'officials', 'official', 'superdelegates', 'delegates',
  'people', 'experts', 'observers', 'allies', 'rivals', 'critics', 'members', 'residents', 'activists', 'conservatives',
  'liberals', 'progressives', 'moderates', 'independents', 'women', 'men', 'americans', 'lawmakers', 'senators',
  'politicians', 'donors', 'strategists', 'aides', 'advisers', 'advisors', 'groups', 'group', 'campaign', 'party',
  'administration', 'government', 'committee', 'companies', 'banks', 'media', 'police', 'president', 'governor',
  'senator', 'insiders', 'analysts', 'economists', 'scientists', 'workers', 'families', 'parents', 'students',
  'someone', 'everyone', 'anyone', 'nobody', 'others', 'many', 'most', 'some', 'few', 'majority', 'minority',
]);
/** Weak cue forms that stay nouns or prepositions even after such a subject ("people like them", "the states"). */
const NOMINAL_WEAK_FORMS = new Set(['email', 'like', 'state', 'states', 'point', 'find', 'votes', 'require', 'requires', 'required', 'order', 'orders', 'plans', 'offer', 'offers', 'remarks', 'voice', 'requests', 'talks', 'reports', 'report', 'post', 'posts', 'charges']);
/** Forms read as nouns or prepositions unless a pronoun subject or a clause marker makes them verbs. */
const NOUN_FIRST_FORMS = new Set(['email', 'like', 'state', 'states', 'votes', 'find', 'order', 'remarks', 'voice', 'point', 'charges', 'attack']);
/** Participles that, after a form of "be" and before "to"/"as", report an unnamed source's view ("is expected to"). */
const PASSIVE_REPORT_FORMS = new Set(['expected', 'believed', 'thought', 'said', 'reported', 'rumored', 'rumoured', 'projected', 'predicted', 'considered', 'seen', 'viewed', 'known', 'regarded', 'widely']);
/** Longest subject (tokens) of a passive report, from the sentence start or a relative pronoun. */
const MAX_PASSIVE_SUBJECT_TOKENS = 25;
/** Words that end a passive agent ("criticized by rivals for …", "praised by voters in Iowa"). */
const AGENT_STOPS = new Set(['for', 'as', 'over', 'in', 'on', 'at', 'after', 'before', 'during', 'to', 'because', 'when', 'while', 'since', 'that', 'who', 'which', 'and', 'but', 'with', 'from', 'about', 'last', 'this', 'earlier', 'on']);
/** Prepositions after "spoke" that give its place or audience, not its content. */
const SPEAK_CIRCUMSTANCES = new Set(['to', 'at', 'with', 'before', 'in', 'on', 'during', 'after', 'for', 'from', 'briefly', 'by']);
/** Adverb particles that turn a cue into another phrasal verb unless they are its own ("showed up", "called into a show"). */
const FOREIGN_PARTICLES = new Set(['up', 'into']);
/** Lower-case heads of organisations and their people that a place after "in" can modify ("the embassy in Moscow"). */
const LOCATED_NOUNS = new Set([
  'embassy', 'embassies', 'consulate', 'office', 'offices', 'mission', 'delegation', 'bureau', 'headquarters', 'branch',
  'command', 'authorities', 'officials', 'official', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson',
  'representative', 'representatives', 'government', 'administration', 'ministry', 'prosecutors', 'police', 'residents',
  'correspondent', 'observers', 'monitors', 'diplomats', 'leaders', 'forces', 'troops', 'court',
]);
/** Words before an "-ing" form that are adverbs, not the noun it modifies ("instead calling …"). */
const ADVERB_NOT_NOUN = new Set(['instead', 'also', 'even', 'still', 'just', 'now', 'then', 'again', 'too', 'soon', 'often', 'always', 'never', 'here', 'there', 'up', 'out', 'back', 'off', 'down', 'away']);
/** An object that asks for comment ("a request for comment", "several messages"). */
const COMMENT_REQUEST = /^\s+(?:(?:a|an|the|several|repeated|multiple|two|three|numerous)\s+)?(?:\w+\s+)?(?:requests?|messages?|inquiry|inquiries|questions?|emails?)\b/i;
/** "it …" phrases that report a view without a source ("it appears that", "it is believed that"). */
const IMPERSONAL_PHRASES: readonly (readonly string[])[] = [
  'appears', 'appeared', 'seems', 'seemed', 'is believed', 'was believed', 'is widely believed', 'is thought', 'is said',
  'was said', 'is understood', 'is reported', 'was reported', 'has been reported', 'is expected', 'was expected', 'is clear',
  'was clear', 'became clear', 'is unclear', 'was unclear', 'remains unclear', 'is likely', 'is possible', 'is no secret',
].map((p) => p.split(' '));
/** Last words of a "Label:" that introduces text no one is quoted as saying. */
const COLON_LABELS = new Set([
  'note', 'notes', 'correction', 'corrections', 'clarification', 'update', 'updates', 'contributing', 'twitter', 'facebook',
  'byline', 'revealed', 'related', 'watch', 'photo', 'photos', 'video', 'videos', 'transcript', 'disclosure', 'credit',
  'credits', 'answer', 'question', 'a', 'read', 'more', 'source', 'sources', 'abstract', 'summary', 'remember', 'advertisement',
]);
/** Verbs of seeming whose subject and complement together report an unattributed view. */
const APPEARANCE_VERBS = new Set(['appears', 'appeared', 'seems', 'seemed']);
/** Words that open the question after a reduced "asked" ("Asked whether …", "when asked about …"). */
const ASKED_OPENERS = new Set(['whether', 'if', 'about', 'what', 'why', 'how', 'which', 'who', 'whom', 'where', 'when', 'to']);
/** Cue lemmas that attribute only a clause, not a noun phrase ("maintained that …", not "maintained a lead"). */
const CLAUSE_ONLY_LEMMAS = new Set(['maintain', 'continue']);
/** Forms that report speech only with a clause; with an object they are plain acts ("could add a title", "add up to"). */
const CLAUSE_ONLY_FORMS = new Set(['add']);
/** Irregular past tenses of cues after a relative "that" ("a group that said …"). */
const PAST_CUE_FORMS = new Set(['said', 'told', 'wrote', 'thought', 'felt', 'knew', 'sought', 'saw', 'spoke', 'understood']);
/** Conjunctions and subordinators that both open a new clause and open an adverbial one ("when", "because"). */
const CLAUSE_LINKS = ['and', 'but', 'while', 'because', 'when', 'as', 'although', 'though', 'since', 'if', 'after', 'before'];
/** Words after which a new clause, and its subject, begins. */
const CLAUSE_OPENERS = new Set([...CLAUSE_LINKS, 'that', 'so', 'whereas', 'yet', 'where', 'meanwhile', 'then']);
/** Adjectives whose "to" infinitive reports their subject's view or act ("were more likely to say"). */
const INFINITIVE_ADJECTIVES = new Set(['likely', 'unlikely', 'able', 'quick', 'ready', 'prepared', 'inclined', 'careful', 'slow', 'happy', 'first', 'last', 'apt', 'keen', 'anxious', 'loath', 'hesitant']);
/** Degree adverbs before such an adjective ("slightly more likely"). */
const DEGREE_ADVERBS = new Set(['more', 'less', 'most', 'least', 'slightly', 'much', 'far', 'very', 'so', 'too', 'also', 'even', 'somewhat', 'significantly', 'considerably', 'twice', 'just', 'as']);
/** Bare and third-person forms of weak cues that agreement with the subject shows to be verbs ("voters want", "the poll shows"). */
const AGREEING_WEAK_FORMS = new Set([
  'want', 'wants', 'know', 'knows', 'see', 'sees', 'think', 'thinks', 'feel', 'feels', 'expect', 'expects', 'understand',
  'understands', 'agree', 'agrees', 'consider', 'considers', 'find', 'finds', 'show', 'shows', 'favors',
  'support', 'supports', 'backs', 'calls', 'demands',
]);
/** Prepositions that open a sentence-initial participle clause ("After blasting …,", "Despite challenging …,"). */
const INTRO_PREPOSITIONS = new Set(['after', 'before', 'despite', 'while', 'by', 'since', 'upon', 'when', 'in', 'without']);
/** Longest source after "according to" (tokens), "a survey released on Thursday by …". */
const MAX_SOURCE_TOKENS = 25;
/** Longest parenthetical adverbial between a subject and its cue (", for its part,"). */
const MAX_PAREN_ADVERBIAL_TOKENS = 4;
/** Words that open such an adverbial. */
const ADVERBIAL_OPENERS = new Set(['however', 'meanwhile', 'though', 'too', 'in', 'for', 'at', 'on', 'by', 'of', 'instead', 'also', 'nevertheless', 'nonetheless', 'moreover', 'furthermore', 'indeed', 'therefore', 'then', 'now', 'still', 'likewise', 'similarly', 'meantime', 'once', 'later', 'earlier', 'today', 'yesterday', 'again', 'after', 'since', 'like', 'unlike', 'as']);
/** Determiners after which a cue form is a noun ("the plan", "his call"). */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'no', 'any']);
/** Common irregular past-tense verbs (a finite main verb that does not end in "-ed"). */
const IRREGULAR_PAST = new Set(['sent', 'made', 'took', 'gave', 'went', 'came', 'held', 'put', 'got', 'met', 'left', 'led', 'ran', 'won', 'lost', 'spent', 'brought', 'bought', 'kept', 'began', 'became', 'stood', 'saw', 'heard', 'paid', 'sat', 'struck', 'threw', 'drew', 'fell', 'rose', 'shot', 'sought', 'fought', 'chose', 'broke', 'hit', 'cut', 'let', 'set']);
/** Shortest "-ed" word a strict past-tense test takes: shorter ones are often not verbs ("bed", "red", "need"). */
const MIN_STRICT_ED_LENGTH = 5;

/**
 * A past-tense-looking word: a common irregular past or a word in "-ed" (with `strict`, one of at
 * least MIN_STRICT_ED_LENGTH letters, as the scans for a verb after a noun or before "that" ask).
 */
function looksPast(lower: string, strict = false): boolean {
  return IRREGULAR_PAST.has(lower) || (lower.endsWith('ed') && (!strict || lower.length >= MIN_STRICT_ED_LENGTH));
}

/** A finite-looking verb: an auxiliary or modal, or a past tense (`strict` as in looksPast). */
function looksFinite(lower: string, strict = false): boolean {
  return FINITE_AUX.has(lower) || looksPast(lower, strict);
}

const BE_FORMS = new Set(['been', 'be', 'being', 'is', 'are', 'was', 'were']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'him', 'her']);
/**
 * Abstract nouns that name a state of affairs, not a person, body or document: as the head of a
 * speaker ("The outcome of these talks …, hoping for …", "The situation has raised concerns") they
 * mean the words are the outlet's, not an attribution.
 */
const ABSTRACT_HEADS = new Set([
  'outcome', 'situation', 'question', 'issue', 'issues', 'matter', 'fate', 'future',
  'prospect', 'prospects', 'possibility', 'problem', 'fact', 'reality', 'effect', 'effects', 'impact', 'consequence',
  'consequences', 'development', 'developments', 'trend', 'scenario', 'circumstances', 'context',
]);
const GROUP_PRONOUNS = new Set(['they', 'we', 'it']);

export interface QuoteOptions {
  /** emit quotations with no cue nearby (speaker from context); default true */
  standalone?: boolean;
}

interface Draft {
  start: number;
  end: number;
  direct: boolean;
  speaker: Span | null;
  cue: Span | null;
  cueIndex: number;
  parts: Span[];
  dq: number | null;
  /** the cue needs the speaker of the main clause (participle: "…, adding that …") */
  inheritSpeaker: boolean;
  /** the noun phrase a relative attribution hangs on, which fills the gap in its content */
  antecedent?: Span;
}

/** Finds quotations with speaker, cue and resolved speaker name. Offsets are into `text`. */
export function findQuotes(
  text: string,
  sentences: SentenceSpan[],
  mentions: Mention[],
  options: QuoteOptions = {},
): FoundQuote[] {
  const dqs = findDirectQuotes(text);
  const toks = tokenize(text, sentences, dqs);
  const ctx = new Context(text, toks, dqs, sentences);
  const drafts: Draft[] = [];
  const unsourced: Draft[] = [];

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t || t.kind !== 'word' || t.inQuote >= 0) continue;
    if (t.lower === 'it' || t.lower === 'there') {
      // "it appears that …", "there are fears that …": a view without a source
      const d = ctx.fromImpersonal(i);
      if (d) {
        drafts.push(d);
        continue;
      }
    }
    if (APPEARANCE_VERBS.has(t.lower)) {
      // "the fallout appears significant", "a swath of voters seems to be moving": a view without a
      // source, kept only where no attribution with a source covers it
      const d = ctx.fromAppearance(i);
      if (d) {
        unsourced.push(d);
        continue;
      }
    }
    if (PASSIVE_REPORT_FORMS.has(t.lower)) {
      // "Trump is expected to speak", "she was seen as the favourite": an attribution without a source
      const d = ctx.fromPassiveReport(i);
      if (d) {
        drafts.push(d);
        continue;
      }
    }
    if (STANCE_NOUNS.has(t.lower)) {
      // "Trump’s plan to deport …": a possessor and a noun of saying or stance
      const d = ctx.fromStanceNoun(i);
      if (d) {
        drafts.push(d);
        continue;
      }
    }
    if (CONTENT_THAT_NOUNS.has(t.lower)) {
      // "amid rumors that he would run", "the claim that the vote was rigged": a noun's content clause
      const d = ctx.fromContentNoun(i);
      if (d) {
        drafts.push(d);
        continue;
      }
    }
    if (ATTITUDE_ADJECTIVES.has(t.lower)) {
      // "Ryan remains skeptical of the plan", "voters are eager to move on"
      const d = ctx.fromAttitude(i);
      if (d) {
        drafts.push(d);
        continue;
      }
    }
    if (t.lower === 'asked') {
      // "Asked whether she would run, …" / "…, he said when asked about the vote": the question is content
      const d = ctx.fromAskedClause(i);
      if (d) {
        drafts.push(d);
        continue;
      }
    }
    const entry = QUOTE_CUES.get(t.lower);
    if (entry && (!PARTICLE_ONLY.has(entry.lemma) || particlesOf(entry.lemma)?.includes(toks[i + 1]?.lower ?? ''))) {
      const d = ctx.fromCue(i, entry);
      if (d) drafts.push(d);
      continue;
    }
    if (unknownVerbBeforeThat(toks, i)) {
      // "the governor conceded that …": a past-tense verb the lexicon lacks, then a "that" clause
      const d = ctx.fromCue(i, { lemma: t.lower, kind: 'speech', object: false, act: null });
      if (d && d.speaker) {
        drafts.push(d);
        continue;
      }
    }
    const phrase = SOURCE_PHRASES.find((p) => p.every((w, k) => toks[i + k]?.lower === w));
    if (phrase) {
      const d = ctx.fromSourcePhrase(i, phrase.length);
      if (d) drafts.push(d);
    }
  }

  // "Name: content" at the start of a sentence (headlines, transcripts)
  for (const d of ctx.colonAttributions()) drafts.push(d);
  for (const d of unsourced) if (!drafts.some((k) => k.start < d.end && d.start < k.end)) drafts.push(d);

  // one quote per content: the earliest cue wins a shared direct quote
  const kept: Draft[] = [];
  for (const d of drafts.sort((a, b) => a.start - b.start || a.cueIndex - b.cueIndex)) {
    const clash = kept.find((k) => k.start < d.end && d.start < k.end);
    if (!clash) kept.push(d);
    else if (clash.dq !== null && d.dq === clash.dq) continue;
    else {
      // "…, and 40 percent said …": a second attribution inside the first one's content closes it.
      // A coordinated verb without a subject must take a clause or an object (not "and added 300
      // jobs"); a new subject must follow a comma and a conjunction (", while 9 percent found …") or
      // a bare comma before a verb of saying and its clause (see newSubjectAfterBoundary).
      const ok = d.speaker ? newSubjectAfterBoundary(text, clash, d, ctx.clausal(d)) : ctx.clauseFollowsOrObject(d.cueIndex);
      const cut = ok ? nestedAttribution(text, clash, d) : -1;
      if (cut > 0) {
        clash.end = trimEnd(text, clash.start, cut);
        kept.push(d);
        continue;
      }
      if (overlapRatio(clash, d) < 0.5) {
        // nested or adjacent attributions: keep both but do not let them cover each other
        if (d.start >= clash.start && d.start < clash.end) clash.end = Math.max(clash.start + 1, trimEnd(text, clash.start, d.start));
        kept.push(d);
      }
    }
  }

  // participles and relative clauses take the speaker of the main clause of their sentence
  for (const d of kept) {
    if (!d.inheritSpeaker || d.speaker) continue;
    const sent = toks[d.cueIndex]?.sentence;
    // (the nearest attribution before the cue: "…, he did say … and called …" takes "he")
    const same = kept.filter((k) => k !== d && k.speaker && toks[k.cueIndex]?.sentence === sent);
    const earlier = same.filter((k) => k.cueIndex < d.cueIndex).sort((a, b) => b.cueIndex - a.cueIndex);
    const main = earlier[0] ?? same[0];
    // "…, who began his speech by marveling at …": the participle belongs to the relative clause
    const relative = relativeBefore(toks, d.cueIndex, main ? main.cueIndex : -1);
    if (relative) d.speaker = relative;
    else if (main) d.speaker = main.speaker;
    else d.speaker = ctx.sentenceSubject(d.cueIndex);
  }

  // "the four territories that Moscow claims it controls": the content takes in the noun phrase that
  // fills its gap, where no other attribution holds it (a fragment such as "it controls" says nothing)
  for (const d of kept) {
    const a = d.antecedent;
    if (a && !kept.some((k) => k !== d && k.start < d.start && a.start < k.end)) d.start = a.start;
  }

  // a state of affairs does not speak: the words are the outlet's
  for (let k = kept.length - 1; k >= 0; k--) if (abstractSpeaker(text, kept[k]?.speaker ?? null)) kept.splice(k, 1);

  // direct quotes that no cue claimed: split or continued quotations of the previous speaker
  const used = new Set(kept.flatMap((d) => (d.dq === null ? [] : [d.dq])));
  const breaks = lineBreaks(text);
  kept.sort((a, b) => a.start - b.start);
  const extra: Draft[] = [];
  let kp = 0; // kept drafts are sorted by start; walk them along with the direct quotes
  let lastKept: Draft | undefined;
  dqs.forEach((dq, qi) => {
    while (kp < kept.length && (kept[kp]?.start ?? Infinity) < dq.end) {
      const k = kept[kp];
      if (k && (!lastKept || k.end > lastKept.end)) lastKept = k;
      kp++;
    }
    if (used.has(qi)) return;
    if (lastKept && lastKept.start <= dq.start && dq.end <= lastKept.end) return;
    const lastExtra = extra[extra.length - 1];
    const candidates = [lastKept, lastExtra].filter((k): k is Draft => !!k && k.end <= dq.start);
    const prev = candidates.sort((a, b) => b.end - a.end)[0];
    // “…,” he said. “…” — the same paragraph, no other cue in between: one quotation in parts
    // (cue words in the attribution's own sentence, "…,” he told a crowd the campaign estimated at …", do not count)
    const cueBetween = prev ? hasCue(toks, prev.end, dq.start, prev.cue, toks[prev.cueIndex]?.sentence ?? -1) : true;
    // a quotation over several paragraphs: each paragraph opens with a mark, only the last one closes
    const before = dqs[qi - 1];
    const continued = !!prev && !!before && !before.closed && prev.end === before.end && dq.paragraph > before.paragraph && !/\S/.test(text.slice(before.end, dq.start));
    // an indirect quotation goes on in quotation marks: "Smith said the plan failed. “We lost.”" (its
    // speaker, the same paragraph) — unless the quotation ends in a comma, before an attribution of its own
    const sameRun = !!prev && !cueBetween && dq.paragraph === paragraphOf(dqs, prev, breaks);
    const ownAttributionNext = /,$/.test(text.slice(dq.innerStart, dq.innerEnd).trimEnd());
    const indirectGoesOn = !!prev && !prev.direct && !!prev.speaker && sameRun && !ownAttributionNext && wordCount(text.slice(prev.end, dq.start)) <= MAX_CONTINUATION_GAP_WORDS;
    if (prev && ((prev.direct && (continued || sameRun)) || indirectGoesOn)) {
      prev.parts.push({ start: dq.start, end: dq.end });
      prev.end = dq.end;
      return;
    }
    // an attribution with a verb the lexicon lacks: “…,” I confessed / Hillary shot back, “…”
    const own = dq.words >= MIN_OWN_ATTRIBUTION_WORDS ? ctx.ownSpeaker(dq) : null;
    if (own) {
      extra.push({ start: dq.start, end: dq.end, direct: true, speaker: own, cue: null, cueIndex: -1, parts: [], dq: qi, inheritSpeaker: false });
      return;
    }
    if (dq.words < MIN_STANDALONE_WORDS || options.standalone === false) return;
    // (an indirect or mixed quotation before counts from its own paragraph: “…,” Cole said of X. “…”)
    const close = prev && dq.paragraph - paragraphOf(dqs, prev, breaks) <= CONTINUATION_PARAGRAPHS;
    // a quotation inside a sentence of its own ("Huckabee is labeling the actions “…”") belongs to that
    // sentence's subject; one that opens its sentence continues the previous speaker
    const inner = ctx.innerQuoteSubject(dq);
    extra.push({
      start: dq.start,
      end: dq.end,
      direct: true,
      speaker: inner ?? (close ? prev.speaker : null),
      cue: null,
      cueIndex: -1,
      parts: [],
      dq: qi,
      inheritSpeaker: false,
    });
  });
  const all = [...kept, ...extra].sort((a, b) => a.start - b.start);

  const resolver = new SpeakerResolver(text, toks, mentions, sentences);
  const out: FoundQuote[] = [];
  for (const d of all) {
    const start = d.start;
    const end = trimEnd(text, start, d.end);
    if (end <= start) continue;
    const speakerName = resolver.resolve(d.speaker, { start, end }, out);
    const q: FoundQuote = {
      start,
      end,
      text: text.slice(start, end),
      direct: d.direct,
      speaker: d.speaker,
      speakerName,
      cue: d.cue,
    };
    if (d.parts.length > 0) q.parts = d.parts;
    out.push(q);
  }
  return out;
}

/** Nouns that make "that" a determiner of time ("that morning"), not a conjunction. */
const TIME_NOUNS = new Set(['morning', 'afternoon', 'evening', 'night', 'day', 'week', 'weekend', 'month', 'year', 'time', 'summer', 'winter', 'spring', 'fall', 'autumn', 'season', 'moment', 'era', 'decade']);
/** Determiners that open the subject of a content clause without "that" ("said the plan …"). */
const CLAUSE_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'some', 'many', 'most', 'no', 'every', 'all']);
/** What precedes a new subject whose attribution closes the content before it: ", and", "; while". */
const NESTED_SUBJECT_BOUNDARY = /[,;]\s*(?:and|but|while|whereas)\s+$/i;
/** Words the outer content must keep when a nested attribution closes it ("endorsed Clinton, but he is not predicting …"). */
const MIN_NESTED_OUTER_WORDS = 1;
/** Words the outer content must have before a new subject that only a comma sets off. */
const MIN_COMMA_OUTER_WORDS = 4;
/** Words that open an adverbial clause or phrase before a main clause ("When she refused, …", "Even then, …"). */
const ADVERBIAL_CLAUSE_OPENERS = new Set([...CLAUSE_LINKS, 'rather', 'even', 'instead', 'once', 'until', 'unless', 'whether']);
/**
 * The relative pronoun "who" of the clause a participle at `cue` stands in, when only words come
 * between them and it follows the main attribution at `floor` ("the nominee, who began by marveling
 * at …"); the pronoun is the speaker span, as for "officials who said".
 */
function relativeBefore(toks: Token[], cue: number, floor: number): Span | null {
  const sentence = toks[cue]?.sentence;
  for (let k = cue - 1; k > floor; k--) {
    const t = toks[k];
    if (!t || t.sentence !== sentence || t.inQuote >= 0 || t.kind !== 'word') return null;
    if (t.lower === 'who') return { start: t.start, end: t.end };
  }
  return null;
}

/** Clause boundary before a nested attribution: a comma or semicolon, a conjunction, or both. */
const NESTED_BOUNDARY = /(?:[,;—–]\s*(?:(?:and|but|while|whereas|although|though|as|yet)\s+)?|\s(?:and|but|while|whereas)\s+)$/i;

/**
 * The new subject of attribution `d` opens a clause of its own inside `outer`'s content: after a comma
 * and a conjunction (", while 9 percent found …"), or after a bare comma when the cue takes its content
 * straight on with a clause (", Marr said the state …"; not the aside in "the plan, Marr said, will
 * fail", nor a postposed cue with a circumstance after it: "…, Marr told reporters on Friday").
 */
function newSubjectAfterBoundary(text: string, outer: Draft, d: Draft, clausal: boolean): boolean {
  if (!d.speaker || !d.cue) return false;
  const before = text.slice(Math.max(outer.start, d.speaker.start - 12), d.speaker.start);
  if (NESTED_SUBJECT_BOUNDARY.test(before)) return true;
  // (a stub such as "In one email", or an adverbial opener, "In a letter filed Monday, Baker said …",
  // is circumstance, not content; a relative "who"/"which" hangs on the outer content)
  const subject = text.slice(d.speaker.start, d.speaker.end).split(/\s+/)[0]?.toLowerCase() ?? '';
  const head = text.slice(outer.start, d.speaker.start);
  const opener = head.trimStart().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (wordCount(head) < MIN_COMMA_OUTER_WORDS || NOUN_PHRASE_PREPOSITIONS.has(opener) || ADVERBIAL_CLAUSE_OPENERS.has(opener)) return false;
  const verb = CUE_VERBS.has(text.slice(d.cue.start, d.cue.end).toLowerCase());
  return /,\s*$/.test(before) && clausal && verb && !RELATIVE_PRONOUNS.has(subject) && d.start >= d.cue.end && !/[,;—–]/.test(text.slice(d.cue.end, d.start));
}

/**
 * Start of attribution `d` when it sits in the (not directly quoted) content of `outer` after a
 * clause boundary ("they were worried, and 40 percent said …"), else -1: there the outer content
 * ends and the inner attribution is a quotation of its own.
 */
function nestedAttribution(text: string, outer: Draft, d: Draft): number {
  if (outer.direct || d.dq !== null || !d.cue || d.start < d.cue.end) return -1;
  const from = Math.min(d.speaker?.start ?? d.cue.start, d.cue.start);
  if (from <= outer.start || from >= outer.end) return -1;
  const before = text.slice(Math.max(outer.start, from - 12), from);
  if (!NESTED_BOUNDARY.test(before)) return -1;
  const head = text.slice(outer.start, from).replace(NESTED_BOUNDARY, '');
  const words = head.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  // (a stub like "In one email" is no content; weak forms like "back" or "support" rarely attribute)
  if (words < MIN_NESTED_OUTER_WORDS || WEAK_CUE_FORMS.has(text.slice(d.cue.start, d.cue.end).toLowerCase())) return -1;
  return outer.start + head.length;
}

/**
 * Token i is a lower-case past-tense verb (not a known cue) followed by "that" and the subject of
 * a clause ("theorized that the plan …"), not by a time ("parked that morning").
 */
function unknownVerbBeforeThat(toks: Token[], i: number): boolean {
  const t = toks[i];
  const next = toks[i + 1];
  const subject = toks[i + 2];
  if (!t || !next || next.lower !== 'that' || next.inQuote >= 0) return false;
  const after = toks[i + 3];
  if (!subject || (subject.kind !== 'word' && subject.kind !== 'open') || TIME_NOUNS.has(subject.lower) || !after || after.sentence !== t.sentence || ['.', '!', '?'].includes(after.text)) return false;
  if (/^\p{Lu}/u.test(t.text) || CUE_VERBS.has(t.lower)) return false;
  return looksPast(t.lower, true);
}

/**
 * True when the head noun of the speaker span (before any preposition or participle) is abstract:
 * "The outcome of these talks" (not "People briefed on the situation").
 */
function abstractSpeaker(text: string, speaker: Span | null): boolean {
  if (!speaker) return false;
  // (a noun phrase after a preposition is the tail of a longer speaker: "People briefed on the situation")
  const before = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, speaker.start - 20), speaker.start))?.[1]?.toLowerCase() ?? '';
  if (NP_LEFT_BREAK.has(before) || before === 'of') return false;
  const words = text.slice(speaker.start, speaker.end).split(/\s+/);
  const post = words.findIndex((w, k) => k > 0 && (NP_LEFT_BREAK.has(w.toLowerCase()) || w.toLowerCase() === 'of' || /^\p{Ll}+ed$/u.test(w)));
  const head = (post > 0 ? words[post - 1] : words[words.length - 1]) ?? '';
  return ABSTRACT_HEADS.has(head.replace(/[^\p{L}]/gu, '').toLowerCase()) && /^\p{Ll}/u.test(head);
}

function overlapRatio(a: Span, b: Span): number {
  const shared = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return shared / Math.max(1, Math.min(a.end - a.start, b.end - b.start));
}

function paragraphOf(dqs: DirectQuote[], d: Draft, lines?: number[]): number {
  if (d.dq !== null) return dqs[d.dq]?.paragraph ?? -1;
  return lines ? lineAt(lines, d.start) : -1;
}

/** Offsets of the line breaks of a text (paragraph numbers as findDirectQuotes counts them). */
function lineBreaks(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i);
  return out;
}

/** Line (paragraph) number of an offset: the line breaks before it. */
function lineAt(breaks: number[], offset: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((breaks[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function hasCue(toks: Token[], from: number, to: number, except: Span | null, skipSentence: number): boolean {
  return toks.some(
    (t) =>
      t.sentence !== skipSentence &&
      t.start >= from &&
      t.end <= to &&
      t.kind === 'word' &&
      t.inQuote < 0 &&
      CUE_VERBS.has(t.lower) &&
      !(except && t.start >= except.start && t.end <= except.end),
  );
}

/** The words (white-space separated pieces with a letter) of a piece of text. */
function letterWords(s: string): string[] {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
}

/** Number of words (pieces with a letter) in a piece of text. */
function wordCount(s: string): number {
  return letterWords(s).length;
}

/** A lower-case word in "-ly" of five letters or more: an adverb ("firmly"), not "fly" or "Italy". */
function lyAdverb(t: Token): boolean {
  return /ly$/.test(t.lower) && t.lower.length > 4 && !/^\p{Lu}/u.test(t.text);
}

/** Trims white space and clause-final punctuation (. ; :) from the end of a content span. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.;:!?,—–-]/.test(text[e - 1] ?? '')) {
    const ch = text[e - 1] ?? '';
    // keep "?" and "!" that end a question or exclamation inside the content
    if ((ch === '?' || ch === '!') && e === end) break;
    e--;
  }
  return e;
}

// ---------------------------------------------------------------------------------------------

class Context {
  constructor(
    private readonly text: string,
    private readonly toks: Token[],
    private readonly dqs: DirectQuote[],
    private readonly sentences: SentenceSpan[],
  ) {}

  private tok(i: number): Token | undefined {
    return this.toks[i];
  }

  /** First and last token index of every sentence, computed once (keeps long sentences linear). */
  private readonly firstTok = new Map<number, number>();
  private readonly lastTok = new Map<number, number>();

  private index(): void {
    if (this.firstTok.size > 0 || this.toks.length === 0) return;
    this.toks.forEach((t, i) => {
      if (!this.firstTok.has(t.sentence)) this.firstTok.set(t.sentence, i);
      this.lastTok.set(t.sentence, i);
    });
  }

  /** Index of the first token of the sentence holding token i. */
  private sentenceStart(i: number): number {
    this.index();
    return this.firstTok.get(this.toks[i]?.sentence ?? -1) ?? i;
  }

  private sentenceEnd(i: number): number {
    this.index();
    return this.lastTok.get(this.toks[i]?.sentence ?? -1) ?? i;
  }

  /** The direct quote closing right before token index i (allowing a comma between), or -1. */
  private quoteEndingBefore(i: number): number {
    let k = i - 1;
    if (this.tok(k)?.text === ',') k--;
    const t = this.tok(k);
    if (t?.kind !== 'close') return -1;
    const qi = t.inQuote;
    const dq = this.dqs[qi];
    if (!dq) return -1;
    // “…,” Putin said / “…?” he asked — but not “… tomorrow.” Gorka said it was …
    const lastInner = this.text.slice(dq.innerStart, dq.innerEnd).trimEnd().slice(-1);
    const sameSentence = t.sentence === this.tok(i)?.sentence;
    if (k < i - 1 || [',', '?', '!', '—', '–', '-'].includes(lastInner) || (sameSentence && lastInner !== '.')) return qi;
    return -1;
  }

  /** The direct quote opening at or right after token index i (allowing ":" or ","), or -1. */
  private quoteStartingAt(i: number): number {
    let k = i;
    while (this.tok(k)?.text === ':' || this.tok(k)?.text === ',') k++;
    const t = this.tok(k);
    if (t?.kind === 'open') return t.inQuote;
    return -1;
  }

  /** True when the sentence of token i is a title-cased headline ("Rubio Thinks Biden Was Right"). */
  private titleCased(i: number): boolean {
    const from = this.sentenceStart(i);
    const to = this.sentenceEnd(i);
    let words = 0;
    let upper = 0;
    for (let k = from; k <= to; k++) {
      const t = this.tok(k);
      if (!t || t.kind !== 'word' || /^\p{N}/u.test(t.text)) continue;
      words++;
      if (/^\p{Lu}/u.test(t.text) || HEADLINE_LOWER.has(t.lower)) upper++;
    }
    return words >= MIN_HEADLINE_WORDS && upper >= words * HEADLINE_CAPITALS && upper > words - HEADLINE_LOWER_MAX;
  }

  /** Index of the "(" opening a short tag that closes at token `close`, or -1. */
  private parenOpen(close: number, floor: number): number {
    for (let k = close - 1; k >= floor && close - k <= MAX_TAG_TOKENS; k--) {
      const t = this.tok(k);
      if (!t) return -1;
      if (t.text === '(') return k;
      if (t.kind !== 'word' && !['-', '.', ','].includes(t.text)) return -1;
    }
    return -1;
  }

  /** Speaker noun phrase ending at token j (inclusive), walking left. */
  private npLeft(j: number, floor: number): Span | null {
    const head = this.tok(j);
    if (head?.text === ')') {
      const open = this.parenOpen(j, floor);
      const np = open > floor ? this.npLeft(open - 1, floor) : null;
      return np ? { start: np.start, end: head.end } : null;
    }
    // "42% say …": a share of respondents
    if (head?.text === '%' && this.tok(j - 1)?.kind === 'word' && /^\p{N}/u.test(this.tok(j - 1)?.text ?? '')) {
      const n = this.tok(j - 1);
      if (n && n.end === head.start) return { start: n.start, end: head.end };
    }
    if (!head || head.kind !== 'word') return null;
    if (SPEAKER_PRONOUNS.has(head.lower)) return { start: head.start, end: head.end };
    // "Some chanted …", "Most said …": a quantifier standing for people
    if (QUANTIFIER_SPEAKERS.has(head.lower) && (j === floor || NP_LEFT_BREAK.has(this.tok(j - 1)?.lower ?? '') || this.tok(j - 1)?.text === ',' || this.tok(j - 1)?.text === ';')) return { start: head.start, end: head.end };
    // "most of them said": a quantifier over a pronoun
    const quantifier = this.tok(j - 2);
    if (['them', 'us', 'those'].includes(head.lower) && this.tok(j - 1)?.lower === 'of' && quantifier && (QUANTIFIER_SPEAKERS.has(quantifier.lower) || ['all', 'each', 'both', 'none', 'half'].includes(quantifier.lower)) && j - 2 >= floor) {
      return { start: quantifier.start, end: head.end };
    }
    if (NOT_SUBJECT.has(head.lower) || NP_LEFT_BREAK.has(head.lower)) return null;
    let k = j;
    let n = 1;
    while (k - 1 >= floor && n < MAX_SPEAKER_TOKENS) {
      const p = this.tok(k - 1);
      if (!p || p.inQuote >= 0) break;
      if (p.text === ')') {
        // a party or state tag inside the name: "Sen. Ada Marr (D-Ore.)"
        const open = this.parenOpen(k - 1, floor);
        if (open < 0) break;
        n += k - open;
        k = open;
        continue;
      }
      if (p.kind === 'word') {
        // coordinated names: "Ada Marr (D) and Lev Orlo said"
        const before = this.tok(k - 2);
        const coordinated = p.lower === 'and' && k - 2 >= floor && !!before && (before.text === ')' || (before.kind === 'word' && /^\p{Lu}/u.test(before.text) && k - 2 > floor)) && /^\p{Lu}/u.test(this.tok(k)?.text ?? '');
        // (a capitalised word inside a name is no modal or verb: "Theresa May", "Ada Hope Marr")
        const inName = /^\p{Lu}/u.test(p.text) && k - 1 > this.sentenceStart(k - 1) && (/^\p{Lu}/u.test(this.tok(k)?.text ?? '') || /^\p{Lu}/u.test(this.tok(k - 2)?.text ?? ''));
        const located = p.lower === 'in' && this.placeModifier(k - 1, j);
        if (!coordinated && !inName && !located && (NP_LEFT_BREAK.has(p.lower) || CUE_VERBS.has(p.lower) && p.lower !== 'state')) break;
      } else if (!['-', '&', '.'].includes(p.text)) break;
      k--;
      n++;
    }
    // do not start a speaker with a preposition or conjunction left over
    while (k < j && NOT_SUBJECT.has(this.tok(k)?.lower ?? '') && !['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'some', 'all', 'every', 'any', 'more', 'most'].includes(this.tok(k)?.lower ?? '')) k++;
    const first = this.tok(k);
    return first ? { start: first.start, end: head.end } : null;
  }

  /**
   * "the Monitoring Mission in Ukraine", "the embassy in Moscow", "officials in Kyiv": "in" at token
   * `at` and a capitalised place running to the head `j` modify the noun before "in", which is the
   * speaker; the place alone is not.
   */
  private placeModifier(at: number, j: number): boolean {
    const noun = this.tok(at - 1);
    if (!noun || noun.kind !== 'word' || noun.inQuote >= 0) return false;
    if (!/^\p{Lu}/u.test(noun.text) && !LOCATED_NOUNS.has(noun.lower)) return false;
    for (let k = at + 1; k <= j; k++) {
      const w = this.tok(k);
      if (!w || w.kind !== 'word' || !/^\p{Lu}/u.test(w.text)) return false;
    }
    return j > at;
  }

  /** Subject left of the cue at i: skips adverbs/auxiliaries, handles appositions and relatives. */
  private subjectLeft(i: number): { span: Span; first: number } | null {
    const floor = this.sentenceStart(i);
    let j = i - 1;
    let skipped = 0;
    while (j >= floor && skipped < MAX_PRE_CUE_SKIP) {
      const t = this.tok(j);
      if (!t || t.kind !== 'word') break;
      // "so far", "thus far": a two-word adverbial
      const bigram = PRE_CUE_BIGRAMS.some(([a, b]) => b === t.lower && this.tok(j - 1)?.lower === a);
      if (bigram) {
        j -= 2;
        skipped += 2;
        continue;
      }
      // negated auxiliaries: "they don’t want …", "she hasn’t said"
      const negatedAux = /n['’]t$/.test(t.lower) || t.lower === 'cannot';
      // "campaign workers here said": a place adverb after the subject
      const place = (t.lower === 'here' || t.lower === 'there') && this.tok(j - 1)?.kind === 'word' && !NOT_SUBJECT.has(this.tok(j - 1)?.lower ?? '');
      if (!(PRE_CUE_SKIP.has(t.lower) || negatedAux || place || lyAdverb(t))) break;
      j--;
      skipped++;
    }
    // "Proponents, however, say …", "The campaign, for its part, said …": a parenthetical adverbial
    const paren = this.parentheticalAdverbial(j, floor);
    if (paren >= 0) {
      j = paren;
      while (j >= floor && PRE_CUE_SKIP.has(this.tok(j)?.lower ?? '') && this.tok(j)?.kind === 'word') j--;
    }
    if (j < floor) return null;
    const t = this.tok(j);
    // "Trump, beseeching Putin not to order a “massacre,” pointed out …": a participle clause between commas
    const participial = t && (t.text === ',' || (t.kind === 'close' && this.commaInside(t.inQuote))) ? this.subjectBeforeParticiple(j, floor) : null;
    if (participial) return participial;
    if (!t || t.inQuote >= 0) return null;
    if (t.kind === 'word' && (t.lower === 'who' || t.lower === 'which' || t.lower === 'that')) {
      // "officials who said", "Peskov, who said": the antecedent
      let k = j - 1;
      if (this.tok(k)?.text === ',') k--;
      const np = this.npLeft(k, floor);
      // the relative pronoun is the speaker span (PolNeAR's convention); the name comes from the antecedent
      return np ? { span: { start: t.start, end: t.end }, first: this.indexAt(np.start) } : null;
    }
    if (APPOSITION_MARKS.has(t.text)) {
      // apposition: "Jennifer Palmieri, the campaign's director, said" / "Smith, 45, said" /
      // "Ada Marr, 21, a student from Kell, said" / "Lev Orlo — a teacher — says"
      let k = j;
      for (let segment = 0; segment < MAX_APPOSITION_SEGMENTS; segment++) {
        const close = k;
        k = close - 1;
        while (k >= floor && !APPOSITION_MARKS.has(this.tok(k)?.text ?? '') && this.tok(k)?.kind !== 'close' && this.tok(k)?.inQuote === -1 && close - k <= MAX_APPOSITION_TOKENS) k--;
        const comma = this.tok(k);
        if (!comma || !APPOSITION_MARKS.has(comma.text) || k <= floor) return segment === 0 ? this.nameBeforeComma(j, floor) : null;
        const apposFirst = this.tok(k + 1);
        const name = this.npLeft(k - 1, floor);
        const nameHead = this.tok(k - 1);
        const apposHead = this.tok(close - 1);
        const apposIsName = !!apposHead && /^\p{Lu}/u.test(apposHead.text) && apposFirst && /^\p{Lu}/u.test(apposFirst.text);
        const ok = !!name && !!nameHead && !!apposFirst && (this.appositionHead(nameHead, name, floor) || (segment === 0 && apposIsName));
        if (!ok || !name || !apposFirst) {
          // "Smith, 45, a nurse, said": look further left past a descriptive segment
          continue;
        }
        if (this.tok(this.indexAt(name.start) - 1)?.kind === 'close') {
          // “…,” Smith, the director, said
          return { span: { start: name.start, end: this.tok(j - 1)?.end ?? name.end }, first: this.indexAt(name.start) };
        }
        if (segment === 0 && (apposFirst.lower === 'who' || apposFirst.lower === 'which')) return { span: name, first: this.indexAt(name.start) };
        return { span: { start: name.start, end: this.tok(j - 1)?.end ?? name.end }, first: this.indexAt(name.start) };
      }
      return null;
    }
    const np = this.npLeft(j, floor);
    return np ? { span: np, first: this.indexAt(np.start) } : null;
  }

  /**
   * "Zelensky, referring to social media, insisted …": when token j closes a participle clause that
   * follows a comma after a name (or pronoun) opening the sentence, the name is the subject. The
   * participle clause is no part of the speaker.
   */
  private subjectBeforeParticiple(j: number, floor: number): { span: Span; first: number } | null {
    for (let k = j - 1; k > floor && j - k <= MAX_APPOSITION_TOKENS; k--) {
      const t = this.tok(k);
      if (!t || t.inQuote >= 0) continue;
      if (t.text !== ',') continue;
      const participle = this.tok(k + 1);
      if (!participle || participle.kind !== 'word' || !/^\p{Ll}.*ing$/u.test(participle.text) || k + 1 >= j) return null;
      const head = this.tok(k - 1);
      if (!head || head.kind !== 'word' || !(/^\p{Lu}/u.test(head.text) || SPEAKER_PRONOUNS.has(head.lower))) return null;
      const np = this.npLeft(k - 1, floor);
      return np && this.indexAt(np.start) === floor ? { span: np, first: floor } : null;
    }
    return null;
  }

  /**
   * The head of the noun phrase before an apposition makes it a subject: a name ("Ada Marr, 21, …"), a
   * party tag ("Sen. Ada Marr (D-Ore.), …"), or a common noun that opens its clause ("The employee, a
   * nurse, …", "… and the mayor, a Democrat, …") — not one inside a phrase ("In nearby Kell, …").
   */
  private appositionHead(head: Token, name: Span, floor: number): boolean {
    if (/^\p{Lu}/u.test(head.text) || head.text === ')') return true;
    if (!/^\p{Ll}/u.test(head.text) || NOT_SUBJECT.has(head.lower)) return false;
    const first = this.indexAt(name.start);
    return first === floor || CLAUSE_OPENERS.has(this.tok(first - 1)?.lower ?? '');
  }

  /**
   * When token j closes ", however," / ", in fact," / ", for its part," (a short lower-case adverbial
   * between commas), the index of the token before the opening comma; else -1.
   */
  private parentheticalAdverbial(j: number, floor: number): number {
    if (this.tok(j)?.text !== ',') return -1;
    for (let k = j - 1; k > floor && j - k <= MAX_PAREN_ADVERBIAL_TOKENS + 1; k--) {
      const t = this.tok(k);
      if (!t) return -1;
      if (t.text === ',') {
        const first = this.tok(k + 1);
        if (k + 1 >= j || !first) return -1;
        const single = k + 2 === j;
        const ok = ADVERBIAL_OPENERS.has(first.lower) || (single && /ly$/.test(first.lower));
        return ok ? k - 1 : -1;
      }
      if (t.kind !== 'word' || /^\p{Lu}/u.test(t.text)) return -1;
    }
    return -1;
  }

  /**
   * "Sen. Ada Marr (D-Ore.), said …": a stray comma after a name that opens the sentence; the name
   * (ending in a capitalised word or a party tag) is the subject.
   */
  private nameBeforeComma(comma: number, floor: number): { span: Span; first: number } | null {
    const before = this.tok(comma - 1);
    if (!before || !(before.text === ')' || (before.kind === 'word' && /^\p{Lu}/u.test(before.text)))) return null;
    const np = this.npLeft(comma - 1, floor);
    if (!np || this.indexAt(np.start) !== floor) return null;
    const head = this.tok(floor);
    if (!head || !/^\p{Lu}/u.test(head.text) || NOT_SUBJECT.has(head.lower) || NP_LEFT_BREAK.has(head.lower)) return null;
    return { span: np, first: floor };
  }

  /** Speaker after an inverted cue: "said Caddell", "said a longtime adviser to Trump". */
  private subjectRight(i: number): Span | null {
    const end = this.sentenceEnd(i);
    let k = i + 1;
    const first = this.tok(k);
    if (!first || first.kind !== 'word' || first.inQuote >= 0) return null;
    if (COMPLEMENTIZERS.has(first.lower) || NOT_SUBJECT.has(first.lower) && !['the', 'a', 'an', 'his', 'her', 'their', 'its'].includes(first.lower)) return null;
    // "…, said she turned out": a pronoun followed by more words opens the content, not a speaker
    if (SPEAKER_PRONOUNS.has(first.lower) && this.tok(k + 1)?.kind === 'word') return null;
    let last = k;
    const stops = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'that', 'as', 'on', 'last', 'this', 'via', 'through', 'according', 'earlier', 'later', 'told', 'adding', 'referring', 'speaking']);
    while (k <= end && k - i <= MAX_SPEAKER_TOKENS) {
      const t = this.tok(k);
      if (!t || t.kind !== 'word' || t.inQuote >= 0) break;
      if (k > i + 1 && stops.has(t.lower)) break;
      last = k;
      k++;
    }
    const lastTok = this.tok(last);
    if (!lastTok) return null;
    const appos = this.appositiveName(last + 1);
    return { start: first.start, end: appos?.end ?? lastTok.end };
  }

  /** ", General Valery Gerasimov." — a capitalised name after a comma that ends the sentence. */
  private appositiveName(comma: number): Span | null {
    if (this.tok(comma)?.text !== ',') return null;
    let k = comma + 1;
    const first = this.tok(k);
    while (this.tok(k)?.kind === 'word' && /^\p{Lu}/u.test(this.tok(k)?.text ?? '') && k - comma <= MAX_SPEAKER_TOKENS) k++;
    const last = this.tok(k - 1);
    const after = this.tok(k);
    if (!first || !last || k === comma + 1) return null;
    if (after && after.sentence === first.sentence && after.text !== '.' && after.text !== ',') return null;
    return { start: first.start, end: last.end };
  }

  private indexAt(offset: number): number {
    let lo = 0;
    let hi = this.toks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.toks[mid]?.start ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Content right of the cue (after particles, addressee, "that"). */
  private contentRight(i: number, entry: CueEntry): { span: Span; direct: boolean; dq: number | null } | null {
    const end = this.sentenceEnd(i);
    let k = i + 1;
    const particles = particlesOf(entry.lemma);
    const particle = particles && particles.includes(this.tok(k)?.lower ?? '') ? this.tok(k)?.lower : undefined;
    if (particle) k++;
    // "Halden rejected that.", "the ministry denies this on principle": a denial whose whole object
    // is a demonstrative points back at what was said before; the pointer is its content
    const pointer = entry.act === 'denial' ? this.pointerObject(k, end) : null;
    if (pointer) return pointer;
    // a direct quote right after the cue: Putin said: “…”
    const qi = this.quoteStartingAt(k);
    if (qi >= 0) return this.directOrMixed(qi, end);
    // "that" within a few tokens (skipping addressee and adverbials)
    for (let m = k; m <= Math.min(end, k + MAX_THAT_LOOKAHEAD); m++) {
      const t = this.tok(m);
      if (!t || t.inQuote >= 0 || t.kind === 'open') break;
      if (t.kind === 'word' && (t.lower === 'that' || (t.lower === 'whether' && m > k))) {
        // "echoed that sentiment on Truth Social": a demonstrative object, not a clause
        const demonstrative = m === k && t.lower === 'that' && !CLAUSE_ONLY_LEMMAS.has(entry.lemma) ? this.demonstrativeObject(m, end) : null;
        if (demonstrative) return demonstrative;
        const after = this.quoteStartingAt(m + 1);
        if (after >= 0) return this.directOrMixed(after, end);
        return this.clause(m + 1, end);
      }
      if (t.text === ':') {
        const after = this.quoteStartingAt(m + 1);
        if (after >= 0) return this.directOrMixed(after, end);
        return this.toParagraphEnd(this.clause(m + 1, end), end);
      }
      if (t.kind === 'word' && CUE_VERBS.has(t.lower) && m > k) break;
      // a finite verb means the content clause has already begun ("said it was not true that …")
      if (t.kind === 'word' && FINITE_AUX.has(t.lower) && m > k) break;
      if (t.text === '.' || t.text === ';') break;
    }
    // ("called for sustained pressure to …": after "for" the object is what is asked for, not an addressee)
    if (entry.object && particle !== 'for') {
      // addressee: "told reporters …", "urged Putin to …", "accused Ukrainian forces of …"
      let m = k;
      while (m <= end && m - k < MAX_OBJECT_TOKENS) {
        const t = this.tok(m);
        if (!t || t.kind !== 'word' || t.inQuote >= 0) break;
        if (['to', 'of', 'for', 'that', 'as', 'about', 'on', 'over', 'not'].includes(t.lower) && m > k) break;
        m++;
      }
      // (what is demanded or offered is itself the object: "demanded the easing of sanctions"; only
      // an infinitive marks an addressee there: "ordered the troops to …")
      const links = THING_OBJECT_LEMMAS.has(entry.lemma) ? ['to', 'not'] : ['to', 'of', 'for', 'as', 'about', 'on', 'over', 'not'];
      // ("told a meeting on Monday": a time after "on" is when, not what was said)
      const timeAfter = (this.tok(m)?.lower === 'on' || this.tok(m)?.lower === 'over') && isTimeName(this.tok(m + 1)?.text ?? '');
      if (m > k && links.includes(this.tok(m)?.lower ?? '') && !timeAfter) {
        const after = this.tok(m)?.lower === 'to' || this.tok(m)?.lower === 'not' ? m : m + 1;
        return this.clause(after, end);
      }
      if (this.tok(m)?.text === ',' || this.tok(m)?.text === ':') {
        const after = this.quoteStartingAt(m);
        if (after >= 0) return this.directOrMixed(after, end);
      }
    }
    if (this.tok(k)?.text === ',' || this.tok(k)?.text === '.') return null;
    return this.clause(k, end);
  }

  /** A lone demonstrative at token k that ends its clause ("that.", "this on Friday,"), as content. */
  private pointerObject(k: number, end: number): { span: Span; direct: boolean; dq: number | null } | null {
    const t = this.tok(k);
    if (!t || t.kind !== 'word' || t.inQuote >= 0 || !LONE_POINTERS.has(t.lower)) return null;
    const next = this.tok(k + 1);
    const closes = !next || k + 1 > end || [',', '.', ';', '—', '–', '!'].includes(next.text) || (next.kind === 'word' && (CIRCUMSTANCE_PREPOSITIONS.has(next.lower) || TAIL_STARTERS.has(next.lower)));
    return closes ? { span: { start: t.start, end: t.end }, direct: false, dq: null } : null;
  }

  /**
   * "echoed that sentiment on Truth Social", "rejected that idea.": "that" at token m and a singular
   * noun with no verb before the clause ends is a demonstrative; the content is the noun phrase it
   * opens (a reference back to what was said, as PolNeAR marks it), without the circumstances after it.
   */
  private demonstrativeObject(m: number, end: number): { span: Span; direct: boolean; dq: number | null } | null {
    let k = m;
    while (k + 1 <= end && k - m < MAX_DEMONSTRATIVE_WORDS) {
      const t = this.tok(k + 1);
      if (!t || t.kind !== 'word' || t.inQuote >= 0 || !/^\p{Ll}+$/u.test(t.text) || NOT_SUBJECT.has(t.lower) || NP_LEFT_BREAK.has(t.lower) || CIRCUMSTANCE_PREPOSITIONS.has(t.lower)) break;
      // (adverbs, verb forms and prepositions open a clause: "that roughly 1,100 …", "that despite …")
      if (/(?:ly|ing|ed)$/.test(t.lower) || ADVERB_NOT_NOUN.has(t.lower) || INTRO_PREPOSITIONS.has(t.lower) || ADVERBIAL_OPENERS.has(t.lower) || PRE_CUE_SKIP.has(t.lower) || SPEAKER_PRONOUNS.has(t.lower) || CLAUSE_DETERMINERS.has(t.lower)) return null;
      k++;
    }
    const head = this.tok(k);
    const next = this.tok(k + 1);
    if (k === m || !head || /[^s]s$/.test(head.lower) || TIME_NOUNS.has(head.lower)) return null;
    // the noun phrase closes the clause or a circumstance follows it: "… on Truth Social", "… ."
    const closes = !next || k + 1 > end || [',', '.', ';', '—', '–'].includes(next.text) || (next.kind === 'word' && CIRCUMSTANCE_PREPOSITIONS.has(next.lower));
    // (but "that big, important work will …" lists adjectives: after the comma comes no participle or conjunction)
    const after = next?.text === ',' ? this.tok(k + 2) : undefined;
    if (!closes || (after && after.kind === 'word' && !after.lower.endsWith('ing') && !CLAUSE_OPENERS.has(after.lower) && after.lower !== 'according')) return null;
    // and no verb follows before the next comma or the sentence end
    let stop = k + 1;
    while (stop <= end && ![',', ';', '—', '–'].includes(this.tok(stop)?.text ?? '')) stop++;
    if (stop > k + 1 && (this.hasClause({ start: next?.start ?? 0, end: this.tok(stop - 1)?.end ?? 0 }) || this.mainVerb(k, stop) > k)) return null;
    const that = this.tok(m);
    return that ? { span: { start: that.start, end: head.end }, direct: false, dq: null } : null;
  }

  /**
   * "He said: Let no one be mistaken. It cannot be ignored." — unquoted content after a colon that
   * runs to its sentence end continues to the end of the paragraph.
   */
  private toParagraphEnd<C extends { span: Span; direct: boolean; dq: number | null }>(c: C | null, sentEndTok: number): C | null {
    if (!c || c.direct) return c;
    const last = this.tok(sentEndTok);
    if (!last || c.span.end < trimEnd(this.text, c.span.start, last.end)) return c;
    let paraEnd = this.text.indexOf('\n', last.end);
    if (paraEnd < 0) paraEnd = this.text.length;
    const end = trimEnd(this.text, c.span.start, paraEnd);
    return end > c.span.end ? { ...c, span: { start: c.span.start, end } } : c;
  }

  private directOrMixed(qi: number, sentEndTok: number): { span: Span; direct: boolean; dq: number | null } | null {
    const dq = this.dqs[qi];
    if (!dq) return null;
    const sentEnd = this.tok(sentEndTok)?.end ?? dq.end;
    const rest = this.text.slice(dq.end, Math.max(dq.end, sentEnd));
    if (dq.end >= sentEnd || /^[\s.,;:!?)”"’']*$/.test(rest)) return { span: { start: dq.start, end: dq.end }, direct: true, dq: qi };
    // mixed: “thousands” of troops were “completely surrounded …”
    const cut = this.cutAtNextAttribution(this.indexAt(dq.start), sentEndTok);
    return { span: { start: dq.start, end: cut }, direct: false, dq: null };
  }

  /** A clause from token a to the sentence end (cut before a following attribution). */
  private clause(a: number, sentEndTok: number): { span: Span; direct: boolean; dq: number | null } | null {
    const first = this.tok(a);
    if (!first || a > sentEndTok) return null;
    const end = this.cutAtNextAttribution(a, sentEndTok);
    if (end <= first.start) return null;
    // content that is entirely one direct quote is a direct quotation
    if (first.kind === 'open' && this.dqs[first.inQuote]?.end === end) {
      return { span: { start: first.start, end }, direct: true, dq: first.inQuote };
    }
    return { span: { start: first.start, end }, direct: false, dq: null };
  }

  /** End offset of a content clause starting at token a: before the next attributed clause or the sentence end. */
  private cutAtNextAttribution(a: number, sentEndTokIn: number): number {
    const sentEndTok = Math.min(sentEndTokIn, a + MAX_CONTENT_TOKENS);
    let endTok = sentEndTok;
    for (let m = a + 1; m <= sentEndTok; m++) {
      const t = this.tok(m);
      // “… party,” claiming that …: a comma inside the closing mark ends the clause like one outside it
      if (t?.kind === 'close' && m < sentEndTok && this.commaInside(t.inQuote) && this.attributionAfterComma(m + 1)) {
        endTok = m;
        break;
      }
      if (!t || t.inQuote >= 0) continue;
      // "… as he said …": a conjunction, a pronoun or name, and a cue verb open a new attribution
      if (t.kind === 'word' && CONTENT_CUT_WORDS.has(t.lower) && m > a + 1) {
        const n1 = this.tok(m + 1);
        const n2 = this.tok(m + 2);
        const newSubject = n1 && n2 && n1.kind === 'word' && (SPEAKER_PRONOUNS.has(n1.lower) || /^\p{Lu}/u.test(n1.text)) && n2.kind === 'word' && CUE_VERBS.has(n2.lower) && !WEAK_CUE_FORMS.has(n2.lower);
        // "… and accused X of …": a coordinated cue verb of the same subject
        // ("… and has repeatedly characterized him as …": auxiliaries and adverbs before the verb)
        let v = m + 1;
        while (v < m + 4 && PRE_CUE_SKIP.has(this.tok(v)?.lower ?? '') && this.tok(v)?.kind === 'word') v++;
        const nv = this.tok(v);
        const coordinated = (t.lower === 'and' || t.lower === 'but') && nv?.kind === 'word' && QUOTE_CUES.has(nv.lower) && !nv.lower.endsWith('ing') && this.tok(m - 1)?.kind === 'word' && this.clauseFollowsOrObject(v);
        if (newSubject || coordinated) {
          endTok = m - 1;
          break;
        }
      }
      // ", though she acknowledged …" / ", but Smith said …" / ", according to …"
      if (t.text === ',' || t.text === ';' || t.text === '—' || t.text === '–') {
        const n1 = this.tok(m + 1);
        const n2 = this.tok(m + 2);
        const n3 = this.tok(m + 3);
        const opener = n1 && CONTENT_CUT_WORDS.has(n1.lower);
        const np = opener ? m + 2 : m + 1;
        const after = [this.tok(np), this.tok(np + 1), this.tok(np + 2), this.tok(np + 3), this.tok(np + 4)];
        const head = after[0];
        // ", something Kestria denies" / ", which Kestria has denied": a relative denial closes the content
        const subjectLike = !!head && head.kind === 'word' && (/^\p{Lu}/u.test(head.text) || SPEAKER_PRONOUNS.has(head.lower) || ['the', 'a', 'an', 'something', 'which'].includes(head.lower));
        const isCue = (k: number): boolean => {
          const x = this.tok(np + k);
          const before = this.tok(np + k - 1)?.lower ?? '';
          return !!x && x.kind === 'word' && x.inQuote < 0 && CUE_VERBS.has(x.lower) && !x.lower.endsWith('ing') && !BE_FORMS.has(before) && !NOUN_DETERMINERS.has(before);
        };
        const cueSoon =
          (opener || t.text !== ',' ? false : isCue(0) && !WEAK_CUE_FORMS.has(head?.lower ?? '')) ||
          after.some((x, k) => k > 0 && (opener || subjectLike) && isCue(k) && (!WEAK_CUE_FORMS.has(x?.lower ?? '') || subjectLike)) ||
          (opener === true && isCue(0));
        const ingCue = (x: Token | undefined): boolean => !!x && x.lower.endsWith('ing') && CUE_VERBS.has(x.lower);
        const participle = ingCue(n1) || (this.focusAdverb(m + 1) && ingCue(n2));
        const according = n1?.lower === 'according' && n2?.lower === 'to';
        if (cueSoon || participle || according || (t.text === ';' && n3)) {
          endTok = m - 1;
          break;
        }
      }
    }
    const last = this.tok(endTok);
    if (!last) return 0;
    // a clause that ends inside a quotation runs to the quotation's end: said that he “… . …”
    const dq = last.inQuote >= 0 ? this.dqs[last.inQuote] : undefined;
    const end = dq && dq.end > last.end && endTok === sentEndTok ? dq.end : last.end;
    return trimEnd(this.text, this.tok(a)?.start ?? 0, end);
  }

  /** True when direct quote qi ends with a comma inside its closing mark (“…,”). */
  private commaInside(qi: number): boolean {
    const dq = this.dqs[qi];
    return !!dq && dq.closed && this.text.slice(dq.innerStart, dq.innerEnd).trimEnd().endsWith(',');
  }

  /** Token k is a comma outside quotations or a closing mark with a comma inside (“…,”). */
  private commaAt(k: number): boolean {
    const t = this.tok(k);
    return !!t && ((t.text === ',' && t.inQuote < 0) || (t.kind === 'close' && this.commaInside(t.inQuote)));
  }

  /** A participle cue or "according to" at token k, after a comma: an attribution of its own. */
  private attributionAfterComma(k: number): boolean {
    const t = this.tok(k);
    if (!t || t.kind !== 'word') return false;
    return (t.lower.endsWith('ing') && QUOTE_CUES.has(t.lower)) || (t.lower === 'according' && this.tok(k + 1)?.lower === 'to');
  }

  /** True when nothing but closing punctuation follows the span in its sentence. */
  private endsSentence(span: Span): boolean {
    const last = this.tok(this.indexAt(span.end) - 1);
    const next = this.tok(this.indexAt(span.end));
    return !next || next.sentence !== last?.sentence || ['.', '!', '?'].includes(next.text);
  }

  /**
   * “…?” Some strategists said none of it would work: the quotation before the subject ends a
   * sentence of its own (or the cue opens a "that"/pronoun clause), so the cue's content is on its right.
   */
  private ownClauseAfter(i: number, entry: CueEntry, left: { span: Span; dq: number | null }): boolean {
    const dq = left.dq === null ? undefined : this.dqs[left.dq];
    if (!dq) return false;
    const lastInner = this.text.slice(dq.innerStart, dq.innerEnd).trimEnd().slice(-1);
    const next = this.tok(i + 1);
    const opensClause = !!next && next.kind === 'word' && (next.lower === 'that' || (SPEAKER_PRONOUNS.has(next.lower) && next.lower !== 'it'));
    const otherSentence = this.tok(this.indexAt(dq.end - 1))?.sentence !== this.tok(i)?.sentence;
    if (!['?', '!', '.'].includes(lastInner) && !opensClause && !otherSentence) return false;
    const right = this.contentRight(i, entry);
    if (!right || right.direct || this.words(right.span) < (opensClause ? 2 : 3)) return false;
    const first = this.tok(this.indexAt(right.span.start))?.lower ?? '';
    return this.hasClause(right.span) || (otherSentence && !TAIL_STARTERS.has(first) && !CIRCUMSTANCE_PREPOSITIONS.has(first));
  }

  /** A direct quote closing right before the speaker (“…,” Putin said), as content. */
  private directBefore(speakerFirst: number, cue: number): { span: Span; direct: boolean; dq: number | null } | null {
    // a mixed clause only when the cue takes nothing on its right ("…,” he explained, without …")
    const after = this.tok(cue + 1);
    const closes = !after || after.sentence !== this.tok(cue)?.sentence || after.text === ',' || after.text === '.';
    return this.quoteBefore(speakerFirst, closes);
  }

  /**
   * True when the attribution at cue i closes its clause ("…, he said." / "…, he said on Friday in
   * a statement."): nothing but a short tail of adverbials follows before the sentence end.
   */
  private postposed(i: number): boolean {
    const end = this.sentenceEnd(i);
    let words = 0;
    let firstWord: string | null = null;
    for (let k = i + 1; k <= end; k++) {
      const t = this.tok(k);
      if (!t) break;
      if (t.kind === 'open' || t.lower === 'that' || t.text === ':') return false;
      // "Halden denies this.": a denial's demonstrative object, not a time adverbial ("this week")
      if (words === 0 && CUE_VERBS.get(this.tok(i)?.lower ?? '')?.act === 'denial' && this.pointerObject(k, end)) return false;
      // "doesn't want to tangle with Trump": an infinitive is content, not a circumstance
      if (t.lower === 'to' && words === 0 && this.infinitiveAt(k + 1)) return false;
      // "…, Cruz explained, recalling …": a participle after a comma is an attribution of its own
      if (t.text === ',' && words === 0 && /ing$/.test(this.tok(k + 1)?.lower ?? '') && this.tok(k + 1)?.kind === 'word') return true;
      if (t.text === ',' && words === 0) continue;
      if (t.kind === 'word') {
        // "said on Tuesday he would resign": a clause after the circumstance is content
        if (words > 0 && (SPEAKER_PRONOUNS.has(t.lower) || FINITE_AUX.has(t.lower))) return false;
        firstWord ??= t.lower;
        words++;
        if (words > POSTPOSED_TAIL_WORDS) return false;
      }
    }
    if (words === 0) return true;
    // "…, the director told a press conference on Monday.": the addressee of a cue that takes one
    const addressee = firstWord !== null && ADDRESSEE_DETERMINERS.has(firstWord) && ADDRESSEE_LEMMAS.has(QUOTE_CUES.get(this.tok(i)?.lower ?? '')?.lemma ?? '');
    return words <= POSTPOSED_TAIL_WORDS && firstWord !== null && (TAIL_STARTERS.has(firstWord) || /day$/.test(firstWord) || addressee);
  }

  /**
   * Index of the first finite-looking verb in (i, to) that follows a comma (or a quotation closing on a
   * comma) — the main verb after a parenthetical clause — or -1.
   */
  private verbAfterComma(i: number, to: number): number {
    for (let k = i + 1; k < to; k++) {
      const v = this.tok(k + 1);
      if (!v || !this.commaAt(k)) continue;
      if (v.kind !== 'word' || v.inQuote >= 0 || !/^\p{Ll}/u.test(v.text) || v.lower.endsWith('ing')) continue;
      if (looksFinite(v.lower) || (CUE_VERBS.has(v.lower) && !WEAK_CUE_FORMS.has(v.lower))) return k + 1;
    }
    return -1;
  }

  /**
   * True when the noun phrase `subj` ends right before the "to" (or "not to") at token `to` and follows
   * a cue that takes an addressee ("urged Putin not to order", "asked them to vote"): the infinitive is
   * that cue's content. (After other verbs the noun phrase is the infinitive's source, as PolNeAR has
   * it: "led Priebus to declare …".)
   */
  private addresseeBeforeInfinitive(subj: { span: Span; first: number }, to: number): boolean {
    const k = this.tok(to - 1)?.lower === 'not' ? to - 2 : to - 1;
    if (this.tok(k)?.end !== subj.span.end) return false;
    const verb = this.tok(subj.first - 1);
    return !!verb && verb.kind === 'word' && QUOTE_CUES.get(verb.lower)?.object === true;
  }

  /** True when token k looks like the verb of an infinitive ("to tangle"), not a noun phrase ("to reporters"). */
  private infinitiveAt(k: number): boolean {
    const t = this.tok(k);
    return !!t && t.kind === 'word' && /^\p{Ll}/u.test(t.text) && !NOT_SUBJECT.has(t.lower) && !NOUN_DETERMINERS.has(t.lower) && !TAIL_STARTERS.has(t.lower) && !/s$/.test(t.lower);
  }

  /** "were slightly more likely to say": the first degree adverb before an adjective that governs "to" (else g). */
  private degreeStart(g: number): number {
    if (!INFINITIVE_ADJECTIVES.has(this.tok(g)?.lower ?? '')) return g;
    let k = g;
    while (DEGREE_ADVERBS.has(this.tok(k - 1)?.lower ?? '')) k--;
    return k;
  }

  /** Content left of a postposed attribution: "The economy is weak, he said." */
  private contentLeft(speakerFirst: number): { span: Span; direct: boolean; dq: number | null } | null {
    const mixed = this.quoteBefore(speakerFirst);
    if (mixed) return mixed;
    const comma = this.tok(speakerFirst - 1);
    if (!comma || comma.text !== ',') return null;
    const floor = this.sentenceStart(speakerFirst);
    if (speakerFirst - 1 <= floor) return null;
    let a = floor;
    // start after an earlier attribution in the same sentence ("X said A, and B, Y said")
    for (let m = speakerFirst - 2; m > floor; m--) {
      const t = this.tok(m);
      if (t?.text === ';') {
        a = m + 1;
        break;
      }
    }
    const first = this.tok(a);
    const last = this.tok(speakerFirst - 2);
    if (!first || !last || last.end <= first.start) return null;
    if (first.kind === 'open' && this.dqs[first.inQuote] && (this.dqs[first.inQuote]?.end ?? 0) >= last.end) {
      const dq = this.dqs[first.inQuote];
      if (dq) return { span: { start: dq.start, end: dq.end }, direct: true, dq: first.inQuote };
    }
    return { span: { start: first.start, end: trimEnd(this.text, first.start, last.end) }, direct: false, dq: null };
  }

  /** The quotation closing right before the speaker, or the outlet's clause it ends (a mixed quotation). */
  private quoteBefore(speakerFirst: number, mixed = true): { span: Span; direct: boolean; dq: number | null } | null {
    const qi = this.quoteEndingBefore(speakerFirst);
    const dq = qi >= 0 ? this.dqs[qi] : undefined;
    if (dq) {
      // the units are “encircled” and “isolated,” he said: the quotation ends a clause of the outlet's
      // words, so the content is the whole clause (a mixed quotation)
      const open = this.indexAt(dq.start);
      const before = this.tok(open - 1);
      const floor = this.sentenceStart(speakerFirst);
      if (!mixed || !before || open <= floor || before.kind !== 'word') return { span: { start: dq.start, end: dq.end }, direct: true, dq: qi };
      let a = floor;
      for (let m = open - 1; m > floor; m--) {
        if (this.tok(m)?.text === ';') {
          a = m + 1;
          break;
        }
      }
      const first = this.tok(a);
      if (!first) return null;
      return { span: { start: first.start, end: trimEnd(this.text, first.start, dq.end) }, direct: false, dq: null };
    }
    return null;
  }

  fromCue(i: number, entry: CueEntry): Draft | null {
    const t = this.tok(i);
    if (!t) return null;
    const prev = this.tok(i - 1);
    const next = this.tok(i + 1);
    // nouns and infinitives: "the report", "a call", "to support" (but "an outfit that endorsed Sanders")
    if (prev && ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'of', 'for', 'no', 'any'].includes(prev.lower) && !this.relativeThat(i)) return null;
    // "a US-backed plan", "the proposed deal": a determiner and a participle adjective make the cue a noun
    const det = this.tok(i - 2)?.lower ?? '';
    if (prev && prev.kind === 'word' && /ed$/.test(prev.lower) && ['the', 'a', 'an', 'this', 'its', 'his', 'her', 'their', 'our'].includes(det)) return null;
    // "271 pledged delegates": a participle after a number is an adjective
    if (prev && /^\p{N}/u.test(prev.text) && /ed$/.test(t.lower)) return null;
    // "trade declined 40 percent", "would decline by 4 points": "decline" is a refusal before "to" or an object, not before an amount
    if (entry.lemma === 'refuse' && /^declin/.test(t.lower) && next && (/^\p{N}/u.test(next.text) || /ly$/.test(next.lower) || next.text === '.' || next.text === ',' || next.lower === 'by')) return null;
    // "a liberal think tank": a compound noun
    if (entry.lemma === 'think' && /^tanks?$/.test(next?.lower ?? '')) return null;
    // "Call of Duty", names — but "Murphy, the head of the group, Tweeted on Friday"
    if (/^\p{Lu}/u.test(t.text) && i !== this.sentenceStart(i) && !(prev?.text === ',' && /^\p{Ll}/u.test(next?.text ?? '')) && !this.titleCased(i)) return null;
    // a possessor makes the cue a noun ("Ukraine’s plans", "Trump’s call"), but not "he’s saying"
    if (prev && /['’]s$/.test(prev.lower) && !CONTRACTIONS.has(prev.lower.replace('’', "'"))) return null;
    // "showed up", "called into a show": a particle that is not the cue's own makes another verb
    if (next && next.kind === 'word' && FOREIGN_PARTICLES.has(next.lower) && !particlesOf(entry.lemma)?.includes(next.lower)) return null;
    const weak = WEAK_CUE_FORMS.has(t.lower);
    // "the dozen states that held primaries": "that" and a finite verb open a relative clause on a noun
    const afterThat = this.tok(i + 2);
    if (weak && next?.lower === 'that' && afterThat && looksFinite(afterThat.lower)) return null;
    const cueSpan: Span = { start: t.start, end: t.end };
    const particles = particlesOf(entry.lemma);
    if (particles && next && particles.includes(next.lower)) cueSpan.end = next.end;
    // "-ing" forms are participles ("…, adding that"), unless progressive ("Obama is defending …")
    // ("Having announced that …," is a perfect participle)
    const participle = (t.lower.endsWith('ing') && !PROGRESSIVE_AUX.has(prev?.lower ?? '') && !PROGRESSIVE_AUX.has(this.tok(i - 2)?.lower ?? '')) || (prev?.lower === 'having' && this.sentenceStart(i) === i - 1);

    // passives ("has been disputed by Kyiv", "they would be guaranteed …") are not attributions of
    // their subject; relative denials are found by statements.ts. Cues inside "if"-clauses are not reports.
    if (BE_FORMS.has(prev?.lower ?? '') && !t.lower.endsWith('ing')) return this.passiveByAgent(i, cueSpan);
    // "was quick to embrace …", "tried to explain …": an infinitive cue takes the subject of the word
    // that governs "to" ("went on to say" is skipped over as it stands)
    const governor = this.tok(i - 2);
    const infinitive = prev?.lower === 'to' && !!governor && governor.kind === 'word' && governor.lower !== 'on' && /^\p{Ll}/u.test(governor.text) && !PRE_CUE_SKIP.has(governor.lower);
    const subj = participle ? null : infinitive ? this.subjectLeft(this.degreeStart(i - 2)) : this.subjectLeft(i);
    // "urged Putin not to order …": the addressee of an appeal is not the speaker of its content
    if (subj && !infinitive && prev?.lower === 'to' && this.addresseeBeforeInfinitive(subj, i - 1)) return null;
    // "spoke to reporters", "spoke at a memorial": speaking is a cue only with a topic or a clause
    if (entry.lemma === 'speak' && SPEAK_CIRCUMSTANCES.has(next?.lower ?? '')) return null;
    // "compared to last year", "Talk compared to …": a comparison, not a stance on an object
    if (entry.lemma === 'compare' && (next?.lower === 'to' || next?.lower === 'with')) return null;
    // "like" is a verb only after a pronoun or "would" ("people like them", "a state like Ohio")
    if (entry.lemma === 'like' && !(subj && SPEAKER_PRONOUNS.has(this.tok(i - 1)?.lower ?? '')) && !['would', "'d", '’d', 'not', 'don’t', "don't", 'doesn’t', "doesn't", 'didn’t', "didn't"].includes(prev?.lower ?? '')) return null;
    if (subj) {
      const opener = this.tok(subj.first - 1)?.lower ?? '';
      if (['if', 'unless', 'whether'].includes(opener)) return null;
      // "Having announced …", "… by attending said": an -ing verb form is not a speaker
      const headTok = this.tok(this.indexAt(subj.span.end) - 1);
      const verbHead = !!headTok && ((/^\p{Ll}/u.test(headTok.text) && /ing$/.test(headTok.lower)) || (subj.first === this.indexAt(subj.span.end) - 1 && /ing$/.test(headTok.lower)));
      if (verbHead) return null;
      // "an accusation Kestria rejects": a relative clause on a content noun, not an attribution
      if (this.relativeOnContentNoun(subj.first, this.indexAt(subj.span.end) - 1)) return null;
      // "Kestria has so far not commented on the call": no statement
      // (but "did not respond to a request for comment" is reported as such)
      if (TOPIC_CUE_LEMMAS.has(entry.lemma) && this.negatedBetween(this.indexAt(subj.span.end), i) && !this.commentRequestAfter(i)) return null;
      const head = this.tok(this.indexAt(subj.span.end) - 1);
      if (weak && head && !/^[\p{Lu}\p{N}]/u.test(head.text) && !SPEAKER_PRONOUNS.has(head.lower) && !this.clauseFollows(i) && !this.weakCueSubject(head.lower, t.lower) && !this.afterQuotation(subj.first, i) && !this.agreesWithSubject(head.lower, i)) return null;
      // "11 states", "a private email server", "people like them": nominal forms need a pronoun subject or a clause
      if (NOUN_FIRST_FORMS.has(t.lower) && head && !SPEAKER_PRONOUNS.has(head.lower) && head.lower !== 'who' && !this.clauseFollows(i)) return null;
      // "As Clyburn noted, those voters will …": the clause after the comma is the content
      const asClause = this.asAttribution(subj.first, this.indexAt(cueSpan.end));
      if (asClause) return this.draft(asClause, subj.span, cueSpan, i, false);
      const tailOnly = this.postposed(this.indexAt(cueSpan.end) - 1);
      const left = tailOnly ? this.contentLeft(subj.first) : this.directBefore(subj.first, i);
      if (left && !(left.direct && !tailOnly && this.ownClauseAfter(i, entry, left))) return this.draft(left, subj.span, cueSpan, i, false);
      // "he said on Friday." with nothing on the left: the words after the cue are its circumstances
      // (but "threatened to sue", "urged the council to act" take their content on the right)
      if (tailOnly && !entry.object && this.tok(this.indexAt(cueSpan.end))?.lower !== 'to') return null;
      // "This campaign, he says, is different": a parenthetical attribution inside its content
      const inner = this.parenthetical(subj.first, i);
      if (inner) return this.draft(inner, subj.span, cueSpan, i, false);
      const right = this.skipCircumstance(this.contentRight(i, entry));
      if (!right || this.circumstanceOnly(right.span, right.direct) || this.mannerOnly(right.span, right.direct)) return null;
      // (a topic is content too: "commented on the call", "talked about CNN"; but "maintained a lead" is no view)
      if ((CLAUSE_ONLY_LEMMAS.has(entry.lemma) || CLAUSE_ONLY_FORMS.has(t.lower)) && !right.direct && !this.hasClause(right.span)) return null;
      // "Tarsk garrison offered terms by Salin" (a headline passive): the agent after "by" is the speaker
      const passive = this.passiveAgent(i, right.span, right.direct);
      if (passive) return this.draft(passive.content, passive.agent, cueSpan, i, false);
      const d = this.draft(right, subj.span, cueSpan, i, false);
      // "the four territories that Moscow claims it controls": the antecedent fills the gap in the content
      const antecedent = d && !right.direct ? this.relativeAntecedent(subj.first) : null;
      if (d && antecedent) d.antecedent = antecedent;
      return d;
    }
    // inverted: “…,” said Smith / …, says the report (only verbs of saying invert: not "…, called the KKK …")
    const before = this.tok(i - 1);
    if (!participle && before && (before.text === ',' || before.kind === 'close' || i === this.sentenceStart(i)) && entry.kind === 'speech') {
      // "…, like Michigan", "…, states that …": noun-first forms are not inverted cues
      if (NOUN_FIRST_FORMS.has(t.lower)) return null;
      const speaker = this.subjectRight(i);
      const left = this.contentLeft(i);
      if (speaker && left) return this.draft(left, speaker, cueSpan, i, false);
      return null;
    }
    // participle or relative: "…, adding that …", "while insisting the campaign …"
    const quoteComma = before?.kind === 'close' && this.commaInside(before.inQuote);
    // (an adverb may stand between the comma and the participle: "…, even suggesting that …")
    const adverbAfterComma = this.focusAdverb(i - 1) && this.tok(i - 2)?.text === ',';
    if (participle && (before?.text === ',' || quoteComma || adverbAfterComma || ['while', 'after', 'before', 'when', 'by', 'despite', 'having'].includes(before?.lower ?? '') || i === this.sentenceStart(i))) {
      if (weak && !this.clauseFollows(i)) return null;
      const intro = this.introParticiple(i, entry);
      if (intro) return intro;
      const right = this.contentRight(i, entry);
      if (!right || this.circumstanceOnly(right.span, right.direct)) return null;
      // a topic inside the sentence is a circumstance ("Lunn, referring to the press, insisted …"); one that
      // closes it is content (“…,” he said, referring to the two resorts.)
      if (cueSpan.end > t.end && TOPIC_CUE_LEMMAS.has(entry.lemma) && TOPIC_PARTICLES.has(next?.lower ?? '') && this.topicOnly(right.span, right.direct) && !this.endsSentence(right.span)) return null;
      // "Trump, beseeching Putin …": the name before the comma is the subject
      const subjectTok = this.tok(i - 2);
      const np = before?.text === ',' && subjectTok && (/^\p{Lu}/u.test(subjectTok.text) || SPEAKER_PRONOUNS.has(subjectTok.lower)) && subjectTok.kind === 'word'
        ? this.npLeft(i - 2, this.sentenceStart(i))
        : null;
      const startsSentence = np && this.indexAt(np.start) === this.sentenceStart(i);
      // (the participle clause ends where the subject's own verb follows: "…,” pointed out …")
      const mainVerb = startsSentence ? this.verbAfterComma(i, this.indexAt(right.span.end)) : -1;
      if (mainVerb >= 0) right.span.end = trimEnd(this.text, right.span.start, this.tok(mainVerb - 1)?.end ?? right.span.end);
      if (mainVerb >= 0 && this.circumstanceOnly(right.span, right.direct)) return null;
      return this.draft(right, startsSentence ? np : null, cueSpan, i, !startsSentence);
    }
    // a participle on a noun: "a group backing Huckabee", "protesters chanting …", "an ad attacking Cruz"
    if (participle && before?.kind === 'word' && !weak && (this.nounBefore(i - 1) || this.withSubject(i - 1))) {
      const right = this.contentRight(i, entry);
      if (!right || this.circumstanceOnly(right.span, right.direct) || this.words(right.span) < 1) return null;
      const np = this.npLeft(i - 1, this.sentenceStart(i));
      if (np) return this.draft(right, np, cueSpan, i, false);
    }
    // coordinated verb: "…, but reiterated that …", "and added that …", "and then said …",
    // or a coordinated participle ("…, calling it a disgrace and vowing to …")
    let c = i - 1;
    while (c > i - 4 && PRE_CUE_SKIP.has(this.tok(c)?.lower ?? '') && this.tok(c)?.kind === 'word') c--;
    const conj = ['and', 'but'].includes(this.tok(c)?.lower ?? '');
    if (conj) {
      const right = this.contentRight(i, entry);
      // (a stance verb takes its object: "came out and endorsed Clinton")
      if (!right || !(this.clauseFollows(i) || right.direct || (entry.kind !== 'belief' && !weak && !this.circumstanceOnly(right.span, right.direct)))) return null;
      return this.draft(right, null, cueSpan, i, true);
    }
    return null;
  }

  /**
   * "an outfit that endorsed Sanders": "that" is a relative pronoun before a past-tense cue (not the
   * determiner of a noun, "that report"), when a noun precedes it.
   */
  private relativeThat(i: number): boolean {
    const t = this.tok(i);
    const that = this.tok(i - 1);
    const noun = this.tok(i - 2);
    if (!t || that?.lower !== 'that' || !noun || noun.kind !== 'word' || noun.sentence !== t.sentence) return false;
    const past = (/ed$/.test(t.lower) && !WEAK_CUE_FORMS.has(t.lower)) || PAST_CUE_FORMS.has(t.lower);
    return past && !QUOTE_CUES.has(noun.lower) && !NOT_SUBJECT.has(noun.lower) && !NP_LEFT_BREAK.has(noun.lower) && !FINITE_AUX.has(noun.lower);
  }

  /**
   * The noun phrase a relative clause hangs on when the subject at token `first` follows "that" or
   * "which" after a noun ("the territories that Moscow claims it controls", "an issue that Kiev insists
   * is premature"): the content of such a clause has a gap that the noun phrase fills. Null otherwise
   * ("said that Moscow claims …" has a verb before "that"; "the claim that …" is a content noun).
   */
  private relativeAntecedent(first: number): Span | null {
    const rel = this.tok(first - 1);
    const noun = this.tok(first - 2);
    if (!rel || !noun || !RELATIVE_PRONOUNS.has(rel.lower) || rel.lower === 'who' || noun.kind !== 'word' || noun.inQuote >= 0 || noun.sentence !== rel.sentence) return null;
    if (!/^\p{Ll}/u.test(noun.text) || QUOTE_CUES.has(noun.lower) || NOT_SUBJECT.has(noun.lower) || NP_LEFT_BREAK.has(noun.lower) || FINITE_AUX.has(noun.lower) || CONTENT_NOUNS.has(noun.lower) || CONTENT_THAT_NOUNS.has(noun.lower) || /(?:ly|ed)$/.test(noun.lower)) return null;
    // a determiner opens the noun phrase within a few words ("the four territories", "an issue")
    for (let k = first - 2; k >= this.sentenceStart(first) && first - 2 - k < MAX_OBJECT_TOKENS; k--) {
      const t = this.tok(k);
      if (!t || t.kind !== 'word' || t.inQuote >= 0) return null;
      // (not an addressee: "told the audience that she …")
      if (CLAUSE_DETERMINERS.has(t.lower)) return QUOTE_CUES.has(this.tok(k - 1)?.lower ?? '') ? null : { start: t.start, end: noun.end };
      if (!/^[\p{Ll}\p{N}]/u.test(t.text) || NOT_SUBJECT.has(t.lower) || NP_LEFT_BREAK.has(t.lower) || FINITE_AUX.has(t.lower)) return null;
    }
    return null;
  }

  /**
   * A weak cue form right after its subject's head agrees with it as a verb does: a bare form after a
   * plural noun ("voters want", "most farmers know"), an "-s" form after a singular one ("the poll shows").
   */
  private agreesWithSubject(head: string, i: number): boolean {
    const cue = this.tok(i)?.lower ?? '';
    if (!AGREEING_WEAK_FORMS.has(cue) || this.tok(i - 1)?.lower !== head) return false;
    const pluralHead = /[^s]s$/.test(head) && head.length > 3;
    const bare = !/s$/.test(cue);
    return pluralHead === bare;
  }

  /**
   * True for a reduced relative clause on a content noun: "an accusation Kestria rejects" (tokens
   * first..last are the would-be speaker), "a claim that Kestria denies", "claims Kestria denies".
   */
  private relativeOnContentNoun(first: number, last: number): boolean {
    const a = this.tok(first);
    const b = this.tok(first + 1);
    // ("a number of attendees said" is a quantity, not a content noun)
    if (a && b && CONTENT_NOUN_DETERMINERS.has(a.lower) && CONTENT_NOUNS.has(b.lower) && first + 1 < last && this.tok(first + 2)?.lower !== 'of') return true;
    const before = this.tok(first - 1);
    if (!before || before.kind !== 'word' || before.sentence !== a?.sentence) return false;
    if (CONTENT_NOUNS.has(before.lower) && !/^\p{Lu}/u.test(before.text)) return true;
    return RELATIVE_PRONOUNS.has(before.lower) && CONTENT_NOUNS.has(this.tok(first - 2)?.lower ?? '');
  }

  /**
   * A weak cue form ("support", "shows", "want") is a verb after a subject that speaks or reports:
   * "who", people ("voters", "officials") or sources ("the poll", "records") — unless the form is
   * mostly a noun or preposition even there ("like", "states").
   */
  private weakCueSubject(head: string, cue: string): boolean {
    return (head === 'who' || WEAK_CUE_SUBJECTS.has(head)) && !NOMINAL_WEAK_FORMS.has(cue);
  }

  /** “…,” the editorial read.: a quotation, then a subject and a cue that closes the sentence. */
  private afterQuotation(subjectFirst: number, cue: number): boolean {
    return this.quoteEndingBefore(subjectFirst) >= 0 && this.postposed(cue);
  }

  /**
   * "After blasting the report, Beck doubled down": a participle clause that opens the sentence
   * attributes its object to the subject of the main clause after the comma.
   */
  private introParticiple(i: number, entry: CueEntry): Draft | null {
    const floor = this.sentenceStart(i);
    const opener = i === floor || (i === floor + 1 && (INTRO_PREPOSITIONS.has(this.tok(floor)?.lower ?? '') || this.tok(floor)?.lower === 'having')) || (i === floor + 3 && this.tok(floor)?.lower === 'in' && this.tok(floor + 1)?.lower === 'addition');
    if (!opener) return null;
    const end = this.sentenceEnd(i);
    // the participle clause ends at the first comma; the main clause's subject opens right after a
    // later one ("While accusing X of …, something Kyiv denies, Putin said …": a relative clause
    // between them names who denies, not who accuses)
    let comma = -1;
    let subj: { span: Span; first: number } | null = null;
    for (let k = i + 1; k <= end && !subj; k++) {
      const t = this.tok(k);
      if (!t || t.inQuote >= 0 || t.text !== ',') continue;
      if (comma < 0) comma = k;
      const verb = this.mainVerb(k, end + 1);
      const s = verb > k ? this.subjectLeft(verb) : null;
      if (s && s.first === k + 1 && s.span.start === this.tok(k + 1)?.start && !RELATIVE_PRONOUNS.has(this.tok(k + 1)?.lower ?? '')) subj = s;
    }
    if (comma < 0 || comma - i < 2 || !subj) return null;
    const particles = particlesOf(entry.lemma);
    const afterCue = particles && particles.includes(this.tok(i + 1)?.lower ?? '') ? i + 2 : i + 1;
    let a = afterCue;
    // "accusing Ukrainian troops of …", "urging them to …": the addressee is no part of the content
    const right = entry.object ? this.contentRight(i, entry) : null;
    const link = right ? this.tok(this.indexAt(right.span.start) - 1)?.lower : undefined;
    if (right && !right.direct && (link === 'of' || link === 'to') && right.span.start < (this.tok(comma)?.start ?? 0)) a = this.indexAt(right.span.start);
    const first = this.tok(a);
    const last = this.tok(comma - 1);
    if (!first || !last || a >= comma || (this.tok(a)?.lower === 'that' && a + 1 >= comma)) return null;
    const start = this.tok(a)?.lower === 'that' ? (this.tok(a + 1)?.start ?? first.start) : first.start;
    return this.draft({ span: { start, end: trimEnd(this.text, start, last.end) }, direct: false, dq: null }, subj.span, { start: this.tok(i)?.start ?? 0, end: this.tok(afterCue - 1)?.end ?? 0 }, i, false);
  }

  /** "… with 50 percent saying she is prepared": a noun phrase after "with" is the participle's subject. */
  private withSubject(k: number): boolean {
    const t = this.tok(k);
    if (!t || t.kind !== 'word' || NOT_SUBJECT.has(t.lower) || NP_LEFT_BREAK.has(t.lower) || QUOTE_CUES.has(t.lower)) return false;
    const np = this.npLeft(k, this.sentenceStart(k));
    return !!np && this.tok(this.indexAt(np.start) - 1)?.lower === 'with';
  }

  /**
   * "Trump has been criticized by some of his rivals for skipping the debate": a passive cue with a
   * "by" agent. The agent is the speaker; the subject and the rest of the clause are the content.
   */
  private passiveByAgent(i: number, cue: Span): Draft | null {
    if (this.tok(i + 1)?.lower !== 'by' || !/(?:ed|en|wn)$/.test(this.tok(i)?.lower ?? '')) return null;
    const end = this.sentenceEnd(i);
    let k = i + 2;
    const first = this.tok(k);
    if (!first || first.kind !== 'word' || first.inQuote >= 0 || isTimeName(first.text)) return null;
    while (k <= end && k - i - 2 < MAX_SPEAKER_TOKENS) {
      const t = this.tok(k);
      if (!t || t.kind !== 'word' || t.inQuote >= 0) break;
      if (k > i + 2 && AGENT_STOPS.has(t.lower)) break;
      k++;
    }
    const last = this.tok(k - 1);
    if (!last || k === i + 2) return null;
    const floor = this.sentenceStart(i);
    let a = floor;
    for (let m = i - 2; m > floor; m--) {
      const t = this.tok(m);
      if (t?.kind === 'word' && RELATIVE_PRONOUNS.has(t.lower)) {
        a = m;
        break;
      }
    }
    const start = this.tok(a);
    if (!start || start.kind !== 'word' || start.inQuote >= 0 || i - a > MAX_PASSIVE_SUBJECT_TOKENS) return null;
    const contentEnd = this.cutAtNextAttribution(i, end);
    if (contentEnd <= start.start) return null;
    return this.draft({ span: { start: start.start, end: contentEnd }, direct: false, dq: null }, { start: first.start, end: last.end }, cue, i, false);
  }

  /** "As Clyburn noted, …" at the start of a sentence: the clause after the comma that follows the cue. */
  private asAttribution(subjectFirst: number, afterCue: number): { span: Span; direct: boolean; dq: number | null } | null {
    const floor = this.sentenceStart(subjectFirst);
    const as = subjectFirst - 1;
    if (this.tok(as)?.lower !== 'as' || !(as === floor || (as === floor + 1 && ['but', 'and', 'yet'].includes(this.tok(floor)?.lower ?? '')))) return null;
    if (this.tok(afterCue)?.text !== ',') return null;
    return this.clause(afterCue + 1, this.sentenceEnd(subjectFirst));
  }

  /** "did not respond to a request for comment": the cue's object is a request (a reportable non-answer). */
  private commentRequestAfter(i: number): boolean {
    const next = this.tok(i + 1);
    const from = next?.end ?? 0;
    return COMMENT_REQUEST.test(this.text.slice(from, from + 60));
  }

  /** True when token k ends a noun phrase that can carry a participle attribution ("a group backing …"). */
  private nounBefore(k: number): boolean {
    const t = this.tok(k);
    if (!t || t.kind !== 'word' || t.inQuote >= 0) return false;
    if (NOT_SUBJECT.has(t.lower) || NP_LEFT_BREAK.has(t.lower) || PRE_CUE_SKIP.has(t.lower) || SPEAKER_PRONOUNS.has(t.lower)) return false;
    if (QUOTE_CUES.has(t.lower) || /(?:ed|ly|ing)$/.test(t.lower) || FINITE_AUX.has(t.lower) || PROGRESSIVE_AUX.has(t.lower)) return false;
    // a name ("Democracy Corps showing …") or a common noun ("protesters chanting …", "an ad
    // attacking …"); not a number, a date or a sentence-initial capital
    if (/^\p{N}/u.test(t.text) || isTimeName(t.text) || ADVERB_NOT_NOUN.has(t.lower)) return false;
    return !/^\p{Lu}/u.test(t.text) || k !== this.sentenceStart(k);
  }

  /** A negation between the subject (ending before token `from`) and the cue at `to`. */
  private negatedBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const w = this.tok(k)?.lower ?? '';
      if (CUE_NEGATIONS.has(w) || /n['’]t$/.test(w)) return true;
    }
    return false;
  }

  /** True when the span holds a clause: a finite auxiliary, a subject pronoun, "that", a quotation or a cue verb. */
  private hasClause(span: Span): boolean {
    for (let k = this.indexAt(span.start); k < this.toks.length; k++) {
      const t = this.tok(k);
      if (!t || t.start >= span.end) break;
      if (t.kind === 'open' || t.inQuote >= 0) return true;
      if (t.kind !== 'word') continue;
      if (FINITE_AUX.has(t.lower) || SPEAKER_PRONOUNS.has(t.lower) || t.lower === 'that') return true;
      if (CUE_VERBS.has(t.lower) && !WEAK_CUE_FORMS.has(t.lower)) return true;
    }
    return false;
  }

  private words(span: Span): number {
    return wordCount(this.text.slice(span.start, span.end));
  }

  /** "said on Friday", "wrote on social media": a short prepositional phrase with no clause is the medium or time. */
  private circumstanceOnly(span: Span, direct: boolean): boolean {
    if (direct) return false;
    const first = this.tok(this.indexAt(span.start));
    if (!first || !CIRCUMSTANCE_PREPOSITIONS.has(first.lower)) return false;
    return this.words(span) <= MAX_CIRCUMSTANCE_WORDS && !this.hasClause(span);
  }

  /** "spoke cautiously hopefully", "said firmly": adverbs of manner alone are how it was said, not what. */
  private mannerOnly(span: Span, direct: boolean): boolean {
    if (direct) return false;
    const words = letterWords(this.text.slice(span.start, span.end));
    return words.length > 0 && words.length <= MAX_MANNER_WORDS && words.every((w) => /^\p{Ll}+ly[,;.]?$/u.test(w));
  }

  /**
   * The sentence around a parenthetical attribution ("This campaign, he says, is different"): the
   * subject follows a comma, the cue is followed by a comma, and there are words on both sides.
   */
  private parenthetical(first: number, cue: number): { span: Span; direct: boolean; dq: number | null } | null {
    const floor = this.sentenceStart(cue);
    const end = this.sentenceEnd(cue);
    if (this.tok(first - 1)?.text !== ',' || first - 1 <= floor || this.tok(cue + 1)?.text !== ',') return null;
    const after = this.tok(cue + 2);
    if (!after || after.kind !== 'word' || cue + 2 > end || COMPLEMENTIZERS.has(after.lower) || CUE_VERBS.has(after.lower)) return null;
    const a = this.tok(floor);
    const b = this.tok(end);
    if (!a || !b || a.kind === 'open') return null;
    return { span: { start: a.start, end: trimEnd(this.text, a.start, b.end) }, direct: false, dq: null };
  }

  /** "said on Tuesday he would resign": the content starts at the subject pronoun after a leading circumstance. */
  private skipCircumstance<C extends { span: Span; direct: boolean; dq: number | null }>(c: C | null): C | null {
    if (!c || c.direct) return c;
    const a = this.indexAt(c.span.start);
    if (!CIRCUMSTANCE_PREPOSITIONS.has(this.tok(a)?.lower ?? '')) return c;
    for (let k = a + 1; k < this.toks.length && k - a <= MAX_CIRCUMSTANCE_WORDS; k++) {
      const t = this.tok(k);
      if (!t || t.start >= c.span.end || t.kind !== 'word') break;
      if (SPEAKER_PRONOUNS.has(t.lower) && t.lower !== 'it') return { ...c, span: { start: t.start, end: c.span.end } };
    }
    return c;
  }

  /** "commented on the call", "referring to social media": a short topic phrase, not a proposition. */
  private topicOnly(span: Span, direct: boolean): boolean {
    return !direct && this.words(span) <= MAX_TOPIC_WORDS && !this.hasClause(span);
  }

  /**
   * A participle cue whose object is followed by "by" and an agent that ends the clause
   * ("Tarsk garrison offered terms by Salin"): the agent is the speaker, the object the content.
   */
  private passiveAgent(i: number, span: Span, direct: boolean): { content: { span: Span; direct: boolean; dq: number | null }; agent: Span } | null {
    if (direct || !/ed$/.test(this.tok(i)?.lower ?? '')) return null;
    const a = this.indexAt(span.start);
    let by = -1;
    for (let k = a; k < this.toks.length && k - a <= MAX_PASSIVE_OBJECT_TOKENS; k++) {
      const t = this.tok(k);
      if (!t || t.start >= span.end || t.kind !== 'word') break;
      if (t.lower === 'by') {
        by = k;
        break;
      }
      // "the figures published by the rebels": the agent belongs to a participle inside the object
      if (t.lower === 'to' || /(?:ed|en)$/.test(t.lower) || FINITE_AUX.has(t.lower) || SPEAKER_PRONOUNS.has(t.lower) || COMPLEMENTIZERS.has(t.lower) || CUE_VERBS.has(t.lower)) return null;
    }
    if (by <= a) return null;
    const agentFirst = this.tok(by + 1);
    let k = by + 1;
    while (this.tok(k) && (this.tok(k)?.start ?? Infinity) < span.end) {
      const t = this.tok(k);
      if (!t || t.kind !== 'word' || NP_LEFT_BREAK.has(t.lower) || CUE_VERBS.has(t.lower)) return null;
      k++;
    }
    const agentLast = this.tok(k - 1);
    if (!agentFirst || !agentLast || k - by - 1 > MAX_SPEAKER_TOKENS || !/^[\p{Lu}]/u.test(agentFirst.text) && !['the', 'a', 'an'].includes(agentFirst.lower)) return null;
    const objLast = this.tok(by - 1);
    if (!objLast || isTimeName(this.text.slice(agentFirst.start, agentLast.end))) return null;
    return {
      content: { span: { start: span.start, end: objLast.end }, direct: false, dq: null },
      agent: { start: agentFirst.start, end: agentLast.end },
    };
  }

  /** After a coordinated cue: a clause marker, or an addressee/object then "of"/"to"/"as" ("accused X of"). */
  clauseFollowsOrObject(i: number): boolean {
    if (this.clauseFollows(i)) return true;
    const entry = QUOTE_CUES.get(this.tok(i)?.lower ?? '');
    if (!entry || entry.kind === 'belief' || WEAK_CUE_FORMS.has(this.tok(i)?.lower ?? '')) return false;
    // a verb of saying without "that" needs a clause subject after it ("and said the plan failed"),
    // not a count ("and added 300 jobs")
    return entry.object || entry.kind === 'stance' || this.subjectOpens(i + 1) || this.bareSubjectClause(i + 1) || (entry.act !== null && this.infinitiveFollows(i));
  }

  /** "to" and a verb after token i ("pledged to remain civil"), not an addressee ("said to reporters"). */
  private infinitiveFollows(i: number): boolean {
    const to = this.tok(i + 1);
    const verb = this.tok(i + 2);
    if (to?.lower !== 'to' || !verb || verb.kind !== 'word' || verb.inQuote >= 0 || /^\p{Lu}/u.test(verb.text)) return false;
    return !CLAUSE_DETERMINERS.has(verb.lower) && !SPEAKER_PRONOUNS.has(verb.lower) && !PERSON_PRONOUNS.has(verb.lower) && !/(?:s|ing)$/.test(verb.lower);
  }

  /**
   * Token k opens a clause whose subject has no determiner: a lower-case noun or a count, then a
   * finite verb within a few words ("and said allies wanted …", "and said 40 percent were …"), not an
   * object ("and added 300 jobs", "and said goodbye to …").
   */
  private bareSubjectClause(k: number): boolean {
    const first = this.tok(k);
    if (!first || first.kind !== 'word' || first.inQuote >= 0 || NOUN_PHRASE_PREPOSITIONS.has(first.lower) || FINITE_AUX.has(first.lower) || /ly$/.test(first.lower)) return false;
    for (let m = k + 1; m <= k + BARE_SUBJECT_WORDS; m++) {
      const t = this.tok(m);
      if (!t || t.kind !== 'word' || t.inQuote >= 0 || t.sentence !== first.sentence) return false;
      if (looksFinite(t.lower, true)) return true;
    }
    return false;
  }

  /** The content of a draft is a quotation or has a clause ("the state would rebuild"), not a bare phrase. */
  clausal(d: Draft): boolean {
    return d.direct || this.hasClause({ start: d.start, end: d.end });
  }

  /** Token k is an adverb that can stand before a participle clause ("even", "again", "repeatedly"). */
  private focusAdverb(k: number): boolean {
    const t = this.tok(k);
    return !!t && t.kind === 'word' && t.inQuote < 0 && (ADVERB_NOT_NOUN.has(t.lower) || lyAdverb(t));
  }

  /** Token k can open a clause's subject: a pronoun, a determiner or a capitalised word. */
  private subjectOpens(k: number): boolean {
    const t = this.tok(k);
    return !!t && t.kind === 'word' && t.inQuote < 0 && (SPEAKER_PRONOUNS.has(t.lower) || CLAUSE_DETERMINERS.has(t.lower) || /^\p{Lu}/u.test(t.text));
  }

  /** A clause marker right after the cue: "that", ":", a quotation mark. */
  private clauseFollows(i: number): boolean {
    for (let k = i + 1; k <= i + 3; k++) {
      const t = this.tok(k);
      if (!t) return false;
      if (t.kind === 'open' || t.text === ':' || t.lower === 'that') return true;
      if (t.kind !== 'word' && !(t.text === ',' && k === i + 1)) return false;
    }
    return false;
  }

  /**
   * The speaker of a direct quote whose verb is not a known cue: a pronoun or short capitalised name
   * right after a quote ending in a comma (“…,” I confessed), or the sentence's capitalised subject
   * when the quote follows a comma or colon (Hillary shot back, “…”).
   */
  ownSpeaker(dq: DirectQuote): Span | null {
    const closeIdx = this.indexAt(dq.end - 1);
    const lastInner = this.text.slice(dq.innerStart, dq.innerEnd).trimEnd().slice(-1);
    if (dq.closed && [',', '?', '!'].includes(lastInner)) {
      let k = closeIdx + 1;
      const first = this.tok(k);
      if (first?.kind === 'word' && this.sentenceOf(k) === this.sentenceOf(closeIdx)) {
        if (SPEAKER_PRONOUNS.has(first.lower) && this.tok(k + 1)?.kind === 'word') return { start: first.start, end: first.end };
        // “…,” the judge recalled: a determiner, a short description, a lower-case verb
        if (OWN_DETERMINERS.has(first.lower)) {
          let m = k + 1;
          while (m - k <= MAX_OWN_NAME_TOKENS && this.tok(m)?.kind === 'word' && !/(?:ed|s)$/.test(this.tok(m)?.lower ?? '')) m++;
          const noun = this.tok(m);
          const verb = this.tok(m + 1);
          if (m > k && noun?.kind === 'word' && verb?.kind === 'word' && /^\p{Ll}/u.test(verb.text) && /(?:ed|s)$/.test(verb.lower) && !NOT_SUBJECT.has(verb.lower) && verb.sentence === first.sentence) {
            return { start: first.start, end: noun.end };
          }
        }
        while (this.tok(k)?.kind === 'word' && /^\p{Lu}/u.test(this.tok(k)?.text ?? '') && k - closeIdx <= MAX_OWN_NAME_TOKENS) k++;
        const verb = this.tok(k);
        const last = this.tok(k - 1);
        if (k > closeIdx + 1 && last && verb?.kind === 'word' && /^\p{Ll}/u.test(verb.text) && !NOT_SUBJECT.has(verb.lower)) {
          return { start: first.start, end: last.end };
        }
      }
    }
    const openIdx = this.indexAt(dq.start);
    const before = this.tok(openIdx - 1);
    if (before && (before.text === ',' || before.text === ':') && before.sentence === this.tok(openIdx)?.sentence) {
      const floor = this.sentenceStart(openIdx - 1);
      const head = this.tok(floor);
      if (head?.kind === 'word' && (SPEAKER_PRONOUNS.has(head.lower) || (/^\p{Lu}/u.test(head.text) && !NOT_SUBJECT.has(head.lower))) && openIdx - 1 - floor <= MAX_OWN_PREFIX_TOKENS) {
        let k = floor;
        if (!SPEAKER_PRONOUNS.has(head.lower)) while (this.tok(k + 1)?.kind === 'word' && /^\p{Lu}/u.test(this.tok(k + 1)?.text ?? '')) k++;
        const verb = this.tok(k + 1);
        const last = this.tok(k);
        if (last && verb?.kind === 'word' && /^\p{Ll}/u.test(verb.text) && !NOT_SUBJECT.has(verb.lower) && !NP_LEFT_BREAK.has(verb.lower)) {
          return { start: head.start, end: last.end };
        }
      }
      // "Trump released the following statement: “…”": the subject of the clause the colon ends
      if (before.text === ':') return this.sentenceSubject(openIdx - 1);
    }
    return null;
  }

  /** The subject of the sentence holding a quotation that does not open it, or null. */
  innerQuoteSubject(dq: DirectQuote): Span | null {
    const open = this.indexAt(dq.start);
    const floor = this.sentenceStart(open);
    if (open - floor < 2 || this.tok(open - 1)?.kind !== 'word') return null;
    const verb = this.mainVerb(floor, open);
    if (verb <= floor) return null;
    const s = this.subjectLeft(verb);
    return s && this.tok(this.indexAt(s.span.start))?.inQuote === -1 ? s.span : null;
  }

  /** The capitalised name or pronoun that opens the sentence of token i ("Putin, on the other hand, …"). */
  sentenceSubject(i: number): Span | null {
    const floor = this.sentenceStart(i);
    // "Instead, the senator is sticking to his message, hoping …": the subject of the first finite verb
    const verb = this.mainVerb(floor, i);
    if (verb > floor) {
      const s = this.subjectLeft(verb);
      if (s && this.tok(this.indexAt(s.span.start))?.inQuote === -1) return s.span;
    }
    const head = this.tok(floor);
    if (!head || head.kind !== 'word' || head.inQuote >= 0) return null;
    if (SPEAKER_PRONOUNS.has(head.lower)) return { start: head.start, end: head.end };
    if (!/^\p{Lu}/u.test(head.text) || NOT_SUBJECT.has(head.lower) || NP_LEFT_BREAK.has(head.lower)) return null;
    let k = floor;
    while (k + 1 < i && this.tok(k + 1)?.kind === 'word' && /^\p{Lu}/u.test(this.tok(k + 1)?.text ?? '') && k - floor < MAX_SPEAKER_TOKENS) k++;
    const last = this.tok(k);
    const after = this.tok(k + 1);
    // a name followed by a comma or a verb-like lower-case word, not "In February, …"
    if (!last || !after || !(after.text === ',' || after.text === ':' || (after.kind === 'word' && /^\p{Ll}/u.test(after.text)))) return null;
    return { start: head.start, end: last.end };
  }

  private sentenceOf(i: number): number {
    return this.toks[i]?.sentence ?? -1;
  }

  /** Index of the first finite-looking verb between from and to (exclusive), or -1. */
  private mainVerb(from: number, to: number): number {
    for (let k = from + 1; k < to; k++) {
      const t = this.tok(k);
      if (!t || t.inQuote >= 0 || t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) continue;
      const prev = this.tok(k - 1)?.lower ?? '';
      if (NOUN_DETERMINERS.has(prev) || prev === 'to') continue;
      if (FINITE_AUX.has(t.lower) || /n['’]t$/.test(t.lower)) return k;
      if (looksPast(t.lower) && !BE_FORMS.has(prev) && !RELATIVE_PRONOUNS.has(prev)) return k;
      if (CUE_VERBS.has(t.lower) && !t.lower.endsWith('ing') && !WEAK_CUE_FORMS.has(t.lower)) return k;
    }
    return -1;
  }

  /** "Clinton: We Will Win" / "TRUMP: The deaths …": a short capitalised name, a colon, the content. */
  colonAttributions(): Draft[] {
    const out: Draft[] = [];
    for (let i = 0; i < this.toks.length; i++) {
      const t = this.tok(i);
      if (!t || t.text !== ':' || t.inQuote >= 0) continue;
      const floor = this.sentenceStart(i);
      if (i - floor < 1 || i - floor > MAX_COLON_SPEAKER_TOKENS) continue;
      let ok = true;
      for (let k = floor; k < i; k++) {
        const w = this.tok(k);
        if (!w || w.kind !== 'word' || !/^[\p{Lu}\p{N}]/u.test(w.text) && !['of', 'the', 'and', 'for'].includes(w.lower)) ok = false;
      }
      const first = this.tok(floor);
      const before = this.tok(i - 1);
      const after = this.tok(i + 1);
      if (!ok || !first || !before || !after || after.sentence !== t.sentence || first.lower === 'the') continue;
      // "Editor’s Note:", "Contributing:", "Follow her on Twitter:", "A:" — labels, not speakers
      if (COLON_LABELS.has(before.lower)) continue;
      if (!/^\s/.test(this.text.slice(t.end, t.end + 1)) || !/\p{L}/u.test(before.text)) continue;
      const c = this.clause(i + 1, this.sentenceEnd(i));
      if (!c || this.words(c.span) < MIN_COLON_CONTENT_WORDS) continue;
      const d = this.draft(c, { start: first.start, end: before.end }, null, i, false);
      if (d) out.push(d);
    }
    return out;
  }

  /**
   * "Trump is expected to deliver a speech", "delegates who are expected to support him": the
   * subject and what is expected of it form the content; there is no speaker span.
   */
  fromPassiveReport(i: number): Draft | null {
    let v = i;
    // "is widely expected to": the adverb is the token at i, the participle follows
    if (this.tok(i)?.lower === 'widely') v = i + 1;
    const part = this.tok(v);
    if (!part || !PASSIVE_REPORT_FORMS.has(part.lower) || part.lower === 'widely') return null;
    let b = i - 1;
    if (/ly$/.test(this.tok(b)?.lower ?? '') || ['also', 'now', 'still', 'not', 'generally', 'long'].includes(this.tok(b)?.lower ?? '')) b--;
    if (!BE_FORMS.has(this.tok(b)?.lower ?? '') || b < 1) return null;
    const next = this.tok(v + 1);
    if (!next || (next.lower !== 'to' && next.lower !== 'as') || next.sentence !== part.sentence) return null;
    const floor = this.sentenceStart(i);
    let a = floor;
    for (let k = b - 1; k >= floor; k--) {
      const t = this.tok(k);
      if (t?.kind === 'word' && RELATIVE_PRONOUNS.has(t.lower) && k > floor) {
        a = k;
        break;
      }
    }
    const first = this.tok(a);
    if (!first || b - a > MAX_PASSIVE_SUBJECT_TOKENS || first.inQuote >= 0 || first.kind !== 'word') return null;
    const end = this.cutAtNextAttribution(v + 1, this.sentenceEnd(i));
    if (end <= (next.end ?? 0)) return null;
    return this.draft({ span: { start: first.start, end }, direct: false, dq: null }, null, null, v, false);
  }

  /** "The Republicans' strategy appears to be …": the subject and its complement, no speaker. */
  fromAppearance(i: number): Draft | null {
    const prev = this.tok(i - 1);
    const next = this.tok(i + 1);
    if (!prev || !next || prev.kind !== 'word' || next.kind !== 'word' || next.sentence !== prev.sentence) return null;
    if (['it', 'there', 'that', 'what', 'this', 'which', 'who', 'as', 'so', 'never', 'not'].includes(prev.lower) || next.lower === 'that' || next.lower === 'as' || next.lower === 'like') return null;
    const np = this.npLeft(i - 1, this.sentenceStart(i));
    if (!np) return null;
    const end = this.cutAtNextAttribution(i, this.sentenceEnd(i));
    if (end <= next.start) return null;
    return this.draft({ span: { start: np.start, end }, direct: false, dq: null }, null, null, i, false);
  }

  /** "it appears that …", "it is unclear whether …", "there are fears that …": content without a speaker. */
  fromImpersonal(i: number): Draft | null {
    let k = i + 1;
    if (this.tok(i)?.lower === 'it') {
      const phrase = IMPERSONAL_PHRASES.find((p) => p.every((w, n) => this.tok(k + n)?.lower === w));
      if (!phrase) return null;
      k += phrase.length;
      // "it appears to be …" is a plain verb; "it is clear to me" has a holder
      if (this.tok(k)?.lower === 'to' || this.tok(k)?.lower === 'as') return null;
    } else {
      if (!BE_FORMS.has(this.tok(k)?.lower ?? '') && !['have', 'has'].includes(this.tok(k)?.lower ?? '')) return null;
      k++;
      if (this.tok(k)?.lower === 'been') k++;
      if (['growing', 'widespread', 'new', 'some', 'also', 'many', 'serious'].includes(this.tok(k)?.lower ?? '')) k++;
      if (!EXISTENTIAL_NOUNS.has(this.tok(k)?.lower ?? '')) return null;
      k++;
    }
    if (this.tok(k)?.lower === 'that') k++;
    const c = this.clause(k, this.sentenceEnd(i));
    if (!c || c.direct || (!this.hasClause(c.span) && this.words(c.span) < 4)) return null;
    return this.draft(c, null, { start: this.tok(i)?.start ?? 0, end: this.tok(k - 1)?.end ?? 0 }, i, false);
  }

  /**
   * "Trump’s plan to deport …", "his claim that …": the possessor is the source, the noun's complement
   * the content. A possessive pronoun is itself the speaker span (resolved later like any pronoun).
   */
  fromStanceNoun(i: number): Draft | null {
    const next = this.tok(i + 1);
    if (!next || !STANCE_NOUN_LINKS.has(next.lower) || next.sentence !== this.tok(i)?.sentence) return null;
    let p = i - 1;
    // "Trump’s controversial plan": one adjective between possessor and noun
    if (this.tok(p)?.kind === 'word' && /^\p{Ll}/u.test(this.tok(p)?.text ?? '') && !/['’]s$/.test(this.tok(p)?.lower ?? '') && !POSSESSIVE_PRONOUNS.has(this.tok(p)?.lower ?? '')) p--;
    const poss = this.tok(p);
    if (!poss || poss.kind !== 'word' || poss.inQuote >= 0) return null;
    let source: Span | null = null;
    if (POSSESSIVE_PRONOUNS.has(poss.lower)) source = { start: poss.start, end: poss.end };
    else if (/['’]s$/.test(poss.lower) && /^\p{Lu}/u.test(poss.text) && !CONTRACTIONS.has(poss.lower.replace('’', "'"))) source = this.npLeft(p, this.sentenceStart(p));
    // "a blow to Ukraine’s plans to …": a plan inside a prepositional phrase is the outlet's description
    if (source && INTENT_NOUNS.has(this.tok(i)?.lower ?? '') && NOUN_PHRASE_PREPOSITIONS.has(this.tok(this.indexAt(source.start) - 1)?.lower ?? '')) return null;
    source ??= this.lightVerbSubject(i);
    if (!source) return null;
    // "to" keeps its infinitive ("plan to deport"); other links start the content after them
    const c = this.clause(next.lower === 'to' ? i + 1 : i + 2, this.sentenceEnd(i));
    if (!c || this.words(c.span) < 2) return null;
    return this.draft(c, source, { start: this.tok(i)?.start ?? 0, end: next.end }, i, false);
  }

  /**
   * "Asked whether Clinton can win, 75 percent said yes" / "…, he said when asked about the vote": a
   * reduced clause of asking with no asker; the question it reports is content without a speaker.
   */
  fromAskedClause(i: number): Draft | null {
    const floor = this.sentenceStart(i);
    const prev = this.tok(i - 1);
    const opener = i === floor || (i === floor + 1 && ['and', 'but'].includes(prev?.lower ?? '')) || ['when', 'once', 'after', 'if', 'while'].includes(prev?.lower ?? '') || (prev?.text === ',' && this.tok(i + 1)?.lower !== 'by');
    const next = this.tok(i + 1);
    if (!opener || !next || next.kind !== 'word' || !ASKED_OPENERS.has(next.lower) || next.sentence !== this.tok(i)?.sentence) return null;
    const end = this.sentenceEnd(i);
    let last = end;
    for (let k = i + 2; k <= end; k++) {
      const t = this.tok(k);
      if (!t) break;
      // the question ends at the first comma outside quotations, or inside a closing mark (“…,”)
      if (this.commaAt(k)) {
        last = t.text === ',' ? k - 1 : k;
        break;
      }
    }
    const lastTok = this.tok(last);
    if (!lastTok || last <= i + 1) return null;
    const start = next.lower === 'about' ? (this.tok(i + 2)?.start ?? next.start) : next.start;
    const span = { start, end: trimEnd(this.text, start, lastTok.end) };
    return this.draft({ span, direct: false, dq: null }, null, { start: this.tok(i)?.start ?? 0, end: this.tok(i)?.end ?? 0 }, i, false);
  }

  /**
   * "the claim that the vote was rigged", "amid fears that …": a noun of saying or believing and its
   * "that" clause (not a relative "that", which a verb follows). The source is a possessor ("his
   * claim that …") or else the subject of the sentence ("Clinton rejected the idea that …").
   */
  fromContentNoun(i: number): Draft | null {
    const that = this.tok(i + 1);
    const first = this.tok(i + 2);
    if (that?.lower !== 'that' || !first || first.kind !== 'word' || first.sentence !== that.sentence || first.inQuote >= 0) return null;
    if (!this.subjectOpens(i + 2) || FINITE_AUX.has(first.lower) || QUOTE_CUES.has(first.lower) || /(?:ed|ly)$/.test(first.lower)) return null;
    const c = this.clause(i + 2, this.sentenceEnd(i));
    if (!c || !this.hasClause(c.span) || this.words(c.span) < 3) return null;
    const det = this.tok(i - 1);
    const possessor = det && (POSSESSIVE_PRONOUNS.has(det.lower) || /['’]s$/.test(det.lower)) ? { start: det.start, end: det.end } : null;
    return this.draft(c, possessor ?? this.sentenceSubject(i), { start: this.tok(i)?.start ?? 0, end: that.end }, i, false);
  }

  /**
   * "Trump has raised questions about …", "she voiced strong support for …": a stance noun that is the
   * object of a light verb takes the verb's subject as its source.
   */
  private lightVerbSubject(i: number): Span | null {
    let k = i - 1;
    while (k > i - 4 && LIGHT_OBJECT_WORDS.has(this.tok(k)?.lower ?? '')) k--;
    const verb = this.tok(k);
    if (!verb || verb.kind !== 'word' || !LIGHT_VERBS.has(verb.lower) || verb.sentence !== this.tok(i)?.sentence) return null;
    return this.subjectLeft(k)?.span ?? null;
  }

  /** "Ryan remains skeptical of the plan": the subject of the linking verb holds the attitude. */
  fromAttitude(i: number): Draft | null {
    let b = i - 1;
    while (b > 0 && ['very', 'so', 'too', 'also', 'still', 'not', 'increasingly', 'deeply', 'highly', 'more', 'less', 'most', 'openly', 'quite', 'fully', 'far', 'less'].includes(this.tok(b)?.lower ?? '')) b--;
    const link = this.tok(b);
    if (!link || !LINKING_VERBS.has(link.lower) || this.tok(i)?.sentence !== link.sentence) return null;
    const next = this.tok(i + 1);
    if (!next || !ATTITUDE_LINKS.has(next.lower)) return null;
    const subj = this.subjectLeft(b);
    if (!subj) return null;
    const opener = this.tok(subj.first - 1)?.lower ?? '';
    if (['if', 'unless', 'whether'].includes(opener)) return null;
    const head = this.tok(this.indexAt(subj.span.end) - 1);
    if (!head || head.lower === 'it' || head.lower === 'there' || head.lower === 'that' || head.lower === 'this') return null;
    // "eager to move on" keeps its "to"; "skeptical of the plan" starts after the link
    const c = this.clause(next.lower === 'to' ? i + 1 : i + 2, this.sentenceEnd(i));
    if (!c) return null;
    return this.draft(c, subj.span, { start: this.tok(i)?.start ?? 0, end: next.end }, i, false);
  }

  fromSourcePhrase(i: number, len: number): Draft | null {
    const cueTok = this.tok(i + len - 1);
    const first = this.tok(i);
    if (!cueTok || !first) return null;
    const cue: Span = { start: first.start, end: cueTok.end };
    let speaker = this.subjectRight(i + len - 1);
    if (!speaker) return null;
    // "…, according to a report released by the agency on Friday.": the source runs to the clause end
    const lastTok = this.tok(this.indexAt(speaker.end) - 1);
    const sentEnd = this.sentenceEnd(i);
    if (lastTok && this.tok(i - 1)?.text === ',') {
      let k = this.indexAt(speaker.end);
      while (k <= sentEnd && k - i <= MAX_SOURCE_TOKENS && this.tok(k)?.kind === 'word' && this.tok(k)?.inQuote === -1) k++;
      const stop = this.tok(k);
      const prevTok = this.tok(k - 1);
      if (k > this.indexAt(speaker.end) && prevTok && (k > sentEnd || stop?.text === '.' || stop?.text === ',' || stop?.sentence !== first.sentence)) speaker = { start: speaker.start, end: prevTok.end };
    }
    const floor = this.sentenceStart(i);
    const end = this.sentenceEnd(i);
    const before = this.tok(i - 1);
    if (before?.text === ',' || before?.text === '(') {
      // "…, according to X." (a parenthetical "…, according to X, …" is skipped)
      const afterSpeaker = this.tok(this.indexAt(speaker.end));
      if (afterSpeaker && afterSpeaker.sentence === first.sentence && afterSpeaker.kind === 'word') return null;
      const next = this.tok(this.indexAt(speaker.end) + 1);
      const a = this.tok(floor);
      const b = this.tok(i - 2);
      if (!a || !b || b.end <= a.start) return null;
      if (afterSpeaker?.text === ',' && next && next.sentence === first.sentence && !this.appositiveName(this.indexAt(speaker.end))) {
        // "The vote, according to X, was rigged": the whole sentence is the attributed content
        const last = this.tok(end);
        if (before?.text !== ',' || !last || next.kind !== 'word') return null;
        return this.draft({ span: { start: a.start, end: trimEnd(this.text, a.start, last.end) }, direct: false, dq: null }, speaker, cue, i, false);
      }
      return this.draft({ span: { start: a.start, end: trimEnd(this.text, a.start, b.end) }, direct: false, dq: null }, speaker, cue, i, false);
    }
    // "According to X, …"
    let k = this.indexAt(speaker.end);
    while (k <= end && this.tok(k)?.text !== ',') k++;
    const c = this.clause(k + 1, end);
    if (!c) return null;
    return this.draft(c, speaker, cue, i, false);
  }

  private draft(
    content: { span: Span; direct: boolean; dq: number | null },
    speaker: Span | null,
    cue: Span | null,
    cueIndex: number,
    inheritSpeaker: boolean,
  ): Draft | null {
    if (content.span.end <= content.span.start) return null;
    if (!/\p{L}/u.test(this.text.slice(content.span.start, content.span.end))) return null;
    return {
      start: content.span.start,
      end: content.span.end,
      direct: content.direct,
      speaker,
      cue,
      cueIndex,
      parts: [],
      dq: content.dq,
      inheritSpeaker,
    };
  }
}

// ---------------------------------------------------------------------------------------------

/** Resolves a speaker span to a canonical name: mentions, then pronoun/description context. */
class SpeakerResolver {
  constructor(
    private readonly text: string,
    private readonly toks: Token[],
    private readonly mentions: Mention[],
    private readonly sentences: SentenceSpan[],
  ) {}

  private sentenceOf(offset: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.sentences[mid]?.start ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  resolve(speaker: Span | null, quote: Span, earlier: FoundQuote[]): string | null {
    const quoteStart = quote.start;
    const at = speaker?.start ?? quoteStart;
    if (!speaker) {
      // no speaker nearby: the previous quote's speaker in the same or previous paragraph
      const prev = earlier[earlier.length - 1];
      if (prev?.speakerName && !/\n\s*\n[\s\S]*\n\s*\n/.test(this.text.slice(prev.end, quoteStart))) return prev.speakerName;
      return null;
    }
    const spoken = this.text.slice(speaker.start, speaker.end).toLowerCase();
    if (RELATIVE_PRONOUNS.has(spoken)) {
      // "Peskov, who said …": the actor right before the relative pronoun
      const antecedent = [...this.mentions].reverse().find((m) => m.end <= speaker.start && speaker.start - m.end <= ANTECEDENT_WINDOW);
      return antecedent?.name ?? null;
    }
    // "officials in Kyiv", "the Mission in Ukraine": a place after "in" locates the speaker, it is not one
    const located = (m: Mention): boolean => m.kind === 'place' && /\bin\s+$/.test(this.text.slice(speaker.start, m.start));
    const inSpan = this.mentions.filter((m) => m.start < speaker.end && speaker.start < m.end && !located(m));
    // "the mayor’s chief of staff, Lena Ostrova": a possessor is not the speaker
    const possessor = (m: Mention): boolean => /^['’]s\b/.test(this.text.slice(m.end, m.end + 2));
    const person = inSpan.find((m) => m.kind === 'person' && !possessor(m)) ?? inSpan.find((m) => m.kind === 'person');
    if (person) return person.name;
    const any = inSpan.find((m) => m.kind === 'organization' || m.kind === 'group') ?? inSpan[0];
    const words = this.text.slice(speaker.start, speaker.end).toLowerCase();
    // "the United Nations Human Rights Monitoring Mission": a name that a longer capitalised name goes on
    // from only modifies it; the speaker is the whole name
    const modifier = !!any && any.end < speaker.end && /^\s+\p{Lu}/u.test(this.text.slice(any.end, speaker.end));
    if (any && !modifier) return any.name;
    if (PERSON_PRONOUNS.has(words) || GROUP_PRONOUNS.has(words)) {
      const wantPerson = PERSON_PRONOUNS.has(words);
      const here = this.sentenceOf(at);
      // most salient fitting mention: the nearest earlier sentence, its first (subject) mention;
      // mentions inside the quotation itself do not count
      let best: Mention | null = null;
      let bestSentence = -1;
      for (const m of this.mentions) {
        if (m.start >= at) break;
        if (m.start >= quote.start && m.end <= quote.end) continue;
        if (wantPerson ? m.kind !== 'person' : !(m.kind === 'organization' || m.kind === 'group' || m.kind === 'person')) continue;
        const s = this.sentenceOf(m.start);
        if (s > bestSentence) {
          best = m;
          bestSentence = s;
        }
      }
      // the previous quote's speaker, unless a fitting actor was named after that quote
      for (let k = earlier.length - 1; k >= 0; k--) {
        const q = earlier[k];
        if (!q || !q.speakerName) continue;
        const sq = this.sentenceOf(q.start);
        if (here - sq > PRONOUN_WINDOW_SENTENCES) break;
        const m = this.mentions.find((x) => x.name === q.speakerName);
        if (m && (m.kind === 'person') !== wantPerson) continue;
        if (best && bestSentence > this.sentenceOf(q.end) && best.name !== q.speakerName) return best.name;
        return q.speakerName;
      }
      return best?.name ?? null;
    }
    // a description without a resolvable mention ("a campaign spokesman", "sources"): its words
    const description = this.text.slice(speaker.start, speaker.end).replace(/^(?:the|a|an)\s+/i, '');
    return description && !isTimeName(description) ? description : null;
  }
}
