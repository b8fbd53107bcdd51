/**
 * Vocabulary for reconciliation: words that carry no content, synonym classes used when
 * comparing what two reports say, and the framing lexicon. Data only.
 */

/** Function words and reporting words ignored when comparing propositions. */
export const STOPWORDS = new Set(
  (
    'a an the and or but if then than that this these those there here of in on at to for from by with without about into onto over under ' +
    'as is are was were be been being am do does did done have has had having will would shall should can could may might must ' +
    'not no nor so too very just also only even still yet already ever any some all each every both either neither such own same other ' +
    'i me my we us our you your he him his she her it its they them their who whom whose which what when where why how ' +
    'said says say saying told tells stated states added noted according per while during after before since until against ' +
    'mr mrs ms dr one ' +
    // quantity hedges: "at least a dozen" and "no fewer than twelve" say the same
    'least fewer less more most around nearly almost roughly approximately'
  ).split(' '),
);

/**
 * Synonym classes: words in one class count as the same word when statements are compared
 * ("no threat of our units being encircled" vs "troops completely surrounded").
 */
export const SYNONYM_CLASSES: string[][] = [
  ['surround', 'surrounded', 'encircle', 'encircled', 'encirclement', 'encircling', 'trapped', 'besieged', 'cut off'],
  ['troops', 'units', 'soldiers', 'forces', 'servicemen', 'military', 'personnel', 'fighters', 'garrison', 'defenders'],
  ['kill', 'killed', 'killing', 'execute', 'executed', 'execution', 'massacre', 'slaughter', 'murder', 'dead', 'deaths', 'died', 'death', 'fatalities'],
  ['surrender', 'surrendered', 'capitulate', 'lay down', 'give up'],
  ['crimes', 'crime', 'atrocities', 'war crimes', 'abuses'],
  ['ceasefire', 'truce', 'pause', 'armistice'],
  ['talks', 'discussions', 'negotiations', 'meeting', 'contacts'],
  ['civilians', 'civilian', 'residents', 'resident', 'inhabitants', 'inhabitant', 'population'],
  ['guarantee', 'guaranteed', 'promise', 'promised', 'assure', 'assured', 'spared', 'spare'],
  ['treatment', 'treated'],
  // how someone will be treated, as translations render it ("dignified" / "decent" / "reasonable")
  ['decent', 'dignified', 'reasonable', 'fair', 'proper', 'humane', 'respectful', 'worthy'],
  ['receive', 'received', 'get', 'gets', 'obtain', 'given', 'accepted', 'accept', 'pocketed', 'pocketing'],
  // words translations of one sentence swap
  ['territory', 'land', 'lands', 'soil'],
  ['losses', 'casualties'],
  ['suffered', 'sustained'],
  ['aid', 'assistance', 'help'],
  ['country', 'nation'],
  ['enemy', 'adversary', 'foe'],
  ['destroyed', 'ruined', 'wrecked'],
  ['ready', 'prepared', 'willing'],
  ['life', 'lives'],
  ['war', 'conflict', 'hostilities', 'fighting'],
  // General near-synonyms that translations and paraphrases swap ("keep the port shut" / "stay closed").
  ['shut', 'closed', 'shuttered'],
  ['stay', 'stays', 'stayed', 'remain', 'remains', 'remained', 'keep', 'keeps', 'kept'],
  ['evidence', 'proof'],
  ['dozen', 'twelve', '12'],
  ['blast', 'blasts', 'explosion', 'explosions'],
  ['home', 'homes', 'house', 'houses', 'dwellings'],
  ['deal', 'agreement', 'accord'],
  ['journalists', 'press', 'media'],
  // verbs a denial and the report it denies often word differently ("no deal was reached" /
  // "has agreed a move")
  ['agreed', 'agree', 'agrees', 'reached', 'struck', 'sealed', 'clinched'],
  ['move', 'transfer', 'join', 'joining', 'switch'],
  ['resign', 'resigned', 'resignation', 'quit', 'quits'],
  ['bought', 'buy', 'buying', 'acquired', 'acquire', 'acquisition', 'purchased', 'takeover'],
  ['fired', 'sacked'],
  ['arrested', 'detained', 'detention', 'arrest'],
  ['banned', 'ban', 'prohibited', 'prohibit', 'outlawed', 'forbidden', 'forbid'],
  ['stolen', 'stole', 'steal', 'theft'],
  ['data', 'details', 'records', 'information'],
  ['injured', 'wounded', 'hurt', 'injuries', 'injury'],
  ['corridor', 'corridors', 'hallway', 'hallways'],
  ['safety', 'safe'],
  ['happen', 'happened', 'happens', 'occur', 'occurred', 'occurs'],
  ['stop', 'stops', 'stopped', 'cease', 'ceased', 'ceases'],
  // plain near-synonyms that two translations of one sentence swap
  ['big', 'large', 'huge', 'vast'],
  ['fast', 'quick', 'quickly', 'rapid', 'rapidly', 'swift', 'swiftly'],
  ['exactly', 'precisely'],
  ['night', 'overnight'],
  // pictures of any kind, and a protest by any name
  ['lorries', 'lorry', 'trucks', 'truck'],
  ['photos', 'photo', 'photographs', 'photograph', 'pictures', 'images'],
  ['march', 'protest', 'protests', 'rally', 'demonstration', 'demonstrations'],
  ['error', 'errors', 'mistake', 'mistakes', 'blunder'],
  // doing something, in the verbs translations and paraphrases swap ("conducted no operations" /
  // "carried out no actions"; "before anyone asked" / "before anybody requested")
  ['conduct', 'conducted', 'carry out', 'carried out', 'carries out', 'carrying out', 'perform', 'performed', 'undertake', 'undertook', 'undertaken'],
  ['operation', 'operations', 'action', 'actions'],
  ['ask', 'asked', 'request', 'requested'],
  // a stretch of land by any name
  ['area', 'areas', 'region', 'regions', 'zone', 'zones', 'vicinity'],
];

