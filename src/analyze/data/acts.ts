/**
 * Vocabulary for typing statements by speech act (statements.ts). Patterns run on the content of an
 * attribution (what was said), lower-cased; cue verbs carry their own act in cues.ts.
 */
import type { Act } from '../../model/types.js';
import { CHARGE_NOUNS, nounPattern } from './claim-nouns.js';

/** Content markers per act, in the order they are tried when the cue verb does not decide. */
export const CONTENT_MARKERS: readonly (readonly [Act, RegExp])[] = [
  [
    'denial',
    /\b(?:there (?:is|are|was|were|has been|have been) no|no (?:threat|danger|risk|truth|evidence|basis|plans?|intention)|(?:is|are|was|were) (?:not|n[o’']t) true|untrue|false(?:hood)?s?|fake|baseless|groundless|unfounded|fabricat\w*|nonsense|lies?|did(?: not|n[’']t) (?:happen|occur|take place)|never happened|(?:has|have) nothing to do with|categorically|den(?:y|ies|ied)|reject(?:s|ed)?|refut\w+|disinformation|propaganda|manipulation|not (?:encircled|surrounded))\b/,
  ],
  [
    'appeal',
    /\b(?:(?:i|we) (?:(?:am|are|would|must|now|again)\s+)?(?:strongly |respectfully )?(?:request(?:ing)?|urg(?:e|ing)|ask(?:ing)?|call(?:ing)? on|appeal(?:ing)?|beg(?:ging)?|implor(?:e|ing))|(?:i|we) have (?:strongly |respectfully |repeatedly )?(?:requested|urged|asked|called on|appealed|begged|implored)|please|let us|let['’]s|calls? on|appeal\w* to|(?<!will |would )be spared)\b/,
  ],
  ['promise', /\b(?:nobody|no one|none of (?:them|you)|they|you) will (?:not|never) be (?:punished|harmed|hurt|prosecuted|persecuted|arrested)|(?:nobody|no one) will be (?:punished|harmed|hurt|prosecuted|persecuted|arrested)\b/],
  [
    'threat',
    /\b(?:destruction|destroy\w*|annihilat\w*|wipe(?:d)? out|crush\w*|retaliat\w*|punish\w*|pay (?:a|the) (?:heavy |high )?price|(?:face|suffer) (?:the )?(?:consequences|full force)|consequences|strike back|devastating (?:response|blow)|(?:will|would|could|can|may) (?:be arrested|be prosecuted|face prosecution|face arrest|strike|attack|hit)|will be (?:eliminated|targeted|hunted)|we will (?:respond|hit|strike)|merciless|ruthless(?:ly)?|no mercy)\b/,
  ],
  [
    'promise',
    /\b(?:will be (?:guaranteed|spared|safe|protected|treated|released|allowed)|guarantee\w*|we will (?:ensure|provide|protect|help|give|make sure|continue|not abandon|support)|i will (?:ensure|provide|protect|make sure|fight|never)|promis\w+|pledg\w+|vow\w*|commit(?:ted)? to|will be (?:given|offered|lifted|restored|released|rebuilt|paid|compensated|returned)|we will (?:lift|release|restore|rebuild|pay|open|build|never abandon|not abandon)|will never abandon)\b/,
  ],
  [
    'accusation',
    /\b(?:crimes?|criminal|atrocit\w+|war crimes|terroris[mt]s?|massacre\w*|genocide|responsible for|guilty|violat\w+|illegal(?:ly)?|lied|lying|corrupt\w*|committed|abuses?|looted|shelled|executed|tortur\w+|murder\w*|killed civilians|to blame|fault)\b/,
  ],
  [
    'demand',
    /\b(?:must|have to|has to|need(?:s)? to|should|ought to|demand\w*|require\w*|insist\w* that|it is necessary|order (?:its|their|his|her)|lay down (?:their|its) arms)\b/,
  ],
  [
    'assessment',
    /\b(?:(?:is|are|was|were|remains?|remained|looks?|seems?|appears?|has been|have been|had been|will be|would be)\s+(?:\w+ly\s+)?(?:very |extremely |quite |so |too |really |increasingly |not )?(?:difficult|good|bad|great|terrible|horrible|productive|positive|negative|optimistic|pessimistic|serious|dangerous|critical|tough|hard|excellent|successful|unacceptable|important|encouraging|worrying|concerning|catastrophic|stable|tense|complicated|hopeful|grim|dire|promising|significant|unlikely|likely|possible|impossible|premature|wrong|right|crucial|disastrous|helpful|useful|constructive|fair|unfair|strong|weak|high|low|slow|dull|long|poor|unclear|uncertain|fragile|solid|disappointing|impressive|alarming|absurd|outrageous|shameful)|reason(?:s)? to be (?:cautiously )?optimistic|cautiously optimistic|a (?:good|bad|great|very good) chance|tragedy|mistake|disaster|success|failure|dark day|a shame)\b/,
  ],
];

/** Clause openers that make a proposition conditional. */
export const CONDITIONAL = /\b(?:if|unless|provided (?:that)?|as long as|on condition that|in case|only when|once they)\b/;

/** Negation words. */
export const NEGATION = /\b(?:not|no|never|nobody|nothing|none|neither|nor|without|cannot)\b|n[’']t\b/;

/**
 * Denials of someone else's claim that are not quotations: "something Kyiv denies", "which has been
 * disputed by Kyiv", "a charge Moscow rejects". Group 1 / 2 is the denier.
 */
export const RELATIVE_DENIALS: readonly RegExp[] = [
  /\b(?:something|which|a claim|claims|an allegation|allegations|an accusation|accusations|a charge|charges|a statement|assertions?)\s+(?:that\s+)?((?:the\s+)?[\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*){0,3}(?:\s+(?:government|ministry|military|army|authorities|officials|leadership|side|camp))?|it|they|he|she)\s+(?:has\s+|have\s+|had\s+)?(?:strongly\s+|firmly\s+|flatly\s+)?(?:denies|denied|deny|rejects|rejected|reject|disputes|disputed|dispute|dismisses|dismissed|refutes|refuted)\b/gu,
  /\b(?:which|that|a claim|claims|allegations?)\s+(?:has been|have been|was|were|is|are|had been)\s+(?:strongly\s+|firmly\s+)?(?:denied|disputed|rejected|dismissed|refuted)\s+by\s+((?:the\s+)?[\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*){0,3})/gu,
];

/** Words for the claims being denied ("denied the claims", "rejected the allegations"). */
export const DENIED_OBJECTS = new RegExp(`\\b(?:${nounPattern([...CHARGE_NOUNS, 'report', 'rumour'])})\\b`);
