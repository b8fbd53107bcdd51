import { CORRECTED_FIGURE, MEASURES, PERSON_UNITS, STOPWORDS } from './data/lexicon.js';
import { contentWords, matchKey, words } from './text.js';
import { TIME_WORDS } from '../analyze/data/actors.js';

const measureOf = new Map<string, string>();
for (const [m, ws] of Object.entries(MEASURES)) for (const w of ws) measureOf.set(w, m);

/** Unit key shared by every word for counted people ("people", "survivors", "passengers"). */
export const PERSON = '#person';
/** Words before and after a figure searched for what it measures (not past another figure). */
export const MEASURE_BEFORE = 3;
export const MEASURE_AFTER = 6;

/** Exact number words ("nine miners"); vague ones ("dozens", "thousands") are in VAGUE, as ranges. */
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

/** The number words from `min` to `max`, as a regex alternation ("one|two|three"). */
function numberWordsFrom(min: number, max: number): string {
  return Object.keys(NUMBER_WORDS)
    .filter((w) => NUMBER_WORDS[w]! >= min && NUMBER_WORDS[w]! <= max)
    .join('|');
}

/** Number words written in vote tallies ("by six votes to five"). */
const TALLY_WORDS = numberWordsFrom(1, 12);
/** A number word of a tally, before "(votes) to" or after "to". */
const TALLY_WORD = new RegExp(`\\b(?:${TALLY_WORDS})\\b(?=\\s+(?:votes?\\s+)?to\\s)|(?<=\\bto\\s+)(?:${TALLY_WORDS})\\b`, 'gi');

/** How many times something happened: "once", "twice". */
const TIMES: Record<string, number> = { once: 1, twice: 2, thrice: 3 };
/** Words after "once" that make it a conjunction ("once the bridge opens"). */
const CONJUNCTION_AFTER = new Set(['the', 'a', 'an', 'it', 'they', 'he', 'she', 'we', 'you', 'i', 'this', 'that', 'more', 'again', 'upon']);

/** Words that put a figure in the future (a plan, a forecast) rather than a count of what is. */
const FUTURE = /\b(?:will|would|shall|next|plans? to|planned to|expects? to|expected to|aims? to|going to)\b/i;

/** Lengths in kilometres, by the written unit ("mile", "nautical mile"). */
const LENGTH_KM: Record<string, number> = {
  km: 1, kilometre: 1, kilometer: 1, mile: 1.609, 'nautical mile': 1.852, metre: 0.001, meter: 0.001,
};
/**
 * Masses in grams, by the written unit ("micrograms", "kg"): one measure in any unit, as lengths
 * are ("0.31 micrograms" is "310 nanograms"). Not "pounds", which are also money.
 */