/** A place named with the kind of administrative unit it is: "Kursk region" vs "Kursk province". */
export const PLACE_UNIT = /\b(\p{Lu}[\p{L}-]+) (region|province|oblast|area|district|governorate)\b/giu;

/** Auxiliaries that end a subject ("rubber bullets were not used", "no data had been taken"). */
export const AUXILIARIES: ReadonlySet<string> = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'would', 'will', 'did', 'does', 'do', 'could', 'can']);

/** Words that turn a proposition into its negation. */
export const NEGATORS = new Set(['no', 'not', 'never', 'none', "n't", 'nothing', 'without', 'neither', 'nor']);

/** Platforms and media: a detail that reports may contradict ("a post on Truth Social" vs "a tweet"). */
/** Social platforms: one post is on one of them, so two reports naming different ones disagree. */
export const PLATFORMS: { name: string; pattern: RegExp }[] = [
  { name: 'Truth Social', pattern: /\bTruth Social\b/i },
  { name: 'Twitter/X', pattern: /\b(tweet(?:ed|s)?|Twitter)\b/i },
  { name: 'Telegram', pattern: /\bTelegram\b/i },
  { name: 'Facebook', pattern: /\bFacebook\b/i },
  { name: 'Instagram', pattern: /\bInstagram\b/i },
];

/**
 * Curated framing lexicon: for one referent, the wordings outlets choose between.
 * A marker is emitted only when the story's reports actually differ.
 * `loaded` marks labels that are judgements when used in the outlet's own voice.
 */
export interface FramingGroup {
  referent: string;
  variants: { term: string; pattern: RegExp; loaded?: boolean }[];
  /** neutral wordings offered as alternatives when a loaded label stands alone */
  neutral?: string[];
}

