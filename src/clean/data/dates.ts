/** Month names and date/header patterns for header lines of plain-text reports. */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
  jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const TIME = '(?:\\s*(?:,|at|-|–|\\|)?\\s*\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4}\\b|\\s*(?:utc|gmt)(?:[+-]\\d{1,2})?)?)?';

/** A date in a common written form; groups are read by `parseDateMatch`. */
export const DATE_SOURCE =
  `(?:${WEEKDAY}(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?` +
  `|${WEEKDAY}(?<mn1>${MONTH})\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y1>\\d{4})${TIME}` +
  `|${WEEKDAY}(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<mn2>${MONTH}),?\\s+(?<y2>\\d{4})${TIME})`;

/** Labels that introduce a date header line. */
export const DATE_LABEL = '(?:date|dated|published(?:\\s+on)?|posted(?:\\s+on)?|updated(?:\\s+on)?|last\\s+updated|first\\s+published)';

/** Dateline: "KYIV, March 14 (Reuters) -" / "LONDON (AP) —". Place in capitals, optional date, source. */
export const DATELINE_SOURCE =
  `^\\s*(?<place>[A-Z][A-Z.'’ -]{1,40}(?:,\\s*[A-Z][A-Za-z.]{1,20})?)\\s*,?\\s*(?<date>${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?)?\\s*\\((?<src>[^()\\n]{2,40})\\)\\s*[-–—:]+\\s*`;

/** Leading source tag: "(The Post News)–", "(AP) -". */
export const SOURCE_TAG_SOURCE = '^\\s*\\((?<src>[A-Z][^()\\n]{1,40})\\)\\s*[-–—:]+\\s*';

/** Trailing credit after the last sentence: "(Agencies)", "(With inputs from PTI)". */
export const TRAILING_CREDIT_SOURCE = '(?<=[.!?”"’)\\]])\\s*\\((?:with inputs from\\s+)?(?<src>[A-Z][\\w.&’\' -]{1,40})\\)\\s*$';

/** Byline: "By Jane Doe and John Roe", optionally followed by a role or outlet. */
export const BYLINE_SOURCE =
  "^\\s*by\\s+(?<name>[A-Z][\\w.'’-]+(?:\\s+(?:[A-Z][\\w.'’-]+|and|&|de|van|von|der|la|le|da|di),?){0,6})\\s*(?:[,|–—-]\\s*.{0,60})?$";

/**
 * Words that make up date/time lines in several languages ("Published Nov 18, 2019 at 4:07 PM",
 * "segunda-feira, 22 de janeiro de 2018 às 0:13"). A short line made only of these, digits and
 * punctuation is a date line, not article text.
 */
export const DATE_LINE_WORDS = new RegExp(
  '\\b(?:' +
    [
      // English
      'jan(?:uary)?', 'feb(?:ruary)?', 'mar(?:ch)?', 'apr(?:il)?', 'may', 'june?', 'july?', 'aug(?:ust)?', 'sep(?:t(?:ember)?)?', 'oct(?:ober)?', 'nov(?:ember)?', 'dec(?:ember)?',
      'mon(?:day)?', 'tue(?:s(?:day)?)?', 'wed(?:nesday)?', 'thu(?:rs(?:day)?)?', 'fri(?:day)?', 'sat(?:urday)?', 'sun(?:day)?',
      'published', 'updated', 'posted', 'last', 'modified', 'on', 'at', 'am', 'pm', 'a\\.m', 'p\\.m', 'utc', 'gmt', '[ecmp][sd]t', 'bst', 'cet', 'ist', 'ago', 'hours?', 'minutes?', 'days?', 'the', 'of', 'st', 'nd', 'rd', 'th',
      // Portuguese / Spanish
      'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro',
      'enero', 'febrero', 'marzo', 'mayo', 'junio', 'julio', 'septiembre', 'octubre', 'noviembre', 'diciembre',
      'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes',
      'de', 'del', 'às', 'as', 'a las', 'publicado', 'atualizado', 'actualizado', 'em', 'el',
      // French / German / Italian
      'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
      'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'le', 'à', 'publié', 'mis à jour',
      'januar', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'um', 'uhr', 'veröffentlicht', 'aktualisiert', 'am',
      'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre', 'pubblicato', 'aggiornato', 'alle', 'il',
    ].join('|') +
    ')(?=$|[^\\p{L}])',
  'giu',
);

/** Staff and agency credit lines closing a report. */
export const CREDIT_LINE_SOURCE =
  '^(?:\\(?\\s*)?(?:(?:additional )?(?:reporting|writing|editing|compiled|produced|research|translated|photos?) by\\b.{0,160}|(?:source|sources|credit|with (?:agency )?inputs(?: from)?)\\s*:?\\s*[\\p{Lu}][^.!?]{0,60}|(?:agencies|agency inputs))\\s*\\)?\\.?$';
