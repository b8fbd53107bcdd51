/**
 * Word lists for story features. Function words and reporting verbs carry no information about
 * which event a report is about; month and weekday names are capitalised but are not names.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above across after afterwards again against all almost alone along already also although always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at back be became because become becomes becoming been before beforehand behind being below beside besides between beyond both but by can cannot could did do does doing done down due during each either else elsewhere enough even ever every everyone everything everywhere except few first for former formerly from further had has have having he hence her here hereafter hereby herein hers herself him himself his how however i if in indeed into is it its itself just last latter least less made make many may me meanwhile might more moreover most mostly much must my myself namely neither never nevertheless next no nobody none noone nor not nothing now nowhere of off often on once one only onto or other others otherwise our ours ourselves out over own per perhaps please put rather re same see seem seemed seeming seems several she should since so some somehow someone something sometime sometimes somewhere still such than that the their theirs them themselves then thence there thereafter thereby therefore therein thereupon these they this those though through throughout thru thus to together too toward towards under until up upon us very via was we well were what whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever whether which while whither who whoever whole whom whose why will with within without would yet you your yours yourself yourselves
  said says say saying told tell tells according reported reports report reporting added adds announced stated statement news new newspaper article story today yesterday tomorrow week weeks year years month months day days time times people
  mr mrs ms dr st jr sr http https www com org net html htm index php aspx
  two three four five six seven eight nine ten get got like just also`.split(/\s+/).filter(Boolean),
);

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

export const WEEKDAYS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'.split(' '),
);

/** Abbreviations in place names, folded to the full word ("Mt Cook" and "Mount Cook" meet). */
export const NAME_ABBREVIATIONS: Readonly<Record<string, string>> = {
  mt: 'mount',
  ft: 'fort',
  pt: 'point',
};
