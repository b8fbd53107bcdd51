/**
 * Contradictions without denial verbs, round 2: a state negated by one side and asserted in other
 * words by another, a subject standing far from its term, negations that belong to another
 * clause, reported warnings that assert nothing, denials of a speech act, and counts of one named
 * thing. Every sentence here is invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { disputed, story } from './testing.js';
import { clauseNegated, leadingSubject, negatedSameState, opposedTerms, reportedTerm, termContext } from './contradictions.js';
import { conflictingFigures } from './numbers.js';
import { contentWords, matchKey } from './text.js';

test('a state negated by one side and asserted in other words by another contradicts', () => {
  assert.deepEqual(negatedSameState('“Our mill was not running that week,” she said', 'the mill was operating normally that week'), ['running', 'operating']);
  assert.deepEqual(negatedSameState('the sirens never sounded', 'the sirens went off twice'), ['sounded', 'went off']);
  assert.equal(negatedSameState('the mill was not running', 'the mill was not operating'), null, 'both negate: they agree');
  assert.equal(negatedSameState('the mill was running', 'the mill was operating'), null, 'both assert: they agree');
  const r = story({
    a: 'The Brenna dye works said its mill had been closed for repairs. “Our mill was not running,” manager Ida Holm said.',
    b: 'A former employee, Tomas Rehn, said the mill was operating normally that week, with three shifts a day.',
  });
  assert.ok(disputed(r, 'Our mill was not running', 'the mill was operating normally'));
});

test('a negation after a term, or inside it, does not negate it', () => {
  assert.equal(clauseNegated('the pictures were fakes that bore no likeness to the paper', 'fakes'), false);
  assert.equal(clauseNegated('800 flats were still without power on Tuesday', 'without power'), false);
  assert.equal(clauseNegated('inspectors found no damaged beams', 'damaged'), true);
  assert.deepEqual(opposedTerms('power was restored to every flat by Monday', '800 flats were still without power on Tuesday'), ['restored', 'without power']);
});

test('a subject far from its term still says what the term is said of', () => {
  const content = (w: string): boolean => contentWords(w).length > 0;
  assert.deepEqual(leadingSubject('The ferry link to the island, the only route for supplies, was suspended', 'suspended', 2, content), ['ferry', 'link']);
  const r = story({
    a: 'Negotiations between the dockers and the Varn port authority over night shifts collapsed on Friday, a union official said.',
    b: 'The port authority said the negotiations were continuing in a good atmosphere.',
  });
  assert.ok(disputed(r, 'collapsed on Friday', 'were continuing'));
});

test('a state reported as a warning or a fear is not asserted', () => {
  assert.ok(reportedTerm('the council ignored warnings that the embankment was unstable', 'unstable'));
  assert.ok(!reportedTerm('the engineers said the embankment was unstable', 'unstable'));
  assert.equal(opposedTerms('the embankment had been stable for years', 'the council ignored warnings that the embankment was unstable'), null);
});

test('a denial that a promise was made disputes the promise, not what it was about', () => {
  const r = story({
    a: "Some 600 boats blocked the harbour of Ostra on Monday as trawlermen protested against the government's cod quota. Police said the blockade ended peacefully on Tuesday evening. The harbour master said 12 ferries had been delayed.",
    b: 'A union leader said the fisheries minister had privately promised union leaders that the quota would be lifted in May. The union said 40 boats had already been sold.',
    c: 'Fisheries minister Ruth Anvik denied in parliament on Thursday that she had promised trawlermen the quota would end in May. She said the limit was needed to protect stocks. Opposition leader Per Lund said the government had lost control of the coast.',
  });
  assert.ok(!disputed(r, 'she had promised trawlermen', 'Some 600 boats blocked the harbour'));
});

test('counts of one named thing conflict without another shared word near the figures', () => {
  assert.ok(conflictingFigures('Some 900 lorries were parked along the motorway near Holt on Monday', 'About 250 lorries lined the hard shoulder on Monday, police said', 1));
  assert.equal(conflictingFigures('the slide buried up to 60 skiers on Monday', 'three skiers died on Monday', 1), null, 'buried and died measure differently');
  assert.equal(conflictingFigures('the inquiry examined 14 figures', 'the inquiry examined three times as many', 1), null);
  assert.ok(conflictingFigures('Eight out of ten teachers in the district walked out on Monday', 'fewer than half of its teaching staff had joined Monday’s strike', 1), 'teachers / teaching');
});

test('words of change or state in idioms, questions, conditions and exceptions assert nothing', () => {
  assert.equal(opposedTerms('nine patients fell ill after the meal', 'the number of patients has risen to twelve'), null, 'fell ill');
  assert.equal(opposedTerms('the ferry would sail once the wind dropped', 'a rising wind kept the ferry in port'), null, 'a condition');
  assert.equal(opposedTerms('all but two of the climbers were found alive', 'two climbers died on the ridge'), null, 'an exception');
  assert.equal(opposedTerms('the board would not say whether Moss had resigned', 'Moss was pushed out by the board'), null, 'a question');
  assert.equal(opposedTerms('the pumps had been out of order since May', '“They have been running this station on luck,” he said of the pumps'), null, 'running something');
  assert.deepEqual(opposedTerms('the pumps had been out of order since May', 'the pumps were working normally'), ['out of order', 'normally']);
});

test('a negated word that also stands before the negator contrasts, it does not deny', () => {
  const r = story({
    a: 'Referees said they had found a small camera hidden in the heel of his left boot.',
    b: '“A camera in a bag is not a camera in a boot,” his lawyer Sven Orr said.',
  });
  assert.ok(!disputed(r, 'A camera in a bag', 'found a small camera'));
});

test('a verdict of falsity that names whose account it is disputes that source, and no one else', () => {
  const r = story({
    a: 'The river at Hollby burst its banks without warning, three wardens of the flood service told the Gazette. “The sluices were opened at dawn,” one warden said. The Hollby water board called the wardens’ account “pure invention”.',
    b: 'Heavy rain fell across the valley for a third day, forecasters said.',
  });
  assert.ok(disputed(r, 'pure invention', 'burst its banks without warning'), 'the account the wardens give first');
  assert.ok(!disputed(r, 'pure invention', 'Heavy rain fell across the valley'));
});

test('figures: scales written onto the number, names before the counted noun, one measure, and both figures cited', () => {
  assert.ok(conflictingFigures('The club’s debts stand at around £90m', 'The club owes less than £40m, its owner said', 1), 'debt in millions');
  assert.ok(conflictingFigures('Ostra on Tuesday expelled four diplomats from the Varn embassy', 'Two Varn diplomats left Ostra on Wednesday', 1), 'a name before the noun');
  assert.ok(conflictingFigures('turnout in the union’s ballot had been barely 35 percent', 'turnout in the ballot was 72 percent', 1), 'one measure in both');
  assert.equal(
    conflictingFigures('monitors put turnout at 41 percent, well below the commission’s figure of 58 percent', 'turnout in the vote was only 41 percent', 1),
    null,
    'a statement that cites the other figure too',
  );
  assert.ok(conflictingFigures('about 3,000 lorries were waiting at the border', 'more than 7,000 trucks were waiting at the border crossing', 1), 'lorries are trucks');
});

test('a denial of "the accusations" disputes the accusations other reports aim at the denier', () => {
  const r = story({
    a: 'The Nordmark sailing federation accused Pia Lund of fitting a hidden motor to her dinghy during the Harbour Cup.',
    b: 'Pia Lund rejected the accusations on Friday. She said she would appeal against any ban.',
  });
  assert.ok(disputed(r, 'the accusations', 'fitting a hidden motor'));
});

test('turning down an offer named after its owner disputes no fact; "any wrongdoing" is not about any claim', () => {
  const offer = story({
    a: 'Refuse collectors in Dunley rejected the city council’s pay offer, leaving bins uncollected across the city on Monday.',
    b: 'Bins went uncollected in every district of Dunley on Monday, the council said.',
  });
  assert.ok(!disputed(offer, 'pay offer', 'Bins went uncollected in every district'));
  const part = story({
    a: 'A government spokesman said Mara Holt had resigned of her own accord. Holt categorically denied any wrongdoing.',
    b: 'Rail unions said the signalling contract had been awarded without a tender.',
  });
  assert.ok(!disputed(part, 'any wrongdoing', 'resigned of her own accord'));
});

/** Reports of a siege in the test's own words: one side says the garrison is surrounded. */
const SIEGE = {
  a: 'General Ivo Darrow of Vessmark said on Monday that the Ostrian garrison holding the town of Pell was "entirely surrounded". Darrow said his artillery had destroyed two bridges over the Lenna. The Vessmark army said food prices in Pell had tripled.',
  b: 'Vessmark has offered safe passage to the Ostrian garrison in Pell, while Ostria insists its troops are not cut off. Ostria said a convoy reached the town on Sunday. The mayor of Pell said the hospital was short of fuel.',
};

