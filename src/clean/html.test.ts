import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanHtml, clean } from './index.js';
import { cleanTitle } from './html/metadata.js';
import { MAX_DEPTH, MAX_ELEMENTS } from './limits.js';

// A fictional news page with the usual furniture around the article.
const P = [
  'The Varnholm city council closed the Old Tern Bridge on Monday after engineers found cracks in two of its supporting piers, officials said.',
  '“We cannot take any risk with a structure that carries school buses, ferries and freight,” Mayor Ilse Brandvik told reporters outside the town hall.',
  'Traffic was diverted through the industrial harbour, adding about twenty minutes to the morning commute, according to the regional transport office.',
  'Opposition councillor Tomas Rekke accused the majority of delaying repairs, saying the cracks had been visible since spring, when divers first inspected the piers.',
  'Repairs are expected to take at least six weeks, and a temporary ferry service, run by the harbour authority, will start on Thursday.',
];

const PAGE = `<!doctype html>
<html lang="en-GB"><head>
<meta charset="utf-8">
<title>Bridge closed after cracks found | Varnholm Courier</title>
<meta property="og:title" content="Old Tern Bridge closed after cracks found in piers">
<meta property="og:site_name" content="Varnholm Courier">
<meta name="author" content="Mara Quell">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Old Tern Bridge closed","datePublished":"2024-06-03T08:15:00+02:00","author":{"@type":"Person","name":"Mara Quell"},"publisher":{"@type":"Organization","name":"Varnholm Courier"}}</script>
<script>var x = "</div><p>not text</p>"; window.ads = [];</script>
<style>.a{color:red}</style>
</head><body>
<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<main><article class="article">
<header><h1>Old Tern Bridge closed after cracks found in piers</h1>
<p class="byline">By Mara Quell</p><time datetime="2024-06-03T08:15:00+02:00">3 June 2024</time></header>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
<div class="article-body">
<p>${P[0]}</p>
<p>${P[1]}</p>
<figure><img src="b.jpg"><figcaption>The bridge on Monday. Photo: Harbour Images</figcaption></figure>
<p>${P[2]}</p>
<h2>Repairs and ferry</h2>
<p>${P[3]}</p>
<div class="related-articles"><h3>Related</h3><ul><li><a href="/a">Harbour fees to rise in autumn</a></li><li><a href="/b">New ferry ordered from shipyard</a></li><li><a href="/c">Council budget approved</a></li></ul></div>
<p>${P[4]}</p>
</div>
</article></main>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><time datetime="2024-06-05T10:00:00Z">5 June</time><p>this bridge was always a disaster waiting to happen, you could see it from the ferry for years</p></div>
</section>
<aside class="sidebar"><h3>Most read</h3><ol><li><a href="/x">Goats escape petting zoo</a></li><li><a href="/y">Olive oil prices rise</a></li></ol></aside>
<footer class="site-footer"><p>© 2024 Varnholm Courier. All rights reserved. Contact us at the harbour office.</p></footer>
</body></html>`;

test('cleanHtml: main text of a news page, paragraphs separated by blank lines', () => {
  const r = cleanHtml(PAGE);
  const paras = r.text.split('\n\n');
  for (const p of P) assert.ok(paras.includes(p), `paragraph kept: ${p.slice(0, 40)}`);
  assert.ok(paras.includes('Repairs and ferry'), 'in-article heading kept as its own paragraph');
  for (const junk of ['Home', 'cookies', 'Share on', 'Harbour fees', 'waiting to happen', 'Goats', 'All rights reserved', 'not text', 'Photo:', 'By Mara']) {
    assert.ok(!r.text.includes(junk), `dropped: ${junk}`);
  }
  assert.ok(!paras.includes('Old Tern Bridge closed after cracks found in piers'), 'the headline is the title, not body text');
});

test('cleanHtml: metadata from OpenGraph, JSON-LD and <html lang>', () => {
  const r = cleanHtml(PAGE);
  assert.equal(r.title, 'Old Tern Bridge closed after cracks found in piers');
  assert.equal(r.publishedAt, '2024-06-03T08:15:00+02:00');
  assert.equal(r.author, 'Mara Quell');
  assert.equal(r.source, 'Varnholm Courier');
  assert.equal(r.language, 'en-GB');
});

test('cleanHtml: removed blocks are recorded with kinds and raw offsets', () => {
  const r = cleanHtml(PAGE);
  const kinds = new Set(r.removed.map((x) => x.kind));
  assert.ok(kinds.has('comments'));
  assert.ok(kinds.has('teaser'));
  for (const x of r.removed) {
    assert.ok(x.start >= 0 && x.end <= PAGE.length && x.start < x.end);
    assert.equal(PAGE[x.start], '<', 'a removal starts at a tag');
  }
  const comments = r.removed.find((x) => x.kind === 'comments')!;
  assert.ok(PAGE.slice(comments.start, comments.end).includes('waiting to happen'));
});

