/**
 * Wire services and agency credits. A credit in a dateline or byline ("(Reuters) -", "(AP) —",
 * "(Agencies)", "/AFP/") is a hint that a report is syndicated copy; it lowers the text overlap
 * needed to put two reports in one syndication group, it never groups reports on its own.
 * Keys are matched case-insensitively; values are the canonical credit.
 */
export const WIRE_CREDITS: Readonly<Record<string, string>> = {
  reuters: 'Reuters',
  ap: 'AP',
  'associated press': 'AP',
  afp: 'AFP',
  'agence france-presse': 'AFP',
  'agence france presse': 'AFP',
  agencies: 'Agencies',
  'agency reports': 'Agencies',
  'wire reports': 'Agencies',
  'news agencies': 'Agencies',
  dpa: 'dpa',
  xinhua: 'Xinhua',
  tass: 'TASS',
  interfax: 'Interfax',
  ria: 'RIA Novosti',
  'ria novosti': 'RIA Novosti',
  pti: 'PTI',
  ians: 'IANS',
  ani: 'ANI',
  upi: 'UPI',
  efe: 'EFE',
  ansa: 'ANSA',
  'kyodo news': 'Kyodo',
  kyodo: 'Kyodo',
  yonhap: 'Yonhap',
  bloomberg: 'Bloomberg',
  'anadolu agency': 'Anadolu',
  bernama: 'Bernama',
  'canadian press': 'CP',
  aap: 'AAP',
};
