/**
 * A small curated lexicon for actors: transliteration variants of frequently reported names,
 * titles and roles, demonyms, organisation and group heads. Everything here is vocabulary; the
 * logic lives in ../actors.ts. Roles of well-known office holders are only a fallback for reports
 * that say "the president" without ever giving the title next to the name.
 */
import type { ActorKind } from '../../model/types.js';

export interface KnownActor {
  /** canonical display name */
  name: string;
  kind: ActorKind;
  /** spellings (any case) that name this actor; the canonical name is always included */
  variants: readonly string[];
  /** titles the actor is referred to by ("president", "leader") */
  roles?: readonly string[];
  /** country the roles belong to (canonical country name) */
  country?: string;
}

export const KNOWN_ACTORS: readonly KnownActor[] = [
  { name: 'Volodymyr Zelensky', kind: 'person', variants: ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenskii', 'Zelenski', 'Volodymyr Zelenskyy', 'Vladimir Zelensky', 'Volodymyr Zelenskiy'], roles: ['president', 'leader'], country: 'Ukraine' },
  { name: 'Vladimir Putin', kind: 'person', variants: ['Putin', 'Vladimir Vladimirovich Putin'], roles: ['president', 'leader'], country: 'Russia' },
  { name: 'Donald Trump', kind: 'person', variants: ['Trump', 'Donald J. Trump'], roles: ['president'], country: 'United States' },
  { name: 'Dmitry Peskov', kind: 'person', variants: ['Peskov', 'Dmitri Peskov', 'Dmitriy Peskov'], roles: ['spokesman', 'spokesperson'], country: 'Russia' },
  { name: 'Dmitry Medvedev', kind: 'person', variants: ['Medvedev', 'Dmitri Medvedev', 'Dmitriy Medvedev'], roles: ['deputy chairman'], country: 'Russia' },
  { name: 'Sergey Lavrov', kind: 'person', variants: ['Lavrov', 'Sergei Lavrov'], roles: ['foreign minister'], country: 'Russia' },
  { name: 'Sergei Shoigu', kind: 'person', variants: ['Shoigu', 'Sergey Shoigu'] },
  { name: 'Valery Gerasimov', kind: 'person', variants: ['Gerasimov', 'Valeriy Gerasimov', 'Valeri Gerasimov'] },
  { name: 'Maria Zakharova', kind: 'person', variants: ['Zakharova', 'Mariya Zakharova'] },
  { name: 'Yevgeny Prigozhin', kind: 'person', variants: ['Prigozhin', 'Evgeny Prigozhin', 'Yevgeniy Prigozhin'] },
  { name: 'Alexei Navalny', kind: 'person', variants: ['Navalny', 'Navalnyy', 'Aleksei Navalny', 'Alexey Navalny'] },
  { name: 'Ramzan Kadyrov', kind: 'person', variants: ['Kadyrov'] },
  { name: 'Muammar Gaddafi', kind: 'person', variants: ['Gaddafi', 'Qaddafi', 'Kadhafi', 'Qadhafi'] },
  { name: 'Kyiv', kind: 'place', variants: ['Kiev', 'Kyyiv'] },
  { name: 'Kharkiv', kind: 'place', variants: ['Kharkov'] },
  { name: 'Odesa', kind: 'place', variants: ['Odessa'] },
  { name: 'Lviv', kind: 'place', variants: ['Lvov'] },
  { name: 'Luhansk', kind: 'place', variants: ['Lugansk'] },
  { name: 'Mykolaiv', kind: 'place', variants: ['Nikolaev', 'Nikolayev'] },
  { name: 'Zaporizhzhia', kind: 'place', variants: ['Zaporozhye', 'Zaporizhia', 'Zaporizhzhya'] },
  { name: 'Dnipro', kind: 'place', variants: ['Dnepr', 'Dnipropetrovsk'] },
  { name: 'Kursk', kind: 'place', variants: ['Kursk Region', 'Kursk region', 'Kursk province', 'Kursk Oblast'] },
  { name: 'Kremlin', kind: 'organization', variants: ['the Kremlin'] },
  { name: 'United States', kind: 'place', variants: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'the United States', 'the US', 'the U.S.'] },
  { name: 'United Kingdom', kind: 'place', variants: ['UK', 'U.K.', 'Britain', 'Great Britain'] },
  { name: 'Russia', kind: 'place', variants: ['Russian Federation'] },
  { name: 'Ukraine', kind: 'place', variants: ['the Ukraine'] },
  { name: 'Washington', kind: 'place', variants: [] },
  { name: 'Moscow', kind: 'place', variants: [] },
  { name: 'United Nations', kind: 'organization', variants: ['UN', 'U.N.', 'the United Nations', 'the UN'] },
  { name: 'NATO', kind: 'organization', variants: ['Nato', 'North Atlantic Treaty Organization'] },
  { name: 'European Union', kind: 'organization', variants: ['EU', 'E.U.', 'the EU', 'the European Union'] },
];

