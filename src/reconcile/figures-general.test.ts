/**
 * Conflicting figures found by how English reports a figure, not by words of one story: the unit
 * a figure counts stops at a comma; a figure the sentence rejects ("not the 320 advertised")
 * disputes the report that gives it; lengths and speeds compare across units (a conversion is no
 * conflict); a distance is said of the place it is from; after "was" a figure is said of its
 * subject; a share is of the noun after a possessive; a figure set against "the figure given by"
 * another is offered in its place. Every sentence here is invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conflictingFigures, figures } from './numbers.js';
import { matchKey } from './text.js';

test('no word past a comma is the unit of a figure', () => {
  const [lost] = figures('Officials now put the number of crates lost at 41, following a count of the hold');
  assert.equal(lost?.unitWord, 'crates', 'the counted noun named before the figure');
  assert.equal(figures('The inquiry heard from 12, including the captain').length, 0, 'no unit at all');
  assert.equal(figures('Rescuers freed 12 miners on Sunday')[0]?.unitWord, 'miners');
});

test('a figure the sentence rejects disputes the report that gives it', () => {
  const rejecting = 'The architect said the estate would hold about 200 flats, not the 320 advertised, once the old depot is kept';
  const [given, refused] = figures(rejecting);
  assert.equal(given?.rejected, undefined);
  assert.equal(refused?.value, 320);
  assert.equal(refused?.rejected, true);
  assert.equal(refused?.unitWord, 'flats', 'counts what the figure before it counts');
  const c = conflictingFigures(rejecting, 'The council approved plans for 320 flats on the depot site.', 1);
  assert.equal(c?.a.value, 200);
  assert.equal(c?.b.value, 320);
  assert.ok(conflictingFigures('Plans for 320 flats on the depot site were approved.', rejecting, 1), 'either way round');
  // The rejected figure is no figure the statement gives: it agrees with nobody's 320 by naming it.
  assert.equal(conflictingFigures(rejecting, 'The architect said the estate would hold some 200 flats.', 1), null);
  assert.equal(conflictingFigures(rejecting, 'The depot site once employed 320 drivers.', 1), null, 'another unit');
});

test('speeds compare across units; a limit beside a speed is not the speed given again', () => {
  assert.equal(
    conflictingFigures('The recorder showed the coach was doing 80 km/h on the bend.', 'The recorder showed the coach was doing 50 mph on the bend.', 1),
    null,
    'one speed, converted',
  );
  assert.equal(
    conflictingFigures('The recorder showed the coach doing 100 kilometres an hour.', 'The recorder showed the coach doing about 60 miles per hour.', 1),
    null,
    'a rounded conversion',
  );
  const c = conflictingFigures(
    'The recorder showed the coach was doing about 130 km/h on a road limited to 80 km/h.',
    'The operator said the recorder showed a speed of well under 80 kilometres an hour.',
    1,
  );
  assert.equal(c?.a.value, 130);
  assert.ok(
    conflictingFigures('The coach was doing close to 80 mph when it left the road, a recorder showed.', 'The recorder showed a speed of well under 80 km/h.', 1),
    '80 mph is some 129 km/h',
  );
});

test('a distance is said of the place it is from, in miles or kilometres', () => {
  const [off] = figures('the yacht sank three nautical miles off the Mardal coast');
  assert.deepEqual(off?.of, [matchKey('mardal'), matchKey('coast')]);
  assert.ok(conflictingFigures('The yacht sank three nautical miles off the Mardal coast.', 'The owners said the yacht sank in open water 20 miles from the Mardal coast.', 1));
  assert.equal(
    conflictingFigures('The yacht sank three miles off the Mardal coast.', 'The yacht sank 20 miles from the border crossing.', 1),
    null,
    'distances from different places',
  );
  assert.equal(
    conflictingFigures('The yacht sank eight kilometres off the Mardal coast.', 'The yacht sank five miles off the Mardal coast.', 1),
    null,
    'one distance, converted',
  );
});

test('after "was" a figure is said of the subject of its clause', () => {
  const [low] = figures('Turnout in the guild’s postal vote had been barely 38 percent, and the result was void');
  assert.ok(low?.measures.includes('attendance'), JSON.stringify(low));
  assert.ok(conflictingFigures('Turnout in the guild’s postal vote had been barely 38 percent, and the result stood.', 'The guild said turnout was 71 percent.', 1));
  assert.equal(
    conflictingFigures('Turnout in the guild’s postal vote was 38 percent.', 'The guild said 71 percent of the members backed the merger.', 1),
    null,
    'turnout and support are different measures',
  );
});

test('a share of a possessed noun is a share of that noun', () => {
  const [q] = figures('a quarter of the bakery’s revenue came from one hotel');
  assert.ok(q?.of?.includes(matchKey('revenue')) && !q.of.includes(matchKey('bakery')), JSON.stringify(q?.of));
  assert.ok(conflictingFigures('As much as 40 percent of the revenue the bakery reported came from one hotel.', 'The owner said a quarter of the bakery’s revenue came from hotels.', 1));
  assert.equal(
    conflictingFigures('Nearly 40 percent of the bakery’s staff are part-time.', 'The owner said a quarter of the bakery’s revenue came from hotels.', 1),
    null,
    'shares of different wholes',
  );
  assert.equal(figures('found fault in a fifth of them')[0]?.of, undefined, 'a pronoun names no whole');
});

test('a sum set against the figure another gave is offered in its place', () => {
  const against = 'The money bet on the greyhound came to under £30,000, a fraction of the figure given by the gaming regulator.';
  const other = 'The gaming regulator recorded £150,000 in wagers on the race.';
  assert.ok(conflictingFigures(against, other, 1));
  assert.equal(conflictingFigures('The money bet on the greyhound came to under £30,000 on Friday.', other, 1), null, 'sums an order apart are different things');
});