export const FRAMING_GROUPS: FramingGroup[] = [
  {
    referent: 'Kyiv (city / Ukrainian government)',
    variants: [
      { term: 'Kyiv', pattern: /\bKyiv\b/g },
      { term: 'Kiev', pattern: /\bKiev\b/g },
    ],
  },
  {
    referent: 'Volodymyr Zelensky',
    variants: [
      { term: 'Zelensky', pattern: /\bZelensky\b/g },
      { term: 'Zelenskyy', pattern: /\bZelenskyy\b/g },
      { term: 'Zelenskiy', pattern: /\bZelenskiy\b/g },
    ],
  },
  {
    referent: 'retaking territory',
    variants: [
      { term: 'liberated', pattern: /\bliberat(?:ed|ing|ion|e)\b/gi, loaded: true },
      { term: 'recaptured', pattern: /\brecaptur(?:ed|ing|e)\b/gi },
      { term: 'reclaimed', pattern: /\breclaim(?:ed|ing)?\b/gi },
      { term: 'regained', pattern: /\bregain(?:ed|ing)?\b/gi },
      { term: 'retook', pattern: /\bret(?:ook|ake|aking|aken)\b/gi },
      { term: 'recovered', pattern: /\brecover(?:ed|ing)\b/gi },
    ],
  },
  {
    referent: 'the Ukrainian operation in Kursk',
    variants: [
      { term: 'incursion', pattern: /\bincursion\b/gi },
      { term: 'invasion', pattern: /\binvasion\b/gi, loaded: true },
      { term: 'offensive', pattern: /\boffensive\b/gi },
      { term: 'raid', pattern: /\braid\b/gi },
    ],
  },
  {
    referent: 'labels for fighters',
    neutral: ['troops', 'soldiers', 'forces'],
    variants: [
      { term: 'terrorists', pattern: /\bterrorists?\b/gi, loaded: true },
      { term: 'militants', pattern: /\bmilitants\b/gi, loaded: true },
      { term: 'mercenaries', pattern: /\bmercenaries\b/gi, loaded: true },
      { term: 'neo-Nazis', pattern: /\bneo-?Nazis?\b/gi, loaded: true },
    ],
  },
  {
    referent: 'the Ukrainian government',
    variants: [
      { term: 'Kiev regime', pattern: /\bKiev regime\b/g, loaded: true },
      { term: 'Kyiv regime', pattern: /\bKyiv regime\b/g, loaded: true },
      { term: 'Ukrainian government', pattern: /\bUkrainian government\b/gi },
      { term: 'Ukrainian authorities', pattern: /\bUkrainian authorities\b/gi },
    ],
  },
  {
    referent: 'the war',
    variants: [
      { term: 'war', pattern: /\bwar\b/gi },
      { term: 'special military operation', pattern: /\bspecial military operation\b/gi, loaded: true },
      { term: 'conflict', pattern: /\bconflict\b/gi },
    ],
  },
  {
    referent: 'territory held by Moscow',
    variants: [
      { term: 'Moscow-claimed', pattern: /\bMoscow-claimed\b/gi, loaded: true },
      { term: 'Russian-held', pattern: /\bRussian-held\b/gi },
      { term: 'occupied', pattern: /\boccupied\b/gi, loaded: true },
      { term: 'annexed', pattern: /\bannexed\b/gi },
    ],
  },
];

/**
 * Opposite states and changes, as two sides: any word of one side contradicts any word of the
 * other when both are said of the same thing ("the terminal was operating normally" / "the
 * terminal was shut"). General vocabulary, not the wording of any one story.
 */