/** Demonym (lower case) → canonical country. Also accepts country names and "X's". */
export const DEMONYMS: Readonly<Record<string, string>> = {
  russian: 'Russia', russia: 'Russia', ukrainian: 'Ukraine', ukraine: 'Ukraine', kyiv: 'Ukraine', kiev: 'Ukraine',
  moscow: 'Russia', kremlin: 'Russia', american: 'United States', us: 'United States', 'u.s.': 'United States',
  washington: 'United States', america: 'United States', british: 'United Kingdom', uk: 'United Kingdom',
  'u.k.': 'United Kingdom', britain: 'United Kingdom', french: 'France', france: 'France', german: 'Germany',
  germany: 'Germany', chinese: 'China', china: 'China', israeli: 'Israel', israel: 'Israel',
  palestinian: 'Palestine', iranian: 'Iran', iran: 'Iran', syrian: 'Syria', syria: 'Syria', turkish: 'Turkey',
  turkey: 'Turkey', polish: 'Poland', poland: 'Poland', belarusian: 'Belarus', belarus: 'Belarus',
  european: 'European Union', saudi: 'Saudi Arabia', indian: 'India', india: 'India', japanese: 'Japan',
  japan: 'Japan', mexican: 'Mexico', mexico: 'Mexico', canadian: 'Canada', canada: 'Canada', italian: 'Italy',
  italy: 'Italy', spanish: 'Spain', spain: 'Spain', korean: 'Korea', nigerian: 'Nigeria', nigeria: 'Nigeria',
  western: 'the West',
};

/** Canonical adjective for a country when naming organisations and groups ("Ukrainian General Staff"). */
export const COUNTRY_ADJECTIVE: Readonly<Record<string, string>> = {
  Russia: 'Russian', Ukraine: 'Ukrainian', 'United States': 'US', 'United Kingdom': 'British', France: 'French',
  Germany: 'German', China: 'Chinese', Israel: 'Israeli', Palestine: 'Palestinian', Iran: 'Iranian', Syria: 'Syrian',
  Turkey: 'Turkish', Poland: 'Polish', Belarus: 'Belarusian', 'European Union': 'EU', 'Saudi Arabia': 'Saudi',
  India: 'Indian', Japan: 'Japanese', Mexico: 'Mexican', Canada: 'Canadian', Italy: 'Italian', Spain: 'Spanish',
  Korea: 'Korean', Nigeria: 'Nigerian', 'the West': 'Western',
};

/** Person titles and roles (lower case, longest first matters for multi-word ones). */
export const PERSON_TITLES: readonly string[] = [
  'secretary of state', 'prime minister', 'foreign minister', 'defense minister', 'defence minister',
  'national security adviser', 'security adviser', 'special envoy', 'deputy chairman', 'vice president',
  'press secretary', 'chief of staff', 'attorney general', 'president', 'premier', 'chancellor', 'minister',
  'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'senator', 'sen.', 'governor', 'gov.', 'general',
  'gen.', 'envoy', 'ambassador', 'leader', 'chairman', 'chairwoman', 'chair', 'commander', 'adviser', 'advisor',
  'mayor', 'king', 'queen', 'judge', 'director', 'representative', 'rep.', 'congressman', 'congresswoman',
  'head', 'chief', 'official', 'counterpart', 'candidate', 'nominee', 'pope', 'emperor', 'dictator',
  'colonel', 'col.', 'lieutenant', 'lt.', 'major', 'captain', 'capt.', 'sergeant', 'sgt.', 'admiral', 'marshal',
  'field marshal', 'brigadier', 'rector', 'professor', 'prof.', 'coach', 'prosecutor', 'lawyer', 'analyst',
  'economist', 'spokesman', 'chief executive', 'ceo', 'executive', 'founder', 'president-elect',
];

