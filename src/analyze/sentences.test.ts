import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './sentences.js';

test('splits on terminators, keeps offsets, trims white space', () => {
  const text = 'The ferry left at noon. It reached Orsk by night!  Why so late? Nobody knows.';
  const s = splitSentences(text);
  assert.deepEqual(
    s.map((x) => x.text),
    ['The ferry left at noon.', 'It reached Orsk by night!', 'Why so late?', 'Nobody knows.'],
  );
  for (const x of s) assert.equal(text.slice(x.start, x.end), x.text);
});

test('titles, initials, months and U.S. do not end a sentence', () => {
  const text = 'Gen. Ivo Marr met Mr. J. K. Dole in the U.S. capital on Sept. 26 at 5 p.m. local time. The talks ended.';
  assert.deepEqual(
    splitSentences(text).map((x) => x.text),
    ['Gen. Ivo Marr met Mr. J. K. Dole in the U.S. capital on Sept. 26 at 5 p.m. local time.', 'The talks ended.'],
  );
});

test('an initialism ends a sentence before a typical opener', () => {
  const text = 'The delegation flew to the U.S. The talks start Monday.';
  assert.equal(splitSentences(text).length, 2);
});

test('quotes spanning a sentence end stay with their attribution when lower case follows', () => {
  const text = '“Is it over? No,” he said. “We go on.” She left.';
  assert.deepEqual(
    splitSentences(text).map((x) => x.text),
    ['“Is it over? No,” he said.', '“We go on.”', 'She left.'],
  );
});

test('a newline is a hard boundary', () => {
  const text = 'Headline without a period\nBody starts here. And ends here';
  assert.deepEqual(
    splitSentences(text).map((x) => x.text),
    ['Headline without a period', 'Body starts here.', 'And ends here'],
  );
});

test('empty and blank input give no sentences', () => {
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences(' \n\n '), []);
});