export const STATE_OPPOSITES: [string[], string[]][] = [
  // a place or a service working or not
  [
    ['open', 'reopened', 'operating', 'functioning', 'running', 'in operation', 'normally', 'as usual', 'in service', 'remain open', 'stay open'],
    ['closed', 'shut', 'halted', 'suspended', 'paralysed', 'paralyzed', 'standstill', 'out of service', 'out of order', 'idle', 'will close', 'to close', 'would close', 'closes', 'padlocked', 'padlocks'],
  ],
  // a light, a fan or a supply kept on or gone off ("the lights went out" / "the lighting stayed on")
  [
    ['stayed on', 'remained on', 'kept running', 'kept working'],
    ['went out', 'went dark', 'cut out', 'plunged into darkness'],
  ],
  // a business's result over a period, in the phrases that report one ("turned a profit", "lost
  // €9 million"; not "a loss of confidence", "a profit warning" or "to profit from")
  [
    ['turned a profit', 'made a profit', 'posted a profit', 'reported a profit', 'recorded a profit', 'net profit', 'profitable', 'in profit', 'in the black'],
    ['lost money', 'losing money', 'loss money', 'loss-making', 'unprofitable', 'in the red', 'made a loss', 'posted a loss', 'reported a loss', 'recorded a loss', 'net loss'],
  ],
  // a planned event or a case going ahead, or not ("the claim is still going ahead" / "has settled the claim")
  [
    ['going ahead', 'will go ahead', 'goes ahead', 'went ahead'],
    ['cancelled', 'canceled', 'called off', 'scrapped', 'postponed', 'settled'],
  ],
  // usual or not ("the market was entirely normal" / "betting unlike anything we have seen"); "normal"
  // said of something, not before a noun ("its normal cycle" says nothing of this time)
  [
    ['was normal', 'were normal', 'is normal', 'are normal', 'been normal', 'entirely normal', 'perfectly normal', 'completely normal', 'quite normal', 'looked normal', 'seemed normal'],
    ['abnormal', 'unusual', 'unprecedented', 'extraordinary', 'unlike anything', 'out of the ordinary'],
  ],
  // alive or not
  [['alive', 'survived'], ['dead', 'died', 'killed']],
  // a change up or down
  [
    ['rose', 'risen', 'rising', 'increased', 'increasing', 'grew', 'grown', 'growing', 'climbed', 'climbing'],
    ['fell', 'fallen', 'falling', 'decreased', 'decreasing', 'dropped', 'dropping', 'declined', 'declining', 'shrank', 'shrunk'],
  ],
  [['raised', 'raise', 'raises', 'increase'], ['cut', 'cuts', 'lowered', 'lower', 'reduced', 'reduce']],
  // an outcome
  [['won', 'winning'], ['lost', 'losing', 'defeated']],
  [['convicted', 'found guilty'], ['acquitted', 'cleared']],
  [['arrested', 'detained', 'in custody'], ['released', 'freed']],
  // finished or not
  [['complete', 'completed', 'finished'], ['incomplete', 'unfinished', 'ongoing', 'under way']],
  [['collapsed', 'broke down', 'broken down'], ['continue', 'continues', 'continuing', 'resumed', 'under way']],
  // leaving by choice or not
  [['voluntary', 'voluntarily', 'of his own free will', 'of her own free will', 'own accord'], ['forced', 'compulsory', 'mandatory', 'ordered', 'against his will', 'against her will']],
  [['resigned', 'stepped down', 'mutual consent'], ['fired', 'sacked', 'ousted', 'forced out', 'pushed out', 'was pushed', 'were pushed']],
  // how a vote was cast
  [['voted for', 'in favour', 'in favor'], ['voted against', 'abstained']],
  // calm or not
  [['calm', 'quiet', 'peaceful'], ['violent', 'clashes', 'riots', 'rioting', 'unrest']],
  [['on time', 'on schedule'], ['delayed', 'behind schedule']],
  [['present', 'attended'], ['absent']],
  // whole or damaged
  [['undamaged', 'intact', 'unharmed', 'unscathed'], ['damaged', 'destroyed', 'destroying', 'crack', 'cracked', 'cracks', 'hole', 'breached', 'gash', 'tear', 'ruptured']],
  // a supply back or still cut
  [['restored', 'reconnected'], ['without power', 'without electricity', 'without water', 'still without']],
  // an alarm or a warning given or not
  [['sounded', 'went off', 'rang out'], ['silent', 'failed to sound']],
  // how a vote went: as one, or split ("the board decided unanimously" / "carried by five votes
  // to four"; a split is written as a tally or named as one, and "nine votes to nil" is no split;
  // a vote against is none either: a board may vote unanimously against)
  [['unanimous', 'unanimously', 'without dissent'], ['votes to', 'split vote', 'divided vote', 'narrow majority', 'majority of one']],
  // left as it was or changed ("the label is unchanged" / "a redesigned label")
  [['unchanged', 'unaltered', 'exactly the same', 'as it always did', 'as it always was'], ['redesigned', 'altered', 'modified', 'reworked', 'remodelled', 'remodeled']],
];

/** Every pair across the two sides of each state. */
function opposites(states: [string[], string[]][]): [string, string][] {
  return states.flatMap(([xs, ys]) => xs.flatMap((x) => ys.map((y): [string, string] => [x, y])));
}

