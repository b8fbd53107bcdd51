/**
 * Denials phrased without "deny" and bare denials whose object is only "the claim" or "the
 * report": the verdict a denial passes and the circumstances it is made in are not what it
 * denies; a verdict passed on someone's claim, a plea of innocence and a claim set aside are
 * denials; a promise reported of someone else is a claim. Every sentence here is invented for
 * this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { disputed, story } from './testing.js';
import { classifyAct } from '../analyze/statements.js';
import { deniedObject } from './statements.js';

test('the verdict and the circumstances of a denial are not what it denies', () => {
  assert.equal(deniedObject('the allegation “an outright lie from a clerk we sacked”', 'called'), 'the allegation');
  assert.equal(deniedObject('the harbour claim as “a tale the ferrymen tell”', 'described'), 'the harbour claim');
  assert.equal(deniedObject('the report at a crowded press briefing', 'denied'), 'the report');
  assert.equal(deniedObject('the allegation on Friday', 'rejected'), 'the allegation');
  assert.equal(deniedObject('the claim was baseless and would be fought in court', 'said'), 'the claim');
  // a proposition stays whole
  assert.equal(deniedObject('the report had been altered before it was filed', 'denied'), null);
  assert.equal(deniedObject('reports in the Courier that the mill would shut', 'dismissed'), null);
  assert.equal(deniedObject('the mill had polluted the stream', 'denied'), null);
  // a verdict before the object leaves the text whole
  assert.equal(deniedObject('as “plainly wrong” claims that the mill had shut', 'dismissed'), null);
});

test('a verdict passed on a claim, a plea of innocence and a claim brushed aside are denials', () => {
  assert.equal(classifyAct('called', 'the allegation “an outright lie”').act, 'denial');
  assert.equal(classifyAct('described', 'the overtime claim as “a story the drivers tell each other”').act, 'denial');
  assert.equal(classifyAct('called', 'the council\'s estimate “a number plucked from thin air”').act, 'denial');
  assert.equal(classifyAct('described', 'the figure of 90 trucks as “wildly exaggerated”').act, 'denial');
  assert.equal(classifyAct('pleaded', 'not guilty').act, 'denial');
  assert.equal(classifyAct('brushed', 'the mayor\'s claim of vote-buying as sour grapes', 'aside').act, 'denial');
  // weight granted to a claim, or a report welcomed, is no denial
  assert.equal(classifyAct('called', 'the allegations “deeply troubling”').act, 'assessment');
  assert.equal(classifyAct('called', 'the report “a wake-up call”').act, 'assessment');
  assert.equal(classifyAct('pleaded', 'for calm').act, 'appeal');
});

test('a promise reported of someone else is a claim; one made by the speaker stays a promise', () => {
  assert.equal(classifyAct('said', 'the transport minister had promised bus drivers that the route would reopen in May').act, 'claim');
  assert.equal(classifyAct('said', 'we have promised the drivers that the route will reopen').act, 'promise');
  assert.equal(classifyAct('promised', 'the route would reopen in May').act, 'promise');
});

test('a bare denial made at a news conference is about the report it names', () => {
  const r = story({
    a: 'Port director Hal Wennick stepped down on Monday, a day after a weekly reported that he had let a cousin\'s firm run the night ferry without a tender.\n\nWennick denied the report at a crowded press briefing. He said he was leaving for family reasons.',
  });
  assert.ok(disputed(r, 'the report at a crowded', "he had let a cousin's firm run the night ferry"));
});

test('a claim called a lie is linked through what the denier goes on to say', () => {
  const r = story({
    a: 'A former bookkeeper at the Tamsel co-operative has told auditors that its chairman paid members\' savings into a racing stable, according to a letter seen by the Ledger.\n\nChairman Oren Falk called the allegation “an outright lie from a clerk we sacked”. “Not a penny of members\' savings ever left the co-operative,” he said.',
  });
  assert.ok(disputed(r, 'the allegation “an outright lie', 'paid members'));
});

test('a verdict on the lawsuit of a named plaintiff disputes what the plaintiff claims', () => {
  const r = story({
    a: 'Painter Ilse Brandt has sued the gallery owner Tomas Rett, claiming that he sold eleven of her canvases without paying her.',
    b: 'Rett\'s lawyers called Ilse Brandt\'s lawsuit “greedy and without merit” on Monday and said every canvas had been paid for by cheque.',
  });
  assert.ok(disputed(r, "Ilse Brandt's lawsuit", 'he sold eleven of her canvases'));
});

test('a named claim described with an epithet disputes the claim that uses the word', () => {
  const r = story({
    a: '“They shut the depot on drivers who had come in for the early shift. That is a lockout, call it what you like,” said drivers\' union steward Cal Marr.',
    b: 'Depot manager Ria Holt described the lockout claim as “a story the union likes to tell”. “The depot is open to anyone who wants to drive,” she said.',
  });
  assert.ok(disputed(r, 'the lockout claim', 'That is a lockout'));
});

test('a plea of not guilty disputes the charge stated just before it, whose negation sits in a relative clause', () => {
  const r = story({
    a: 'Prosecutors said the harbour pilot Egon Sall logged safety drills on the ferry that he never held. Sall, 47, pleaded not guilty.',
  });
  assert.ok(disputed(r, 'not guilty', 'logged safety drills'));
});

test('a reported promise is disputed by a denial that it was made', () => {
  const r = story({
    a: 'Union leader Kai Ostrow said the transport minister had promised bus drivers in private that the night routes would reopen in May.',
    b: 'Transport minister Lene Varr denied on Thursday that she had promised drivers the night routes would reopen in May.',
  });
  assert.ok(disputed(r, 'she had promised drivers', 'had promised bus drivers in private'));
});

test('a denial in the possessive names whose account it rejects, not an accusation against that owner', () => {
  const r = story({
    a: 'Only a third of the money raised by the Lindow Animal Fund reached its shelters, according to an analysis by the Herald.',
    b: 'The Lindow Animal Fund accused a regional newspaper of misreading its books. A spokesman for the fund\'s founder called the newspaper\'s article “a hatchet job”.',
  });
  assert.ok(!disputed(r, "the newspaper's article", 'misreading its books'));
});

test('a denier who goes on to deny in the words of another denial does not dispute it', () => {
  const r = story({
    a: 'The anti-doping agency said the sprinter Ola Brek had tested positive for the banned stimulant fenorax. Brek denied taking anything. “I have never used a banned product, and I never will,” he wrote.',
    b: '“I have never taken a banned product in my career,” the 24-year-old told a radio station.',
  });
  assert.ok(!disputed(r, 'taking anything', 'I have never taken a banned product'));
  assert.ok(disputed(r, 'taking anything', 'tested positive for the banned stimulant'));
});

test('a claim brushed aside by a hyphenated name disputes the accusation in other words', () => {
  const r = story({
    a: 'Candidate Rolf Adder accused the governor\'s party of buying votes in two river towns.',
    b: 'The governor\'s party on Monday brushed aside Rolf Adder\'s claim of vote-buying as the moaning of a poor loser.',
  });
  assert.ok(disputed(r, 'claim of vote-buying', 'buying votes in two river towns'));
});

test('a denial of "that account" is about the sentence just before it, even a negation', () => {
  const r = story({
    a: 'The Kelvin Road bakery reopened on Tuesday after a week of repairs.\n\nSeveral shoppers said the shelves had no bread left by nine in the morning. The bakery rejected that account.',
  });
  assert.ok(disputed(r, 'that account', 'the shelves had no bread left'));
  assert.ok(!disputed(r, 'that account', 'reopened on Tuesday'));
});

test('a quoted verdict after "rejected that" points back at the accusation before it', () => {
  const r = story({
    a: 'Coach Marta Ilves accused the league of leaking the transfer story to the papers to hide its own debts. A league spokesman rejected that "flatly" and said the accounts were public.',
  });
  assert.ok(disputed(r, 'that "flatly"', 'leaking the transfer story'));
});

test('"the claim" is something someone claimed, not the outlet\'s narration before it', () => {
  const r = story({
    a: 'Rower Pia Strand says her rival was towed by a launch for the last kilometre of the race.\n\nStrand, 29, finished second on Sunday after leading for most of the course.\n\nBut the winner laughed off the claim.',
  });
  assert.ok(disputed(r, 'the claim', 'her rival was towed'));
  assert.ok(!disputed(r, 'the claim', 'finished second on Sunday'));
});

test('what a body\'s titled spokesperson says next tells what its denial is about, and is not disputed by it', () => {
  const r = story({
    a: 'Parents say the milk at the nursery had been left in a warm van all afternoon. A parents\' group says nineteen toddlers are now unwell.\n\nDairyway Foods firmly rejects the claim. “Our milk is chilled from the farm to the fridge and delivered the same morning,” said operations director Hana Pike.',
  });
  assert.ok(disputed(r, 'the claim', 'left in a warm van'));
  assert.ok(!disputed(r, 'the claim', 'nineteen toddlers'));
  assert.ok(!disputed(r, 'the claim', 'Our milk is chilled'));
});

test('an assertion of absence agrees with a negation of presence', () => {
  const r = story({
    a: 'Campers said the taps at the north field had no water left by Saturday noon.',
    b: 'Angry festival-goers told the Echo that the water taps had been drained dry and the showers were empty by the weekend.',
  });
  assert.ok(!disputed(r, 'the taps at the north field had no water left', 'the water taps had been drained'));
});

test('quoted words of a speaker the report leaves unnamed are no side against that speaker elsewhere', () => {
  const r = story({
    a: 'The climber reached the summit at noon. “The wind was the hard part, not the altitude,” she said at the base camp.',
    b: '“The wind was harder than the altitude,” said climber Oda Renvik after her descent.',
  });
  assert.ok(!disputed(r, 'The wind was the hard part', 'The wind was harder than the altitude'));
});

test('"no drone was seen" disputes a sighting, not the strike', () => {
  const r = story({
    a: 'A drone hit a fuel store in the river port of Tarvel overnight, setting two tanks alight, port officials said.',
    b: 'No drone was seen over Tarvel that night, dock workers told the Herald.',
  });
  assert.ok(!disputed(r, 'A drone hit a fuel store', 'No drone was seen over Tarvel'));
  const s = story({
    a: 'Port officials said radar had tracked a drone over Tarvel for ten minutes before the blast.',
    b: 'No drone was tracked over Tarvel that night, the coastguard told the Herald.',
  });
  assert.ok(disputed(s, 'radar had tracked a drone', 'No drone was tracked over Tarvel'));
});

test('"no such promise" is a denial of the promise reported just before it', () => {
  assert.equal(classifyAct('said', 'he had made no such promise to anyone').act, 'denial');
  const r = story({
    a: 'Ward councillors said Mayor Ruth Ashdown had promised the market traders a rent freeze before the budget vote. Ashdown said she had made no such promise to anyone.',
  });
  assert.ok(disputed(r, 'no such promise', 'promised the market traders a rent freeze'));
});

test('a denial of one\'s part in a report without the charge disputes the accusations others aim at the denier', () => {
  const r = story({
    a: 'Fire gutted a warehouse in the border town of Selka overnight. Dravia blamed Olmany for the blaze.',
    b: 'Olmany repeated that it had nothing to do with the fire in Selka.',
  });
  assert.ok(disputed(r, 'it had nothing to do with the fire', 'the blaze'));
});

test('"denied the claims" rejects what was claimed before, not the appeal that followed it', () => {
  const r = story({
    a: 'Governor Ilse Marrow said on Sunday that the dam at Lessing was leaking badly and could give way within days.\nShe went on to urge residents downstream to leave their homes tonight.\nThe water board denied the claims.',
  });
  assert.ok(disputed(r, 'the claims', 'was leaking badly'), 'the claim two sentences back');
  assert.ok(!disputed(r, 'the claims', 'leave their homes'), 'not the appeal just before');
});

test('a denial verb under a negator concedes: "did not dispute that" is no denial', () => {
  const r = story({
    a: 'The harbour board said the old crane had been taken down because its jib was corroded beyond repair.',
    b: 'Rigger Tomas Ekberg, who inspected the crane for the dockers, did not dispute that the jib had needed repairs. “The cab and the tracks were in fine order,” he said.',
  });
  assert.ok(!disputed(r, 'the jib had needed repairs', 'taken down because its jib'));
});

test('a denial made by a negation does not dispute another negation', () => {
  const r = story({
    a: 'Gallery director Nell Soames said: “Nobody on our staff thinks the show was weak. It was a show nobody had time to visit.”',
    b: 'Alderman Piet Royce, for his part, has said he did not visit the show and has no plans to.',
  });
  assert.ok(!disputed(r, 'he did not visit the show', 'Nobody on our staff'));
});

test('a negation in another sentence of a quote does not negate what the first sentence asserts', () => {
  const r = story({
    a: '“We were filling nine boats in ten. You don\'t scrap a winner,” skipper Mara Lund told the Tide.',
    b: 'Harbour master Olaf Brenn says the fleet was filling nine boats in ten before the cuts.',
  });
  assert.ok(!disputed(r, 'We were filling nine boats in ten', 'the fleet was filling nine boats in ten'));
});

test('a word under "any" is not asserted: both sides negate the same thing', () => {
  const r = story({
    a: '“There is no tram depot planned for Linden Street, and there never was,” said council leader Aled Prys.',
    b: 'The council said the felling was unconnected with any tram depot, and that it had followed its own survey.',
  });
  assert.ok(!disputed(r, 'There is no tram depot', 'unconnected with any tram depot'));
});

test('"That is a lie" points past the sentence that narrates the denier\'s answer to the claim before it', () => {
  const r = story({
    a: 'Rowing coach Ivo Marek was fighting for his job last night after a protest over a banned training method.\nA steward at the Vell club claims Marek had been weighing his crew in secret before the regatta. “Every oarsman in that boathouse knew about the scales,” the steward said.\n\nMarek, who was stood down on Monday, hit back angrily. “That is a lie told by a man who hides behind the club,” he told us. He insists he has never used a banned method.',
  });
  assert.ok(disputed(r, 'That is a lie told by a man', 'Every oarsman in that boathouse'));
  // not the opening sentence that shares one word ("banned") with what he goes on to say
  assert.ok(!disputed(r, 'That is a lie told by a man', 'fighting for his job'));
  assert.ok(!disputed(r, 'That is a lie told by a man', 'hit back angrily'));
});

test('a denial whose whole object is a demonstrative ("rejected that.", "denies this") disputes what it points back at', () => {
  for (const denial of ['Varrow Mills rejected that.', 'Varrow Mills denies this.', 'Varrow Mills disputed that on Friday.']) {
    const r = story({
      a: `Anglers on the Teme accused Varrow Mills of emptying its dye vats into the river at night. ${denial}`,
    });
    const pointer = /\b(that|this)\b/.exec(denial)![1]!;
    assert.ok(disputed(r, 'emptying its dye vats', pointer), denial);
  }
  // a time adverbial after the verb is no object: the clause that follows is what is denied
  const r = story({ a: 'Varrow Mills denied this week that it had emptied its dye vats into the Teme.' });
  assert.ok(r.statements.some((s) => s.act === 'denial' && s.text.includes('emptied its dye vats')), JSON.stringify(r.statements.map((s) => s.text)));
});

test('"contested", "contradicted", "repudiated", "scoffed at" and "ruled out" deny; "contested the seat" does not', () => {
  assert.equal(classifyAct('contested', 'the council\'s figures').act, 'denial');
  assert.equal(classifyAct('contested', 'that account').act, 'denial');
  assert.equal(classifyAct('contested', 'the seat in 2019').act, 'claim');
  assert.equal(classifyAct('contradicted', 'the harbour master\'s account of the night').act, 'denial');
  assert.equal(classifyAct('repudiated', 'the report').act, 'denial');
  assert.equal(classifyAct('scoffed', 'the claim', 'at').act, 'denial');
  assert.equal(classifyAct('scoffed', '“We will win the cup,”').act, 'claim');
  assert.equal(classifyAct('ruled', 'any risk of collapse', 'out').act, 'denial');
  assert.equal(classifyAct('ruled', 'the evidence was admissible').act, 'claim');
  const r = story({
    a: 'Patients on the Orlen trial said the makers kept recruiting for months after the first liver problems were reported. Orlen Pharma contested that account.',
    b: 'Orlen Pharma contested that the trial had kept recruiting after liver problems were reported.',
  });
  assert.ok(disputed(r, 'kept recruiting for months', 'that account'));
  assert.ok(disputed(r, 'kept recruiting for months', 'the trial had kept recruiting'));
});

test('"Asked about X\'s account, a spokesman said: “That is false”" disputes what X said before it; the question itself is no statement', () => {
  const r = story({
    a: 'Dr Lena Oduya says she emailed the water board on June 4 about a cracked sluice gate. “I told them where the crack was and how fast it was growing. They did nothing about it,” she said.\nAsked about Dr Oduya’s account, a board spokesman said: “That is simply false, and our own logs show it.”',
  });
  assert.ok(disputed(r, 'she emailed the water board', 'That is simply false'));
  assert.ok(disputed(r, 'They did nothing about it', 'That is simply false'));
  assert.ok(!r.statements.some((s) => s.text.startsWith('Dr Oduya’s account')), JSON.stringify(r.statements.map((s) => s.text)));
});
