/**
 * Attribution cues: the verbs (and a few phrases) that introduce what someone said, wrote or thinks.
 * The list started from the usual reporting-verb lists and was extended with the cues that the
 * PolNeAR *training* annotations place between a source and its content (dev/test were not used).
 *
 * kind:
 *  - speech: reporting verbs that take a clause or a quotation ("said that …", "“…,” she said").
 *  - belief: verbs of thinking or feeling that take a clause ("believes that …").
 *  - stance: verbs whose object is the attributed content ("endorsed the plan", "accused X of Y").
 * object: the verb may take an addressee before its content ("told reporters that …", "urged Putin to …").
 * act: the speech act the verb itself signals (see statements.ts); absent = decided by the content.
 */
import type { Act } from '../../model/types.js';

export type CueKind = 'speech' | 'belief' | 'stance';

export interface CueEntry {
  lemma: string;
  kind: CueKind;
  object: boolean;
  act: Act | null;
}

type Row = [forms: string, kind: CueKind, object: boolean, act: Act | null];

/** forms are '|'-separated; the first one is the lemma. */
const ROWS: Row[] = [
  // --- neutral speech
  ['say|says|said|saying', 'speech', false, null],
  ['tell|tells|told|telling', 'speech', true, null],
  ['add|adds|added|adding', 'speech', false, null],
  ['state|states|stated|stating', 'speech', false, null],
  ['note|notes|noted|noting', 'speech', false, null],
  ['explain|explains|explained|explaining', 'speech', false, null],
  ['write|writes|wrote|writing|written', 'speech', false, null],
  ['post|posts|posted|posting', 'speech', false, null],
  ['tweet|tweets|tweeted|tweeting|retweeted', 'speech', false, null],
  ['announce|announces|announced|announcing', 'speech', false, null],
  ['report|reports|reported|reporting', 'speech', false, null],
  ['reply|replies|replied|replying', 'speech', false, null],
  ['respond|responds|responded|responding', 'speech', false, null],
  ['remark|remarks|remarked|remarking', 'speech', false, null],
  ['comment|commented|commenting', 'speech', false, null],
  ['mention|mentions|mentioned|mentioning', 'speech', false, null],
  ['recall|recalls|recalled|recalling', 'speech', false, null],
  ['reiterate|reiterates|reiterated|reiterating', 'speech', false, null],
  ['repeat|repeats|repeated|repeating', 'speech', false, null],
  ['continue|continued', 'speech', false, null],
  ['confirm|confirms|confirmed|confirming', 'speech', false, 'claim'],
  ['reveal|reveals|revealed|revealing', 'speech', false, null],
  ['declare|declares|declared|declaring', 'speech', false, null],
  ['indicate|indicates|indicated|indicating', 'speech', false, null],
  ['signal|signals|signaled|signalled|signaling|signalling', 'speech', false, null],
  ['suggest|suggests|suggested|suggesting', 'speech', false, null],
  ['clarify|clarifies|clarified|clarifying', 'speech', false, null],
  ['acknowledge|acknowledges|acknowledged|acknowledging', 'speech', false, null],
  ['admit|admits|admitted|admitting', 'speech', false, null],
  ['concede|concedes|conceded|conceding', 'speech', false, null],
  ['emphasize|emphasizes|emphasized|emphasizing|emphasise|emphasised|emphasising', 'speech', false, null],
  ['stress|stresses|stressed|stressing', 'speech', false, null],
  ['underline|underlines|underlined|underlining', 'speech', false, null],
  ['point|pointed|pointing', 'speech', false, null],
  ['observe|observes|observed|observing', 'speech', false, null],
  ['joke|jokes|joked|joking', 'speech', false, null],
  ['quip|quipped|quips|quipping', 'speech', false, null],
  ['shout|shouted|yelled|chanted|chant|chants', 'speech', false, null],
  ['interject|interjected|interjecting', 'speech', false, null],
  ['testify|testified|testifies|testifying', 'speech', false, null],
  ['email|emailed', 'speech', false, null],
  ['recount|recounted|recounts|recounting', 'speech', false, null],
  ['conclude|concludes|concluded|concluding', 'speech', false, 'assessment'],
  ['find|finds|found', 'speech', false, null],
  ['show|shows|showed|shown|showing', 'speech', false, null],
  ['read|reads', 'speech', false, null],
  ['answer|answered', 'speech', false, null],
  ['explain|explained', 'speech', false, null],
  ['quote|quoted', 'speech', false, null],
  ['boast|boasts|boasted|boasting', 'speech', false, 'claim'],
  ['brag|bragged|brags|bragging', 'speech', false, 'claim'],
  ['tout|touts|touted|touting', 'stance', false, 'claim'],
  ['complain|complains|complained|complaining', 'speech', false, 'assessment'],
  ['lament|laments|lamented|bemoan|bemoaned|lamenting', 'speech', false, 'assessment'],
  // --- claims
  ['claim|claims|claimed|claiming', 'speech', false, 'claim'],
  ['assert|asserts|asserted|asserting', 'speech', false, 'claim'],
  ['argue|argues|argued|arguing', 'speech', false, 'claim'],
  ['contend|contends|contended|contending', 'speech', false, 'claim'],
  ['insist|insists|insisted|insisting', 'speech', false, null],
  ['maintain|maintains|maintained', 'speech', false, 'claim'],
  ['allege|alleges|alleged|alleging', 'speech', false, 'accusation'],
  ['predict|predicts|predicted|predicting|forecast', 'speech', false, 'assessment'],
  ['estimate|estimates|estimated', 'speech', false, 'assessment'],
  // --- denials
  ['deny|denies|denied|denying', 'speech', false, 'denial'],
  ['reject|rejects|rejected|rejecting', 'stance', false, 'denial'],
  ['dismiss|dismisses|dismissed|dismissing', 'stance', false, 'denial'],
  ['dispute|disputes|disputed|disputing', 'stance', false, 'denial'],
  ['refute|refutes|refuted|refuting', 'stance', false, 'denial'],
  ['rebut|rebuts|rebutted', 'stance', false, 'denial'],
  ['counter|countered|countering', 'speech', false, 'denial'],
  // ("contested" only: "contest(s)" is mostly the noun, "contesting Ohio" the race)
  ['contested', 'stance', false, 'denial'],
  ['contradict|contradicts|contradicted|contradicting', 'stance', false, 'denial'],
  ['repudiate|repudiates|repudiated|repudiating', 'stance', false, 'denial'],
  // "scoffed at the claim" denies it; a quotation "scoffed" is typed by what it says
  ['scoff|scoffs|scoffed|scoffing', 'speech', false, null],
  // --- demands
  ['demand|demands|demanded|demanding', 'stance', true, 'demand'],
  ['order|orders|ordered|ordering', 'stance', true, 'demand'],
  ['require|requires|required', 'stance', true, 'demand'],
  ['instruct|instructed|instructs|instructing', 'stance', true, 'demand'],
  // --- appeals
  ['urge|urges|urged|urging', 'stance', true, 'appeal'],
  ['ask|asks|asked|asking', 'speech', true, 'appeal'],
  ['request|requests|requested|requesting', 'stance', true, 'appeal'],
  ['appeal|appeals|appealed|appealing', 'stance', true, 'appeal'],
  ['implore|implores|implored|imploring', 'stance', true, 'appeal'],
  ['beseech|beseeching|besought', 'stance', true, 'appeal'],
  ['plead|pleads|pleaded|pleading', 'stance', true, 'appeal'],
  ['beg|begs|begged|begging', 'stance', true, 'appeal'],
  ['encourage|encourages|encouraged|encouraging', 'stance', true, 'appeal'],
  ['call|calls|called|calling', 'stance', true, null],
  ['invite|invited', 'stance', true, 'appeal'],
  // --- promises
  ['promise|promises|promised|promising', 'speech', true, 'promise'],
  ['pledge|pledges|pledged|pledging', 'speech', false, 'promise'],
  ['vow|vows|vowed|vowing', 'speech', false, 'promise'],
  ['assure|assures|assured|assuring', 'speech', true, 'promise'],
  ['guarantee|guarantees|guaranteed', 'speech', true, 'promise'],
  ['offer|offers|offered|offering', 'stance', true, 'promise'],
  ['commit|commits|committed', 'speech', false, 'promise'],
  ['require|requires', 'stance', true, 'demand'],
  // --- accusations
  ['accuse|accuses|accused|accusing', 'stance', true, 'accusation'],
  ['blame|blames|blamed|blaming', 'stance', true, 'accusation'],
  ['charge|charges|charged', 'speech', false, 'accusation'],
  ['confess|confesses|confessed|confessing', 'speech', false, null],
  // --- threats
  ['threaten|threatens|threatened|threatening', 'speech', true, 'threat'],
  ['warn|warns|warned|warning', 'speech', true, 'threat'],
  ['caution|cautions|cautioned|cautioning', 'speech', true, 'assessment'],
  // --- assessments and evaluative stance
  ['describe|describes|described|describing', 'stance', false, 'assessment'],
  ['characterize|characterizes|characterized|characterise|characterised|characterising|characterizing', 'stance', false, 'assessment'],
  ['portray|portrays|portrayed|portraying', 'stance', false, 'assessment'],
  ['label|labels|labeled|labelled', 'stance', false, 'assessment'],
  ['deem|deems|deemed|deeming', 'stance', false, 'assessment'],
  ['criticize|criticizes|criticized|criticizing|criticise|criticised', 'stance', false, 'assessment'],
  ['praise|praises|praised|praising', 'stance', false, 'assessment'],
  ['hail|hails|hailed|hailing', 'stance', false, 'assessment'],
  ['applaud|applauded|welcome|welcomed|welcomes|applauds|applauding', 'stance', false, 'assessment'],
  ['condemn|condemns|condemned|condemning', 'stance', false, 'accusation'],
  ['denounce|denounces|denounced|denouncing', 'stance', false, 'accusation'],
  ['decry|decries|decried|decrying', 'stance', false, 'accusation'],
  ['slam|slams|slammed|slamming', 'stance', false, 'accusation'],
  ['blast|blasts|blasted|blasting', 'stance', false, 'accusation'],
  ['attack|attacked|attacking', 'stance', false, 'accusation'],
  ['assail|assailed|assails|assailing', 'stance', false, 'accusation'],
  ['mock|mocks|mocked|mocking', 'stance', false, 'assessment'],
  ['question|questions|questioned|questioning', 'stance', false, 'assessment'],
  ['echo|echoes|echoed|echoing', 'stance', false, null],
  ['cite|cites|cited|citing', 'stance', false, null],
  ['endorse|endorses|endorsed|endorsing', 'stance', false, 'assessment'],
  ['support|supports|supported|supporting', 'stance', false, 'assessment'],
  ['back|backs|backed|backing', 'stance', false, 'assessment'],
  ['oppose|opposes|opposed|opposing', 'stance', false, 'assessment'],
  ['defend|defends|defended|defending', 'stance', false, 'assessment'],
  ['propose|proposes|proposed|proposing', 'stance', false, 'demand'],
  ['seek|seeks|sought|seeking', 'stance', false, 'demand'],
  ['express|expresses|expressed|expressing|voice|voiced', 'stance', false, 'assessment'],
  ['thank|thanked|thanking', 'stance', true, 'assessment'],
  ['refuse|refuses|refused|refusing|decline|declines|declined|declining', 'stance', false, null],
  // --- belief
  ['believe|believes|believed|believing', 'belief', false, 'assessment'],
  ['think|thinks|thought', 'belief', false, 'assessment'],
  ['hope|hopes|hoped|hoping', 'belief', false, 'assessment'],
  ['fear|fears|feared|fearing', 'belief', false, 'assessment'],
  ['worry|worries|worried', 'belief', false, 'assessment'],
  ['expect|expects|expected|expecting', 'belief', false, 'assessment'],
  ['doubt|doubts|doubted', 'belief', false, 'assessment'],
  ['feel|feels|felt', 'belief', false, 'assessment'],
  ['know|knows|knew', 'belief', false, null],
  ['want|wants|wanted', 'belief', false, 'demand'],
  ['wonder|wonders|wondered|wondering', 'belief', false, 'assessment'],
  ['agree|agrees|agreed', 'belief', false, null],
  ['disagree|disagrees|disagreed', 'belief', false, 'denial'],
  ['see|sees', 'belief', false, 'assessment'],
  ['consider|considers', 'belief', false, 'assessment'],
  ['learn|learned|learnt', 'belief', false, null],
  ['realize|realized|realise|realised|realizes|realizing|realising', 'belief', false, null],
  ['understand|understands|understood', 'belief', false, null],
  ['prefer|prefers|preferred', 'belief', false, 'assessment'],
  ['favor|favors|favored|favour|favours|favoured', 'belief', false, 'assessment'],
  ['like|likes|liked', 'belief', false, 'assessment'],
  ['discuss|discusses|discussed|discussing', 'speech', false, null],
  ['plan|plans|planned', 'belief', false, 'promise'],
  ['congratulate|congratulated|congratulates|congratulating', 'stance', true, 'assessment'],
  ['speak|spoke|spoken|speaks', 'speech', false, null],
  ['talk|talks|talked|talking', 'speech', false, null],
  ['refer|refers|referred|referring', 'speech', false, null],
  ['vote|votes|voted', 'stance', false, null],
];

