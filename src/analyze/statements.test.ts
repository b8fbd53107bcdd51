import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeReport } from './index.js';
import { classifyAct } from './statements.js';
import type { FoundStatement } from '../model/types.js';

const statements = (text: string): FoundStatement[] => {
  const a = analyzeReport({ id: 't', text });
  for (const s of a.statements) assert.equal(text.slice(s.start, s.end), s.text);
  return a.statements;
};
const attributed = (text: string, needle: string): FoundStatement | undefined =>
  statements(text).find((s) => s.actorName !== null && s.text.includes(needle));

test('cue verbs decide the act when they carry one', () => {
  assert.equal(classifyAct('denied', 'that the ships were turned away').act, 'denial');
  assert.equal(classifyAct('urged', 'to reopen the border').act, 'appeal');
  assert.equal(classifyAct('accused', 'of shelling the market').act, 'accusation');
  assert.equal(classifyAct('threatened', 'to cut off gas supplies').act, 'threat');
  assert.equal(classifyAct('promised', 'that pensions would rise').act, 'promise');
  assert.equal(classifyAct('called', 'an investigation', 'for').act, 'demand');
});

test('neutral cues are typed by the content', () => {
  assert.equal(classifyAct('said', 'There is no shortage of fuel in the city').act, 'denial');
  assert.equal(classifyAct('said', 'The rebels must hand over the airport').act, 'demand');
  assert.equal(classifyAct('said', 'The situation is very difficult').act, 'assessment');
  assert.equal(classifyAct('said', 'The convoy passed the checkpoint at noon').act, 'claim');
  assert.equal(classifyAct('said', 'Anyone who attacks us will face merciless destruction').act, 'threat');
});

test('conditional promise and negation flags', () => {
  const d = classifyAct('said', 'If the strikers return to work, they will be guaranteed their old jobs');
  assert.equal(d.act, 'promise');
  assert.equal(d.conditional, true);
  assert.equal(classifyAct('said', 'There is no threat to the garrison').negated, true);
  assert.equal(classifyAct('said', 'The garrison is safe').negated, false);
  assert.equal(classifyAct('said', 'We counted no fewer than nine trucks').negated, false);
});

test('statements from quotes carry actor, act and target', () => {
  const text = 'President Sela Morrow urged Governor Pell Oduya to reopen the border crossing on Monday.';
  const s = attributed(text, 'reopen');
  assert.ok(s);
  assert.equal(s.act, 'appeal');
  assert.equal(s.actorName, 'Sela Morrow');
  assert.equal(s.targetName, 'Pell Oduya');
  assert.equal(s.quote, 0);
});

test('accusation with its target, and a relative denial by the accused', () => {
  const text = 'Minister Oren Saskia accused Valdian troops of shelling a hospital, something Valdia denies.';
  const all = statements(text);
  const acc = all.find((s) => s.act === 'accusation');
  assert.ok(acc, JSON.stringify(all));
  assert.equal(acc.actorName, 'Oren Saskia');
  const denial = all.find((s) => s.act === 'denial');
  assert.ok(denial);
  assert.match(denial.actorName ?? '', /Valdia/);
  assert.equal(denial.negated, true);
});

test('"which has been disputed by X" and "X rejected the allegations" are denials by X', () => {
  const a = statements('The rebels blamed the army for the fire, which has been disputed by Dravia.');
  assert.ok(a.some((s) => s.act === 'denial' && /Dravia/.test(s.actorName ?? '')), JSON.stringify(a));
  const b = statements('Governor Pell Oduya rejected the allegations as a smear campaign.');
  assert.ok(b.some((s) => s.act === 'denial' && s.actorName === 'Pell Oduya'));
});

test('split quotes give one statement per part', () => {
  const text =
    'Colonel Aris Tenner addressed the press. “We respect the truce,” Tenner said. “If they lay down their weapons, they will be guaranteed safe passage.”';
  const all = statements(text).filter((s) => s.actorName === 'Aris Tenner');
  assert.ok(all.some((s) => s.act === 'promise' && s.conditional));
  assert.ok(all.some((s) => s.text.includes('respect the truce') && s.act !== 'promise'));
});

test('the outlet’s own key facts are claims with no actor', () => {
  const all = statements('The storm destroyed 40 houses in the valley of Dravo last week.');
  assert.equal(all.length, 1);
  assert.equal(all[0]?.act, 'claim');
  assert.equal(all[0]?.actorName, null);
  assert.equal(all[0]?.quote, null);
});