/**
 * Words that contradict each other when said of the same thing ("the bridge is safe" vs
 * "unsafe"). Prefix antonyms (un-, in-, il-, ir-, non-) are found without being listed.
 */
export const ANTONYMS: [string, string][] = [
  ['safe', 'dangerous'],
  ['safe', 'risk'],
  ['safe', 'risky'],
  ['cosmetic', 'structural'],
  ['failed', 'succeeded'],
  ['failure', 'success'],
  ['guilty', 'innocent'],
  ['true', 'false'],
  ['rose', 'fell'],
  ['increased', 'decreased'],
  ['won', 'lost'],
  ['open', 'closed'],
  ['alive', 'dead'],
  ['accepted', 'rejected'],
  ['approved', 'rejected'],
  ['peaceful', 'violent'],
  ['improved', 'worsened'],
  ['higher', 'lower'],
  ['complete', 'partial'],
  ['deliberate', 'accidental'],
  // genuine or not
  ['fake', 'genuine'],
  ['fakes', 'genuine'],
  ['fake', 'authentic'],
  ['forged', 'genuine'],
  ['forged', 'authentic'],
  ['broke', 'respected'],
  ['breached', 'complied'],
  ['rising', 'falling'],
  // keeping or breaking a rule or an agreement
  ['broke', 'in line with'],
  ['breached', 'in line with'],
  ['violated', 'in line with'],
  ['violated', 'complied'],
  ['violated', 'respected'],
  ['breached', 'respected'],
  ['broke', 'complied'],
  ['legal', 'illegal'],
  // states of a place or a thing
  ['open', 'shut'],
  ['reopened', 'closed'],
  ['intact', 'destroyed'],
  ['intact', 'damaged'],
  ['working', 'broken'],
  ['calm', 'violent'],
  ['stable', 'critical'],
  // having or lacking a supply
  ['enough', 'ran out'],
  ['enough', 'run out'],
  ['enough', 'shortage'],
  ['sufficient', 'ran out'],
  ['sufficient', 'shortage'],
  // opposite directions ("the shells came from the west" / "from the eastern ridge")
  ['east', 'west'],
  ['eastern', 'western'],
  ['east', 'western'],
  ['eastern', 'west'],
  ['north', 'south'],
  ['northern', 'southern'],
  ['north', 'southern'],
  ['northern', 'south'],
  // being told or not
  ['in the dark', 'briefed'],
  ['in the dark', 'informed'],
  ['in the dark', 'consulted'],
  // all or none of one set ("nobody had inspected the hangers" / "engineers examined every
  // hanger"); said of the same set only when the other side names what "every" counts (contradictions.ts)
  ['nobody', 'every'],
  ['no one', 'every'],
  ['not one', 'every'],
  ['not a single', 'every'],
  ['none', 'every'],
  ...opposites(STATE_OPPOSITES),
];

/**
 * What a figure measures, by the words around it: two figures conflict only when they measure
 * the same thing ("12 killed" and "30 injured" do not). A word may start a class only in context
 * where noted in numbers.ts ("took part").
 */