function build(rows: Row[]): ReadonlyMap<string, CueEntry> {
  const map = new Map<string, CueEntry>();
  for (const [forms, kind, object, act] of rows) {
    const list = forms.split('|');
    const lemma = list[0] ?? forms;
    for (const f of list) if (!map.has(f)) map.set(f, { lemma, kind, object, act });
  }
  return map;
}

/** Lower-cased word form → cue entry. */
export const CUE_VERBS: ReadonlyMap<string, CueEntry> = build(ROWS);

/**
 * Forms that are too often something else to be a cue unless followed by a clause marker
 * ("that", ":", a quotation mark) or preceded by a clear subject: nouns like "report", "call",
 * "order", "support" and participles used as adjectives.
 */
export const WEAK_CUE_FORMS: ReadonlySet<string> = new Set([
  'report', 'reports', 'call', 'calls', 'order', 'orders', 'support', 'back', 'backs', 'question', 'questions',
  'charge', 'charges', 'post', 'posts', 'show', 'shows', 'read', 'reads', 'find', 'comment', 'attack', 'state',
  'states', 'fear', 'fears', 'doubt', 'doubts', 'hope', 'hopes', 'want', 'see', 'know', 'feel', 'consider',
  'expect', 'learn', 'understand', 'agree', 'offer', 'offers', 'request', 'requests', 'appeal', 'appeals',
  'demand', 'demands', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'quote', 'counter', 'note',
  'notes', 'point', 'label', 'labels', 'commit', 'commits', 'committed', 'continue', 'continued', 'found',
  'shown', 'written', 'answer', 'answered', 'echo', 'echoes', 'question', 'welcome', 'repeat', 'thought',
  'seek', 'back', 'require', 'required', 'requires', 'estimate', 'estimates', 'worry', 'forecast', 'dispute',
  'disputes', 'thank', 'ask', 'like', 'plan', 'plans', 'talk', 'talks', 'vote', 'votes', 'speak', 'favor', 'warning', 'voice', 'express', 'remarks', 'guarantee', 'guarantees', 'tweet', 'tweets',
]);

