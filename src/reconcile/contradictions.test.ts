import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contradictingTerms } from './contradictions.js';
import { conflictingFigures, figures } from './numbers.js';
import { matchKey } from './text.js';

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

test('figures count things; years and vague quantities are not figures', () => {
  assert.deepEqual(figures('At least 14 people died and turnout was 48%').map(({ value, unit }) => ({ value, unit })), [
    { value: 14, unit: matchKey('people') },
    { value: 48, unit: matchKey('percent') },
  ]);
  assert.deepEqual(figures('In 2024 thousands of residents left'), []);
  assert.ok(conflictingFigures('nine miners were rescued from the shaft', 'eleven miners were rescued on Friday', 1));
  assert.equal(conflictingFigures('tariffs of 25 percent on steel imports', 'steel prices rose 4 percent', 1), null, 'said of different things');
  assert.equal(conflictingFigures('nine miners were rescued', 'nine miners were rescued alive', 1), null);
});
