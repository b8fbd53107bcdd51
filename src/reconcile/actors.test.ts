/**
 * Story-level actors: the short forms reports use for one organisation ("Halden" for "Halden Care
 * Group") or person (a first name) are that one, but a town of the same name and a person's surname are not. Every
 * sentence here is invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActorKind, Report, ReportAnalysis } from '../model/types.js';
import type { Reconciled } from './index.js';
import { buildActors, isProperName } from './actors.js';
import { story } from './testing.js';

const names = (r: Reconciled): string => JSON.stringify(r.actors.map((a) => [a.name, a.kind, a.aliases]));
const actorCiting = (r: Reconciled, needle: string): string | null =>
  r.statements.find((s) => s.evidence.some((e) => e.exact.includes(needle)))?.actor ?? null;

test('the first word of an organisation’s name, used alone, is that organisation', () => {
  const r = story({
    a: 'Halden Care Group, which runs the Birchmoor home, said on Monday that every night shift had met the national standard.',
    b: 'Halden said on Tuesday that it had never left a night shift short of nurses.',
  });
  const a = actorCiting(r, 'every night shift had met');
  assert.ok(a, names(r));
  assert.equal(actorCiting(r, 'never left a night shift'), a, names(r));
  assert.equal(r.actors.find((x) => x.id === a)?.name, 'Halden Care Group');
});

test('a first name used alone is the one person named in full with it', () => {
  const r = story({
    a: 'Sarah Brandt, whose son attends the school, said it had ignored her letters. “We asked for help every week,” Brandt said.',
    b: 'For Sarah and her husband, the news came by telephone. “Nobody ever wrote back to us,” Sarah said.',
  });
  const person = r.actors.find((x) => x.name === 'Sarah Brandt');
  assert.ok(person, names(r));
  assert.ok(!r.actors.some((x) => x.name === 'Sarah'), names(r));
  const speaker = r.quotes.find((q) => q.variants.some((v) => v.text.includes('Nobody ever wrote back')))?.speaker;
  assert.equal(speaker, person.id, names(r));
});

test('a first name shared by two people named in full stays apart from both', () => {
  const r = story({
    a: 'Sarah Brandt and Sarah Varn, two of the parents, said on Monday that the school had ignored their letters.',
    b: '“Nobody ever wrote back to us,” Sarah said.',
  });
  const speaker = r.quotes.find((q) => q.variants.some((v) => v.text.includes('Nobody ever wrote back')))?.speaker;
  const named = r.actors.filter((x) => x.name === 'Sarah Brandt' || x.name === 'Sarah Varn').map((x) => x.id);
  assert.equal(named.length, 2, names(r));
  assert.ok(speaker, names(r));
  assert.ok(!named.includes(speaker), names(r));
});

/** Actors built from bare mentions (name and kind), one report: what the merging rules alone do. */
function actorsOf(mentions: [string, ActorKind][]): string[][] {
  const report = { id: 'r1' } as Report;
  const analysis: ReportAnalysis = {
    reportId: 'r1',
    sentences: [],
    mentions: mentions.map(([name, kind]) => ({ start: 0, end: 0, text: name, name, kind })),
    quotes: [],
    statements: [],
    times: [],
  };
  return buildActors([report], new Map([['r1', analysis]])).actors.map((a) => [a.name, ...a.aliases]);
}

test('a first name joins the full name only when both are of one kind and it is no place', () => {
  assert.deepEqual(actorsOf([['Vela Ortiz', 'person'], ['Vela', 'person']]), [['Vela Ortiz', 'Vela']]);
  assert.equal(actorsOf([['Vela Ortiz', 'person'], ['Vela', 'organization']]).length, 2);
  assert.equal(actorsOf([['Vela Ortiz', 'person'], ['Vela', 'place']]).length, 2);
  // a word that is also someone's surname is that person's
  assert.equal(actorsOf([['Vela Ortiz', 'person'], ['Ana Vela', 'person'], ['Vela', 'person']]).find((a) => a[0] === 'Vela Ortiz')?.length, 1);
});

test('a surname is the person, not the firm that carries the name', () => {
  const r = story({
    a: 'Chairman Dario Velt said on Monday that the club was not for sale. Velt Estates, his property company, said it had bought no land from the club.',
    b: 'Velt said the wages had been paid in full.',
  });
  const person = actorCiting(r, 'the club was not for sale');
  assert.equal(actorCiting(r, 'the wages had been paid in full'), person, names(r));
  assert.notEqual(actorCiting(r, 'it had bought no land'), person, names(r));
});

test('a place that gives its name to a firm stays the place', () => {
  const r = story({
    a: 'Lyon Holdings said on Monday that it would close its depot by the river.',
    b: 'Lyon said on Tuesday that the depot had broken no rule. Lyon is a city of half a million people.',
  });
  assert.ok(r.actors.some((a) => a.name === 'Lyon' && a.kind === 'place'), names(r));
  assert.notEqual(actorCiting(r, 'the depot had broken no rule'), actorCiting(r, 'it would close its depot'), names(r));
});

test('a proper name has a capital letter: a description written with a number is none', () => {
  assert.ok(isProperName('Viktor Salin'));
  assert.ok(isProperName('Ministry of Defence'));
  assert.ok(isProperName('3rd Battalion'));
  assert.ok(!isProperName('27-year-old'));
  assert.ok(!isProperName('the group'));
});
