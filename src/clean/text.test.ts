import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText, commentScore, isPromo } from './text.js';
import type { CleanResult } from '../model/types.js';

// Fictional reports written for these tests (the Varnholm bridge closure).
const ARTICLE = [
  'The Varnholm city council closed the Old Tern Bridge on Monday after engineers found cracks in two of its supporting piers.',
  '“We cannot take any risk with a structure that carries school buses,” Mayor Ilse Brandvik told reporters outside the town hall.',
  'Traffic was diverted through the industrial harbour, adding about twenty minutes to the morning commute, the regional transport office said.',
  'The bridge opened in 1962 and carries roughly 14,000 vehicles a day, according to council figures published last year.',
  'Opposition councillor Tomas Rekke accused the majority of delaying repairs, saying the cracks had been “visible to anyone with a torch” since spring.',
  'Repairs are expected to take at least six weeks, and a temporary ferry service will start on Thursday.',
];

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Cleaning removes, never rewrites: raw minus removed spans equals the text, up to whitespace. */
function assertRemovesOnly(raw: string, r: CleanResult): void {
  let kept = '';
  let pos = 0;
  for (const x of [...r.removed].sort((a, b) => a.start - b.start)) {
    assert.ok(x.start >= pos, 'removals do not overlap');
    assert.equal(raw.slice(x.start, x.end), x.text, 'removed text is the raw span');
    kept += raw.slice(pos, x.start) + ' ';
    pos = x.end;
  }
  kept += raw.slice(pos);
  assert.equal(norm(r.text), norm(kept));
  // and whitespace only changes at removal boundaries: each kept line is a raw substring
  for (const line of r.text.split('\n')) if (line) assert.ok(raw.includes(line), `kept line is raw: ${line}`);
}

const kinds = (r: CleanResult) => r.removed.map((x) => x.kind);

test('cleanText: a clean article is kept whole', () => {
  const raw = ARTICLE.join('\n');
  const r = cleanText(raw);
  assert.equal(r.text, raw);
  assert.deepEqual(r.removed, []);
});

test('cleanText: trailing reader comments are removed as comments', () => {
  const comments = [
    'this is what happens when nobody maintains anything',
    'You people never learn!! Im not surprised at all',
    'Is the mayor really that much of a clown?',
    'They should all resign. Problem solved.',
  ];
  const raw = [...ARTICLE, ...comments].join('\n');
  const r = cleanText(raw);
  assertRemovesOnly(raw, r);
  assert.deepEqual(kinds(r), ['comments']);
  for (const p of ARTICLE) assert.ok(r.text.includes(p), `article paragraph kept: ${p}`);
  for (const c of comments) assert.ok(!r.text.includes(c), `comment removed: ${c}`);
});

test('cleanText: plain background paragraphs at the end are not taken for comments', () => {
  const raw = [...ARTICLE, 'The ferry will run every half hour.', 'Tickets are free for residents.'].join('\n');
  const r = cleanText(raw);
  assert.deepEqual(r.removed, []);
  assert.equal(r.text, raw);
});

test('cleanText: comment signals score the register, not the topic', () => {
  const cases: [string, 'comment' | 'article'][] = [
    ['Im sick of these idiots, you cant trust any of them!', 'comment'],
    ['lol another bridge', 'comment'],
    ['“It will reopen in June,” the transport office said on Friday.', 'article'],
    ['Engineers said the cracks were found during a routine inspection.', 'article'],
  ];
  for (const [line, want] of cases) {
    const s = commentScore(line);
    assert.ok(want === 'comment' ? s >= 2 : s <= 0, `${line} → ${s}`);
  }
});

test('cleanText: promo lines and unrelated clipped teasers', () => {
  const raw = [
    ARTICLE[0],
    ARTICLE[1],
    'EDITOR’S PICKS',
    ...ARTICLE.slice(2),
    'Watch Our Video Of The Week',
    'Nine goats escape from a petting zoo and wander into a shopping…',
    'Price Of Olive Oil Per Litre In Spain - This Month The cost of…',
  ].join('\n');
  const r = cleanText(raw);
  assertRemovesOnly(raw, r);
  assert.deepEqual(kinds(r), ['boilerplate', 'boilerplate', 'teaser']);
  assert.equal(r.removed[2]?.text?.split('\n').length, 2, 'both teasers in one span');
  for (const p of ARTICLE) assert.ok(r.text.includes(p));
  assert.ok(!r.text.includes('…'));
});

test('cleanText: an on-topic last sentence ending in an ellipsis is kept', () => {
  const raw = [...ARTICLE, 'Asked when the bridge would reopen, the mayor only said: “When the piers are safe, and not a day…'].join('\n');
  const r = cleanText(raw);
  assert.deepEqual(r.removed, []);
});