/** Particles that belong to the cue ("pointed out", "called for", "called on", "went on to say"). */
export const CUE_PARTICLES: Readonly<Record<string, readonly string[]>> = {
  point: ['out', 'to'],
  call: ['for', 'on', 'upon'],
  lash: ['out'],
  speak: ['out', 'of', 'about', 'up'],
  weigh: ['in'],
  push: ['for', 'back'],
  talk: ['about', 'up'],
  brush: ['off', 'aside'],
  scoff: ['at'],
  hint: ['at'],
  appeal: ['to', 'for'],
  plead: ['with', 'for'],
  ask: ['for'],
  comment: ['on'],
  refer: ['to'],
  complain: ['about', 'that'],
  boast: ['about'],
  rail: ['against'],
};

/** "according to X" and similar phrase cues: the words after which the source follows. */
export const SOURCE_PHRASES: readonly (readonly string[])[] = [
  ['according', 'to'],
  ['in', 'the', 'words', 'of'],
  ['as', 'reported', 'by'],
  ['citing'],
  ['quoting'],
];

/** Words that, right before a cue, are skipped to reach the subject ("Putin also said", "he has repeatedly argued"). */
export const PRE_CUE_SKIP: ReadonlySet<string> = new Set([
  'also', 'has', 'have', 'had', 'had', 'previously', 'later', 'then', 'recently', 'repeatedly', 'once', 'publicly',
  'privately', 'did', 'does', 'do', 'would', 'will', 'could', 'may', 'might', 'can', 'reportedly', 'again',
  'further', 'initially', 'earlier', 'already', 'often', 'frequently', 'never', 'not', 'always', 'long', 'even',
  'first', 'last', 'just', 'now', 'still', 'is', 'was', 'were', 'are', 'been', 'be', 'being', 'should', 'must',
  'quickly', 'flatly', 'openly', 'loudly', 'strongly', 'sharply', 'firmly', 'clearly', 'explicitly', 'directly',
  'subsequently', 'separately', 'similarly', 'likewise', 'meanwhile', 'however', 'too', 'in', 'turn', 'went',
  'on', 'to', 'had', 'only', 'ever', 'both', 'all', 'each', 'himself', 'herself', 'themselves', 'itself',
  'allegedly', 'apparently', 'reportedly', 'essentially', 'effectively', 'simply', 'immediately', 'personally',
  // time adverbials between subject and cue ("Trump on Sunday said", "she last week argued")
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'this', 'last',
]);