test('a synonym phrase is one word: "not cut off" negates what "surrounded" asserts', () => {
  assert.deepEqual(contentWords('its troops are not cut off'), ['troops', 'cut off']);
  assert.deepEqual(contentWords('they were cutting off the road'), ['cut off', 'road']);
  const r = story({ ...SIEGE, c: 'Aid groups said two thousand families had left the valley. A local priest said the church roof had collapsed.' });
  assert.ok(disputed(r, 'its troops are not cut off', 'entirely surrounded'));
});

test('a denial naming a claim by one word ("the claims of an encirclement") disputes the claims that use it', () => {
  const r = story({
    ...SIEGE,
    c: 'The Ostrian government dismissed the claims of an encirclement as propaganda. Its defence minister called the situation difficult. Aid groups said two thousand families had left the valley.',
  });
  assert.ok(disputed(r, 'claims of an encirclement', 'entirely surrounded'));
  // a negation of the word agrees with the denial
  assert.ok(!disputed(r, 'claims of an encirclement', 'its troops are not cut off'));
});

test('a denial worded as a negation agrees with another negation of the same predicate', () => {
  const r = story({
    ...SIEGE,
    d: '"Our garrison is not encircled and it is being resupplied," a spokesman for the Ostrian defence ministry said. Aid groups said two thousand families had left the valley. A local priest said the church roof had collapsed.',
  });
  assert.ok(disputed(r, 'Our garrison is not encircled', 'entirely surrounded'));
  assert.ok(!disputed(r, 'its troops are not cut off', 'Our garrison is not encircled'));
});