test('cleanHtml: date falls back to meta tags, the header <time>, then the URL — never a comment date', () => {
  const body = `<article><p>${P.join('</p><p>')}</p></article>`;
  const viaMeta = cleanHtml(`<html><head><meta name="pubdate" content="2023-11-20"></head><body>${body}</body></html>`);
  assert.equal(viaMeta.publishedAt, '2023-11-20');
  const viaTime = cleanHtml(`<html><body><div class="comments"><time datetime="2022-01-09">x</time></div><article><header><time datetime="2021-05-04">4 May</time></header>${body}</article></body></html>`);
  assert.equal(viaTime.publishedAt, '2021-05-04');
  const viaUrl = cleanHtml(`<html><body>${body}</body></html>`, { url: 'https://example.org/news/2020/02/29/bridge-closed' });
  assert.equal(viaUrl.publishedAt, '2020-02-29');
  const none = cleanHtml(`<html><body>${body}</body></html>`);
  assert.equal(none.publishedAt, null);
});

test('cleanHtml: title from <title> minus the site name', () => {
  assert.equal(cleanTitle('Bridge closed after cracks found | Varnholm Courier', 'Varnholm Courier'), 'Bridge closed after cracks found');
  assert.equal(cleanTitle('Varnholm Courier - Bridge closed after cracks found', null), 'Bridge closed after cracks found');
  assert.equal(cleanTitle('Home | Courier', null), 'Home | Courier');
  const r = cleanHtml(`<html><head><title>Ferry service starts on Thursday – Varnholm Courier</title></head><body><p>${P[4]}</p></body></html>`);
  assert.equal(r.title, 'Ferry service starts on Thursday');
});

test('cleanHtml: JSON-LD articleBody is used when the page body holds little text', () => {
  const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Bridge', articleBody: P.join('\n\n') });
  const r = cleanHtml(`<html><head><script type="application/ld+json">${ld}</script></head><body><div id="app">Loading…</div></body></html>`);
  assert.equal(r.text, P.join('\n\n'));
});

test('cleanHtml: a page without an article gives short or empty text, not a crash', () => {
  assert.equal(cleanHtml('').text, '');
  assert.equal(cleanHtml('<html><body><nav><a href="/">Home</a></nav></body></html>').text, '');
  assert.ok(cleanHtml('<p>Just one line.</p>').text.includes('Just one line.'));
});

test('clean: dispatches on the document format', () => {
  const base = { file: 'x', givenId: null, title: null, publishedAt: null, source: null, url: null };
  assert.ok(clean({ ...base, format: 'html', raw: PAGE }).text.includes(P[0]!));
  assert.equal(clean({ ...base, format: 'text', raw: '<p>kept as text</p>' }).text, '<p>kept as text</p>');
});

// ---------------------------------------------------------------------------------------------
// Hostile input: documented limits give messages, never crashes.

test('hostile: 100k nested tags are flattened at MAX_DEPTH without overflowing the stack', () => {
  const n = 100_000;
  const html = `<html><body>${'<div>'.repeat(n)}<p>${P[0]}</p>${'</div>'.repeat(n)}<p>${P[1]}</p></body></html>`;
  const r = cleanHtml(html);
  assert.ok(r.text.includes(P[0]!));
  assert.ok(r.messages.some((m) => m.ruleId === 'html-too-deep'));
  const unclosed = cleanHtml(`<body>${'<span><b><i>'.repeat(40_000)}${P[2]}`);
  assert.ok(unclosed.text.includes(P[2]!));
  assert.ok(MAX_DEPTH < 1000);
});

test('hostile: malformed markup and scripts', () => {
  const html = `<html><body><div><p>${P[0]}<p>${P[1]}</div></span></b><table><tr><td>${P[2]}</table><script>document.write("<p>${'x'.repeat(50)}</p>")</script><p>${P[3]}<!-- unterminated comment`;
  const r = cleanHtml(html);
  for (const p of [P[0], P[1], P[3]]) assert.ok(r.text.includes(p!), p);
  assert.ok(!r.text.includes('xxxxx'));
});

test('hostile: element count limit', () => {
  const html = `<body><article>${`<p>${P[0]}</p>`.repeat(3)}${'<i></i>'.repeat(MAX_ELEMENTS + 10)}</article></body>`;
  const r = cleanHtml(html);
  assert.ok(r.messages.some((m) => m.ruleId === 'html-too-many-elements'));
  assert.ok(r.text.includes(P[0]!));
});

