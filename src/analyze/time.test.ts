import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findTimes, tenseBefore, UNRESOLVED_EVENT, UNRESOLVED_NO_PUBLICATION_DATE } from './time.js';
import type { FoundTime } from '../model/types.js';
import { addMonths, parseIsoDate, weekdayOnOrBefore, weekStart } from './time-calendar.js';

/** dist/src/analyze → project root → ../shared */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus/kursk-2025-03');
/** The date line the clean stage strips from 004 and turns into publishedAt. */
const DATE_LINE_RE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+/;

// A Saturday: weekdays in its reports point back into the week of 10–14 March 2025.
const PUB = '2025-03-15';

function only(times: FoundTime[], text: string): FoundTime {
  const hits = times.filter((t) => t.text === text);
  assert.equal(hits.length, 1, `expected one "${text}" in ${JSON.stringify(times.map((t) => t.text))}`);
  return hits[0] as FoundTime;
}

function expectDate(text: string, expression: string, date: string | null, precision: string, pub: string | null = PUB): FoundTime {
  const t = only(findTimes(text, pub), expression);
  assert.equal(t.date, date, `${expression} in "${text}"`);
  assert.equal(t.precision, precision, `${expression} precision in "${text}"`);
  assert.equal(text.slice(t.start, t.end), t.text);
  return t;
}

test('bare weekdays are the most recent such day on or before publication', () => {
  expectDate('The mayor of Brindlecombe spoke on Thursday.', 'Thursday', '2025-03-13', 'day');
  expectDate('Speaking on Friday, the mayor said the dam held.', 'Friday', '2025-03-14', 'day');
  expectDate('The ferry sank on Saturday.', 'Saturday', '2025-03-15', 'day');
  expectDate('The ferry sank on Sunday.', 'Sunday', '2025-03-09', 'day');
});

test('next, last and future wording move a weekday', () => {
  expectDate('The council meets next Tuesday.', 'next Tuesday', '2025-03-18', 'day');
  expectDate('The council met last Saturday.', 'last Saturday', '2025-03-08', 'day');
  expectDate('The council will vote on Monday.', 'Monday', '2025-03-17', 'day');
  expectDate('The mayor said on Monday that the council will vote.', 'Monday', '2025-03-10', 'day');
  expectDate('The bridge closed on Wednesday last week.', 'Wednesday last week', '2025-03-05', 'day');
});

test('casual days, parts of the day and clock times', () => {
  expectDate('The storm hit yesterday.', 'yesterday', '2025-03-14', 'day');
  expectDate('As of Wednesday evening, the river had fallen.', 'Wednesday evening', '2025-03-12T18:00', 'part-of-day');
  expectDate('Shelling resumed last night.', 'last night', '2025-03-14T21:00', 'part-of-day');
  expectDate('The polls closed at 8 p.m. on Tuesday.', '8 p.m. on Tuesday', '2025-03-11T20:00', 'time');
  expectDate('Polling opened at 7am on Sunday.', '7am on Sunday', '2025-03-09T07:00', 'time');
  expectDate('Rain closed the fair on the afternoon of March 11.', 'afternoon of March 11', '2025-03-11T15:00', 'part-of-day');
  expectDate('The talks ended at 10:30 local time on Friday.', '10:30 local time on Friday', '2025-03-14T10:30', 'time');
});

test('months and years without a day', () => {
  expectDate('The offensive began last August.', 'last August', '2024-08', 'month');
  expectDate('The offensive began in August 2024.', 'August 2024', '2024-08', 'month');
  expectDate('The harbour was rebuilt in 2022.', '2022', '2022', 'year');
  expectDate('Prices rose earlier this month.', 'earlier this month', '2025-03', 'month');
  expectDate('Elections are scheduled for May.', 'May', '2025-05', 'month');
});

test('explicit dates in common formats', () => {
  for (const written of ['15 March 2025', 'March 15, 2025', '15.03.2025', '2025-03-15', '3/15/2025']) {
    expectDate(`The treaty was signed on ${written} in Velmora.`, written, '2025-03-15', 'day', null);
  }
  // dotted numeric dates are day-first; a text with 25/03/2025 is day-first throughout
  expectDate('Signed 04.03.2025 in Velmora.', '04.03.2025', '2025-03-04', 'day');
  const t = findTimes('Filed 25/03/2025, amended 04/03/2025.', PUB);
  assert.deepEqual(t.map((x) => x.date), ['2025-03-25', '2025-03-04']);
});

test('ranges carry first and last day', () => {
  const week = expectDate('Talks in Velmora earlier this week failed.', 'earlier this week', '2025-03-10', 'day');
  assert.deepEqual(week.range, { start: '2025-03-10', end: '2025-03-14' });
  const past = expectDate('Rebels advanced over the past week.', 'over the past week', '2025-03-08', 'day');
  assert.deepEqual(past.range, { start: '2025-03-08', end: '2025-03-15' });
  const years = expectDate('The mine ran between 2020 and 2022.', 'between 2020 and 2022', '2020', 'year');
  assert.deepEqual(years.range, { start: '2020', end: '2022' });
});

test('relative to another event: anchored to the previous date, or unresolved', () => {
  expectDate('The dam broke on 3 March 2025. A day later, the valley flooded.', 'A day later', '2025-03-04', 'day', null);
  const t = only(findTimes('He spoke on Friday, a day after he met the envoy.', PUB), 'a day after');
  assert.equal(t.date, null);
  assert.equal(t.unresolved, UNRESOLVED_EVENT);
});

test('non-dates are ignored', () => {
  const text =
    'The three-year-old war goes on; a 30-day ceasefire would cover 2,000 troops, 86% of the front, ' +
    '3/4 of the villages, for 30 days. The Sun said a protest march may go ahead now.';
  assert.deepEqual(findTimes(text, PUB), []);
});

