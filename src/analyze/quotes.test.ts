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

test('the medium, place or time of an attribution is not its content', () => {
  const text = [
    'Mayor Hedda Lunn spoke on her Pinecast channel.',
    'The council wrote on social media.',
    'Lunn said in remarks broadcast on regional radio.',
    'Councillor Bram Ostby said on Tuesday.',
  ].join(' ');
  const qs = quotes(text);
  assert.deepEqual(qs.map((q) => q.text), []);
  // a clause after the circumstance is still content
  const q = find(quotes('Councillor Bram Ostby said on Tuesday he would resign.'), 'resign');
  assert.ok(q);
});

test('"so far" is not a speaker and "has not commented on X" is not a quote of X', () => {
  const text = 'The ministry in Ostrava has so far not commented on Lunn’s offer. Ostrava has not responded to the letter.';
  assert.deepEqual(quotes(text).map((q) => q.text), []);
  const q = find(quotes('Ostrava has so far insisted that the offer is void.'), 'void');
  assert.ok(q);
  assert.equal(span('Ostrava has so far insisted that the offer is void.', q.speaker), 'Ostrava');
});

test('a topic after "referring to" is not content', () => {
  const text = 'Lunn, referring to the regional press, insisted that the harbour deal was sound.';
  const qs = quotes(text);
  assert.ok(!qs.some((q) => q.text === 'the regional press'));
  assert.ok(find(qs, 'harbour deal'));
});

test('a quotation that ends the outlet’s clause before "he said" is a mixed quote of the whole clause', () => {
  const text = 'Fleet admiral Oren Vask spoke in Kell. The trapped crews are mostly “cut off” and “starving,” he explained.';
  const q = find(quotes(text), 'starving');
  assert.ok(q);
  assert.equal(q.text, 'The trapped crews are mostly “cut off” and “starving,”');
  assert.equal(q.direct, false);
  assert.equal(q.speakerName, 'Oren Vask');
});

test('speaker names with party tags, coordination and several appositions', () => {
  const a = 'Sen. Ada Marr (D-Ore.) said the levy would pass.';
  assert.equal(span(a, find(quotes(a), 'levy')?.speaker ?? null), 'Sen. Ada Marr (D-Ore.)');
  const b = 'Mayor Lev Orlo and Governor Ina Pask announced they will close the ferry.';
  assert.equal(span(b, find(quotes(b), 'ferry')?.speaker ?? null), 'Mayor Lev Orlo and Governor Ina Pask');
  const c = 'Tove Brenn, 34, a welder from Kell, said she voted for the first time.';
  assert.equal(span(c, find(quotes(c), 'voted')?.speaker ?? null), 'Tove Brenn, 34, a welder from Kell');
  const d = 'Per Aske — a ferryman from Osk — says he will strike.';
  assert.equal(span(d, find(quotes(d), 'strike')?.speaker ?? null), 'Per Aske — a ferryman from Osk');
});

test('title-cased headlines have capitalised cue verbs', () => {
  const text = 'Governor Pask Thinks Ferry Tolls Are Too High\n\nThe tolls rose in May.';
  const q = find(quotes(text), 'Tolls');
  assert.ok(q);
  assert.equal(span(text, q.speaker), 'Governor Pask');
  // ordinary sentences keep capitalised words as names, not cues
  assert.equal(quotes('The Pask Report was published.').length, 0);
});

test('parenthetical attributions take the sentence around them as content', () => {
  const a = 'The ferry, Lunn says, is too slow for the island.';
  const qa = find(quotes(a), 'too slow');
  assert.ok(qa);
  assert.equal(span(a, qa.speaker), 'Lunn');
  assert.ok(qa.text.startsWith('The ferry'));
  const b = 'The tolls, according to the harbour board, will double next year.';
  const qb = find(quotes(b), 'double');
  assert.ok(qb);
  assert.equal(span(b, qb.speaker), 'the harbour board');
  assert.ok(qb.text.startsWith('The tolls'));
});

test('a quantifier can stand for the speakers', () => {
  const text = 'Hundreds gathered at the pier in Kell. Some said the ferry had never been late before.';
  const q = find(quotes(text), 'ferry');
  assert.ok(q);
  assert.equal(span(text, q.speaker), 'Some');
});