test('a content noun before a name is a relative clause, not a speaker', () => {
  for (const [noun, verb] of [['an accusation', 'rejects'], ['a claim', 'denies'], ['a charge that', 'disputes']] as const) {
    const text = `Governor Pell Oduya accused Varnish militias of burning the granaries, ${noun} Varnland ${verb}.`;
    const all = statements(text);
    for (const s of all) assert.ok(!/^(?:an?\s+)?(?:accusation|claim|charge)/i.test(s.actorName ?? ''), `actor ${s.actorName}`);
    const accusation = all.find((s) => s.act === 'accusation');
    assert.ok(accusation, noun);
    assert.equal(accusation.actorName, 'Pell Oduya');
    assert.match(accusation.text, /burning the granaries/);
    const denial = all.find((s) => s.act === 'denial');
    assert.ok(denial, noun);
    assert.equal(denial.actorName, 'Varnland');
    assert.ok(!denial.text.includes('granaries'), 'the denial does not span the accusation');
  }
});

test('a headline passive takes its speaker from the "by" agent', () => {
  const text = 'Dunmore garrison offered amnesty by Tavel\n\nThe siege continued.';
  for (const s of statements(text)) assert.notEqual(s.actorName, 'Dunmore garrison');
});

test('time words are never actors', () => {
  const text = 'Harbour minister Ansel Quorry on Thursday promised new cranes for the docks, saying they were “long overdue”. Thursday was a holiday in Portlen.';
  const a = analyzeReport({ id: 't', text });
  for (const m of a.mentions) assert.ok(!/^(?:thursday)$/i.test(m.name), `mention ${m.name}`);
  for (const s of a.statements) assert.notEqual(s.actorName, 'Thursday');
  assert.ok(a.statements.some((s) => s.actorName === 'Ansel Quorry' && s.text.includes('overdue')));
});

test('short infinitive contents after a cue are kept; participles inside the object keep their own agent', () => {
  const threat = attributed('Mayor Ilsa Varn threatened to sue the contractor.', 'sue');
  assert.equal(threat?.act, 'threat');
  const appeal = attributed('The dockers appealed to both owners to reopen the gates.', 'reopen');
  assert.equal(appeal?.act, 'appeal');
  const denial = attributed('Colonel Aris Tenner disputed the figures published by the rebels.', 'figures');
  assert.equal(denial?.actorName, 'Aris Tenner');
});

test('a relative denial after a comma closes the accusation it denies', () => {
  for (const tail of ['something the Varnish government denies', 'which Varnland has denied']) {
    const text = `Governor Pell Oduya accused Varnish militias of burning granaries near Osk, ${tail}.`;
    const acc = statements(text).find((s) => s.act === 'accusation');
    assert.ok(acc, tail);
    assert.ok(!/denie/.test(acc.text), acc.text);
    assert.ok(statements(text).some((s) => s.act === 'denial' && /denie/.test(s.text)), tail);
  }
});

test('a second attribution verb joined by "and" starts a statement of its own', () => {
  const text = 'The mayor said the tap water was clean and denied that residents had fallen ill.';
  const all = statements(text);
  const denial = all.find((s) => s.act === 'denial');
  assert.ok(denial, JSON.stringify(all));
  assert.equal(denial.text, 'residents had fallen ill');
  const claim = all.find((s) => s.act === 'claim' && s.actorName === denial.actorName);
  assert.ok(claim);
  assert.match(claim.text, /water was clean$/);
});

test('reported speech runs on into a joined accusation; "added 300 jobs" is no cue', () => {
  const text = 'The operator Velta Rail said 30 trains ran on time and accused the drivers of exaggerating.';
  const acc = statements(text).find((s) => s.act === 'accusation');
  assert.ok(acc, JSON.stringify(statements(text)));
  assert.equal(acc.text, 'the drivers of exaggerating');
  const other = 'The company Brova said it opened a plant and added 300 jobs.';
  assert.ok(statements(other).every((s) => s.act !== 'accusation' && s.text !== '300 jobs'));
});

test('a relative denial by a body named by description', () => {
  const text = 'The Harbour Union accuses managers of skipping safety checks, something the company denies.';
  const denial = statements(text).find((s) => s.act === 'denial');
  assert.ok(denial, JSON.stringify(statements(text)));
  assert.equal(denial.actorName, 'company');
});

test('a relative denial of an account: "a version X refuted"', () => {
  const text = 'Port police said the trawler had rammed the patrol boat first, a version Marrow flatly refuted.';
  const denial = statements(text).find((s) => s.act === 'denial');
  assert.ok(denial, JSON.stringify(statements(text)));
  assert.equal(denial.actorName, 'Marrow');
  assert.ok(!statements('Port police said the trawler had rammed the patrol boat first, a version Marrow repeated.').some((s) => s.act === 'denial'));
});