test('without a publication date relative expressions are unresolved, absolute ones resolve', () => {
  const times = findTimes('On Thursday, a year after the flood of August 2024, the mayor spoke; yesterday she left.', null);
  const thursday = only(times, 'Thursday');
  assert.equal(thursday.date, null);
  assert.equal(thursday.unresolved, UNRESOLVED_NO_PUBLICATION_DATE);
  assert.equal(only(times, 'yesterday').date, null);
  assert.equal(only(times, 'August 2024').date, '2024-08');
});

test('tense cue: the nearest cue walking back decides', () => {
  const s = 'Officials said talks will resume on ';
  assert.equal(tenseBefore(s, s.length), 'future');
  const p = 'The envoy said on ';
  assert.equal(tenseBefore(p, p.length), 'past');
});

function corpusText(file: string): { text: string; date: string | null } | null {
  const p = path.join(CORPUS, file);
  if (!existsSync(p)) return null;
  const raw = readFileSync(p, 'utf8');
  const m = DATE_LINE_RE.exec(raw);
  return m ? { text: raw.slice(m[0].length), date: m[1] ?? null } : { text: raw, date: null };
}

test('founding corpus 004: Thursday, August 2024, Wednesday evening', (t) => {
  const doc = corpusText('004.txt');
  if (!doc) return t.skip(`founding corpus not found at ${CORPUS}`);
  assert.equal(doc.date, PUB);
  const times = findTimes(doc.text, doc.date);
  const of = (expr: string): FoundTime[] => times.filter((x) => x.text === expr);
  assert.ok(of('Thursday').length >= 1);
  for (const x of of('Thursday')) assert.deepEqual([x.date, x.precision], ['2025-03-13', 'day']);
  assert.ok(of('August 2024').length >= 1);
  for (const x of of('August 2024')) assert.deepEqual([x.date, x.precision], ['2024-08', 'month']);
  const evening = of('Wednesday evening');
  assert.equal(evening.length, 1);
  assert.deepEqual([evening[0]?.date, evening[0]?.precision], ['2025-03-12T18:00', 'part-of-day']);
  assert.ok(/As of $/.test(doc.text.slice(0, evening[0]?.start)), 'the evening span follows "As of"');
  for (const x of times) assert.equal(doc.text.slice(x.start, x.end), x.text);
  // without its date line, the same report has only unresolved weekdays
  const undated = findTimes(doc.text, null);
  for (const x of undated.filter((y) => y.text === 'Thursday')) assert.equal(x.date, null);
});

test('founding corpus 002 and 003 against 15 March 2025: last August, Thursday, yesterday', (t) => {
  const d2 = corpusText('002.txt');
  const d3 = corpusText('003.txt');
  if (!d2 || !d3) return t.skip(`founding corpus not found at ${CORPUS}`);
  const t2 = findTimes(d2.text, PUB);
  const byText = (times: FoundTime[], expr: string): FoundTime[] => times.filter((x) => x.text.toLowerCase() === expr);
  assert.ok(byText(t2, 'last august').length >= 1);
  for (const x of byText(t2, 'last august')) assert.equal(x.date, '2024-08');
  assert.ok(byText(t2, 'thursday').length >= 1);
  for (const x of byText(t2, 'thursday')) assert.equal(x.date, '2025-03-13');
  for (const x of byText(t2, 'yesterday')) assert.equal(x.date, '2025-03-14');
  for (const x of byText(findTimes(d3.text, PUB), 'last august')) assert.equal(x.date, '2024-08');
});

test('holidays, month parts, look-back spans and scheduled present tense', () => {
  expectDate("Snow closed the pass on New Year's Day.", "New Year's Day", '2025-01-01', 'day');
  expectDate('The strike could run until the end of June.', 'end of June', '2024-06', 'month', '2024-06-12');
  assert.deepEqual(findTimes('It was the first strike in 10 years.', PUB), []);
  expectDate('The vote is on Sunday.', 'Sunday', '2025-03-16', 'day');
  expectDate('Repairs will be finished in three days.', 'in three days', '2025-03-18', 'day');
});

test('offsets hold across the paragraphs of a long text', () => {
  const filler = 'The harbour of Velmora was quiet and the boats stayed in. '.repeat(150);
  const text = `${filler}\nThe dam broke on Thursday.\n${filler}The ferry sailed on 2 March 2025.`;
  const times = findTimes(text, PUB);
  assert.deepEqual(
    times.map((t) => [t.text, t.date]),
    [
      ['Thursday', '2025-03-13'],
      ['2 March 2025', '2025-03-02'],
    ],
  );
  for (const t of times) assert.equal(text.slice(t.start, t.end), t.text);
});

test('calendar helpers: month ends, leap days, ISO weeks, publication dates as written', () => {
  assert.deepEqual(addMonths({ year: 2024, month: 1, day: 31 }, 1), { year: 2024, month: 2, day: 29 });
  assert.deepEqual(addMonths({ year: 2025, month: 3, day: 15 }, -12), { year: 2024, month: 3, day: 15 });
  assert.deepEqual(weekStart({ year: 2025, month: 3, day: 16 }), { year: 2025, month: 3, day: 10 });
  assert.deepEqual(weekdayOnOrBefore({ year: 2024, month: 3, day: 1 }, 4, true), { year: 2024, month: 2, day: 29 });
  assert.deepEqual(parseIsoDate('2025-03-15T23:30:00-05:00'), { year: 2025, month: 3, day: 15 });
  assert.equal(parseIsoDate('15 March 2025'), null);
  assert.equal(parseIsoDate('2025-02-30'), null);
});