export const MEASURES: Record<string, readonly string[]> = {
  deaths: ['killed', 'killing', 'kill', 'dead', 'died', 'deaths', 'death', 'toll', 'fatalities', 'bodies'],
  injured: ['injured', 'injuries', 'injury', 'wounded', 'hurt', 'hospital', 'hospitalised', 'hospitalized'],
  missing: ['missing', 'unaccounted'],
  rescued: ['rescued', 'rescuers', 'survivors', 'survived', 'saved', 'pulled'],
  evacuated: ['evacuated', 'evacuate', 'evacuation', 'displaced', 'fled', 'homeless'],
  arrested: ['arrested', 'arrests', 'detained', 'detentions'],
  attendance: ['joined', 'marched', 'march', 'protest', 'protesters', 'demonstrators', 'participants', 'attended', 'present', 'rally', 'crowd', 'turnout', 'took-part', 'strikers', 'striking', 'on-strike', 'stopped-work', 'walkout', 'walked-out'],
  built: ['built', 'build', 'completed', 'constructed', 'finished'],
  votes: ['votes', 'voted', 'ballots'],
  cases: ['cases', 'infections', 'infected', 'ill', 'sick', 'sickness', 'sickened', 'poisoned', 'poisoning'],
  jobs: ['jobs', 'positions', 'posts', 'layoffs', 'redundancies'],
  cost: ['cost', 'costs', 'payoff', 'settlement', 'compensation', 'damages', 'price', 'bill', 'fine', 'sale', 'sold', 'sell', 'selling', 'buy', 'buys', 'buying', 'bought', 'paid', 'purchase', 'purchased'],
  // what a business takes in a year is not the price paid for it
  revenue: ['revenue', 'revenues', 'turnover', 'sales', 'income', 'earnings'],
  valuation: ['valuation', 'valued', 'worth', 'value'],
  debt: ['debt', 'debts', 'owes', 'owe', 'owed', 'owing', 'liabilities'],
  occupancy: ['full', 'occupied', 'occupancy', 'capacity'],
  cancelled: ['cancelled', 'canceled', 'postponed', 'scrapped', 'called-off'],
  delayed: ['delayed', 'delays', 'waiting', 'stranded', 'stuck', 'queued', 'queue'],
};

/** Words for people counted by a figure: "12 people", "190 survivors", "4 passengers" count persons. */
export const PERSON_UNITS = new Set(
  (
    'people persons person residents passengers survivors participants protesters demonstrators victims civilians workers miners employees patients migrants refugees pilgrims tourists fans soldiers troops children adults villagers students ' +
    'dockers strikers staff nurses doctors teachers pupils members voters prisoners inmates detainees spectators runners athletes delegates volunteers officers firefighters farmers drivers crew visitors guests customers ' +
    // more nouns that count people ("some 4,000 neighbours", "300 holidaymakers"); a crowd put at a figure is that many people
    'men women neighbours neighbors holidaymakers fishermen sailors seamen evacuees commuters shoppers pensioners tenants citizens hostages mourners worshippers marchers rioters crowd'
  ).split(
    ' ',
  ),
);

/**
 * A figure offered as a correction of another: "the real figure was 1,200"; "the price widely
 * reported was mistaken: … €185,000".
 */
export const CORRECTED_FIGURE =
  /\b(?:real|actual|true|correct|accurate)\s+(?:figure|number|toll|total|count)\b|\b(?:figure|number|price|sum|amount|toll|total|count)\s+(?:[\p{L}-]+\s+){0,2}(?:was|is|were|are)\s+(?:mistaken|wrong|incorrect|inaccurate)\b/iu;

/**
 * Words saying that someone's figure is wrong: "understated the toll", "accused the union of
 * exaggerating". Inflating prices, costs or bills is overcharging, not a challenge of a figure.
 */
export const FIGURE_CHALLENGE = /\b(?:understat\w*|overstat\w*|exaggerat\w*|inflat(?:ed|ing)(?!\s+(?:(?:the|their|its|his|her)\s+)?(?:prices?|costs?|bills?|fees?|fares?|rents?|invoices?|wages|salaries)\b)|underestimat\w*|overestimat\w*|play(?:ed|ing|s)? down|under-?report\w*|over-?report\w*|under-?count\w*)\b/i;

/** Words by which a denial speaks of the denier's own part: "denied any involvement". */
export const RESPONSIBILITY = new Set(['involvement', 'involved', 'responsibility', 'responsible', 'role', 'part', 'link', 'links', 'behind', 'blame', 'wrongdoing', 'guilt']);

/** Phrases that deny the speaker's own part without a RESPONSIBILITY word ("we had nothing to do with it"). */
export const NO_PART = /\b(?:i|we|it|they)\s+(?:(?:had|have|has) (?:absolutely )?nothing to do with|(?:was|were|is|are) not (?:involved|responsible))\b/i;

/** Words after a name that make it the doer: "X was behind the attack", "X caused the fire". */
export const AGENT_AFTER = new Set(['behind', 'responsible', 'blame', 'caused', 'started', 'carried', 'ordered', 'organised', 'organized']);
