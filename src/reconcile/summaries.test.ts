/**
 * Quote alignment beyond shared wording (a reporter's summary that leads into the quotation,
 * translation drift between negators and verb forms) and figures that count a share or a part.
 * Every sentence here is invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Reconciled } from './index.js';
import { disputed, story } from './testing.js';
import { conflictingFigures, figures } from './numbers.js';
import { matchKey, quoteWords } from './text.js';

/** The Quote whose variants cite each needle is one and the same. */
function aligned(r: Reconciled, a: string, b: string): boolean {
  const of = (needle: string): string | undefined => r.quotes.find((q) => q.variants.some((v) => v.evidence.exact.includes(needle)))?.id;
  const qa = of(a);
  const qb = of(b);
  const all = JSON.stringify(r.quotes.map((q) => q.variants.map((v) => v.evidence.exact)));
  assert.ok(qa, `a quote citing "${a}" in ${all}`);
  assert.ok(qb, `a quote citing "${b}" in ${all}`);
  return qa === qb;
}

test('a summary in reported speech and the quotation it leads into are one utterance', () => {
  const r = story({
    a: 'Harbour master Ilse Voss said the channel was safe again. "Every buoy has been checked twice," she told reporters on the quay.',
  });
  assert.ok(aligned(r, 'the channel was safe again', 'Every buoy has been checked twice'));
});

test('a body’s denial leads into its own spokesperson’s words, not another body’s', () => {
  const own = story({
    a: 'The water board rejected the accusation. "Not one litre of sewage reached the lake," spokeswoman Kira Dent said.',
  });
  assert.ok(aligned(own, 'the accusation', 'Not one litre of sewage reached the lake'));
  const other = story({
    a: 'The water board rejected the accusation. "Sewage reached the lake for three nights," anglers\' club spokesman Olaf Brun said.',
  });
  assert.ok(!aligned(other, 'the accusation', 'Sewage reached the lake for three nights'));
});

test('a summary does not join a different speaker’s quotation after it', () => {
  const r = story({
    a: 'Growers around Tull say the frost has destroyed most of the apple blossom. "I have never lost a whole season before," said grower Mats Eide.',
  });
  assert.ok(!aligned(r, 'the frost has destroyed most of the apple blossom', 'I have never lost a whole season before'));
});

test('"never" and "not", "took place" and "happened", "ran" and "run" are the same words in a quote', () => {
  assert.deepEqual(quoteWords('the meetings never took place'), ['meetings', 'not', 'happened']);
  assert.equal(matchKey('ran'), matchKey('run'));
  assert.equal(matchKey('flown'), matchKey('fly'));
  const r = story({
    a: 'Senator Ada Holm said: "Those meetings with the builders did not happen."',
    b: 'Senator Ada Holm told the radio: "These meetings with the builders never took place."',
  });
  assert.ok(aligned(r, 'did not happen', 'never took place'));
  const s = story({
    a: 'Senator Ada Holm said: "Those meetings with the builders did happen."',
    b: 'Senator Ada Holm told the radio: "These meetings with the builders never took place."',
  });
  assert.ok(!aligned(s, 'did happen', 'never took place'), 'opposite polarity stays apart');
});

test('a share of a total counts the share; a part "among" others is no total', () => {
  const share = figures('80 percent of the mill\'s 1,500 workers joined the strike').find((f) => f.unitWord === 'workers');
  assert.equal(share?.value, 1200);
  assert.ok(conflictingFigures('80 percent of the mill\'s 1,500 workers joined the strike', 'fewer than 300 of the mill\'s workers were on strike', 1), 'about 1,200 strikers against fewer than 300');
  assert.equal(figures('fewer than 300 of the mill\'s workers were on strike')[0]?.unitWord, 'workers', 'the owner is not what is counted');
  assert.equal(conflictingFigures('the blast killed 14 miners', 'three miners were among the injured', 1), null, 'a part, and another measure');
  assert.equal(conflictingFigures('the blast killed 14 miners', 'two rescuers were among the dead miners', 1), null, 'a part of the dead');
  assert.equal(
    conflictingFigures('the gas leak killed 14 miners and damaged the hospital wing', 'five miners were treated in hospital', 1),
    null,
    'what stands in another clause does not say what the 14 are',
  );
});

test('opposite states said of one thing by two sides contradict; of different things they do not', () => {
  const r = story({
    a: 'The ferry terminal at Brask was operating normally on Friday, the port operator said.',
    b: 'Union official Tova Rand said the ferry terminal at Brask was shut all day on Friday.',
  });
  assert.ok(disputed(r, 'operating normally', 'was shut all day'));
  const s = story({
    a: 'The city museum was closed on Friday for repairs, the council said.',
    b: 'Traders said shops in the old town were operating normally on Friday.',
  });
  assert.equal(s.disputes.length, 0, JSON.stringify(s.disputes));
  const t = story({
    a: 'Club chairman Edo Marsh said the coach had resigned of his own free will.',
    b: 'Two players said the coach was fired after the defeat on Sunday.',
  });
  assert.ok(disputed(t, 'resigned of his own free will', 'was fired after the defeat'));
});
