/**
 * Disputes that must NOT be found: a bare verdict whose closest antecedent asserts nothing, an
 * account of a source that gave several, sums of different things, rates, limits and updates
 * against counts, overcharging taken for a challenge of a figure, a contrast's asserted part, a
 * denied charge against a claim that accuses no one. And the reading that replaces a guess: a
 * denial naming "the reports" rejects what "reports that …" introduced. Every sentence here is
 * invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { disputed, story } from './testing.js';
import { conflictingFigures, figures } from './numbers.js';
import { clauseNegated, negatedSameState } from './contradictions.js';
import { FIGURE_CHALLENGE } from './data/lexicon.js';

test('a bare verdict after a negation does not reach back to an older claim', () => {
  const r = story({
    a: [
      'Harbour engineer Tove Lind said the north pier had been repaired in March.',
      'Councillor Ebba Holm said the ferry company had paid for the work itself.',
      'The port director, Ruben Falk, has not commented on the Gazette’s findings.',
      'The ferry company called it “pure fiction”.',
    ].join(' '),
  });
  assert.ok(!disputed(r, 'paid for the work itself', 'pure fiction'), 'the closest statement denies nothing');
});

test('a bare verdict still disputes the claim just before it', () => {
  const r = story({
    a: 'Union leader Maja Berg said managers had locked the workers out of the depot. The bus company called that “pure invention”.',
  });
  assert.ok(disputed(r, 'locked the workers out', 'pure invention'));
});

test('a denial naming "the reports" disputes what reports said, not a spokesman’s claim after them', () => {
  const r = story({
    a: [
      'Health minister Otto Svan quit on Friday, a week after reports that a hospital cleaning contract had gone to his cousin’s company.',
      'A cabinet spokeswoman said Svan had stepped down for family reasons.',
      'Svan denied any wrongdoing and described the reports as “a fabrication”.',
    ].join(' '),
  });
  assert.ok(disputed(r, 'cleaning contract had gone to his cousin', 'a fabrication'));
  assert.ok(!disputed(r, 'stepped down for family reasons', 'a fabrication'));
});

test('the account of a source that said several things is the one the denier’s own words answer', () => {
  const account = 'Two wardens told the Courier the fence had been cut in three places. The wardens also said the west gate of the reserve was unlocked all night.';
  const answered = story({ a: `${account} The reserve trust called the wardens’ account “a fabrication” and said its records showed the west gate locked at dusk.` });
  assert.ok(disputed(answered, 'west gate of the reserve was unlocked', 'a fabrication'));
  assert.ok(!disputed(answered, 'cut in three places', 'a fabrication'), 'the trust says nothing of the fence');
  const bare = story({ a: `${account} The reserve trust called the wardens’ account “a fabrication”.` });
  assert.ok(!disputed(bare, 'cut in three places', 'a fabrication'), 'the first of several is a guess');
  assert.ok(!disputed(bare, 'west gate of the reserve was unlocked', 'a fabrication'), 'so is any other');
});

test('sums of differently named things do not conflict; sums of one thing do', () => {
  assert.deepEqual(figures('a €9 million bridge repair contract went to a local firm')[0]?.thing?.length, 3);
  assert.equal(figures('she received a payoff of £2 million.')[0]?.thing, undefined, 'a sum standing alone names no thing');
  assert.equal(
    conflictingFigures('a €9 million bridge repair contract went to a local firm', 'the contract was part of a €14 million road programme approved in May', 1),
    null,
    'a contract and the programme it belongs to',
  );
  assert.ok(conflictingFigures('a €9 million bridge repair contract went to a local firm', 'the €14 million bridge repair contract was signed in May', 1));
  assert.ok(conflictingFigures('the club paid £9 million for the striker', 'the striker cost the club £14 million', 1));
});

test('number words make one figure: "one hundred and eighty thousand" is 180,000', () => {
  assert.equal(figures('one hundred and eighty thousand pounds was staked on the horse')[0]?.value, 180000);
  assert.equal(figures('twenty-five miners were rescued')[0]?.value, 25);
  assert.equal(
    conflictingFigures('Bookmakers took £180,000 in bets against the horse', 'one hundred and eighty thousand pounds was staked against the horse', 1),
    null,
  );
});

test('a rate per thing, a limit and an update are no rival counts', () => {
  assert.equal(conflictingFigures('the operator will pay £3,000 a year per mast into a village fund', 'a village fund worth £60,000 a year', 1), null, 'rate and total');
  assert.ok(conflictingFigures('the sample held 3.4 milligrams of lead per litre', 'the sample held 0.9 milligrams of lead', 1), 'a unit of measure is no rate');
  assert.equal(conflictingFigures('the council limited the market to 40 stalls', 'more than 90 stalls were set up on the square', 1), null, 'limit and count');
  assert.ok(conflictingFigures('40 stalls were set up on the square', 'more than 90 stalls were set up on the square', 1), 'two counts');
  assert.equal(conflictingFigures('the fever was found at two stables', 'the fever has now reached six stables', 1), null, 'an update');
  assert.equal(
    conflictingFigures('About 90 families were moved out overnight', 'The river is still rising. Nobody goes home until the engineers say so', 1),
    null,
    'a word of the sentence before says nothing of "nobody"',
  );
});

test('inflating prices is overcharging, not a challenge of a figure', () => {
  assert.ok(!FIGURE_CHALLENGE.test('the bakeries had inflated prices by 30 percent for three years'));
  assert.ok(FIGURE_CHALLENGE.test('the rebels were inflating the toll'));
});

test('"no" denies its noun, not a verb past a preposition', () => {
  assert.equal(negatedSameState('the league would take no further action over the stadium closed by the council', 'the council closed the stadium on Friday'), null);
  assert.ok(clauseNegated('inspectors found no structural damage', 'damage'));
});

test('a contrast denies only its second part', () => {
  const r = story({
    a: 'The transit authority said Friday’s stoppage was caused by the signal software failing, not by a flooded tunnel.',
    b: 'Union official Rhea Tamm said Friday’s stoppage came after the signal software stopped and that its logs were still being examined.',
    c: 'Drivers’ representative Ola Brandt said a flooded tunnel had caused Friday’s stoppage.',
  });
  assert.ok(!disputed(r, 'caused by the signal software failing', 'came after the signal software stopped'), 'both blame the software');
  assert.ok(disputed(r, 'caused by the signal software failing', 'a flooded tunnel had caused'), 'the denied part is asserted by the other');
});

test('a denial of "the charge" is about a claim that names the accused', () => {
  const named = story({ a: 'The Tarsk army said Velan forces shelled the village of Ormo on Sunday. Velan military spokesman Col. Emil Radu denied the accusation.' });
  assert.ok(disputed(named, 'Velan forces shelled the village', 'the accusation'));
  const unnamed = story({
    a: 'Stewards said the rider had eased the mare on purpose. Bookmakers said £40,000 was staked on the mare to lose. Nadia Brook strongly denies the charge.',
  });
  assert.ok(!disputed(unnamed, 'staked on the mare to lose', 'the charge'), 'the betting figure accuses no one');
});

test('a short paraphrase does not borrow the words of another quote in its sentence', () => {
  const r = story({
    a: 'At a briefing on Tuesday, the governor said he is open to the idea of a truce, but stressed that certain issues have to be settled first, including the fate of the strikers occupying the Velka mine.',
    b: 'Governor Anton Hale described the fate of the strikers in the Velka mine as one of the key issues to settle before any truce could be agreed.',
  });
  const groupOf = (needle: string): number => r.quoteGroups.findIndex((g) => g.some((u) => u.quote.text.includes(needle)));
  assert.ok(groupOf('open to the idea of a truce') >= 0 && groupOf('fate of the strikers in the Velka mine') >= 0);
  assert.notEqual(groupOf('open to the idea of a truce'), groupOf('fate of the strikers in the Velka mine'));
});
