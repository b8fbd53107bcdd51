/**
 * Words of one meaning from WordNet (`akin`) and what they change: containment by meaning counts
 * them as shared, one word for one word, so a quotation retold in other words aligns. Every
 * sentence here is invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { akin } from './wordnet.js';
import { containment, weightedContainment, words } from './text.js';
import { story } from './testing.js';

const pairs = (s: string): string[][] => s.split(', ').map((p) => p.split('/'));

test('words that share one of their first senses are akin, in regular inflections', () => {
  for (const [a, b] of pairs('tins/cans, accused/charged, ballots/votes, stopped/halted, cutting/reducing, bigger/larger, sorrier/sorry, men/man')) {
    assert.ok(akin(a!, b!), `${a} / ${b}`);
  }
});

test('opposites, kinds of a thing and words of related topics are not akin', () => {
  for (const [a, b] of pairs('first/last, rise/fall, work/activity, ships/vessels, police/officers, killed/died')) assert.ok(!akin(a!, b!), `${a} / ${b}`);
});

test('containment by meaning counts a word of one meaning as shared, one word for one word, either way round', () => {
  assert.equal(containment(words('dented tins of paint'), words('dented cans of paint')), 0.75);
  assert.equal(containment(words('dented tins of paint'), words('dented cans of paint'), true), 1);
  // one "accused" does not stand for both "charged" and "accused"
  assert.equal(containment(['charged', 'accused'], ['accused', 'ship'], true), 0.5);
  assert.equal(containment(['accused', 'ship'], ['charged', 'accused'], true), 0.5);
  // negators and numbers are matched by their keys only ("nothing" is no "zero")
  assert.equal(containment(['nothing', 'left'], ['zero', 'left'], true), 0.5);
  const weight = (): number => 1;
  assert.equal(weightedContainment(['charged', 'accused'], ['accused', 'ship'], weight), weightedContainment(['accused', 'ship'], ['charged', 'accused'], weight));
});

test('a quotation retold with other words of one meaning is one utterance', () => {
  const r = story({
    a: '“They accused my brothers of selling spoiled cans at the market,” said grocer Amira Soltani on Friday.',
    b: 'Soltani told reporters: “They charged my brothers with selling spoiled tins at the market.”',
  });
  const found = r.quotes.find((q) => q.variants.some((v) => v.text.includes('spoiled cans')));
  assert.ok(found);
  assert.ok(
    found.variants.some((v) => v.text.includes('spoiled tins')),
    JSON.stringify(r.quotes.map((q) => q.variants.map((v) => v.text))),
  );
});