/** Words that cannot end the speaker noun phrase right before a cue (so the word is not a subject). */
export const NOT_SUBJECT: ReadonlySet<string> = new Set([
  'that', 'which', 'what', 'whom', 'whose', 'to', 'of', 'for', 'by', 'with', 'from', 'and', 'or', 'but', 'as',
  'than', 'if', 'when', 'where', 'while', 'because', 'so', 'the', 'a', 'an', 'this', 'these', 'those', 'it',
  'there', 'here', 'be', 'not', 'no', 'into', 'onto', 'at', 'in', 'on', 'about', 'after', 'before', 'since',
  'until', 'how', 'why', 'whether', 'being', 'been', 'is', 'are', 'was', 'were', 'very', 'more', 'most', 'less',
  'well', 'such', 'any', 'some', 'every', 'all', 'nor', 'yet', 'its', 'his', 'her', 'their', 'our', 'my', 'your',
  'me', 'him', 'us', 'them',
]);

/** Words that end a speaker noun phrase when walking leftwards (clause openers, verbs of the previous clause). */
export const NP_LEFT_BREAK: ReadonlySet<string> = new Set([
  'something', 'that', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'while', 'because', 'although', 'though',
  'if', 'unless', 'as', 'but', 'and', 'or', 'so', 'since', 'after', 'before', 'until', 'whether', 'than',
  'said', 'says', 'say', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would',
  'to', 'on', 'in', 'at', 'for', 'with', 'during', 'from', 'into', 'by', 'about', 'against', 'over', 'under',
  'then', 'also', 'however', 'meanwhile', 'yet', 'still', 'not', 'do', 'does', 'did', 'can', 'could', 'should',
  'may', 'might', 'must', 'why', 'how',
]);