test('hostile: a 20 MB page is parsed within the limits', () => {
  const para = `<div class="item"><p>${P.join(' ')}</p><a href="/n">next</a></div>\n`;
  const html = `<html><body>${para.repeat(Math.ceil((20 * 1024 * 1024) / para.length))}</body></html>`;
  assert.ok(html.length >= 20 * 1024 * 1024);
  const r = cleanHtml(html);
  assert.ok(r.text.includes(P[0]!));
  assert.ok(!r.messages.some((m) => m.ruleId === 'html-too-large'));
});

test('parse: the top-first stack behaves like the array htmlparser2 expects', async () => {
  const { topFirstStack } = await import('./html/parse.js');
  const a: string[] = [];
  const b = topFirstStack<string>([]);
  for (const op of ['u:div', 'u:p', 'u:span', 's', 'u:b', 'u:div', 's', 'u:i']) {
    if (op === 's') assert.equal(b.shift(), a.shift());
    else {
      a.unshift(op.slice(2));
      b.unshift(op.slice(2));
    }
    assert.equal(b.length, a.length);
    assert.equal(b[0], a[0]);
    assert.equal(b.indexOf('div'), a.indexOf('div'));
    assert.equal(b.indexOf('nope'), -1);
    for (let i = 0; i < a.length; i++) assert.equal(b[i], a[i]);
  }
  b.length = 0;
  assert.equal(b.length, 0);
});

// ---------------------------------------------------------------------------------------------
// Extraction rules, one fixture each (fictional pages).

const wrap = (body: string) => `<html><head><title>Harbour news</title></head><body><div class="page">${body}</div></body></html>`;

test('extract: source line breaks inside a paragraph are spaces, <br> starts a new line', () => {
  const r = cleanHtml(wrap(`<article><p>The ferry\n   <a href="/f">Tern II</a>\n   left at dawn, carrying ${P[2]}</p><p>${P[0]}<br>${P[1]}</p></article>`));
  const paras = r.text.split('\n\n');
  assert.ok(paras[0]!.startsWith('The ferry Tern II left at dawn, carrying'));
  assert.ok(paras.includes(P[0]!) && paras.includes(P[1]!));
});

test('extract: loose text directly in a container is scored as a paragraph', () => {
  const menu = '<div class="menu-list"><ul>' + '<li><a href="/x">Archive month</a></li>'.repeat(30) + '</ul></div>';
  const r = cleanHtml(wrap(`${menu}<div class="col"><p class="headline">Ferry starts</p><img src="a.jpg">${P.join(' ')}<br><br></div>`));
  assert.ok(r.text.includes(P[0]!) && r.text.includes(P[4]!));
  assert.ok(!r.text.includes('Archive month'));
});

test('extract: a "Related" or "Comments" heading ends its container', () => {
  const r = cleanHtml(wrap(`<article><p>${P[0]}</p><p>${P[1]}</p><p>${P[2]}</p><h3>You may also like</h3><article><p>${'A different story about a goat festival in the hills, with music, cheese and speeches. '.repeat(3)}</p></article><h3>Comments (2)</h3><p>${'I was there and the goats were lovely, would go again next year with the kids. '.repeat(2)}</p></article>`));
  assert.ok(r.text.includes(P[2]!));
  assert.ok(!r.text.includes('goat'), r.text);
  assert.ok(r.removed.some((x) => x.kind === 'teaser'));
});

test('extract: inline "Related:" links inside the article do not end it', () => {
  const r = cleanHtml(wrap(`<article><p>${P[0]}</p><p><strong>Related:</strong> <a href="/r">Harbour fees to rise</a></p><p>${P[1]}</p><p>${P[2]}</p></article>`));
  assert.ok(r.text.includes(P[2]!));
});

test('extract: comment sections are dropped even when their class looks like content', () => {
  const r = cleanHtml(wrap(`<article class="post"><div class="entry-content"><p>${P[0]}</p><p>${P[1]}</p></div></article><div id="comments" class="comments-area post-comments"><ol class="comment-list">${`<li><p>${'Great article, I completely disagree with the mayor and her plans for the bridge. '.repeat(3)}</p></li>`.repeat(8)}</ol></div>`));
  assert.ok(r.text.includes(P[0]!));
  assert.ok(!r.text.includes('Great article'));
  assert.ok(r.removed.some((x) => x.kind === 'comments'));
});

