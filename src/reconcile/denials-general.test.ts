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
