/**
 * Words of one meaning from WordNet (`akin`) and what they change: containment counts them as
 * shared, so a quotation retold in other words aligns. Every sentence here is invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { akin } from './wordnet.js';
import { containment, words } from './text.js';
import { story } from './testing.js';

const pairs = (s: string): string[][] => s.split(', ').map((p) => p.split('/'));

test('words that share one of their commonest senses are akin, in any inflection', () => {
  for (const [a, b] of pairs('big/large, tins/cans, accused/charged, ballots/votes')) assert.ok(akin(a!, b!), `${a} / ${b}`);
});

test('opposites, kinds of a thing and words of related topics are not akin', () => {
  for (const [a, b] of pairs('first/last, rose/fell, work/activity, ships/vessels, police/officers, killed/died')) assert.ok(!akin(a!, b!), `${a} / ${b}`);
});

test('containment counts a word of one meaning as shared, and no more than once', () => {
  const a = words('large tins of paint');
  const b = words('big cans of paint');
  assert.equal(containment(a, b), 1);
  assert.equal(containment(words('large tins'), words('large large cans')), 1);
  // ("of" and "paint" are shared; small and large, boxes and tins are not)
  assert.equal(containment(words('large tins of paint'), words('small boxes of paint')), 0.5);
});

test('a quotation retold with other words of one meaning is one utterance', () => {
  const r = story({
    a: '“They accused my brothers of selling spoiled cans at a large market,” said grocer Amira Soltani on Friday.',
    b: 'Soltani told reporters: “They charged my brothers with selling spoiled tins at a big market.”',
  });
  const found = r.quotes.find((q) => q.variants.some((v) => v.text.includes('spoiled cans')));
  assert.ok(found);
  assert.ok(
    found.variants.some((v) => v.text.includes('spoiled tins')),
    JSON.stringify(r.quotes.map((q) => q.variants.map((v) => v.text))),
  );
});