test('extract: date lines, bylines and closing promo lines are dropped', () => {
  const r = cleanHtml(wrap(`<article><p>By Mara Quell -</p><p>Published Jun. 3, 2024 at 8:15 AM | Updated at 9:02 AM</p><p>${P[0]}</p><p>${P[1]}</p><p>${P[2]}</p><p>Tags: bridge, ferry</p><p>Follow us on Twitter for the latest harbour news.</p></article>`));
  assert.equal(r.text, [P[0], P[1], P[2]].join('\n\n'));
});

test('extract: embedded prices and times are not date lines', async () => {
  const { isMetaLine } = await import('./text.js');
  for (const line of ['$139.00', '10 p.m.', 'VIP : 60,000', 'Score: 3-1']) assert.equal(isMetaLine(line), false, line);
  for (const line of ['June 3, 2024', 'segunda-feira, 22 de janeiro de 2018 às 0:13', 'By Mara Quell', 'Updated 3 June 2024, 10:15 GMT']) {
    assert.equal(isMetaLine(line), true, line);
  }
});

test('extract: a paragraph full of links (hover cards) keeps its own prose', () => {
  const card = '<span class="card"><a href="/1">Story one about something</a> <a href="/2">Story two about another thing</a> <a href="/3">Story three</a></span>';
  const r = cleanHtml(wrap(`<article><p>The council member ${card} said on Monday that the closure was the right call for everyone in the town.</p><p>${P[0]}</p><p>${P[1]}</p></article>`));
  assert.ok(r.text.includes('said on Monday that the closure'));
});

test('extract: a heading styled with a class opens a teaser list only when links follow', () => {
  const links = '<ul>' + ['Goats escape petting zoo', 'Olive oil prices rise again', 'New ferry ordered'].map((t, i) => `<li><a href="/${i}">${t}</a></li>`).join('') + '</ul>';
  const r = cleanHtml(wrap(`<article><p>${P[0]}</p><p>${P[1]}</p><p>${P[2]}</p><div class="heading-h3">More Great Courier Stories</div>${links}</article>`));
  assert.ok(!r.text.includes('More Great') && !r.text.includes('Goats'));
  const kept = cleanHtml(wrap(`<article><p>${P[0]}</p><div class="box-title">Don't miss</div><p>${P[1]}</p><p>${P[2]}</p></article>`));
  assert.ok(kept.text.includes(P[2]!));
});

test('metadata: JSON-LD @graph, author objects and og:locale', () => {
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: 'Courier' },
      { '@type': ['NewsArticle'], headline: 'Ferry service starts', datePublished: '2024-06-06T07:00:00Z', author: [{ '@type': 'Person', name: 'Jon Ettersby' }], publisher: { '@type': 'Organization', name: 'Varnholm Courier' } },
    ],
  });
  const r = cleanHtml(`<html><head><script type="application/ld+json">${ld}</script><meta property="og:locale" content="nb_NO"></head><body><article><p>${P[4]}</p></article></body></html>`);
  assert.equal(r.title, 'Ferry service starts');
  assert.equal(r.publishedAt, '2024-06-06T07:00:00Z');
  assert.equal(r.author, 'Jon Ettersby');
  assert.equal(r.source, 'Varnholm Courier');
  assert.equal(r.language, 'nb-NO');
});

test('metadata: broken JSON-LD is ignored', () => {
  const r = cleanHtml(`<html><head><script type="application/ld+json">{"@type": "NewsArticle", headline: oops</script><meta name="date" content="June 6, 2024"></head><body><p>${P[4]}</p></body></html>`);
  assert.equal(r.publishedAt, '2024-06-06');
  assert.ok(r.text.includes(P[4]!));
});

test('extract: a page wrapped in one <form> (ASP.NET) still yields its article', () => {
  const r = cleanHtml(`<html><body><form id="aspnetForm" action="/x"><input type="hidden" name="__VIEWSTATE" value="abc"><div class="menu"><a href="/">Home</a></div><div id="story"><p>${P.join('</p><p>')}</p></div><div class="footer-links"><a href="/a">About</a> <a href="/c">Contact</a></div></form></body></html>`);
  for (const p of P) assert.ok(r.text.includes(p), p);
  assert.ok(!r.text.includes('Contact'));
});

test('extract: an article section titled "Discussion" is not a comment section', () => {
  const r = cleanHtml(wrap(`<article><p>${P[0]}</p><p>${P[1]}</p><h2>Discussion</h2><p>${P[2]}</p><p>${P[3]}</p></article>`));
  assert.ok(r.text.includes(P[3]!));
  assert.ok(r.text.split('\n\n').includes('Discussion'));
});