test('isPromo: vocabulary lines only when short', () => {
  assert.ok(isPromo('Read more: Harbour fees to rise'));
  assert.ok(isPromo('RELATED STORIES'));
  assert.ok(isPromo('Subscribe to our newsletter'));
  assert.ok(!isPromo('Readers who subscribe to the council newsletter were told about the closure on Friday morning, two days before the public announcement was made.'));
  assert.ok(!isPromo('The mayor said more would follow.'));
});

test('cleanText: a repeated article is removed as one repeat span, its credit becomes the source', () => {
  const copy = `${ARTICLE.join('\n')} (Agencies)`;
  const raw = `${copy}\n${copy}`;
  const r = cleanText(raw);
  assertRemovesOnly(raw, r);
  assert.deepEqual(kinds(r), ['credit', 'repeat']);
  assert.equal(r.source, 'Agencies');
  assert.equal(r.text, ARTICLE.join('\n'));
});

test('cleanText: a single repeated paragraph is removed', () => {
  const raw = [ARTICLE[0], ARTICLE[1], ARTICLE[2], ARTICLE[1], ARTICLE[3]].join('\n\n');
  const r = cleanText(raw);
  assertRemovesOnly(raw, r);
  assert.deepEqual(kinds(r), ['repeat']);
  assert.equal(r.text, [ARTICLE[0], ARTICLE[1], ARTICLE[2], ARTICLE[3]].join('\n\n'));
});

test('cleanText: leading source tag becomes the source', () => {
  const raw = `(Harbour Daily)– ${ARTICLE.join('\n')}`;
  const r = cleanText(raw);
  assertRemovesOnly(raw, r);
  assert.deepEqual(kinds(r), ['credit']);
  assert.equal(r.source, 'Harbour Daily');
  assert.ok(r.text.startsWith('The Varnholm'));
});

test('cleanText: header lines become metadata', () => {
  const cases: [string, string | null, string | null, string | null][] = [
    [` date 2024-06-02 ${ARTICLE[0]}`, '2024-06-02', null, null],
    [`Published: June 2, 2024\n${ARTICLE[0]}`, '2024-06-02', null, null],
    [`By Mara Quell and Jon Ettersby\n2 June 2024\n${ARTICLE[0]}`, '2024-06-02', 'Mara Quell and Jon Ettersby', null],
    [`VARNHOLM, June 2 (Reuters) - ${ARTICLE[0]}`, null, null, 'Reuters'],
    [`Updated Sunday, Jun. 2, 2024 at 10:30 a.m.\n${ARTICLE[0]}`, '2024-06-02', null, null],
  ];
  for (const [raw, date, author, source] of cases) {
    const r = cleanText(raw);
    assertRemovesOnly(raw, r);
    assert.equal(r.text, ARTICLE[0], raw);
    assert.equal(r.publishedAt, date, raw);
    assert.equal(r.author, author, raw);
    assert.equal(r.source, source, raw);
    assert.ok(r.removed.every((x) => x.kind === 'metadata'), raw);
  }
});

test('cleanText: dates inside the article are not header lines', () => {
  const raw = `${ARTICLE[0]}\nOn June 2, 2024 the council met again.`;
  const r = cleanText(raw);
  assert.equal(r.publishedAt, null);
  assert.deepEqual(r.removed, []);
});

test('cleanText: empty and whitespace-only input', () => {
  assert.equal(cleanText('').text, '');
  assert.equal(cleanText(' \n\n \t').text, '');
});

test('cleanText: staff and agency credit lines at the end are credits, not comments', () => {
  const cases: [string, string | null][] = [
    ['Reporting by Mara Quell; Editing by Jon Ettersby', null],
    ['(AFP)', 'AFP'],
    ['Source: Harbour Daily', null],
    ['With inputs from PTI', null],
  ];
  for (const [tail, source] of cases) {
    const raw = `${ARTICLE.join('\n')}\n${tail}`;
    const r = cleanText(raw);
    assertRemovesOnly(raw, r);
    assert.deepEqual(kinds(r), ['credit'], tail);
    assert.equal(r.source, source, tail);
    assert.equal(r.text, ARTICLE.join('\n'));
  }
});

test('cleanText: Windows line endings are handled like Unix ones', () => {
  const raw = [...ARTICLE, 'EDITOR’S PICKS', 'lol another bridge', 'You people never learn!! Im not surprised at all'].join('\r\n');
  const r = cleanText(raw);
  assertRemovesOnly(raw, r);
  assert.deepEqual(kinds(r), ['boilerplate', 'comments']);
  assert.equal(r.text, ARTICLE.join('\r\n'));
});