test('what a sentence says before a trailing attribution is a statement of that speaker', () => {
  const text = 'The night storm sank 40 fishing boats in the harbour, volunteers clearing the quay said on Sunday, in what sailors call the worst storm in memory.';
  const s = attributed(text, 'sank 40 fishing boats');
  assert.ok(s, JSON.stringify(statements(text)));
  assert.equal(s.text, 'The night storm sank 40 fishing boats in the harbour');
  assert.equal(s.act, 'claim');
});

test('a fronted scene-setting phrase before a trailing attribution is not a claim; a clause is', () => {
  const scene = analyzeReport({ id: 'r1', text: 'Speaking at a meeting with officials in Lorvik on Friday, the minister said the talks would resume.' });
  assert.ok(!scene.statements.some((s) => s.text.startsWith('Speaking at a meeting')));
  const clause = analyzeReport({ id: 'r2', text: 'The shelling killed 30 civilians in Lorvik overnight, volunteers said on Saturday.' });
  assert.ok(clause.statements.some((s) => s.text.startsWith('The shelling killed 30 civilians')));
});

test('a verdict of falsity makes a denial, whatever the cue', () => {
  assert.equal(classifyAct('called', 'the report “without any foundation”').act, 'denial');
  assert.equal(classifyAct('described', 'the charge as “absurd”').act, 'denial');
  assert.equal(classifyAct('said', 'the council\'s figure was invented').act, 'denial');
  assert.equal(classifyAct('said', 'the warnings were scaremongering').act, 'denial');
  assert.equal(classifyAct('called', 'the union’s account “pure invention”').act, 'denial');
  assert.equal(classifyAct('described', 'the article as “a hatchet job from start to finish”').act, 'denial');
  assert.equal(classifyAct('called', 'the story “a smear with no basis in fact”').act, 'denial');
  assert.equal(classifyAct('said', 'the video had been doctored').act, 'denial');
  assert.equal(classifyAct('described', 'the talks as difficult').act, 'assessment', 'no verdict, no denial');
  assert.equal(classifyAct('said', 'the smearing of paint on the walls took a week').act, 'claim', 'a word that only looks like a verdict');
  assert.equal(classifyAct('said', 'the new stadium was simply magnificent').act, 'claim');
});

test('an outlet sentence with a vague quantity or a categorical negation is a key fact', () => {
  const vague = statements('Thousands of people lined the quay at Dern as the last ferry left.');
  assert.ok(vague.some((s) => s.actorName === null && s.text.startsWith('Thousands')), JSON.stringify(vague));
  const none = statements('Not a single train has left the depot at Kells since the storm began.');
  assert.ok(none.some((s) => s.actorName === null && s.text.startsWith('Not a single')), JSON.stringify(none));
  assert.deepEqual(statements('The ferry left the quay as the band played on the deck.'), [], 'no fact, no statement');
});

test('a hypothetical is no accusation, and content that only points back is no statement', () => {
  assert.equal(classifyAct('said', 'This would be a horrible massacre, one not seen in a century').act, 'assessment');
  assert.equal(classifyAct('said', 'The soldiers committed a massacre in the village').act, 'accusation');
  const a = analyzeReport({ id: 't', text: 'The governor said the port would reopen. Mayor Ilse Varn echoed that sentiment on Friday.' });
  assert.ok(a.statements.some((s) => /port would reopen/.test(s.text)));
  assert.ok(!a.statements.some((s) => /^that sentiment$/.test(s.text)), 'no statement "that sentiment"');
  const b = analyzeReport({ id: 't2', text: 'The governor said the port would reopen. Senator Ada Marr echoed that same sentiment on Friday.' });
  assert.ok(!b.statements.some((s) => /^that same sentiment$/.test(s.text)), 'no statement "that same sentiment"');
});

test('a past "we asked" narrates and a past arrest reports: neither is an appeal or a threat', () => {
  assert.equal(classifyAct('said', '“Nobody told us about the leak until we asked.”').act, 'claim');
  assert.equal(classifyAct('said', 'We ask the board to reopen the ward.').act, 'appeal');
  assert.equal(classifyAct('said', 'We have asked the board to reopen the ward.').act, 'appeal');
  assert.equal(classifyAct('said', 'no one had been arrested over the fire').act, 'claim');
  assert.equal(classifyAct('said', 'a man of 30 was arrested on Friday').act, 'claim');
  assert.equal(classifyAct('warned', 'anyone found on the site would be arrested').act, 'threat');
});

test('a question put to someone ("Asked about the strike, …") is no statement', () => {
  const a = analyzeReport({ id: 'q', text: 'Asked about the strike, the minister said it was regrettable. The union asked the council to reopen the pool.' });
  assert.deepEqual(a.statements.map((s) => [s.act, s.text]), [['claim', 'it was regrettable'], ['appeal', 'to reopen the pool']]);
});
