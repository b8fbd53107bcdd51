import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalKey, findMentions } from './actors.js';
import { splitSentences } from './sentences.js';

const mentions = (text: string) => findMentions(text, splitSentences(text));

test('canonicalKey maps transliteration variants and titles to one key', () => {
  assert.equal(canonicalKey('Zelenskyy'), canonicalKey('Zelensky'));
  assert.equal(canonicalKey('Zelenskiy'), canonicalKey('Volodymyr Zelensky'));
  assert.equal(canonicalKey('Kiev'), canonicalKey('Kyiv'));
  assert.equal(canonicalKey('Dmitri Peskov'), canonicalKey('Peskov'));
  assert.equal(canonicalKey('President Putin'), canonicalKey('Vladimir Putin'));
  assert.notEqual(canonicalKey('Peskov'), canonicalKey('Medvedev'));
  // unknown names still normalise case, diacritics and the y/iy endings
  assert.equal(canonicalKey('Andriy Tymoshenkiy'), canonicalKey('andriy tymoshenky'));
});

test('short names take the report’s full name; variants take the lexicon’s', () => {
  const text = 'Mayor Ilsa Varnholm opened the bridge. Varnholm said it cost less than planned. Zelenskyy spoke in Kiev.';
  const m = mentions(text);
  const names = m.map((x) => `${x.text}=>${x.name}`);
  assert.ok(names.includes('Ilsa Varnholm=>Ilsa Varnholm'), names.join(' | '));
  assert.ok(names.includes('Varnholm=>Ilsa Varnholm'), names.join(' | '));
  assert.ok(names.includes('Zelenskyy=>Volodymyr Zelensky'), names.join(' | '));
  const kyiv = m.find((x) => x.text === 'Kiev');
  assert.equal(kyiv?.name, 'Kyiv');
  assert.equal(kyiv?.kind, 'place');
  for (const x of m) assert.equal(text.slice(x.start, x.end), x.text);
});

test('country + organisation heads collapse to one canonical organisation', () => {
  const text =
    'Ukraine’s General Staff reported heavy fighting. Later the Ukrainian General Staff corrected the figure. The Russian General Staff said nothing.';
  const orgs = mentions(text).filter((x) => x.kind === 'organization');
  const byText = new Map(orgs.map((o) => [o.text, o.name]));
  assert.equal(byText.get('Ukraine’s General Staff'), 'Ukrainian General Staff');
  assert.equal(byText.get('the Ukrainian General Staff'), 'Ukrainian General Staff');
  assert.equal(byText.get('The Russian General Staff'), 'Russian General Staff');
});

test('descriptions resolve to the fitting person of the report', () => {
  const text = 'President Kel Amaro met Prime Minister Dora Venn. The president said the talks went well. The prime minister disagreed.';
  const m = mentions(text);
  assert.equal(m.find((x) => x.text === 'The president')?.name, 'Kel Amaro');
  assert.equal(m.find((x) => x.text === 'The prime minister')?.name, 'Dora Venn');
});

test('the Russian president / the Russian leader resolve by country', () => {
  const text =
    'US President Donald Trump called Russian President Vladimir Putin. The Russian leader said he was ready. The US president said the same.';
  const m = mentions(text);
  assert.equal(m.find((x) => x.text === 'The Russian leader')?.name, 'Vladimir Putin');
  assert.equal(m.find((x) => x.text === 'The US president')?.name, 'Donald Trump');
});

test('groups: demonym + troops', () => {
  const m = mentions('Ukrainian soldiers and Ukraine’s incursion forces held the line.');
  assert.ok(m.every((x) => x.kind !== 'group' || x.name === 'Ukrainian troops'));
  assert.equal(m.filter((x) => x.kind === 'group').length, 2);
});