/** Pronouns that can be a speaker. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);

/** Words that open an object clause after a cue ("said that", "asked whether"). */
export const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who']);

/** Clause openers after which a content clause is cut when the next thing is another attribution. */
export const CONTENT_CUT_WORDS: ReadonlySet<string> = new Set(['but', 'though', 'although', 'while', 'whereas', 'and', 'as']);

/*
 * Nouns of saying, belief and feeling. The lists below share words; the shared groups are spelled
 * once here and each list is built from them and the words only it holds.
 */
/** Things said that go about, often without a named source ("there are reports that", "the claims"). */
const HEARSAY_NOUNS = ['claims', 'allegations', 'reports', 'suggestions', 'rumours', 'rumors'];
/** Feelings about what may happen ("fears that …", "his worries about …", "there are doubts that …"). */
const FEELING_NOUNS = ['fears', 'concerns', 'worries', 'hopes', 'doubts'];
/** Propositions someone put forward: content nouns both before a name and before "that". */
const PROPOSITION_NOUNS = [
  ...HEARSAY_NOUNS, 'claim', 'allegation', 'accusation', 'accusations', 'charge', 'charges', 'assertion', 'assertions',
  'statement', 'statements', 'suggestion', 'report', 'argument', 'arguments', 'view', 'idea', 'notion', 'rumour', 'rumor',
];

/**
 * Nouns for attributed content. A determiner and one of these before a name and a cue is a reduced
 * relative clause ("an accusation Kestria rejects", "a claim that Vell denies"): the noun phrase is
 * not the speaker and the clause it modifies is not a quotation of the name (statements.ts finds
 * the denial itself).
 */
