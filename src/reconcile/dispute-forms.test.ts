/**
 * Disputes in forms the first rules did not know: verdicts of falsity, denials of a negation,
 * denials that name an accusation by one word, passive negations against another side's account,
 * and figures given as fractions, ratios, vague quantities, splits of one vote, updates and
 * shares of different wholes. Every sentence here is invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { disputed, story } from './testing.js';
import { conflictingFigures, conflictingTallies, figures } from './numbers.js';
import { deniesReportedNegation, negatedSubject } from './statements.js';

test('calling an accusation "absurd" disputes the accusation it names', () => {
  const r = story({
    a: 'The fisheries board accused the Marlin Group of smuggling protected eels through the port of Vasso.',
    b: 'A Marlin Group lawyer described the smuggling charge as "absurd" on Monday.',
  });
  assert.ok(disputed(r, 'smuggling protected eels', 'the smuggling charge'));
});

test('calling a denial a lie disputes those who deny, not those who assert', () => {
  const r = story({
    a: 'Guards fired warning shots and tear gas at the crowd outside the prison, the Harbour Times reported.',
    b: 'Prison governor Ulla Brisk said no warning shots had been fired at any point.',
    c: 'Lawyer Pia Sund said the governor\'s assertion that no warning shots were fired was "a lie".',
  });
  assert.ok(disputed(r, 'no warning shots had been fired', 'Guards fired warning shots'), 'the passive negation disputes the account');
  assert.ok(!disputed(r, 'Guards fired warning shots', 'no warning shots were fired was'), 'the lie-call agrees with the account');
});

test('a denial that is itself a negation disputes the assertion, unlike one that calls a negation a lie', () => {
  const r = story({
    a: 'Harbour commander Iver Lund said the rebel fighters in Portvik were completely surrounded by his marines.',
    b: 'The rebel council denied it. “There is no threat of our fighters being encircled in Portvik,” the council said in a statement.',
  });
  assert.ok(disputed(r, 'There is no threat of our fighters being encircled', 'completely surrounded by his marines'));
  assert.ok(deniesReportedNegation('called the assertion that no shots were fired a lie'));
  assert.ok(!deniesReportedNegation('There is no threat of our fighters being encircled'));
});

test('a denial disputes what asserts its predicate, not every statement about the same group of people', () => {
  const r = story({
    a: 'Commander Lev Orin said the Sarn troops were completely surrounded in Velka.',
    b: 'The Sarn defence ministry dismissed reports about its troops being surrounded in Velka as “propaganda”.',
    c: 'Velka forces pushed a counterattack across the river overnight, the regional governor Ada Moln said.',
  });
  assert.ok(disputed(r, 'reports about its troops being surrounded', 'completely surrounded in Velka'));
  assert.ok(!disputed(r, 'reports about its troops being surrounded', 'pushed a counterattack'), 'troops and forces alone are no shared assertion');
});

test('a passive negation disputes another side’s account of the same subject; an active one of an actor does not', () => {
  assert.deepEqual(negatedSubject('no customer records have been copied'), negatedSubject('customer records were not copied'));
  assert.equal(negatedSubject('the council would not raise the rent'), null, 'active: what the council does');
  assert.equal(negatedSubject('we were not informed'), null, 'the speaker itself');
  const r = story({
    a: 'Hackers calling themselves Grey Tide said they had copied the customer records of 40,000 members of the Vell credit union.',
    b: 'Vell credit union spokesman Aron Fisk said no customer records had been copied.',
  });
  assert.ok(disputed(r, 'no customer records had been copied', 'copied the customer records'));
});

test('what a denial says in a clause of circumstance is not what it denies', () => {
  const r = story({
    a: 'Coastguard crews boarded the ferry Amsel off Brissa on Friday, the port office said.',
    b: 'The coastguard denied that its crews had used force while boarding the ferry Amsel.',
  });
  assert.ok(!disputed(r, 'boarded the ferry Amsel', 'used force while boarding'));
});

test('shares as fractions and ratios, vague quantities, and one vote split two ways', () => {
  assert.ok(conflictingFigures('nine in ten drivers joined the strike on Monday', 'fewer than half of the drivers joined the strike', 1), 'ninety percent against under half');
  assert.equal(conflictingFigures('almost a third of the forest will be cleared', 'about 31 percent of the forest will be cleared', 1), null, 'the same share in other words');
  assert.ok(conflictingFigures('Tens of thousands of people marched through Orlov on Sunday', 'about 6,000 people took part in the march through Orlov', 1), 'tens of thousands is no 6,000');
  assert.equal(conflictingFigures('thousands of people marched through Orlov on Sunday', 'about 6,000 people took part in the march', 1), null, 'thousands allows 6,000');
  assert.ok(conflictingTallies('the board voted 5-2 to close the pool', 'the closure was approved by four votes to three'), 'seven members, two splits');
  assert.equal(figures('In 2024 dozens of residents left')[0]?.range[0], 24, 'a vague quantity allows a wide range');
});

test('an update over time, shares of different wholes, different roles and a valuation are not rival figures', () => {
  assert.equal(conflictingFigures('Two people died in the blaze on Friday', 'The death toll rose to four after two more people died in hospital', 1), null, 'an update');
  assert.equal(conflictingFigures('80 percent of its members took part in the strike', 'fewer than half of its teaching staff joined the strike', 1), null, 'members are not all teachers');
  assert.equal(conflictingFigures('at least 40 protesters were injured in the clashes', '9 officers were injured in the clashes', 1), null, 'protesters and officers');
  assert.equal(conflictingFigures('at least 40 protesters were injured in the clashes', 'about 5,000 people had taken part in the protest', 1), null, 'the injured are not the crowd');
  assert.equal(
    conflictingFigures('the council agreed to sell the depot to Brant Homes for 3.1 million marks', 'the depot was valued at 4 million marks in a survey last spring', 1),
    null,
    'a price and a valuation',
  );
});

test('a number before "in" and a year or a duration is no ratio', () => {
  assert.deepEqual(figures('floods killed 12 in 2024').map((f) => f.value), [12]);
  assert.equal(figures('rescuers pulled out five in ten minutes').some((f) => f.unit === figures('50 percent')[0]?.unit), false);
  assert.deepEqual(figures('one in five voters stayed home').map((f) => f.value), [20]);
});
