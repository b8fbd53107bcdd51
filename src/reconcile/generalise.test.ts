/**
 * Mechanisms that carry dispute detection and quote alignment beyond the stories they were found
 * on: what a contradicting word is said of, vote tallies, sums of money, hedged and differently
 * counted figures, denials of "the accusation", negated predicates, shared noun phrases, and
 * quotes split over sentences. Every sentence here is invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FoundQuote } from '../model/types.js';
import { disputed, story } from './testing.js';
import { TERM_WINDOW, termContext } from './contradictions.js';
import { MONEY, conflictingFigures, conflictingTallies, figures, tallies } from './numbers.js';
import { sentenceRuns } from './quotes.js';
import { negatedHead } from './statements.js';
import { contentWords, matchKey, stem } from './text.js';

const content = (w: string): boolean => contentWords(w).length > 0;

test('a contradicting term is said of the words near it in its clause', () => {
  const near = termContext('Last winter the number of burglaries rose to 300, and the clear-up rate fell', 'rose', TERM_WINDOW, matchKey, content);
  assert.ok(near.has(matchKey('burglaries')));
  assert.ok(!near.has(matchKey('clear-up')), 'another clause');
  const r = story({
    a: 'The city council said on Friday that the number of burglaries rose to 300 last winter, the highest in ten years.',
    b: 'Police chief Ada Wren said the clear-up rate fell to 20 percent last winter while patrols were cut.',
  });
  assert.equal(r.disputes.length, 0, JSON.stringify(r.disputes));
});

test('vote tallies: one vote counted two ways conflicts; a range "from 5 to 9" is no tally', () => {
  assert.deepEqual(tallies('the bill passed by 61 votes to 40'), [[61, 40]]);
  assert.deepEqual(tallies('the levy goes from 5 to 9 percent'), []);
  assert.ok(conflictingTallies('passed by 61 votes to 40 on Monday', 'a majority of 61 to 44 backed it'));
  assert.equal(conflictingTallies('passed by 61 votes to 40', 'won by 61 to 40'), null);
  assert.equal(conflictingTallies('passed by 61 votes to 40', 'the committee split 7 to 2'), null, 'another vote');
  assert.ok(conflictingFigures('The senate approved the 2030 plan by 61 votes to 40.', 'A majority of 61 to 44 backed the plan.', 1), 'a year elsewhere does not date a tally');
});

test('sums of money, hedged figures, and deaths counted as people', () => {
  const [pay] = figures('he will receive a bonus of £3.5 million');
  assert.equal(pay?.unit, MONEY);
  assert.equal(pay?.value, 3_500_000);
  assert.ok(conflictingFigures('the settlement will cost the firm about £2 million', 'he will collect a payoff of £3.5 million', 1), 'one cost, two sums');
  assert.equal(conflictingFigures('the first payment, 50,000 marks in cash, was made in May', 'the contract cost the state 900,000 marks', 1), null, 'different sums');
  assert.equal(conflictingFigures('the official count of confirmed cases is just over sixty', 'officials confirmed 62 cases', 1), null, '"just over sixty" allows 62');
  assert.ok(conflictingFigures('the real number of cases in the valley is at least 200', 'officials confirmed 62 cases', 1), 'a lower bound above the other figure');
  assert.ok(conflictingFigures('the fever has caused three deaths so far', 'seven people have died of the fever', 1), 'deaths and people who died');
  assert.equal(figures('the total number of cases stood at 62')[0]?.unitWord, 'cases', 'the counted noun before the figure');
  assert.ok(conflictingFigures('accused of taking 3.1 million marks from the builders', 'he pocketed 2.6 million marks from the firm', 1), 'two sums of one order');
  assert.ok(conflictingFigures('the ferry sailed to Skarn twice in May', 'the ferry sailed to Skarn once in May', 1), 'how many times');
  assert.deepEqual(figures('once the ferry sails, the port will close'), [], '"once" as a conjunction');
});

test('doubled consonants stem like their base (cutting / cut, planned / plan)', () => {
  assert.equal(stem('cutting'), 'cut');
  assert.equal(stem('planned'), 'plan');
  assert.equal(stem('falling'), 'fall');
});

test('every form of an e-final word is one stem, and a silent "e" still tells short words apart', () => {
  const one = (forms: string[]): void => assert.equal(new Set(forms.map(stem)).size, 1, forms.join('/'));
  one(['nurse', 'nurses', 'nursing', 'nursed']);
  one(['close', 'closes', 'closed', 'closing']);
  one(['strike', 'strikes', 'striking']);
  one(['agree', 'agreed', 'agreeing']);
  one(['size', 'sizes', 'sized']);
  one(['hope', 'hoped', 'hoping']);
  assert.notEqual(stem('plane'), stem('plan'));
  assert.notEqual(stem('planing'), stem('planned'));
  assert.notEqual(stem('care'), stem('car'));
  assert.notEqual(stem('quite'), stem('quit'));
  assert.notEqual(stem('hoping'), stem('hopping'));
  // a synonym class listing "encircle" covers its other forms
  assert.equal(matchKey('encircles'), matchKey('surrounded'));
  // but "fire" is not "fired" (dismissed)
  assert.notEqual(matchKey('fire'), matchKey('sacked'));
});

test('"rejected the accusation" denies the latest accusation before it, not the last claim', () => {
  const r = story({
    a: [
      'Union leader Pia Holm accused the mill owners of hiding safety reports from inspectors.',
      'The mill employs about 400 people in the valley, the union said.',
      'The owners rejected the accusation.',
    ].join(' '),
  });
  assert.ok(disputed(r, 'hiding safety reports', 'the accusation'));
  assert.ok(!disputed(r, 'employs about 400 people', 'the accusation'));
});

test('a negated predicate of one side disputes the same predicate asserted by another', () => {
  assert.equal(negatedHead('we have never fired a single shot at the village'), 'fired');
  assert.equal(negatedHead('there were no fewer than ten boats'), null);
  const r = story({
    a: 'The river authority has dredged the northern channel again this spring, the fishermen\'s guild said on Monday.',
    b: '"We have not dredged the northern channel this year," authority spokesman Ole Brandt said.',
  });
  assert.ok(disputed(r, 'dredged the northern channel again', 'We have not dredged'));
  const s = story({
    a: 'The probe reached the comet on Tuesday after a six-year flight, the space agency said.',
    b: 'The lander the probe carried did not reach the comet surface intact, engineers said.',
  });
  assert.ok(!disputed(s, 'reached the comet on Tuesday', 'did not reach'), 'the lander is not the probe');
});

test('a denial sharing only a noun phrase with a claim does not dispute it', () => {
  const r = story({
    a: 'Storms flooded the centre of Lorvik overnight, damaging the county library, the mayor said.',
    b: 'Fire chief Ivo Sand dismissed as false claims that his crews had abandoned the county library.',
  });
  assert.ok(!disputed(r, 'damaging the county library', 'abandoned the county library'));
});

test('a direct quote split over sentences is two utterances; one split inside a sentence is one', () => {
  const text = '"The roof held up," Mara Lind told reporters. "We will reopen the hall next week."';
  const q: FoundQuote = {
    start: 0,
    end: text.length,
    text,
    direct: true,
    speaker: { start: text.indexOf('Mara'), end: text.indexOf(' told') },
    speakerName: 'Mara Lind',
    cue: { start: text.indexOf('told'), end: text.indexOf('told') + 4 },
    parts: [{ start: text.indexOf('"We'), end: text.length }],
  };
  const runs = sentenceRuns(text, q);
  assert.equal(runs.length, 2);
  assert.equal(runs[0]?.text, '"The roof held up,"');
  assert.equal(runs[1]?.text, '"We will reopen the hall next week."');
  const one = '"The roof held up," Mara Lind said, "and the hall will reopen."';
  assert.equal(sentenceRuns(one, { ...q, text: one, end: one.length, parts: [{ start: one.indexOf('"and'), end: one.length }] }).length, 1);
  const r = story({ a: text, b: '"The roof held up," said Mara Lind, the hall manager.' });
  const held = r.quotes.find((x) => x.text.includes('roof held up'));
  assert.ok(held && !held.text.includes('reopen'), JSON.stringify(r.quotes.map((x) => x.text)));
});

test('an accusation of inflating a toll disputes the accused party’s figure, not a third party’s', () => {
  const r = story({
    a: 'Floods killed 14 people in the valley, the mayor of Dorn said on Monday.',
    b: 'A police spokesman said nine people died in the floods and accused the Green League of inflating the toll.',
  });
  assert.ok(!disputed(r, 'Floods killed 14 people', 'inflating the toll'));
  assert.ok(disputed(r, 'Floods killed 14 people', 'nine people died'), 'the figures themselves still conflict');
});

test('a negation elsewhere in a statement does not negate its contradicting term', () => {
  const r = story({
    a: 'Works council head Lina Roth accused the board of keeping the staff council in the dark about the closure.',
    b: 'A company spokesman said the staff council had been briefed in detail in April and that nothing had been withheld.',
  });
  assert.ok(disputed(r, 'in the dark', 'briefed in detail'));
  const s = story({
    a: 'The harbour authority said the cracks in the pier were cosmetic.',
    b: 'Divers said their survey found no structural damage to the pier.',
  });
  assert.ok(!disputed(s, 'were cosmetic', 'no structural damage'), 'a negated antonym agrees');
});

test('"said that was a lie: …" denies what comes before it', () => {
  const r = story({
    a: [
      'Inspector Kay Moor accused the dock owners of dumping oil into the bay at night.',
      'Owner Ray Hull said that was a lie: "Not one drop has left our tanks. Our crews are careful."',
    ].join(' '),
  });
  assert.ok(disputed(r, 'dumping oil into the bay', 'was a lie'));
});

test('opposite directions said of one thing contradict; said of different things they do not', () => {
  const r = story({
    a: 'Farmers said the shells came from the west on Sunday night, the Valley Post reported.',
    b: 'A defence spokesman said rebel gunners had fired the shells from the eastern hills.',
  });
  assert.ok(disputed(r, 'shells came from the west', 'from the eastern hills'));
  const s = story({
    a: 'Council officials said heavy floods hit farms in the north of the county on Sunday.',
    b: 'The education office said schools in the south of the county stayed open on Monday.',
  });
  assert.ok(!disputed(s, 'floods hit farms', 'schools in the south'));
});