export const CONTENT_NOUNS: ReadonlySet<string> = new Set([
  ...PROPOSITION_NOUNS, 'account', 'accounts', 'version', 'position', 'story', 'narrative', 'characterization',
  'characterisation', 'description', 'figure', 'figures', 'number', 'numbers',
]);

/** Nouns whose "that" clause is attributed content ("the claim that …", "amid fears that …"). */
export const CONTENT_THAT_NOUNS: ReadonlySet<string> = new Set([
  ...PROPOSITION_NOUNS, ...FEELING_NOUNS, 'complaint', 'complaints', 'concern', 'fear', 'hope', 'warning', 'warnings',
  'belief', 'beliefs', 'assumption', 'perception', 'speculation', 'doubt', 'assurance', 'assurances', 'promise',
  'promises', 'insistence', 'theory', 'impression', 'message', 'word', 'evidence', 'conviction', 'prediction',
  'predictions', 'estimate', 'estimates', 'reminder', 'recognition', 'acknowledgment', 'admission', 'worry', 'anxiety',
  'confidence',
]);

/** Nouns of "there are fears that …". */
export const EXISTENTIAL_NOUNS: ReadonlySet<string> = new Set([
  ...HEARSAY_NOUNS, ...FEELING_NOUNS, 'questions', 'speculation', 'signs', 'indications',
]);

/** Stance nouns of intention ("plans to", "hopes of"): after a preposition they describe, not report. */
export const INTENT_NOUNS: ReadonlySet<string> = new Set(['plan', 'plans', 'hope', 'hopes', 'push', 'goal', 'desire', 'vision']);

/** Nouns of saying or stance whose possessor is the source ("Trump’s plan to …", "his claim that …"). */
export const STANCE_NOUNS: ReadonlySet<string> = new Set([
  ...INTENT_NOUNS, ...FEELING_NOUNS, 'call', 'calls', 'decision', 'proposal', 'proposals', 'promise', 'promises', 'pledge',
  'vow', 'demand', 'demands', 'claim', 'claims', 'assertion', 'argument', 'warning', 'threat', 'criticism', 'attacks',
  'attack', 'comments', 'comment', 'remarks', 'remark', 'view', 'views', 'position', 'stance', 'support', 'opposition',
  'embrace', 'defense', 'defence', 'refusal', 'insistence', 'belief', 'suggestion', 'statement', 'message', 'pitch',
  'praise', 'endorsement', 'rejection', 'denial', 'accusation', 'accusations', 'charge', 'appeal', 'request', 'offer',
  'complaint', 'complaints', 'concern', 'fear', 'idea', 'agenda', 'policy', 'questions', 'objections', 'case',
  'reservations', 'skepticism',
]);

/** Determiners that open a content-noun phrase ("an accusation …", "the claim …"). */
export const CONTENT_NOUN_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that', 'such', 'any']);

/** Negations between a subject and its cue ("has not commented on", "never responded to"). */
export const CUE_NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', "n't", 'n’t']);

/**
 * Particles after which a cue takes a topic, not a proposition ("commented on the call", "referring to
 * social media", "talked about the vote"): such content is only a quotation when it is a clause.
 */
export const TOPIC_PARTICLES: ReadonlySet<string> = new Set(['on', 'about', 'to', 'of', 'upon']);

/** Cue lemmas whose particle introduces a topic ("commented on", "referring to", "spoke about"). */
export const TOPIC_CUE_LEMMAS: ReadonlySet<string> = new Set(['comment', 'refer', 'talk', 'speak', 'respond', 'reply', 'hint', 'weigh', 'complain', 'boast']);

/** Two-word adverbials skipped between a subject and its cue ("Kestria has so far not replied"). */
export const PRE_CUE_BIGRAMS: readonly (readonly [string, string])[] = [
  ['so', 'far'], ['thus', 'far'], ['as', 'yet'], ['at', 'first'], ['in', 'turn'], ['for', 'now'],
];

/**
 * Prepositions that open the medium, place or time of an attribution, not its content ("said on
 * Friday", "wrote on social media", "said in remarks broadcast on television").
 */
export const CIRCUMSTANCE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'via', 'through', 'during', 'from', 'with', 'after', 'before', 'over', 'by',
]);
