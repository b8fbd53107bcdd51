/**
 * Disputes and alignment on small invented stories, analysed by the real analyzer: figures of one
 * measure, challenged figures, denials of what others say of the denier, antonyms that agree, and
 * quotes whose wordings drift. Every sentence here is written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { disputed, story } from './testing.js';

test('figures of one measure from two named sources conflict, even side by side in one report', () => {
  const r = story({
    a: 'Police said 800 people joined the rally in Tamsk on Sunday.\nOrganisers said 5,000 people took part in the march.',
  });
  assert.ok(disputed(r, '800 people', '5,000 people'));
});

test('"no one was injured" conflicts with injured people, not with the dead', () => {
  const r = story({
    a: 'The mill owner said no one was injured in the fire at the Krell mill.',
    b: 'Six workers were treated in hospital for burns after the fire at the Krell mill, the fire brigade said.',
    c: 'Two workers were killed in the fire at the Krell mill, local officials said.',
  });
  assert.ok(disputed(r, 'no one was injured', 'Six workers'));
  assert.ok(!disputed(r, 'no one was injured', 'Two workers were killed'));
});

test('a figure said to be wrong is disputed by the statement that says so', () => {
  const r = story({
    a: 'Heavy rain flooded the valley of Orsa, and the regional authority said 9 people died.',
    b: 'Aid workers in Orsa said the official figure understated the toll because many villages were cut off.',
  });
  assert.ok(disputed(r, 'understated the toll', '9 people died'));
});

test('a denial disputes what another source says of the denier', () => {
  const r = story({
    a: 'Inspectors said the blaze was started by a cable owned by Ostra Power.\nPolice said the bombing of the depot was carried out by the Night Front.',
    b: 'Ostra Power denied that its equipment caused the blaze.\nThe Night Front denied any involvement.',
  });
  assert.ok(disputed(r, 'its equipment caused the blaze', 'a cable owned by Ostra Power'));
  assert.ok(disputed(r, 'any involvement', 'carried out by the Night Front'));
  assert.ok(!disputed(r, 'any involvement', 'a cable owned by Ostra Power'));
});

test('a negated antonym agrees: "no unsafe parts" does not contradict "safe"', () => {
  const r = story({
    a: 'The operator said the old tower was safe.',
    b: 'An inspector hired by neighbours said the old tower was unsafe.',
    c: 'The city engineer said a review found no unsafe parts in the old tower.',
  });
  assert.ok(disputed(r, 'the old tower was safe', 'the old tower was unsafe'));
  assert.ok(!disputed(r, 'no unsafe parts', 'the old tower was safe'));
});

test('keeping and breaking an agreement contradict, also between two sources of one report', () => {
  const r = story({
    a: 'Minister Hal Brun said the quotas broke the fishing agreement. Minister Ida Lenz said the quotas were fully in line with the agreement.',
  });
  assert.ok(disputed(r, 'broke the fishing agreement', 'in line with the agreement'));
});

test('wordings of one utterance align across speaker descriptions, partial quotes and paraphrases', () => {
  const r = story({
    a: '“We will keep the gates shut until the owners make a fair offer,” strike leader Ana Pell told workers.',
    b: 'The strike leader vowed to “keep the gates closed until there is a fair offer”.',
    c: 'The Dock Workers Union said the gates would “stay shut until the owners make a fair offer”.',
  });
  const gates = r.quotes.filter((q) => q.variants.some((v) => /gates shut/.test(v.text)));
  assert.equal(gates.length, 1);
  const from = new Set(gates[0]!.variants.map((v) => v.evidence.reportId));
  assert.deepEqual([...from].sort(), ['a', 'b', 'c'], JSON.stringify(r.quotes.map((q) => q.variants.map((v) => v.text))));
});

test('a quote and its negation are not one utterance', () => {
  const r = story({
    a: '“The bridge will reopen on Monday,” the mayor Lars Omm said.',
    b: '“The bridge will not reopen on Monday,” the mayor Lars Omm said.',
  });
  const bridge = r.quotes.filter((q) => q.variants.some((v) => /bridge/.test(v.text)));
  assert.equal(bridge.length, 2);
});

test('reported speech of different sources, figures or acts is not one utterance', () => {
  const r = story({
    a: 'Health officials said at least 40 people died after drinking tainted gin in Varna.\nThe mayor denied that the tender had been rigged.',
    b: 'Police said the tainted gin killed 25 people in Varna.\nCouncillors said the tender was rigged in favour of a friend of the mayor.',
  });
  for (const q of r.quotes) assert.equal(new Set(q.variants.map((v) => v.evidence.reportId)).size, 1, JSON.stringify(q.variants.map((v) => v.text)));
  assert.ok(disputed(r, '40 people died', 'killed 25 people'));
  assert.ok(disputed(r, 'the tender had been rigged', 'the tender was rigged'));
});

test('turning down an offer and a plan against a count are no disputes', () => {
  const r = story({
    a: 'The union rejected the offer of a 3 percent pay rise from Kavo Freight.\nMayor Tom Hale said the city would build 200 new homes next year.',
    b: 'Kavo Freight said it had offered a 3 percent pay rise to drivers.\nThe city council said 150 homes were built last year in the city.',
  });
  assert.deepEqual(r.disputes, []);
});

test('a denial worded apart from the report it denies: names and near-synonyms count', () => {
  const r = story({
    a: 'Striker Ivo Brenn has agreed a move to Porto Vale, sources close to the player said.',
    b: 'Coach Lina Sorr dismissed reports that Ivo Brenn had agreed to join Porto Vale.',
  });
  assert.ok(disputed(r, 'Ivo Brenn had agreed to join Porto Vale', 'a move to Porto Vale'));
});
