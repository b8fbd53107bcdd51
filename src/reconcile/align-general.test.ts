/**
 * Quote alignment beyond the labelled stories: one-word fragments quoted inside reported speech,
 * a body and its spokesperson, descriptions that are not names, and the addressee of an appeal.
 * Every sentence here is invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Reconciled } from './index.js';
import { story } from './testing.js';

/** The quote whose variants include one citing `needle` (the tightest variant that does). */
function quoteOf(r: Reconciled, needle: string): string {
  let best: { id: string; len: number } | null = null;
  for (const q of r.quotes) {
    for (const v of q.variants) {
      if (!v.evidence.exact.includes(needle)) continue;
      if (!best || v.evidence.exact.length < best.len) best = { id: q.id, len: v.evidence.exact.length };
    }
  }
  assert.ok(best, `a quote citing "${needle}" in ${JSON.stringify(r.quotes.map((q) => q.variants.map((v) => v.text)))}`);
  return best.id;
}

const groups = (r: Reconciled): string => JSON.stringify(r.quotes.map((q) => q.variants.map((v) => v.text)));

test('a one-word fragment quoted in reported speech joins the fuller quotation it stands in', () => {
  const r = story({
    a: 'Harbour master Lise Ostrander spoke on Monday. “They did not repair the crane; they patched it,” Ostrander said of the contractor.',
    b: 'Ostrander, who said the contractor had “patched” the crane, has asked the port board for an inquiry.',
  });
  assert.equal(quoteOf(r, '“patched”'), quoteOf(r, 'they patched it'), groups(r));
});

test('a short fragment needs its sentence to share another word with the fuller quotation', () => {
  const r = story({
    a: 'Harbour master Lise Ostrander spoke on Monday. “They did not repair the crane; they patched it,” Ostrander said.',
    b: 'Ostrander said the new ferry timetable was “patched” together over a weekend.',
  });
  assert.notEqual(quoteOf(r, '“patched”'), quoteOf(r, 'they patched it'), groups(r));
});

test('a quotation by a body and one by its named spokesperson are not two speakers', () => {
  const r = story({
    a: '“The figures from the northern depots were unlike any we have recorded,” said board spokesman Tomas Brekke.',
    b: 'The Grain Standards Board described the figures as “unlike any” it had recorded before.',
  });
  assert.equal(quoteOf(r, '“unlike any”'), quoteOf(r, 'northern depots'), groups(r));
});

test('two quoted pieces of one reported sentence are one utterance', () => {
  const r = story({
    a: 'Mayor Ilse Varga called the gang “cowardly vandals” who “will be caught and charged”. Crews cleaned the walls overnight.',
    b: '“These cowardly vandals will be caught and charged,” Varga said on Tuesday.',
  });
  assert.equal(quoteOf(r, '“cowardly vandals”'), quoteOf(r, '“will be caught and charged”'), groups(r));
  assert.equal(quoteOf(r, '“cowardly vandals”'), quoteOf(r, 'These cowardly'), groups(r));
});

test('a speaker described by an age is not named: it may be the named speaker of another report', () => {
  const r = story({
    a: 'Sprinter Maja Lund denied the charge on Monday. "I have never used a forbidden substance in my career, and I never will," Lund wrote.',
    b: 'The 29-year-old rejected the finding. “I have never taken a banned substance in my career and I never will,” the 29-year-old wrote.',
  });
  assert.equal(quoteOf(r, 'never used a forbidden'), quoteOf(r, 'never taken a banned'), groups(r));
});

test("an appeal's addressee is not part of what was asked", () => {
  // The addressee's words ("the Northern Fleet") must not tie the appeal to another quote.
  const r = story({
    a: 'Governor Anton Ilves urged the commanders of the Northern Fleet to release the detained crews, as talks continue over a possible truce.',
    b: 'Asked about the Northern Fleet on Thursday, Governor Anton Ilves said he was open to the idea of a ceasefire.',
  });
  assert.notEqual(quoteOf(r, 'release the detained crews'), quoteOf(r, 'open to the idea'), groups(r));
  const appeal = r.quoteGroups.flat().find((u) => u.quote.text.includes('release the detained crews'));
  assert.ok(appeal && appeal.words.includes('release'), JSON.stringify(appeal?.words));
  assert.ok(!appeal.words.includes('northern') && !appeal.words.includes('commanders'), JSON.stringify(appeal.words));
  // "appealed to X to …": "to" before a name is no infinitive; "not to …" keeps its negator
  const s = story({
    a: 'The envoy appealed to Ilves to free the crews. She also begged the navy not to sink the trawler.',
  });
  const units = s.quoteGroups.flat();
  assert.deepEqual(units.find((u) => u.quote.text.includes('free the crews'))?.words, ['free', 'crews']);
  const sink = units.find((u) => u.quote.text.includes('sink'));
  assert.ok(sink?.words.includes('not') && !sink.words.includes('navy'), JSON.stringify(sink?.words));
});
