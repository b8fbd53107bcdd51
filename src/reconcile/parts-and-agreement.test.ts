/**
 * Readings added for look-alike stories (R6): a denial that negates the opposite of what another
 * side asserts agrees with it; a count at one place is a part the whole may exceed; "a dozen" is
 * a figure; "present" counts attendance; a price called mistaken is corrected by the figure
 * given. Every sentence here is invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { disputed, story } from './testing.js';
import { conflictingFigures, figures } from './numbers.js';

test('"no risk to people who drink the water" agrees with "the water is safe to drink"', () => {
  const r = story({
    a: '“There is no risk to anyone who drinks the tap water in Ormsby,” said the water board’s chief chemist, Dr Lena Moor.',
    b: 'Consumer group head Per Dahl agreed that the tap water in Ormsby was safe to drink.',
  });
  assert.ok(!disputed(r, 'no risk to anyone who drinks the tap water', 'safe to drink'));
});

test('a count at one place is a part of the whole, not a rival count of it', () => {
  assert.equal(conflictingFigures('some 900 hens died in three days at a farm near Orne', 'more than 90,000 hens had been killed on farms around Orne', 1), null);
  // without the place, the two counts of one measure conflict
  assert.ok(conflictingFigures('some 900 hens died in three days near Orne', 'more than 90,000 hens had been killed on farms around Orne', 1));
  // a higher count elsewhere is still no part: 900 at one farm cannot be 300 in all
  assert.ok(conflictingFigures('some 900 hens died at a farm near Orne', 'only 300 hens died', 1));
});

test('"in a landslide" names the event, not one place of several', () => {
  const [f] = figures('Seven people have died in a landslide in the village of Tarn');
  assert.deepEqual(f?.range, [7, 7]);
});

test('"a dozen" and "two dozen" are figures, and a hedge before the article bounds them', () => {
  assert.deepEqual(
    figures('fewer than a dozen barges were held up').map((f) => [f.value, f.range]),
    [[12, [6, 12]]],
  );
  assert.deepEqual(
    figures('two dozen barges were held up').map((f) => f.value),
    [24],
  );
});

test('guests "present" and people who "attended" are one measure', () => {
  assert.ok(conflictingFigures('Fewer than 30 guests were present at the dinner', 'more than 200 people attended the dinner', 1));
});

test('a sum offered as the correction of a reported price conflicts with it, an order apart', () => {
  const paid = 'The gallery paid 1.2 million euros for the painting';
  assert.ok(conflictingFigures('the gallery said the price widely reported was wrong: its accounts record a payment of €90,000', paid, 1));
  // without the correction, sums an order apart may be different things (a first payment, the total)
  assert.equal(conflictingFigures('its accounts record a payment of €90,000', paid, 1), null);
});

test('ships "delayed" and ships "waiting" are one measure, and "fewer than a dozen" is below 30', () => {
  assert.ok(conflictingFigures('the harbour master said fewer than a dozen barges had been delayed', '30 barges were waiting at the lock on Friday', 1));
  // a delay and a count of something else done are different measures
  assert.equal(conflictingFigures('fewer than a dozen barges had been delayed', '30 barges were unloaded at the lock', 1), null);
});
