/**
 * Quote alignment beyond the labelled stories: one-word fragments quoted inside reported speech,
 * a body and its spokesperson, descriptions that are not names, and the addressee of an appeal.
 * Every sentence here is invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Reconciled } from './index.js';
import { story } from './testing.js';
import { embeddedSpeaker } from './quotes.js';

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

test('a closing contrast does not negate: "the worst part, not the wind" is "worse than the wind"', () => {
  const r = story({
    a: 'Climber Odile Maraval reached the summit on Friday. “The rain was the worst part, not the wind,” Maraval said at the hut.',
    b: 'Odile Maraval spoke at the hut. “The rain was worse than the wind,” Maraval said.',
  });
  assert.equal(quoteOf(r, 'the worst part'), quoteOf(r, 'worse than the wind'), groups(r));
  // "… and not on my crew" is a closing contrast too
  const s = story({
    a: '“The delay is on me, not on the crew,” captain Ruben Ostrov said.',
    b: '“This delay is on me and not on my crew,” captain Ruben Ostrov said.',
  });
  assert.equal(quoteOf(s, 'not on the crew'), quoteOf(s, 'not on my crew'), groups(s));
  // a negated statement stays apart from the plain one
  const t = story({
    a: '“The footbridge is not safe for walkers,” engineer Pia Lund said.',
    b: '“The footbridge is safe for walkers,” engineer Pia Lund said.',
  });
  assert.notEqual(quoteOf(t, 'is not safe'), quoteOf(t, 'is safe'), groups(t));
});

test('indefinite pronouns, contractions and a closing "nothing else" are function words in a quotation', () => {
  const r = story({
    a: 'Director Hanne Veld defended the recall. “We acted before anyone asked us to,” Veld said.',
    b: 'Hanne Veld defended the recall. “We acted before anybody requested it,” Veld said.',
  });
  assert.equal(quoteOf(r, 'before anyone asked'), quoteOf(r, 'before anybody requested'), groups(r));
  const s = story({
    a: '“Let them open my bags, my locker, my laptop. They will find a cyclist,” rider Tomas Ekberg said.',
    b: '“Open my bags. Open my locker. You’ll find a cyclist, nothing else,” rider Tomas Ekberg said.',
  });
  assert.equal(quoteOf(s, 'Let them open'), quoteOf(s, 'nothing else'), groups(s));
  const units = s.quoteGroups.flat();
  const b = units.find((u) => u.quote.text.includes('nothing else'));
  assert.ok(b && !b.negated && !b.words.includes('you’ll') && !b.words.includes("you'll"), JSON.stringify(b?.words));
});

test('"a single time" is "once", and translations swap the verbs and nouns of doing', () => {
  const r = story({
    a: '“I have not lied a single time in my career,” umpire Lars Hovde said.',
    b: 'Umpire Lars Hovde said he had “never lied, not even once, in my career”.',
  });
  assert.equal(quoteOf(r, 'a single time'), quoteOf(r, 'not even once'), groups(r));
  const s = story({
    a: 'The coast guard of Morvane denied it. “Our vessels conducted no operations in the area,” the coast guard said.',
    b: 'The Morvane coast guard responded. “Our patrol vessels carried out no actions in that region,” the coast guard said.',
  });
  assert.equal(quoteOf(s, 'conducted no operations'), quoteOf(s, 'carried out no actions'), groups(s));
});

test('of several reported speeches in a sentence, the quotation after it leads from the one it shares words with', () => {
  const r = story({
    a: 'Police chief Arne Solberg on Monday dismissed as false claims that officers had beaten the driver, saying the crowd had thrown stones first. "No officer laid a hand on the driver," Solberg told reporters.',
  });
  assert.equal(quoteOf(r, 'officers had beaten the driver'), quoteOf(r, 'No officer laid a hand'), groups(r));
  assert.notEqual(quoteOf(r, 'the crowd had thrown stones'), quoteOf(r, 'No officer laid a hand'), groups(r));
});

test("reported speech named as another's claim is not the words of the one who rejects it", () => {
  const r = story({
    a: 'Dr Ilse Marn, who runs the clinic at Sorby, said the wards were full. She rejected the mayor\'s suggestion that staff were padding the waiting lists. "Every name on that list is a patient we have seen," she said.',
  });
  assert.notEqual(quoteOf(r, 'staff were padding the waiting lists'), quoteOf(r, 'Every name on that list'), groups(r));
});

test('reported speech ends with its clause: a relative clause, or a clause of narration after it', () => {
  // "who wrote that …, has not commented": the main clause is not part of what she wrote
  const r = story({
    a: 'Kerstin Alm, who wrote in her letter that she was leaving so the agency could finish its audit undisturbed, has not commented since.',
  });
  const unit = r.quoteGroups.flat().find((u) => u.quote.text.includes('leaving so the agency'));
  assert.ok(unit && !unit.words.includes('commented') && !unit.negated, JSON.stringify(unit?.words));
  // "…, but residents fear …": the first clause is compared on its own
  const s = story({
    a: '“Every ferry line that covers its costs will keep sailing,” harbour director Nils Brun said on Monday.',
    b: 'Harbour director Nils Brun has said every ferry line that covers its costs will keep sailing, but residents fear for the winter crossing to Holm, which is rarely full.',
  });
  assert.equal(quoteOf(s, '“Every ferry line'), quoteOf(s, 'but residents fear'), groups(s));
});

test('negation is one word however it is spelt: "nobody", "no one", "none", "not … one"', () => {
  const r = story({
    a: '“Tenants are paying more for colder flats and nobody warned them,” housing campaigner Ola Brekke said.',
    b: 'Campaigner Ola Brekke said tenants were “paying more for colder flats, and no one warned them”.',
  });
  assert.equal(quoteOf(r, 'nobody warned them'), quoteOf(r, 'no one warned them'), groups(r));
  const s = story({
    a: '“Our council kept every promise of the agreement; the county kept none,” council leader Brit Sande said.',
    b: 'Council leader Brit Sande said: “Our council kept every promise of the deal. The county did not keep even one.”',
  });
  assert.equal(quoteOf(s, 'the county kept none'), quoteOf(s, 'did not keep even one'), groups(s));
  // a negated wording and an unnegated one stay apart, whichever negative word it uses
  const t = story({
    a: '“Nobody inspected the roof before the storm,” builder Rolf Aune said.',
    b: '“Somebody inspected the roof before the storm,” builder Rolf Aune said.',
  });
  assert.notEqual(quoteOf(t, 'Nobody inspected'), quoteOf(t, 'Somebody inspected'), groups(t));
});

test('words reported speech credits to someone else are not part of it, and join their own speaker', () => {
  const r = story({
    a: 'The ferry operator said on Friday that its timetable was “being revised” after the hull damage, which the inspector measured at 40 centimetres, a crack its engineer has called “cosmetic”.',
    b: 'Its engineer, Sigrun Holt, said the crack was 30 centimetres long, which she described as “cosmetic, nothing that would stop a ship sailing”.',
  });
  assert.notEqual(quoteOf(r, '“cosmetic”'), quoteOf(r, '“being revised”'), groups(r));
  assert.equal(quoteOf(r, '“cosmetic”'), quoteOf(r, 'nothing that would stop'), groups(r));
  // the speaker's own label ("what he called") stays his
  const units = story({ a: 'The mayor said the budget was what he called “a survival plan” for the town.' }).quoteGroups.flat();
  const inner = units.find((u) => u.quote.text === '“a survival plan”');
  assert.ok(inner && !inner.embedded, JSON.stringify(inner));
});

test('words quoted after "called the cuts" in someone else\'s reported speech are the labeller\'s, as after "called it"', () => {
  assert.equal(embeddedSpeaker('Chief executive Hanna Strood, who called the cuts '), 'Hanna Strood');
  assert.equal(embeddedSpeaker('the union called the new rota '), 'union');
  assert.equal(embeddedSpeaker('his lawyer has called '), 'lawyer');
  assert.equal(embeddedSpeaker('the plant will close in May '), null);
});

const GREVE = 'ORLEY, June 2 – “We let down every family who waited for us, and I am sorrier than I can say,” harbour master Tomas Greve said on Monday.';

test("a named speaker's few words repeated word for word elsewhere join the fuller quotation, even with one content word", () => {
  const r = story({
    a: GREVE,
    b: 'Harbour master Tomas Greve told the inquiry he was “sorrier than I can say” and offered to resign.',
  });
  assert.equal(quoteOf(r, '“sorrier than I can say”'), quoteOf(r, 'We let down every family'), groups(r));
});

test('the same few words (one content word) from two different named people stay apart', () => {
  const r = story({
    a: GREVE,
    b: 'The ferry owner, Ilse Marten, said she was “sorrier than I can say” for the delays.',
  });
  assert.notEqual(quoteOf(r, '“sorrier than I can say”'), quoteOf(r, 'We let down every family'), groups(r));
});

test("a named person's short sentence found inside a fuller quotation is not that quotation", () => {
  const r = story({
    a: 'ORLEY, June 2 – Asked whether he would resign, harbour master Tomas Greve said: “Not at all.” He added: “We will see what the inspectors find.”',
    b: '“I am not at all worried about the money,” Tomas Greve said on Monday. On the new levy, Greve said: “We will see.”',
  });
  assert.notEqual(quoteOf(r, '“Not at all.”'), quoteOf(r, 'not at all worried'), groups(r));
  assert.notEqual(quoteOf(r, '“We will see.”'), quoteOf(r, 'what the inspectors find'), groups(r));
});

test("a named person's words and the same few words of a named organisation stay apart", () => {
  const r = story({
    a: GREVE,
    b: 'The Orley Harbour Board said it was “sorrier than I can say” that the ferry had been late.',
  });
  assert.notEqual(quoteOf(r, '“sorrier than I can say”'), quoteOf(r, 'We let down every family'), groups(r));
});
