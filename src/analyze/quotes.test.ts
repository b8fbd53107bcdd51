import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMentions } from './actors.js';
import { findQuotes } from './quotes.js';
import { splitSentences } from './sentences.js';
import type { FoundQuote } from '../model/types.js';

function quotes(text: string): FoundQuote[] {
  const sentences = splitSentences(text);
  const qs = findQuotes(text, sentences, findMentions(text, sentences));
  for (const q of qs) {
    assert.equal(text.slice(q.start, q.end), q.text, 'quote offsets resolve');
    if (q.speaker) assert.ok(q.speaker.end > q.speaker.start);
  }
  return qs;
}
const span = (text: string, s: { start: number; end: number } | null): string | null => (s ? text.slice(s.start, s.end) : null);
const find = (qs: FoundQuote[], needle: string): FoundQuote | undefined => qs.find((q) => q.text.includes(needle));

test('direct quote with postposed attribution, curly marks', () => {
  const text = 'Mayor Ilsa Varnholm opened the bridge on Monday. “It cost less than we feared,” Varnholm said.';
  const q = find(quotes(text), 'less than');
  assert.ok(q);
  assert.equal(q.direct, true);
  assert.equal(q.text, '“It cost less than we feared,”');
  assert.equal(span(text, q.speaker), 'Varnholm');
  assert.equal(q.speakerName, 'Ilsa Varnholm');
  assert.equal(span(text, q.cue), 'said');
});

test('inverted attribution and straight quotes', () => {
  const text = '"The river is rising fast," said fire chief Maren Holt. Residents left.';
  const q = find(quotes(text), 'rising');
  assert.ok(q);
  assert.equal(span(text, q.speaker), 'fire chief Maren Holt');
  assert.equal(q.speakerName, 'Maren Holt');
});

test('preposed attribution with a colon, and `` \'\' marks', () => {
  const text = "Senator Lio Brandt told the chamber: ``We will not vote for this budget.'' The vote was delayed.";
  const q = find(quotes(text), 'budget');
  assert.ok(q);
  assert.equal(q.direct, true);
  assert.ok(q.text.startsWith('``We will'));
  assert.equal(q.speakerName, 'Lio Brandt');
});

test('split quote: one quotation in two parts around the attribution', () => {
  const text = 'The coach was calm. “We lost the game,” Timo Haller said. “We did not lose the season.” Fans cheered.';
  const qs = quotes(text);
  const q = find(qs, 'lost the game');
  assert.ok(q);
  assert.ok(q.text.includes('did not lose the season'), q.text);
  assert.equal(q.parts?.length, 1);
  assert.equal(qs.filter((x) => x.text.includes('season')).length, 1);
});

test('indirect speech: content after "that", cut before a second attribution', () => {
  const text = 'Spokeswoman Rana Idris said that the embassy would stay closed, though she admitted that staff were still inside.';
  const qs = quotes(text);
  const first = find(qs, 'embassy');
  const second = find(qs, 'staff were');
  assert.ok(first && second);
  assert.equal(first.text, 'the embassy would stay closed');
  assert.equal(first.direct, false);
  assert.equal(span(text, second.speaker), 'she');
  assert.equal(second.speakerName, 'Rana Idris');
});

test('mixed quote: indirect content holding a quoted phrase', () => {
  const text = 'Governor Pell Oduya promised that evacuees would receive “shelter and hot meals” within a day.';
  const q = find(quotes(text), 'shelter');
  assert.ok(q);
  assert.equal(q.direct, false);
  assert.equal(q.text, 'evacuees would receive “shelter and hot meals” within a day');
  assert.equal(q.speakerName, 'Pell Oduya');
});

test('according to, before and after the content', () => {
  const text =
    'According to the coast guard, the ferry left port forty minutes late. The cargo was lost at sea, according to the shipping company.';
  const qs = quotes(text);
  assert.equal(span(text, find(qs, 'forty minutes')?.speaker ?? null), 'the coast guard');
  assert.equal(span(text, find(qs, 'cargo was lost')?.speaker ?? null), 'the shipping company');
});

test('pronoun and description speakers resolve to the nearest fitting actor', () => {
  const text =
    'President Sela Morrow visited the flooded valley on Friday. “The damage is enormous,” she said. “We will rebuild every house,” the president added.';
  const qs = quotes(text);
  assert.equal(find(qs, 'damage')?.speakerName, 'Sela Morrow');
  assert.equal(find(qs, 'rebuild')?.speakerName, 'Sela Morrow');
});

test('a quotation with no cue nearby continues the previous speaker', () => {
  const text = 'Envoy Kasim Orr spoke for an hour.\n“The talks will go on next week,” Orr said.\n“Both sides want a deal, and both sides know the price of failure.”';
  const q = find(quotes(text), 'Both sides');
  assert.ok(q);
  assert.equal(q.speakerName, 'Kasim Orr');
});

test('scare quotes and titles are not quotations', () => {
  const text = 'The so-called “peace tax” was dropped. The band played “The Long Road” at the rally.';
  assert.equal(quotes(text).length, 0);
});

test('a quotation never extends beyond the text given', () => {
  const text = '“This is only half';
  for (const q of quotes(text)) assert.ok(q.end <= text.length);
});

test('empty text gives no quotes', () => {
  assert.deepEqual(quotes(''), []);
});

test('odd input (unbalanced marks, one endless sentence, control characters) gives resolvable spans', () => {
  const inputs = [
    '“'.repeat(200) + ' said ' + '”'.repeat(200),
    '"a" '.repeat(300),
    'He said, '.repeat(300),
    'the officials said that '.repeat(300),
    Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 500)).join(''),
    "``Unclosed quote that runs to the end of its paragraph, he said\nNext paragraph ''",
  ];
  for (const text of inputs) {
    for (const q of quotes(text)) {
      assert.ok(q.start >= 0 && q.end <= text.length && q.end > q.start);
      if (q.speaker) assert.ok(q.speaker.start >= 0 && q.speaker.end <= text.length);
    }
  }
});