/** A description title → the titles a person must hold to be its referent ("leader" fits a president). */
export const TITLE_FITS: Readonly<Record<string, readonly string[]>> = {
  leader: ['president', 'prime minister', 'premier', 'chancellor', 'leader', 'king', 'queen', 'dictator'],
  counterpart: ['president', 'prime minister', 'premier', 'chancellor', 'leader', 'minister', 'foreign minister'],
  head: ['president', 'prime minister', 'leader', 'chairman', 'director', 'head', 'chief'],
  'head of state': ['president', 'king', 'queen'],
  premier: ['prime minister', 'premier'],
};

/** Honorifics stripped from the front of person names. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'president', 'gen', 'general', 'sen', 'senator', 'gov',
  'governor', 'rep', 'representative', 'prof', 'professor', 'rev', 'pope', 'king', 'queen', 'prince', 'princess',
  'minister', 'chancellor', 'judge', 'justice', 'mayor', 'secretary', 'ambassador', 'commander', 'colonel', 'col',
  'lt', 'lieutenant', 'sgt', 'sergeant', 'captain', 'capt', 'admiral', 'adm', 'premier', 'speaker', 'leader',
  'envoy', 'spokesman', 'spokeswoman',
]);

/** Organisation heads that combine with a country ("Ukraine's General Staff", "the Russian Foreign Ministry"). */
export const ORG_HEADS: readonly string[] = [
  'General Staff of the Armed Forces', 'General Staff', 'Security Council', 'Foreign Ministry', 'Defense Ministry',
  'Defence Ministry', 'Ministry of Defense', 'Ministry of Defence', 'Ministry of Foreign Affairs', 'military leadership',
  'military command', 'high command', 'armed forces', 'Armed Forces', 'government', 'parliament', 'army', 'military',
  'air force', 'navy', 'border guard service', 'border guards', 'intelligence', 'security service', 'embassy',
  'presidential office', 'presidential administration', 'law enforcement authorities', 'authorities', 'officials',
  'prosecutors', 'foreign ministry', 'defense ministry', 'defence ministry',
];

/** Organisation head (lower case) → its canonical form when several spellings name one body. */
export const ORG_HEAD_CANONICAL: Readonly<Record<string, string>> = {
  'general staff of the armed forces': 'General Staff',
  'general staff': 'General Staff',
  'ministry of defense': 'Defense Ministry',
  'ministry of defence': 'Defense Ministry',
  'defence ministry': 'Defense Ministry',
  'defense ministry': 'Defense Ministry',
  'ministry of foreign affairs': 'Foreign Ministry',
  'foreign ministry': 'Foreign Ministry',
  'security council': 'Security Council',
  'armed forces': 'armed forces',
  'military command': 'military leadership',
  'high command': 'military leadership',
};

/** Heads that make a demonym phrase a group ("Ukrainian troops"); value = canonical head. */
export const GROUP_HEADS: Readonly<Record<string, string>> = {
  troops: 'troops', forces: 'troops', soldiers: 'troops', units: 'troops', servicemen: 'troops', fighters: 'troops',
  'military personnel': 'troops', 'incursion forces': 'troops', militants: 'militants', civilians: 'civilians',
  lawmakers: 'lawmakers', voters: 'voters', protesters: 'protesters', diplomats: 'diplomats', negotiators: 'negotiators',
};

/** Organisations named without a country that are known bodies. */
export const STANDALONE_ORGS: readonly string[] = ['the Kremlin', 'the White House', 'the Pentagon', 'Downing Street', 'the Elysee'];

/** Time words: never an actor, even when a tagger or a capital letter suggests a name ("Wednesday said"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday',
  'tomorrow', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'day',
  'now', 'recently', 'earlier', 'later', 'far',
]);