const MASS_G: Record<string, number> = {
  ng: 1e-9, nanogram: 1e-9, nanogramme: 1e-9, mcg: 1e-6, µg: 1e-6, microgram: 1e-6, microgramme: 1e-6, mg: 1e-3, milligram: 1e-3, milligramme: 1e-3,
  g: 1, gram: 1, gramme: 1, kg: 1e3, kilo: 1e3, kilogram: 1e3, kilogramme: 1e3, tonne: 1e6, ton: 1e6, oz: 28.35, ounce: 28.35, lb: 453.6,
};
/** The event an interval runs to or from: "(four hours) before the flames reached", "(a day) after the letter". */
const OFFSET_TO = /^\s+(?:before|after|ahead\s+of|since)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?((?:[\p{L}-]+['’]?s?\s*){1,3})/iu;
/** Durations in seconds, by the written unit: "four minutes" and "90 seconds" are one measure. */
const DURATION_S: Record<string, number> = { second: 1, sec: 1, minute: 60, min: 60, hour: 3600, hr: 3600, day: 86400, week: 604800 };
/** Speeds in kilometres an hour, by a unit that is itself a speed. */
const SPEED_KMH: Record<string, number> = { kph: 1, kmh: 1, mph: 1.609 };
/** Words that make one unit with the next ("nautical miles", "square metres"). */
const UNIT_MODIFIERS = new Set(['nautical', 'square', 'cubic']);
/** The place a distance is measured from, after its unit: "off the Norvand coast", "away from the border". */
const DISTANCE_FROM = /^\s+(?:away\s+)?(?:from|off)\s+(?:the\s+)?((?:[\p{L}-]+\s*){1,2})/iu;
/**
 * How near something comes, before the figure: "within", "no closer than", "as near as". Then
 * "of" or "to" after the unit names the place too ("within two miles of the coast", "closer than
 * 40 kilometres to the border"); elsewhere "12 km of track" is a length of a thing.
 */
const NEARNESS_BEFORE = /\b(?:within|(?:closer|nearer)\s+than|as\s+(?:close|near)\s+as)\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$/i;
const DISTANCE_NEAR = /^\s+(?:of|to)\s+(?:the\s+)?((?:[\p{L}-]+\s*){1,2})/iu;
/** A length per hour after its unit: "km/h", "kilometres an hour", "miles per hour". */
const PER_HOUR = /^(?:\/h\b|\s+(?:an|per|a)\s+hour\b)/i;

/** Words just before a figure that reject it: "not the 450 claimed", "rather than 12". */
const REJECTED_BEFORE = /\b(?:not|rather than|instead of)\s+(?:the\s+|an?\s+)?$/i;
const REJECTED_CHARS = 20;

/** A year standing alone ("in 2019"), which dates what a figure is said of. */
const YEAR = /\b(?:19|20)\d\d\b/g;

/** Words skipped between a figure and what it counts ("30 of the miners", "12 more people"). */
const BETWEEN = new Set(['of', 'the', 'more', 'other', 'additional', 'new', 'per', 'a', 'an']);

const FIGURE = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(\s*(?:%|percent|per cent)|-[a-z]+)?|\b([a-z]+)\b/gi;

/** A figure in a text and the word it counts: {value: 30, unit key of "people"}. */
export interface Figure {
  value: number;
  unit: string;
  /** match keys of the words around the figure: what it is said of ("killed", "turnout") */
  near: string[];
  /** what the figure measures (MEASURES classes found around it): "deaths", "injured" */
  measures: string[];
  /** the values the figure allows: "just over forty" is 40 to 44, "at least 130" 130 upwards */
  range: [number, number];
  /** the word counted ("deaths", "civilians"), before unit keys merge persons */
  unitWord: string;
  /** for a share, match keys of the whole it is a share of ("percent of its members": member); for a distance, of the place it is from */
  of?: string[];
  /** for a rate, the match key of what it is per ("£5,000 a year per turbine": turbine) */
  per?: string;
  /** for a quantity per unit of measure ("30 nanograms per millilitre", "£12 per hour"), the match key of that unit */
  perUnit?: string;
  /** a count of none that names its noun in the singular ("not one house") */
  none?: boolean;
  /** a limit set on the quantity ("limited gatherings to 20 people"), not a count of it */
  limit?: boolean;
  /** for a sum that modifies a noun ("a €12 million signalling contract"), match keys of that noun phrase */
  thing?: string[];
  /** for a length or a speed, what one of its unit is in the base unit (a mile: 1.609 km); the range stays in the written unit */
  factor?: number;
  /** a figure the statement rejects ("about 300 homes, not the 450 claimed"), not one it gives */
  rejected?: boolean;
  /** where the figure stands in the text searched (after shares are rewritten as percentages) */
  at?: number;
  /** for a temperature, the scale it is written in; none when only "degrees" are written */
  scale?: 'C' | 'F';
  /** a length that places something ("below 900 metres", "at 3,000 metres"), not an amount of it */
  position?: boolean;
}

/** The value of a number written in digits or words: "41", "four", "forty-one", "a hundred"; NaN for anything else. */
function numberOf(w: string): number {
  if (/^\d/.test(w)) return Number(w);
  const lower = w.toLowerCase();
  if (lower === 'a hundred') return 100;
  return lower.split('-').reduce((sum, part) => sum + (NUMBER_WORDS[part] ?? NaN), 0);
}

/** Unit key of sums of money. */
export const MONEY = '#money';
const CURRENCY_SIGN = /[£$€¥]\s*$/;
/** Names of currencies after a figure, plural or invariant ("12 million euros", "400 kroner"): one list for every stage. */
export const CURRENCY_NAMES: readonly string[] = [
  'dollars', 'euros', 'pounds', 'crowns', 'marks', 'francs', 'kronor', 'kroner', 'krona', 'rupees', 'yen', 'yuan', 'pesos', 'lira', 'dinars', 'rand',
];
const CURRENCY_WORDS: ReadonlySet<string> = new Set(CURRENCY_NAMES);
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, bn: 1e9, m: 1e6 };
const SCALE_WORDS = new Set(Object.keys(SCALE));
/**
 * A statement's content words (singular, lower case) with their match keys, scale words left out
 * ("million" in "4.8 million users" and "1.2 million users" is part of both figures), as are the
 * figures' unit words (`contextKeys`). Left out as words, not as keys: a key is a short stem, and
 * "millilitre" or "millimetre" shares the stem of "million".
 */
function contextWords(text: string): [string, string][] {
  return contentWords(text)
    .filter((w) => !SCALE_WORDS.has(w.toLowerCase()))
    .map((w): [string, string] => [w.toLowerCase().replace(/s$/, ''), matchKey(w)]);
}

/** The keys of `contextWords` but those of the unit words given (singular, lower case). */
function contextKeys(words: [string, string][], unitWords: string[]): Set<string> {
  const out = new Set<string>();
  for (const [w, k] of words) if (!unitWords.includes(w)) out.add(k);
  return out;
}
/** A scale written onto a number: "90m", "1.2bn". */
const ATTACHED_SCALE = /^(m|bn)\b/i;
/** "the number of (confirmed) cases … 42": the counted noun named before the figure. */
const COUNT_OF = /\b(?:number|count|total|tally)\s+of\s+(?:[a-z-]+\s+){0,2}?([a-z]+s)\b(?:(?![.;!?])[^\d])*$/i;
const COUNT_OF_CHARS = 80;
/** "put the crowd at (about)", "estimated the death toll at": an estimate of what the phrase names, given next. */
const ESTIMATED_AT =
  /\b(?:put|puts|putting|estimated?|estimates|estimating|placed?|places|pegged|pegs|numbered|counted|reckoned)\s+(?:the|its|their|this|that|his|her)\s+([a-z-]+(?:\s+[a-z-]+){0,3}?)\s+at\s+(?:[a-z]+\s+){0,2}$/i;
/** Largest ratio between two sums that may be one sum told two ways. */
export const MONEY_RATIO = 2;
/** Money words stand further from the sum ("will cost the club about £1 million"). */
const MONEY_MEASURE_BEFORE = 5;
/** Characters before a figure searched for a hedge ("at least", "just over"). */
const HEDGE_CHARS = 24;
/** Share by which an approximate figure ("about", "nearly") may be off. */
export const APPROX_SHARE = 0.1;
/** How far above a lower bound ("more than 40") a figure still agrees with it. */
export const BOUND_FACTOR = 2;

/** The values a hedged figure allows: exact, approximate, a lower or an upper bound. */
function rangeOf(value: number, before: string): [number, number] {
  const b = before.toLowerCase();
  const slack = Math.max(1, value * APPROX_SHARE);
  if (/\b(?:just|slightly) (?:over|above|more than)\s*\S*$/.test(b)) return [value, value + slack];
  if (/\b(?:just|slightly) (?:under|below|less than|fewer than)\s*\S*$/.test(b)) return [value - slack, value];
  if (/\b(?:about|around|nearly|almost|roughly|some|approximately|close to|an estimated)\s*\S*$/.test(b)) return [value - slack, value + slack];
  if (/\b(?:at least|more than|over|above|upwards of|no fewer than|no less than)\s*\S*$/.test(b)) return [value, value * BOUND_FACTOR];
  if (/\b(?:fewer than|less than|under|below|at most|up to|no more than)\s*\S*$/.test(b)) return [value / BOUND_FACTOR, value];
  // "within two miles", "within 48 hours": anything up to the figure.
  if (/\bwithin\s*\S*$/.test(b)) return [0, value];
  return [value, value];
}

/** Words for persons that say nothing of their role: any group may be counted by them. */
const GENERIC_PERSONS = new Set(['people', 'persons', 'person', 'residents', 'civilians', 'workers', 'employees', 'staff', 'adults', 'children']);

/** Share by which a figure converted from another unit may be off: writers round conversions ("80 km/h (50 mph)"). */
export const CONVERSION_SHARE = 0.1;

/** Two figures allow no common value (figures in different units of one measure compared in the base unit, with rounding slack). */
function disjoint(x: Figure, y: Figure): boolean {
  if (x.unit === TEMPERATURE && y.unit === TEMPERATURE) return disjointTemperatures(x, y);
  const fx = x.factor ?? 1;
  const fy = y.factor ?? 1;
  if (fx === fy) return x.range[1] < y.range[0] || y.range[1] < x.range[0];
  const lo = (f: Figure, k: number): number => f.range[0] * k * (1 - CONVERSION_SHARE);
  const hi = (f: Figure, k: number): number => f.range[1] * k * (1 + CONVERSION_SHARE);
  return hi(x, fx) < lo(y, fy) || hi(y, fy) < lo(x, fx);
}

/** Units that may count the same thing: one word, or persons and a measure word ("five people died" / "two deaths"). */
function sameUnit(x: Figure, y: Figure): boolean {
  // "90 percent of its members" and "half of its nursing staff" are shares of different wholes.
  if (x.of && y.of && !x.of.some((k) => y.of!.includes(k))) return false;
  // "60 protesters" and "11 officers" are different people; "people" may be either.
  if (x.unit === PERSON && y.unit === PERSON && !GENERIC_PERSONS.has(x.unitWord) && !GENERIC_PERSONS.has(y.unitWord) && matchKey(x.unitWord) !== matchKey(y.unitWord)) return false;
  if (x.unit === y.unit) return true;
  const countsPersons = (f: Figure): boolean => f.unit === PERSON || measureOf.has(f.unitWord);
  return countsPersons(x) && countsPersons(y) && x.unit !== MONEY && y.unit !== MONEY && x.measures.some((m) => y.measures.includes(m));
}

/** A vote count "112 votes to 98", "112 to 96", "112-88": for and against. */
const TALLY = /(?<!\bfrom\s)\b(\d{1,4})\s*(?:votes?\s+)?(?:to|-|–)\s*(\d{1,4})\b(?!\s*(?:%|percent|per cent))/gi;

/** The vote tallies of a text, as [for, against]. */
export function tallies(written: string): [number, number][] {
  // "by six votes to five" is "6 votes to 5"
  const text = written.replace(TALLY_WORD, (w) => String(NUMBER_WORDS[w.toLowerCase()]));
  return [...text.matchAll(TALLY)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]).filter(([a, b]) => a + b > 2 && !/^(?:19|20)\d\d$/.test(String(a)));
}

/** Share by which the totals of two tallies may differ and still be the same vote. */
const TALLY_TOTAL_SHARE = 0.2;

/** Two texts give different tallies of what is plausibly one vote (totals close, some number shared or near). */
export function conflictingTallies(a: string, b: string): [string, string] | null {
  for (const [x1, x2] of tallies(a)) {
    for (const [y1, y2] of tallies(b)) {
      if (x1 === y1 && x2 === y2) return null;
      const tx = x1 + x2;
      const ty = y1 + y2;
      if (Math.abs(tx - ty) > TALLY_TOTAL_SHARE * Math.max(tx, ty)) continue;
      // one number shared ("112 to 98" / "112 to 96"), or one body split two ways ("7-4" / "6 to 5")
      if (x1 === y1 || x2 === y2 || tx === ty) return [`${x1} to ${x2}`, `${y1} to ${y2}`];
    }
  }
  return null;
}

/** Words on each side of a figure that say what it is a figure of. */
export const FIGURE_WINDOW = 2;

/**
 * Figures with what they count: "At least 30 people were killed" → 30 people; "turnout of 48%"
 * → 48 percent. Years (1900–2099 standing alone) are left out; a vague quantity ("tens of
 * thousands of people") is a figure with the range of values it allows.
 */
export function figures(written: string): Figure[] {
  const out: Figure[] = [];
  const text = clocksAsMinutes(durationsAsOne(sharesAsPercent(written)));
  const tokens = [...text.matchAll(FIGURE)];
  tokens.forEach((m, i) => {
    let value: number | null = null;
    let unit: string | null = null;
    /** the last token of the figure ("eighty" in "one hundred and eighty") */
    let last = i;
    /** the values a vague quantity allows ("tens of thousands of people") */
    let vague: [number, number] | null = null;
    /** "nobody", "no one": a count of none, said of what happened to them */
    let zero = false;
    /** "not one house", "not a single dose": a count of none that names what it counts */
    let namedZero = false;
    const word = m[3]?.toLowerCase() ?? '';
    if (VAGUE[word] && tokens[i + 1]?.[3]?.toLowerCase() === 'of' && !VAGUE[tokens[i + 2]?.[3]?.toLowerCase() ?? '']) {
      // "tens of thousands", "hundreds of thousands": the word before scales the range
      const scale = tokens[i - 1]?.[3]?.toLowerCase() === 'of' ? VAGUE_SCALE[tokens[i - 2]?.[3]?.toLowerCase() ?? ''] ?? 1 : 1;
      vague = [VAGUE[word]![0] * scale, VAGUE[word]![1] * scale];
      value = vague[0];
    } else if (m[1]) {
      value = Number(m[1].replace(/,/g, ''));
      if (/^(19|20)\d\d$/.test(m[1]) && !m[2]) return;
      if (m[2]) unit = /%|percent|per cent/i.test(m[2]) ? 'percent' : m[2].slice(1).toLowerCase();
    } else if (m[3] && /^(?:nobody|no-one)$/i.test(m[3])) {
      value = 0;
      unit = 'people';
      zero = true;
    } else if (m[3] && TIMES[m[3].toLowerCase()] !== undefined) {
      // "flew there twice in July" / "once in July"; "once the bridge opens" is no count.
      if (CONJUNCTION_AFTER.has(tokens[i + 1]?.[3]?.toLowerCase() ?? '')) return;
      value = TIMES[m[3].toLowerCase()]!;
      unit = '#times';
    } else if (m[3] && NUMBER_WORDS[m[3].toLowerCase()] !== undefined) {
      // "one hundred and eighty": the words after the first are part of its figure.
      if (continuesNumber(text, tokens, i)) return;
      const phrase = numberPhrase(text, tokens, i);
      value = phrase.value;
      last = phrase.last;
      // "no one was hurt": nobody
      if (value === 1 && tokens[i - 1]?.[3]?.toLowerCase() === 'no') {
        value = 0;
        unit = 'people';
        zero = true;
      } else if (value === 1 && last === i && notBefore(text, tokens, i) && tokens[i + 1]?.[3]?.toLowerCase() !== 'but') {
        // "Not one house got a letter": none, of the noun it names ("not one but two" is two).
        value = 0;
        namedZero = true;
      }
    } else if (m[3]?.toLowerCase() === 'single' && tokens[i - 1]?.[3]?.toLowerCase() === 'a' && notBefore(text, tokens, i - 1)) {
      // "not a single dose left the room": none.
      value = 0;
      namedZero = true;
    } else return;
    const at = m.index ?? 0;
    // "£2.5 million", "48,000 marks": a sum of money, whatever the currency.
    let k0 = last + 1;
    const scale = tokens[k0]?.[3]?.toLowerCase();
    // "£90m", "$1.2bn": the scale written onto the number.
    const attached = m[1] && !m[2] ? ATTACHED_SCALE.exec(text.slice(at + m[0].length))?.[1]?.toLowerCase() : undefined;
    if (attached && value !== null) value *= SCALE[attached]!;
    else if (scale && SCALE[scale] !== undefined && value !== null) {
      value *= SCALE[scale]!;
      k0++;
    }
    if (!unit && (CURRENCY_SIGN.test(text.slice(Math.max(0, at - 2), at)) || CURRENCY_WORDS.has(tokens[k0]?.[3]?.toLowerCase() ?? ''))) unit = MONEY;
    // "31 degrees Celsius", "31°C", "an 88-degree heatwave": a temperature, in a scale or in none.
    const temperature = m[1] ? temperatureAfter(m[2], text.slice(at + m[0].length)) : null;
    if (temperature) unit = TEMPERATURE_WORD;
    // "minus 12 °C", "-12C" (not the "-" of a range, "10-12 °C"): below zero
    if (temperature && BELOW_ZERO.test(text.slice(Math.max(0, at - 8), at))) value = -value;
    /** the token of the unit word, when a word after the figure is its unit */
    let unitAt = -1;
    if (!unit) {
      for (let k = k0, skipped = 0; k < tokens.length && k <= k0 + 2 + skipped; k++) {
        const w = tokens[k]![3]?.toLowerCase();
        // "at least 130, three times the official figure": another figure is no unit.
        if (!w || isFigureToken(tokens[k])) break;
        // "put the number lost at 41, following a count": no word past a comma or a stop is the unit.
        if (k > 0 && /[,;:.!?()]/.test(text.slice((tokens[k - 1]!.index ?? 0) + tokens[k - 1]![0].length, tokens[k]!.index ?? 0))) break;
        if (BETWEEN.has(w)) continue;
        // "two Varn diplomats": a name before the noun says whose, not what is counted.
        if (/^\p{Lu}/u.test(tokens[k]![3]!) && tokens[k + 1]?.[3] && /^\p{Ll}/u.test(tokens[k + 1]![3]!) && !isFigureToken(tokens[k + 1])) {
          skipped++;
          continue;
        }
        // "600 of the port's dockers": the owner is not what is counted.
        if (possessive(text, tokens[k]!)) {
          k++;
          skipped += 2;
          continue;
        }
        unit = w;
        unitAt = k;
        // "not a single affected dose": a named zero counts the noun after a participle describing it.
        if (namedZero && /(?:ed|ing)$/.test(w) && tokens[k + 1]?.[3] && /^\p{Ll}+$/u.test(tokens[k + 1]![3]!) && !STOPWORDS.has(tokens[k + 1]![3]!) && joined(text, tokens[k]!, tokens[k + 1]!)) {
          unit = tokens[k + 1]![3]!;
          unitAt = k + 1;
        }
        // "25,000 weekend tickets", "two police officers": a singular noun before a plural one says
        // what kind; the plural is what is counted. ("431 spoiled ballots": a participle describes
        // them; "58 sheep deaths": the plural says what happened to what is counted.)
        const next = tokens[k + 1];
        const noun = next?.[3];
        if (value !== 1 && noun && !/(?:s|ed)$/.test(w) && !measureOf.has(noun.toLowerCase()) && !MEASURE_UNITS.has(w) && LENGTH_KM[w] === undefined && /^\p{Ll}{2,}[^s]s$/u.test(noun) && !STOPWORDS.has(noun.toLowerCase()) && joined(text, tokens[k]!, next)) {
          unit = noun.toLowerCase();
          unitAt = k + 1;
        }
        break;
      }
    }
    // "of whom 23 went to hospital", "23 of them": a figure of those just counted counts what the
    // figure before it counts, when no noun after it says otherwise.
    const before = text.slice(Math.max(0, at - RELATIVE_CHARS), at);
    const afterFigure = text.slice(at + m[0].length);
    const relative = RELATIVE_BEFORE.test(before) || RELATIVE_AFTER.test(afterFigure);
    const antecedent = out[out.length - 1];
    if (
      relative &&
      antecedent &&
      (antecedent.unit === PERSON || !antecedent.unit.startsWith('#')) &&
      !SENTENCE_END.test(text.slice(antecedent.at ?? 0, at)) &&
      (!unit || unitAt < 0 || !PERSON_UNITS.has(unit)) &&
      (!unit || unitAt < 0 || !/^\p{L}{3,}s$/u.test(unit) || NON_THINGS.has(unit) || STOPWORDS.has(unit))
    ) {
      unit = antecedent.unitWord;
      unitAt = -1;
    }
    // "four nautical miles", "130 km/h", "80 miles an hour": a length or a speed, in a base unit.
    let physical: { key: string; factor: number; from?: string[] } | undefined;
    if (temperature) physical = { key: TEMPERATURE, factor: 1 };
    else if (unit && unitAt >= 0) {
      const next = tokens[unitAt + 1];
      let u = unit;
      let end = (tokens[unitAt]!.index ?? 0) + tokens[unitAt]![0].length;
      if (UNIT_MODIFIERS.has(u) && next?.[3] && joined(text, tokens[unitAt]!, next)) {
        u = `${u} ${next[3].toLowerCase()}`;
        end = (next.index ?? 0) + next[0].length;
      }
      const length = LENGTH_KM[u] ?? LENGTH_KM[u.replace(/s$/, '')];
      const mass = MASS_G[u] ?? MASS_G[u.replace(/s$/, '')];
      const speed = SPEED_KMH[u];
      const duration = DURATION_S[u] ?? DURATION_S[u.replace(/s$/, '')];
      if (u === CLOCK_WORD) {
        // "the alarm sounded at 3.41 a.m.": a time of day is said of the event named just before it
        const event = contentWords(CLOCK_EVENT.exec(text.slice(Math.max(0, at - CLOCK_EVENT_CHARS), at))?.[1] ?? '').filter((w) => !TIME_WORDS.has(w.toLowerCase()));
        physical = { key: '#clock', factor: 1, from: event.slice(-CLOCK_EVENT_WORDS).map(matchKey) };
      } else if (speed !== undefined) physical = { key: '#speed', factor: speed };
      else if (mass !== undefined) physical = { key: '#mass', factor: mass };
      else if (duration !== undefined) {
        // "four hours before the flames reached the houses": an interval up to another event,
        // said of that event (as a distance is of its place).
        const event = OFFSET_TO.exec(text.slice(end, end + WHOLE_CHARS))?.[1];
        physical = { key: '#duration', factor: duration, from: event ? contentWords(event).map(matchKey) : [] };
      } else if (length !== undefined && PER_HOUR.test(text.slice(end))) physical = { key: '#speed', factor: length };
      else if (length !== undefined) {
        // "four nautical miles off the Norvand coast": a distance from a place.
        const place = text.slice(end, end + WHOLE_CHARS);
        const from = DISTANCE_FROM.exec(place)?.[1] ?? (NEARNESS_BEFORE.test(text.slice(Math.max(0, at - HEDGE_CHARS), at)) ? DISTANCE_NEAR.exec(place)?.[1] : undefined);
        physical = { key: '#length', factor: length, from: from ? contentWords(from).map(matchKey) : [] };
      }
    } else if (unit && unit !== MONEY && unit !== 'percent' && unit !== '#times') {
      // "a 12-mile limit", "a 40-tonne lorry": the unit written onto the number.
      const length = LENGTH_KM[unit];
      const mass = MASS_G[unit];
      const duration = DURATION_S[unit];
      if (length !== undefined) physical = { key: '#length', factor: length };
      else if (mass !== undefined) physical = { key: '#mass', factor: mass };
      else if (duration !== undefined) physical = { key: '#duration', factor: duration };
    }
    // "the number of confirmed cases stood at 42": what is counted stands before the figure.
    const counted = COUNT_OF.exec(text.slice(Math.max(0, at - COUNT_OF_CHARS), at));
    if (counted?.[1] && (!unit || STOPWORDS.has(unit) || !/\p{L}{3}/u.test(unit))) unit = counted[1].toLowerCase();
    // "Police put the crowd at about 800", "estimated the death toll at 40": what is estimated
    // stands before the figure (the noun before an "of", else the last word of its phrase).
    const estimated = unit ? null : ESTIMATED_AT.exec(text.slice(Math.max(0, at - COUNT_OF_CHARS), at));
    if (estimated?.[1]) {
      const phrase = estimated[1].toLowerCase().split(/\s+/);
      const of = phrase.indexOf('of');
      unit = of > 0 ? phrase[of - 1]! : phrase[phrase.length - 1]!;
    }
    // "about 300 homes, not the 450 claimed": a figure the sentence rejects counts what the one
    // before it counts, when no noun after it says otherwise.
    const rejected = !namedZero && REJECTED_BEFORE.test(text.slice(Math.max(0, at - REJECTED_CHARS), at));
    const prev = out[out.length - 1];
    if (rejected && prev && value !== null && (!unit || unitAt < 0 || STOPWORDS.has(unit) || /ed$/.test(unit)) && !SENTENCE_END.test(text.slice(prev.at ?? 0, at))) {
      out.push({ ...prev, value, range: rangeOf(value, ''), rejected: true, at });
      return;
    }
    if (unit && value !== null && Number.isFinite(value)) {
      const unitKey = physical ? physical.key : unit === MONEY || unit === '#times' ? unit : PERSON_UNITS.has(unit) ? PERSON : matchKey(unit);
      const near: string[] = [];
      for (let k = Math.max(0, i - FIGURE_WINDOW); k <= Math.min(tokens.length - 1, i + FIGURE_WINDOW + 1); k++) {
        const w = tokens[k]![3]?.toLowerCase();
        if (k === i || !w || BETWEEN.has(w) || NUMBER_WORDS[w] !== undefined) continue;
        // "The ground is still moving. Nobody goes back": the sentence before says nothing of the figure.
        if (SENTENCE_END.test(k < i ? text.slice(tokens[k]!.index ?? 0, at) : text.slice(at, tokens[k]!.index ?? 0))) continue;
        const key = matchKey(w);
        if (key !== unitKey && key !== matchKey(unit) && !CURRENCY_WORDS.has(w) && !SCALE_WORDS.has(w) && contentWords(w).length) near.push(key);
      }
      // "fewer than a dozen", "about a hundred": the article belongs to the number, not to the hedge.
      const hedged = vague ?? rangeOf(value, text.slice(Math.max(0, at - HEDGE_CHARS), at).replace(/\ban?\s+$/i, ''));
      // (a hedge on a value below zero widens it the other way)
      // (a time of day "about" some hour is within half an hour of it, whatever the hour)
      const range: [number, number] =
        physical?.key === '#clock' && hedged[0] !== hedged[1] ? [value - CLOCK_SLACK, value + CLOCK_SLACK] : [Math.min(...hedged), Math.max(...hedged)];
      const figure: Figure = { value, unit: unitKey, near, measures: measuresAround(text, tokens, i, unit, unit === MONEY ? MONEY_MEASURE_BEFORE : MEASURE_BEFORE, last), range, unitWord: unit };
      if (physical && physical.factor !== 1) figure.factor = physical.factor;
      if (temperature?.scale) figure.scale = temperature.scale;
      // "nobody at the company was answering" counts nobody of anything measured: no figure.
      if (zero && figure.measures.length === 0) return;
      // "not one of them", "not one.": a named zero with no noun after it names nothing.
      if (namedZero && (unitAt < 0 || NON_THINGS.has(unit) || STOPWORDS.has(unit))) return;
      if (namedZero) figure.none = true;
      // "all below 900 metres", "from the snout to 1,600 metres": a level, not an amount.
      if (physical?.key === '#length' && !physical.from?.length && POSITION_BEFORE.test(before) && !/\bup\s+to\s+$/i.test(before)) figure.position = true;
      if (physical?.from?.length) figure.of = physical.from;
      if (rejected) figure.rejected = true;
      figure.at = at;
      if (unit === 'percent') {
        const whole = WHOLE_AFTER.exec(text.slice(at + m[0].length, at + m[0].length + WHOLE_CHARS));
        const of = whole?.[1] ? contentWords(whole[1]).map(matchKey) : [];
        // "a fifth of them": a pronoun names no whole.
        if (of.length > 0) figure.of = of;
      }
      const clause = text.slice(at + m[0].length).split(/[,.;:!?]/)[0] ?? '';
      const per = PER.exec(clause);
      if (per?.[1] && !MEASURE_UNITS.has(per[1].toLowerCase())) figure.per = matchKey(per[1]);
      else if (per?.[1]) figure.perUnit = matchKey(per[1]);
      else {
        // "25 kg a day", "£40,000 a year", "300 litres every hour", "£2m annually": a rate in time.
        const inTime = TIME_RATE_AFTER.exec(clause);
        const period = inTime?.[1] ?? (inTime?.[2] ? ADVERB_PERIODS[inTime[2].toLowerCase()] : undefined);
        if (period) figure.perUnit = matchKey(period);
      }
      if (LIMIT_BEFORE.test(text.slice(Math.max(0, at - LIMIT_CHARS), at))) figure.limit = true;
      if (unit === MONEY) {
        const thing = sumThing(text.slice(at + m[0].length));
        if (thing.length > 0) figure.thing = thing;
      }
      // "two nurses were among the injured": a part of a count, which the count may exceed. (A
      // count of events "among" people is no part: "three deaths among patients taking it".)
      const among = text.slice(at, at + AMONG_CHARS);
      if (AMONG_AFTER.test(among) && (!measureOf.has(unit) || COPULA_AMONG.test(among))) figure.range = [value, Infinity];
      // "all but four of the runners had been discharged": more than four were counted; "two other
      // schools", "five more cases": a count besides others, which the whole may exceed.
      if (ALL_BUT_BEFORE.test(before) || BESIDES_AFTER.test(afterFigure)) figure.range = [value, Infinity];
      // "€130 million in cash", "£2m up front": a part of a payment, which the whole may exceed.
      if (unit === MONEY && PAYMENT_PART.test(afterFigure.slice(SUM_TAIL.exec(afterFigure)?.[0].length ?? 0))) figure.range = [figure.range[0], Infinity];
      // "800 birds died at a farm": a count at one of the places, which the whole may exceed.
      if (!MEASURE_UNITS.has(unit.replace(/s$/, '')) && onePlace(text.slice(at, at + AMONG_CHARS))) figure.range = [Math.min(figure.range[0], value), Infinity];
      out.push(shareOf(text, at, figure) ?? figure);
    }
  });
  // "Forty-seven pupils and three staff fell ill": counts listed with "and" share what is said after the last.
  for (let k = out.length - 2; k >= 0; k--) {
    const f = out[k]!;
    const g = out[k + 1]!;
    if (f.measures.length || !g.measures.length || f.rejected || g.rejected) continue;
    const between = text.slice(f.at ?? 0, g.at ?? 0);
    const listed = new RegExp(`^\\S+\\s+(?:[\\p{L}-]+\\s+)?${f.unitWord.replace(/[^\p{L}\d-]/gu, '')}\\s+and\\s+$`, 'iu');
    if (/^\p{L}/u.test(f.unitWord) && listed.test(between)) out[k] = { ...f, measures: g.measures };
  }
  return out;
}

/** Words or a sign before a temperature's number that put it below zero. */
const BELOW_ZERO = /(?:\bminus\s+|(?:^|[\s(])[-\u2212]\s?)$/i;
/** Unit key of temperatures, and the unit word they are given. */
export const TEMPERATURE = '#temperature';
const TEMPERATURE_WORD = 'degrees';
/** A temperature after its number: "°C", "° F", "C", " degrees", " degrees Celsius" (or "-degree" written onto it). */
const TEMPERATURE_AFTER = /^(?:\s*[°º]\s*([CF])?|([CF])|\s+degrees?(?:\s+(celsius|centigrade|fahrenheit))?)(?![\p{L}\d-])/iu;
const SCALE_AFTER = /^\s+(celsius|centigrade|fahrenheit)\b/i;
/** Degrees Celsius by which two temperatures read in different scales may differ: conversions are rounded. */
export const TEMPERATURE_SLACK = 1;

/** The temperature written after a number (`suffix` is a "-degree" written onto it), with its scale if one is named. */
function temperatureAfter(suffix: string | undefined, after: string): { scale?: 'C' | 'F' } | null {
  let named: string | undefined;
  if (suffix) {
    if (!/^-degrees?$/i.test(suffix)) return null;
    named = SCALE_AFTER.exec(after)?.[1];
  } else {
    const t = TEMPERATURE_AFTER.exec(after);
    if (!t) return null;
    named = t[1] ?? t[2] ?? t[3];
  }
  if (!named) return {};
  return { scale: /^f/i.test(named) ? 'F' : 'C' };
}

/** A temperature in degrees Celsius, read in a scale. */
const celsius = (v: number, scale: 'C' | 'F'): number => (scale === 'F' ? ((v - 32) * 5) / 9 : v);

/** Two temperatures allow no common value in any scale they may be read in ("88 degrees" may be Fahrenheit). */
function disjointTemperatures(x: Figure, y: Figure): boolean {
  const readings = (f: Figure): ('C' | 'F')[] => (f.scale ? [f.scale] : ['C', 'F']);
  for (const sx of readings(x)) {
    for (const sy of readings(y)) {
      const slack = sx === sy ? 0 : TEMPERATURE_SLACK;
      const [x0, x1] = [celsius(x.range[0], sx), celsius(x.range[1], sx)];
      const [y0, y1] = [celsius(y.range[0], sy), celsius(y.range[1], sy)];
      if (!(x1 + slack < y0 || y1 + slack < x0)) return false;
    }
  }
  return true;
}

/**
 * "eight hours and four minutes", "2 hours, 4 minutes and 12 seconds", "2:04:12": one duration,
 * written as one figure in its smallest unit ("484 minutes"), so that its parts are not read as
 * rival figures.
 */
const DURATION_UNITS: Record<string, number> = { day: 86400, hour: 3600, minute: 60, second: 1 };
const DURATION_NUMBER = `(?:\\d+|(?:${Object.keys(NUMBER_WORDS).join('|')})(?:-(?:${numberWordsFrom(1, 9)}))?)`;
const DURATION_PART = `${DURATION_NUMBER}\\s+(?:days?|hours?|minutes?|seconds?)\\b`;
const COMPOUND_DURATION = new RegExp(`\\b${DURATION_PART}(?:(?:\\s*,\\s*|\\s+)(?:and\\s+)?${DURATION_PART}){1,2}`, 'gi');
const CLOCK_DURATION = /\b(\d{1,2}):([0-5]\d):([0-5]\d)\b/g;


/** The text with compound durations written as one figure in their smallest unit. */
function durationsAsOne(text: string): string {
  return text
    .replace(CLOCK_DURATION, (_all, h: string, m: string, sec: string) => `${Number(h) * 3600 + Number(m) * 60 + Number(sec)} seconds`)
    .replace(COMPOUND_DURATION, (all) => {
      const parts = [...all.matchAll(new RegExp(`(${DURATION_NUMBER})\\s+(day|hour|minute|second)s?`, 'gi'))];
      const sizes = parts.map((p) => DURATION_UNITS[p[2]!.toLowerCase()]!);
      // "five minutes and two hours" is no one duration: the units fall.
      if (sizes.some((size, k) => k > 0 && size >= sizes[k - 1]!)) return all;
      const smallest = sizes[sizes.length - 1]!;
      const total = parts.reduce((sum, p, k) => sum + numberOf(p[1]!) * (sizes[k]! / smallest), 0);
      if (!Number.isFinite(total)) return all;
      return `${total} ${parts[parts.length - 1]![2]!.toLowerCase()}s`;
    });
}

/** The unit word a time of day is rewritten with (minutes after midnight): one measure however it is written. */
const CLOCK_WORD = 'clockminutes';
/** The clause before a time of day, back to a stop or a comma: what happened then. */
const CLOCK_EVENT = /([^.;:!?,]*?)\s*(?:at|by|until|till|from|before|after|around|about|shortly|just|only)?\s*(?:about|around|shortly|just|only|after|before)?\s*$/i;
const CLOCK_EVENT_CHARS = 80;
/** Content words of the event a time is said of (the last ones before it). */
const CLOCK_EVENT_WORDS = 3;
/** Minutes either side of a hedged time of day ("about 11 p.m."). */
const CLOCK_SLACK = 30;
const CLOCK_NUMBER = `(\\d{1,2}|${numberWordsFrom(1, 12)})`;
/** "11 p.m.", "3.41 a.m.", "9:47pm" */
const CLOCK_12H = /\b(\d{1,2})(?:[.:]([0-5]\d))?\s*([ap])\.?\s?m\b\.?/gi;
/** "at 21.45", "at 09:30" (a 24-hour time needs "at", "by", "until", "from" or "before" before it) */
const CLOCK_24H = /\b(at|by|until|till|from|before|after|around|about)\s+([01]?\d|2[0-3])[.:]([0-5]\d)\b(?![.:]\d)(?!\s*(?:percent|per cent|%|million|billion|bn|m\b|kilo|kg|km|metres|meters|miles|seconds|minutes|hours))/gi;
/** "three in the morning", "eleven o'clock at night", "half past one in the morning" */
const CLOCK_WORDS = new RegExp(
  `\\b(?:(half|quarter)\\s+(past|to)\\s+)?${CLOCK_NUMBER}(?:\\s+o['’]clock)?\\s+(?:(?:in|of)\\s+the\\s+(morning|afternoon|evening|night)|at\\s+(night))\\b`,
  'gi',
);

/**
 * The text with times of day written as minutes after midnight ("11 p.m." → "1380 clockminutes"),
 * so that "11 p.m." and "three in the morning" compare as one measure (and "p.m." is no unit).
 */
function clocksAsMinutes(text: string): string {
  const clock = (minutes: number): string => `${minutes} ${CLOCK_WORD}`;
  return text
    .replace(CLOCK_12H, (all, h: string, m: string | undefined, ap: string) => {
      const hour = Number(h);
      if (hour < 1 || hour > 12) return all;
      return clock(((hour % 12) + (ap.toLowerCase() === 'p' ? 12 : 0)) * 60 + Number(m ?? 0));
    })
    .replace(CLOCK_24H, (_all, prep: string, h: string, m: string) => `${prep} ${clock(Number(h) * 60 + Number(m))}`)
    .replace(CLOCK_WORDS, (all, part: string | undefined, dir: string | undefined, n: string, period: string | undefined, night: string | undefined) => {
      let hour = numberOf(n);
      if (!(hour >= 1 && hour <= 12)) return all;
      let minutes = 0;
      if (part) {
        const offset = part.toLowerCase() === 'half' ? 30 : 15;
        if (dir?.toLowerCase() === 'to') {
          hour = hour === 1 ? 12 : hour - 1;
          minutes = 60 - offset;
        } else minutes = offset;
      }
      const p = (period ?? night ?? '').toLowerCase();
      const pm = p === 'afternoon' || p === 'evening' || (p === 'night' && hour >= 6 && hour !== 12);
      return clock(((hour % 12) + (pm ? 12 : 0)) * 60 + minutes);
    });
}

/** "of whom 23", "among them 12" before a figure, "23 of them" after it: a count of those just counted. */
const RELATIVE_BEFORE = /\b(?:of|among)\s+(?:whom|which|them|those)\s+(?:only\s+|just\s+|some\s+)?$/i;
const RELATIVE_AFTER = /^\s+(?:of|among)\s+(?:whom|which|them|those)\b/i;
const RELATIVE_CHARS = 40;
/** "all but four (of the runners)": a figure short of the whole it is taken from. */
const ALL_BUT_BEFORE = /\ball\s+but\s+$/i;
/** "two other schools", "five more cases", "three further arrests": a count besides others already counted. */
const BESIDES_AFTER = /^\s+(?:other|more|additional|further|extra)\s+(?!than\b)\p{L}/iu;
/** "in cash", "in shares", "up front" after a sum: a part of a payment made partly in other ways. */
const PAYMENT_PART = /^\s+(?:in\s+(?:cash|shares|stock|equity|new\s+shares|loan\s+notes|debt)|up[\s-]?front)\b/i;
/** Prepositions that place something at a length: "below 900 metres", "at 3,000 metres", "(from the snout) to 1,600 metres". */
const POSITION_BEFORE = /\b(?:below|above|beneath|at|to)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?$/i;

/**
 * Units of measure after "per" ("nanograms per millilitre", "per hour"): part of how a quantity is
 * measured, often left out when it is retold, unlike a rate per counted thing ("per turbine").
 */
const MEASURE_UNITS = new Set(
  'litre liter millilitre milliliter kilo kilogram kilogramme gram gramme tonne ton metre meter kilometre kilometer mile hour minute second day week month year annum capita cent'.split(' '),
);
/** The end of a sentence between a figure and a word near it. */
const SENTENCE_END = /[.!?;](?:["”’)]*)\s/;

/**
 * A rate in time right after a figure (its unit and at most two more words between): "25 kg a day",
 * "twelve boats every week", "£2m annually"; not "a year ago", "a week earlier", "a day of talks".
 */
const TIME_RATE_AFTER =
  /^\s*(?:[\p{L}-]+\s+){0,3}?(?:(?:a|an|each|every)\s+(day|night|week|month|year|hour|minute|second)\b(?!\s+(?:ago|earlier|later|before|after|of|from|since)\b)|(daily|nightly|weekly|monthly|annually|yearly|hourly)\b)/iu;
const ADVERB_PERIODS: Record<string, string> = {
  daily: 'day', nightly: 'night', weekly: 'week', monthly: 'month', annually: 'year', yearly: 'year', hourly: 'hour',
};
/** Physical quantities whose rate in time is a flow, not the amount: masses and lengths. */
const ACCRUING_UNITS: ReadonlySet<string> = new Set(['#mass', '#length']);
/** Match keys of the units of time a rate may be given per ("per day", "a year"). */
const TIME_PERIOD_KEYS: ReadonlySet<string> = new Set(['day', 'night', 'week', 'month', 'year', 'annum', 'hour', 'minute', 'second'].map(matchKey));
/** A rate in time: "25 kg a day", "per hour" (a speed's hour is part of its unit: "80 km/h" is "80 kilometres an hour"). */
const perTime = (f: Figure): boolean => f.unit !== '#speed' && !!f.perUnit && TIME_PERIOD_KEYS.has(f.perUnit);

/** A rate: "per turbine", "per head" after a figure (in its clause). */
const PER = /\bper\s+(?!cent\b)(\p{L}+)/u;
/** A limit set on a quantity, just before its figure: "limited gatherings to", "a maximum of", "capped at". */
const LIMIT_BEFORE = /\b(?:limit(?:ed|s|ing)?|cap(?:ped|s)?|maximum|ceiling|allowed|permitted)\b(?:\s+[\p{L}-]+){0,3}?\s+(?:to|at|of)\s+$/iu;
const LIMIT_CHARS = 48;

/** Token `i` follows a number word it belongs with ("hundred" after "one", "eighty" after "hundred and"). */
function continuesNumber(text: string, tokens: RegExpMatchArray[], i: number): boolean {
  const prev = tokens[i - 1];
  const word = (t: RegExpMatchArray | undefined): string => t?.[3]?.toLowerCase() ?? '';
  if (!prev || !joined(text, prev, tokens[i]!)) return false;
  if (NUMBER_WORDS[word(prev)] !== undefined) return numberPhrase(text, tokens, i - 1).last >= i;
  return word(prev) === 'and' && word(tokens[i - 2]) === 'hundred' && joined(text, tokens[i - 2]!, prev);
}

/** "not" stands just before token `i` ("not one", "not a"). */
function notBefore(text: string, tokens: RegExpMatchArray[], i: number): boolean {
  const prev = tokens[i - 1];
  return !!prev && prev[3]?.toLowerCase() === 'not' && joined(text, prev, tokens[i]!);
}

/** Two tokens stand side by side, apart only by spaces or a hyphen ("twenty-five", "one hundred"). */
const joined = (text: string, a: RegExpMatchArray, b: RegExpMatchArray): boolean =>
  /^[\s-]+$/.test(text.slice((a.index ?? 0) + a[0].length, b.index ?? 0));

/**
 * The value of number words that make one figure from token `i` on, and the index of the last:
 * "one hundred and eighty" → 180, "twenty-five" → 25, "five" → 5.
 */
function numberPhrase(text: string, tokens: RegExpMatchArray[], i: number): { value: number; last: number } {
  const word = (k: number): string => tokens[k]?.[3]?.toLowerCase() ?? '';
  let value = NUMBER_WORDS[word(i)]!;
  let lastAdded = value;
  let last = i;
  for (let k = i + 1; k < tokens.length && joined(text, tokens[k - 1]!, tokens[k]!); k++) {
    const w = word(k);
    if (w === 'and' && value >= 100 && NUMBER_WORDS[word(k + 1)] !== undefined) continue;
    // "two dozen", "three hundred": a round word after a small one multiplies it.
    if ((w === 'hundred' || w === 'dozen') && value < 10) {
      value *= NUMBER_WORDS[w]!;
      lastAdded = 100;
      last = k;
      continue;
    }
    const v = NUMBER_WORDS[w];
    // "twenty-five", "hundred and eighty": a smaller word after a round one; "five six" is two figures.
    if (v === undefined || v >= lastAdded || (lastAdded < 20 && lastAdded !== 100) || (lastAdded < 100 && v >= 10)) break;
    value += v;
    lastAdded = v;
    last = k;
  }
  return { value, last };
}

/** The scale and currency that may follow a sum's number ("million", "m", "euros"). */
const SUM_TAIL = /^(?:\s*(?:m|bn)\b|\s+(?:thousand|million|billion|bn)\b)?(?:\s+(?:dollars|euros|pounds|crowns|marks|francs|kronor|rupees|yen|pesos|lira|dinars)\b)?/i;
/** Words of the noun phrase a sum modifies that are kept ("rail signalling contract"). */
const SUM_THING_WORDS = 3;

/**
 * Match keys of the noun phrase a sum modifies, read from the text after its number: "€12
 * million rail signalling contract had gone" → rail, signalling, contract. Empty when the sum
 * stands alone ("a payoff of £2.5 million.", "2.4 million crowns in bribes").
 */
function sumThing(after: string): string[] {
  const rest = after.slice(SUM_TAIL.exec(after)?.[0].length ?? 0);
  const out: string[] = [];
  for (const m of rest.matchAll(/[\s-]+(\p{Ll}[\p{Ll}-]*)|\S/guy)) {
    const w = m[1];
    if (!w || STOPWORDS.has(w) || out.length === SUM_THING_WORDS) break;
    out.push(matchKey(w));
  }
  return out;
}

/** A figure placed at one place of several, in its clause: "died in two days at a farm", "at one school". */
// "in a landslide" names the event, so "in" counts only when it singles out ("in one village").
const ONE_PLACE_AFTER = /^[^,;:.!?]*?\b(?:at\s+(?:a|one|a single)|in\s+(?:one|a single))\s+([\p{L}-]+)/iu;
/** Nouns after "at a"/"in a" that say when, how fast or how much, not where. */
const NOT_PLACES = new Set('time moment day week month year row rate cost price speed pace point total loss glance go stroke statement bid'.split(' '));

/** The text after a figure places it at one place ("at a farm"), not in a time or a rate ("in a week", "at a cost"). */
function onePlace(after: string): boolean {
  const noun = ONE_PLACE_AFTER.exec(after)?.[1]?.toLowerCase();
  return noun !== undefined && !NOT_PLACES.has(noun) && !NOT_PLACES.has(noun.replace(/s$/, ''));
}

/** A figure said to be among others: "two nurses were among the injured", "three of them among the dead". */
const AMONG_AFTER = /^[\p{L}\d,.-]*\s+(?:[\p{L}-]+\s+){0,3}(?:(?:were|was|are|is)\s+)?among\b/iu;
const AMONG_CHARS = 60;
/** "… were among": the figure is said to be among others by a verb. */
const COPULA_AMONG = /\b(?:were|was|are|is)\s+among\b/i;

/**
 * Vague quantities and the values they allow: "thousands of" is 2,000 to 9,999, "dozens of" 24 to
 * 99. Wide on purpose: they conflict only with figures far outside ("about 800" against "tens of
 * thousands").
 */
const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 99],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  millions: [2e6, 9.99e6],
};
/** Words by which a text may give a figure: digits, number words, shares, vague quantities. */
const FIGURE_WORDS = new RegExp(`\\d|\\b(?:${TALLY_WORDS}|nobody|single|half|third|quarter|${Object.keys(VAGUE).join('|')})\\b`, 'i');

/** The text may give a figure (a cheap test before the search for one). */
export function mayHaveFigure(text: string): boolean {
  return FIGURE_WORDS.test(text);
}

/** "tens of thousands": the range of "thousands" times ten. */
const VAGUE_SCALE: Record<string, number> = { tens: 10, hundreds: 100 };

/** Shares written as fractions, as percentages: "a third of" is 33 percent. */
const FRACTION_PERCENT: Record<string, number> = { half: 50, third: 100 / 3, quarter: 25, fifth: 20, tenth: 10 };
const FRACTION = new RegExp(`\\b(?:(a|${numberWordsFrom(1, 4)})[- ])?(half|thirds?|quarters?|fifths?|tenths?)(?=\\s+(?:of|the)\\b)`, 'gi');
/**
 * "nine out of ten", "one in five", "3 out of 40": a share as a ratio. After "in" only a word or a
 * round 10 / 100 ("12 in 2024" and "five in 30 minutes" are no ratios).
 */
const RATIO = new RegExp(
  `\\b(\\d+|${numberWordsFrom(1, 10)})\\s+(?:out of\\s+(\\d+|${numberWordsFrom(2, 10)}|a hundred)|in\\s+(${numberWordsFrom(2, 10)}|10|100|a hundred)(?!\\s+(?:minutes|hours|days|weeks|months|years|seconds)))\\b`,
  'gi',
);


/**
 * The text with shares written as fractions or ratios given as percentages ("nine out of ten
 * nurses" → "90 percent nurses", "fewer than half of" → "fewer than 50 percent of"), so that they
 * compare with figures given in percent.
 */
function sharesAsPercent(text: string): string {
  const pct = (x: number): string => `${Math.round(x)} percent`;
  return text
    .replace(RATIO, (all, a: string, outOf: string | undefined, inOf: string | undefined) => {
      const n = numberOf(a);
      const d = numberOf(outOf ?? inOf ?? '');
      return Number.isFinite(n) && Number.isFinite(d) && d > 1 && n <= d ? pct((100 * n) / d) : all;
    })
    .replace(FRACTION, (all, count: string | undefined, frac: string) => {
      const share = FRACTION_PERCENT[frac.toLowerCase().replace(/s$/, '')];
      if (share === undefined) return all;
      if (!count && frac.toLowerCase() !== 'half') return all;
      return pct(share * (count && count.toLowerCase() !== 'a' ? NUMBER_WORDS[count.toLowerCase()]! : 1));
    });
}

/** What a percentage is a share of: "percent of its nursing staff" (up to two words; "of the company's revenue": revenue). */
const WHOLE_AFTER = /^\s+of\s+(?:the|its|their|his|her|all)?\s*(?:[\p{L}-]+['’]s\s+)?((?:[a-z-]+\s*){1,2})/iu;
const WHOLE_CHARS = 40;

/**
 * A figure set against the figure someone else gave: "under £40,000, a fraction of the figure
 * given by the board", "well short of the total claimed by the organisers". Like a corrected
 * figure, it is offered in place of the other.
 */
const AGAINST_OTHERS_FIGURE =
  /\b(?:a (?:small |tiny )?fraction of|(?:far|well|much) (?:below|above|short of|under|over|less than|more than))\s+(?:the\s+)?(?:figure|number|sum|amount|total|toll|count|estimate)s?\s+(?:given|cited|claimed|reported|quoted|published|announced|put forward)\b/i;

/** A figure given as a change over time ("the toll rose to five"), not a rival count. */
const UPDATE = /\b(?:(?:rose|risen|climbed|increased|grew|jumped|went up|has reached|had reached|now stands|now stood)\s+(?:to|at)|(?:has|have|had)\s+now\s+(?:reached|risen|climbed|grown)|(?:bringing|taking|raising|pushing|lifting)\s+(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}(?:total|toll|tally|count|number|sum)\b)\b/i;

/** A word followed by a possessive "'s" ("the port's"). */
function possessive(text: string, token: RegExpMatchArray): boolean {
  const end = (token.index ?? 0) + token[0].length;
  return /^['’]s\b/.test(text.slice(end, end + 3));
}

/** "95 percent of the port's 2,300": a share of the total that follows it. */
const SHARE_BEFORE = /(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\p{L}-]+['’]s\s+)?$/iu;

/**
 * A total that a share is taken of counts the share: in "95 percent of the port's 2,300 dockers
 * joined" those who joined are about 2,185, not 2,300.
 */
function shareOf(text: string, at: number, total: Figure): Figure | null {
  const m = SHARE_BEFORE.exec(text.slice(Math.max(0, at - SHARE_CHARS), at));
  if (!m || total.unit === 'percent') return null;
  const value = Math.round((Number(m[1]) * total.value) / 100);
  const slack = Math.max(1, value * APPROX_SHARE);
  return { ...total, value, range: [value - slack, value + slack] };
}

/** Characters before a figure searched for a share of it. */
const SHARE_CHARS = 48;

/** The MEASURES key of a word given the word before it: "part" after "took" is "took-part", "strike" after "on" is "on-strike". */
const measureKey = (w: string, prev: string | undefined): string => {
  if (prev === undefined) return w;
  if (w === 'part' && /^(?:took|take|takes|taking|taken)$/.test(prev)) return 'took-part';
  // "were on strike", "stopped work": taking part in a strike ("an air strike" is not)
  if (w === 'strike' && /^(?:on|the|a|general)$/.test(prev)) return 'on-strike';
  if (w === 'work' && /^(?:stopped|stop|stops|downed)$/.test(prev)) return 'stopped-work';
  if (w === 'out' && /^(?:walked|walk|walks)$/.test(prev)) return 'walked-out';
  if (w === 'off' && /^(?:called|call|calls)$/.test(prev)) return 'called-off';
  return w;
};

/** Every MEASURES class a text speaks of ("the toll" → deaths), wherever the words stand. */
export function measuresIn(text: string): string[] {
  const ws = words(text);
  const out = new Set<string>();
  ws.forEach((w, i) => {
    const m = measureOf.get(measureKey(w, ws[i - 1]));
    if (m) out.add(m);
  });
  return [...out];
}

/** Words that start another clause: what stands before them is not said of the figure after. */
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas', 'as', 'after', 'before']);

const isFigureToken = (t: RegExpMatchArray | undefined): boolean => !!t && (!!t[1] || NUMBER_WORDS[t[3]?.toLowerCase() ?? ''] !== undefined);

/** The MEASURES classes of the unit and of the words around token `i`, not past another figure. */
function measuresAround(text: string, tokens: RegExpMatchArray[], i: number, unit: string, before: number, last = i): string[] {
  const out = new Set<string>();
  const add = (w: string | undefined, prev: string | undefined): void => {
    if (!w) return;
    const m = measureOf.get(measureKey(w, prev));
    if (m) out.add(m);
  };
  add(unit.toLowerCase(), undefined);
  // Backwards only within the figure's clause: "187 were rescued and 23 were missing".
  for (let k = i - 1; k >= Math.max(0, i - before) && !isFigureToken(tokens[k]) && !CLAUSE_JOINERS.has(tokens[k]![3]?.toLowerCase() ?? ''); k--) {
    add(tokens[k]![3]?.toLowerCase(), tokens[k - 1]?.[3]?.toLowerCase());
  }
  // "turnout in the union's ballot had been barely 40 percent": after "was" the figure is said of
  // the subject, however far back it starts in the clause.
  const verb = copulaBefore(tokens, i);
  if (verb >= 0) for (const k of subjectTokens(text, tokens, verb)) add(tokens[k]![3]?.toLowerCase(), tokens[k - 1]?.[3]?.toLowerCase());
  // Forwards likewise: in "killing 12 civilians and damaging the hospital" the hospital does not
  // say what the 12 are.
  // (From the last word of the figure: "twenty-three runners were taken to hospital".)
  for (let k = last + 1; k < tokens.length && k <= last + MEASURE_AFTER && !isFigureToken(tokens[k]) && !CLAUSE_JOINERS.has(tokens[k]![3]?.toLowerCase() ?? ''); k++) {
    add(tokens[k]![3]?.toLowerCase(), tokens[k - 1]?.[3]?.toLowerCase());
  }
  // "60 protesters were hurt": a word for people says who is counted, the words around it what
  // happened to them; it says what is measured only when nothing else does ("15,000 protesters").
  const own = measureOf.get(unit.toLowerCase());
  if (own && PERSON_UNITS.has(unit.toLowerCase()) && out.size > 1 && !aroundHas(tokens, i, before, own)) out.delete(own);
  return [...out];
}

/** Verbs by which a clause gives its subject a figure: "turnout was 48 percent", "the bill came to £40,000". */
const COPULAS = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'stood', 'came', 'totalled', 'totaled', 'amounted', 'numbered']);
/** Words between such a verb and its figure: hedges and the prepositions of "stood at", "came to". */
const COPULA_GAP = new Set(['at', 'to', 'about', 'around', 'nearly', 'almost', 'barely', 'just', 'only', 'some', 'roughly', 'approximately', 'over', 'under', 'below', 'above', 'more', 'less', 'fewer', 'than', 'least', 'most', 'well', 'close', 'an', 'a', 'estimated', 'up']);
/** Tokens searched back from a figure for its verb, and back from the verb for its subject. */
const COPULA_BEFORE = 4;
const SUBJECT_BEFORE = 8;

/** The token of the verb giving token `i` to a subject ("was" in "turnout was barely 40 percent"), or -1. */
function copulaBefore(tokens: RegExpMatchArray[], i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - COPULA_BEFORE); k--) {
    const w = tokens[k]![3]?.toLowerCase() ?? '';
    if (COPULAS.has(w)) return k;
    if (!COPULA_GAP.has(w)) return -1;
  }
  return -1;
}

/** The tokens of the subject before the verb at `verb`, back to the start of its clause. */
function subjectTokens(text: string, tokens: RegExpMatchArray[], verb: number): number[] {
  const out: number[] = [];
  for (let k = verb - 1; k >= Math.max(0, verb - SUBJECT_BEFORE); k--) {
    const t = tokens[k]!;
    const w = t[3]?.toLowerCase() ?? '';
    const gap = text.slice((t.index ?? 0) + t[0].length, tokens[k + 1]!.index ?? 0);
    if (/[,;:.!?()"“”]/.test(gap) || isFigureToken(t) || CLAUSE_JOINERS.has(w) || w === 'that') break;
    out.push(k);
  }
  return out;
}

/** A word around token `i` (not the unit) has the MEASURES class `m`. */
function aroundHas(tokens: RegExpMatchArray[], i: number, before: number, m: string): boolean {
  for (let k = Math.max(0, i - before); k < tokens.length && k <= i + MEASURE_AFTER; k++) {
    if (k === i + 1) continue;
    if (measureOf.get(measureKey(tokens[k]![3]?.toLowerCase() ?? '', tokens[k - 1]?.[3]?.toLowerCase())) === m) return true;
  }
  return false;
}

/** Plural nouns after a figure that say nothing of what is counted: "three times", "two of them". */
const NON_THINGS = new Set(['times', 'them', 'those', 'others', 'ones', 'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'miles', 'kilometres', 'kilometers', 'metres', 'meters']);

/**
 * The figure counts a named kind of thing ("900 lorries", "40 containers"): the noun itself
 * says what is counted, so two counts of it that measure alike need no further word in common
 * around the figures ("60 climbers were buried" and "three climbers died" do not measure alike).
 * Persons, sums, shares and measures of time or distance say too little alone.
 */
function countedThing(f: Figure): boolean {
  // ("not one house": a count of none names its noun in the singular.)
  const noun = f.none ? /^\p{L}{3,}$/u : /^\p{L}{3,}s$/u;
  return f.unit !== PERSON && f.unit !== MONEY && f.unit !== '#times' && f.unit !== '#clock' && f.unitWord !== 'percent' && noun.test(f.unitWord) && !NON_THINGS.has(f.unitWord);
}

/**
 * A figure the `rejecter` statement rejects that the `giver` gives ("about 300 homes, not the 450
 * claimed" / "450 homes"): the rejecter's own figure in its place and the one given.
 */
function rejects(rejecter: Figure[], giver: Figure[]): { a: Figure; b: Figure } | null {
  for (const r of rejecter) {
    if (!r.rejected) continue;
    const given = giver.find((f) => !f.rejected && !f.limit && sameUnit(f, r) && f.value === r.value);
    if (!given) continue;
    const instead = rejecter.find((f) => !f.rejected && sameUnit(f, r) && disjoint(f, r));
    if (instead) return { a: instead, b: given };
  }
  return null;
}

const swap = (c: { a: Figure; b: Figure } | null): { a: Figure; b: Figure } | null => (c ? { a: c.b, b: c.a } : null);

/**
 * Two statements give different figures for the same thing: a unit they share with different
 * values, said of the same word ("30 people were killed" / "killing 12 people"), and at least
 * `minContext` other words in common.
 */
export function conflictingFigures(a: string, b: string, minContext: number): { a: Figure; b: Figure } | null {
  // "by 112 votes to 98" / "by 112 to 96": one vote counted two ways (a year elsewhere in the
  // sentence does not date a tally).
  const tally = conflictingTallies(a, b);
  if (tally) {
    const as = (t: string): Figure => ({ value: Number(t.split(' ')[2]), unit: '#tally', near: [], measures: ['votes'], range: [0, 0], unitWord: t });
    return { a: as(tally[0]), b: as(tally[1]) };
  }
  const fa = figures(a);
  const fb = figures(b);
  if (!fa.length || !fb.length) return null;
  // "a quake in 2019 killed 40" is background, not a rival toll for this one: figures dated by
  // different years are not compared (nor is a figure rejected in one against the other's).
  const years = (t: string): string => [...new Set(t.match(YEAR) ?? [])].sort().join(' ');
  if (years(a) !== years(b)) return null;
  // "about 300 homes, not the 450 claimed" disputes the report that gives 450 homes (whether the
  // one or the other speaks of a plan or a running total: the rejection names the figure).
  const rejection = rejects(fa, fb) ?? swap(rejects(fb, fa));
  if (rejection) return rejection;
  // "would build 200 homes next year" is a plan, not a rival count of "150 homes were built".
  if (FUTURE.test(a) !== FUTURE.test(b)) return null;
  // "the toll rose to five" updates an earlier count of three: no conflict.
  if (UPDATE.test(a) || UPDATE.test(b)) return null;
  const correctedA = CORRECTED_FIGURE.test(a) || AGAINST_OTHERS_FIGURE.test(a);
  const correctedB = CORRECTED_FIGURE.test(b) || AGAINST_OTHERS_FIGURE.test(b);
  // the words the two texts may share, read once (the unit words of each pair are left out below)
  let wordsA: [string, string][] | undefined;
  let wordsB: [string, string][] | undefined;
  for (const x of fa) {
    if (x.rejected) continue;
    for (const y of fb) {
      if (y.rejected || !sameUnit(x, y) || !disjoint(x, y)) continue;
      // "a €12 million contract" / "a €21 million framework agreement": sums of things named
      // in words that share nothing are the values of different things.
      if (x.thing && y.thing && !x.thing.some((k) => y.thing!.includes(k))) continue;
      // "£5,000 a year per turbine" / "£40,000 a year": a rate and a total; "limited gatherings
      // to 20" / "150 people attended": a limit and a count.
      if (x.per !== y.per || !!x.limit !== !!y.limit) continue;
      // "2 milligrams per litre" / "5 milligrams per kilogram": per different units, different
      // quantities (a retelling may leave the unit out: one figure without it still compares).
      if (x.perUnit && y.perUnit && x.perUnit !== y.perUnit) continue;
      // "gaining 25 kg a day" / "weighed 1,100 kg": a mass or a length per unit of time and one
      // without measure different things. (Counts and sums keep comparing: "two carers every night"
      // is a staffing level that "one carer at night" disputes, and a salary is often retold
      // without its period.)
      if (perTime(x) !== perTime(y) && ACCRUING_UNITS.has(x.unit)) continue;
      // "below 900 metres" places the stakes; "about 1.9 metres" is an amount: different quantities.
      if (!!x.position !== !!y.position) continue;
      // (A limit or a rejected figure beside a count is not the count given again: "travelling at
      // 130 km/h on a stretch limited to 80 km/h" gives no speed of 80.)
      const alike = (z: Figure, f: Figure): boolean => !z.rejected && !!z.limit === !!f.limit && sameUnit(z, f) && !disjoint(z, f);
      if (fb.some((z) => alike(z, x))) continue;
      // "put turnout at 41 percent, well below the official 58": a statement that gives the
      // other's figure too sets the two side by side; it does not conflict with the one it shares.
      if (fa.some((z) => alike(z, y))) continue;
      // Figures of one measure ("15,000 joined" / "2,000 took part"), or one offered as the real
      // figure, conflict without more in common; figures measuring different things never do.
      if (x.measures.some((m) => y.measures.includes(m))) return { a: x, b: y };
      if ((correctedA && !x.measures.length) || (correctedB && !y.measures.length)) return { a: x, b: y };
      if (x.measures.length && y.measures.length) continue;
      // A figure that does not say what it measures is taken to measure what its whole statement
      // speaks of: "a valuation had put the land at 6 million" is no sale price.
      const mx = x.measures.length ? x.measures : measuresIn(a);
      const my = y.measures.length ? y.measures : measuresIn(b);
      if (mx.length && my.length && !mx.some((m) => my.includes(m))) continue;
      // Two sums of one order ("2.4 million crowns" / "1.8 million crowns") may be one sum told two
      // ways; sums an order apart (a first payment and the total) are different things.
      const sameOrder = x.unit === MONEY && Math.max(x.value, y.value) < MONEY_RATIO * Math.min(x.value, y.value);
      // Statements that each speak of one and the same measure ("turnout … 35 percent" / "turnout
      // was 72 percent") say what their figures are of.
      const oneMeasure = x.unit !== MONEY && mx.length === 1 && my.length === 1 && mx[0] === my[0];
      // A speed says what it measures as a counted noun does ("130 km/h" / "under 80 km/h").
      const selfSaid = (countedThing(x) || x.unit === '#speed') && x.measures.join() === y.measures.join();
      // Shares of one whole ("40 percent of the revenue" / "a quarter of the company's revenue") are said of it.
      // (Two times of one event still need a word in common beside them.)
      const sameWhole = x.unit !== '#clock' && !!x.of && !!y.of && x.of.some((k) => y.of!.includes(k));
      if (!sameOrder && !oneMeasure && !selfSaid && !sameWhole && !x.near.some((k) => y.near.includes(k))) continue;
      let shared = 0;
      // ("million" in "4.8 million users" and "1.2 million users" is part of both figures, not a word in common.)
      // (Nor is the unit word: "tonnes" in "4,000 tonnes" and "6,000 tonnes", now that masses share
      // the key of all masses. Left out as a word, as scale words are: "milligrams" and
      // "millilitre" share a short key.)
      const unitWords = [x.unitWord, y.unitWord].map((w) => w.toLowerCase().replace(/s$/, ''));
      const ka = contextKeys((wordsA ??= contextWords(a)), unitWords);
      const kb = contextKeys((wordsB ??= contextWords(b)), unitWords);
      for (const k of ka) if (k !== x.unit && kb.has(k) && !/^\d/.test(k)) shared++;
      if (shared >= minContext) return { a: x, b: y };
    }
  }
  return null;
}