test('opposite states in other words: padlocked or open, on or out, profit or loss, usual or not, going ahead or not, whole or torn', () => {
  const cases: [string, string, [string, string]][] = [
    ['the side door of the depot was padlocked all night', 'the side door of the depot was open to visitors all night', ['padlocked', 'open']],
    ['the street lamps in Holm Lane went out at ten', 'the street lamps in Holm Lane stayed on throughout the night', ['went out', 'stayed on']],
    ['the bakery chain made a profit last year', 'the bakery chain lost £2 million last year', ['made a profit', 'lost money']],
    ['the bakery chain is loss-making', 'the bakery chain is profitable', ['loss-making', 'profitable']],
    ['the bakery chain reported a loss of $4m for the year', 'the bakery chain was in the black for the year', ['loss money', 'in the black']],
    ['trading in the shares was normal that morning', 'trading in the shares was unlike anything seen before', ['was normal', 'unlike anything']],
    ['the libel claim against the singer is still going ahead', 'the singer has settled the libel claim', ['going ahead', 'settled']],
    ['the fuel tank was intact', 'there was a long tear in the fuel tank', ['intact', 'tear']],
  ];
  for (const [a, b, expected] of cases) assert.deepEqual(opposedTerms(a, b), expected, `${a} / ${b}`);
});

test('idioms of those words name no such state', () => {
  assert.equal(opposedTerms('police fired tear gas at the barricade', 'the barricade stayed intact'), null, 'tear gas');
  assert.equal(opposedTerms('Holm stayed on as manager of the depot', 'the depot lights went out'), null, 'stayed on as');
  assert.equal(opposedTerms('the depot lights stayed on', 'the depot workers went out on strike'), null, 'went out on strike');
  assert.equal(opposedTerms('the club lost three matches in May', 'the club made a profit in May'), null, 'lost, not money');
  assert.equal(opposedTerms('the club lost its licence last year', 'the club was profitable last year'), null, 'lost, not money');
  assert.equal(opposedTerms('the firm issued a profit warning', 'the firm was loss-making'), null, 'a profit warning is no profit');
  assert.equal(opposedTerms('the firm suffered a loss of confidence', 'the firm was profitable'), null, 'a loss of confidence');
  assert.equal(opposedTerms('the founders settled in Varn in 1990', 'the Varn fair is going ahead'), null, 'settled in a town');
  assert.equal(opposedTerms('the board called an extraordinary meeting', 'the board said the vote was normal'), null, 'an extraordinary meeting');
  assert.equal(opposedTerms('the patch came outside its normal monthly cycle', 'the firm took the unusual step of issuing the patch early'), null, 'normal before a noun');
});

