import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contradictingTerms } from './contradictions.js';
import { PERSON, conflictingFigures, figures } from './numbers.js';
import { isNegated, matchKey, quoteWords } from './text.js';

test('contradicting terms: antonyms and negating prefixes, not look-alike words', () => {
  const cases: [string, string, [string, string] | null][] = [
    ['The pier is safe for ferries', 'Divers said the pier was unsafe', ['safe', 'unsafe']],
    ['the cracks were cosmetic', 'the cracks were structural', ['cosmetic', 'structural']],
    ['the estimate was inaccurate', 'the estimate was accurate', ['inaccurate', 'accurate']],
    ['the mayor opposed the imposition of a curfew', 'the mayor took a firm position', null],
    ['the ferry sailed on time', 'the ferry sailed on time again', null],
  ];
  for (const [a, b, expected] of cases) assert.deepEqual(contradictingTerms(a, b), expected, `${a} / ${b}`);
});

test('figures count things; years are not figures, vague quantities allow a wide range', () => {
  assert.deepEqual(figures('At least 14 people died and turnout was 48%').map(({ value, unit }) => ({ value, unit })), [
    { value: 14, unit: PERSON },
    { value: 48, unit: matchKey('percent') },
  ]);
  assert.deepEqual(figures('In 2024 thousands of residents left').map((f) => f.range), [[2000, 9999]]);
  assert.deepEqual(figures('In 2024 the residents left'), []);
  assert.ok(conflictingFigures('nine miners were rescued from the shaft', 'eleven miners were rescued on Friday', 1));
  assert.equal(conflictingFigures('tariffs of 25 percent on steel imports', 'steel prices rose 4 percent', 1), null, 'said of different things');
  assert.equal(conflictingFigures('nine miners were rescued', 'nine miners were rescued alive', 1), null);
});

test('figures conflict when they measure the same thing, whatever else the sentences say', () => {
  assert.ok(conflictingFigures('15,000 people joined the rally', 'about 2,000 people took part in the Sunday march', 1), 'attendance both');
  assert.ok(conflictingFigures('rescuers pulled 90 survivors from the water', '87 people had been rescued', 1), 'survivors are people');
  assert.ok(conflictingFigures('no one was hurt', 'four passengers were taken to hospital with minor injuries', 1), 'nobody is zero');
  assert.ok(conflictingFigures('the real figure was 700 flats', 'we have built 2,000 flats', 1), 'a figure offered as the real one');
  assert.equal(conflictingFigures('no one was hurt', 'two passengers died', 1), null, 'injured and dead are different measures');
  assert.equal(conflictingFigures('12 people were killed in the quake', 'a quake in 2019 killed 40 people', 1), null, 'a dated figure is background');
  assert.deepEqual(figures('187 people had been rescued and 23 were missing').map((f) => f.measures), [['rescued'], ['missing']]);
});

test('phrase antonyms and hedged negators', () => {
  assert.deepEqual(contradictingTerms('the quotas broke the treaty', 'the quotas were fully in line with the treaty'), ['broke', 'in line with']);
  assert.equal(isNegated('at no fewer than twelve stations'), false);
  assert.equal(isNegated('there was no warning'), true);
  assert.deepEqual(quoteWords("We heard nothing new and didn't leave"), ['heard', 'nothing', 'new', 'not', 'leave']);
});