test('a comma between two adjectives does not end the clause', () => {
  const content = (w: string): boolean => contentWords(w).length > 0;
  assert.ok(termContext('the firm began a voluntary, precautionary recall of the milk', 'voluntary', 6, matchKey, content).has(matchKey('recall')));
  assert.ok(!termContext('she met a spokesman, who gave no figures', 'spokesman', 6, matchKey, content).has(matchKey('figures')), 'a clause after the comma');
  const r = story({
    a: 'The food regulator said it had ordered the recall of Farro oat biscuits on Monday after two children fell ill.',
    b: 'Farro Foods said on Tuesday it had launched a voluntary, precautionary recall of its oat biscuits, before any regulator asked it to.',
  });
  assert.ok(disputed(r, 'ordered the recall', 'voluntary, precautionary recall'));
});

test('a profit and a loss of money said of one firm contradict', () => {
  const r = story({
    a: 'The Dunvale ferry company made a profit last year, its chairman Olav Brekke told shareholders.',
    b: 'The Dunvale ferry company lost €3 million last year, according to accounts filed in March.',
  });
  assert.ok(disputed(r, 'made a profit last year', 'lost €3 million last year'));
});

test('a weapon fired is no one dismissed, and not saying who did a thing does not deny it was done', () => {
  // the sense: "fired first", "fired on the patrol", "shots were fired" say nothing of a dismissal
  assert.equal(opposedTerms('the sergeant resigned on Monday', 'soldiers fired on the sergeant on Monday'), null, 'shooting is no dismissal');
  assert.equal(negatedSameState('a guard on the tower had fired first at the lorry', 'the guard was never fired, his captain said'), null, 'a weapon fired, a guard not dismissed');
  assert.deepEqual(negatedSameState('the goalkeeper was fired on the spot', 'the goalkeeper was never fired'), ['fired', 'fired'], 'fired on the spot is a dismissal');
  // the negation governs the question from outside
  assert.equal(clauseNegated('the army would not say who fired first', 'fired'), false);
  assert.equal(clauseNegated('it is not clear whether the depot was closed', 'closed'), false);
  assert.equal(clauseNegated('not one tenant who asked was warned', 'warned'), true, 'a relative clause stays inside the negation');
  // a text that says the state in another clause does not negate it
  assert.equal(negatedSameState('the dye works was operating on Sunday', 'the dye works was not operating on Saturday and was operating again on Sunday'), null);
  assert.equal(
    negatedSameState('a corporal had fired first from the ridge', '“Shots were fired and two men were hurt. Nobody here can say who fired first,” the mayor said'),
    null,
  );
});

test('a vote all for against a split tally, and a thing left unchanged against one redesigned', () => {
  assert.deepEqual(opposedTerms('the council approved the levy unanimously on Tuesday', 'the levy was passed by seven votes to two on Tuesday'), ['unanimously', 'votes to']);
  assert.equal(opposedTerms('the council approved the levy unanimously on Tuesday', 'the levy was passed by seven votes to nil on Tuesday'), null, 'a tally with none against');
  assert.equal(opposedTerms('the council rejected the levy unanimously on Tuesday', 'Councillor Dunne voted against the levy on Tuesday'), null, 'all may vote against');
  assert.deepEqual(opposedTerms('the ballot paper was unchanged from last year', 'voters were handed a redesigned ballot paper'), ['unchanged', 'redesigned']);
  const r = story({
    a: 'The Orrin parish council approved the new harbour levy unanimously on Tuesday, its clerk, Mara Vell, said.',
    b: 'Councillor Piet Dunne said the harbour levy had been passed by seven votes to two after a long debate on Tuesday.',
  });
  assert.ok(disputed(r, 'approved the new harbour levy unanimously', 'passed by seven votes to two'));
});

test('none and every of one set contradict; of different sets they do not', () => {
  assert.deepEqual(opposedTerms('nobody had checked the sluice gates since 2020', 'inspectors checked every sluice gate in April'), ['nobody', 'every']);
  assert.equal(opposedTerms('nobody on the estate got a warning', 'every lamp on the estate was repaired'), null, 'warnings and lamps');
  assert.equal(opposedTerms('our depots, our drivers, and not one of us was consulted', 'every depot that pays its way will stay'), null, 'the depots are not in the clause of "not one"');
  assert.equal(opposedTerms('no one was on the terrace at the time', 'the terrace met every standard'), null, 'a standard is no stand');
  const r = story({
    a: 'Tenants of the Varrow estate said nobody had checked the gas boilers in their flats since 2020, according to their association chair, Lise Omond.',
    b: 'The housing trust said its engineers checked every gas boiler on the Varrow estate in April.',
  });
  assert.ok(disputed(r, 'nobody had checked the gas boilers', 'checked every gas boiler'));
});
