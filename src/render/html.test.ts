import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeStaticSite } from './html.js';
import { fileId } from './html/links.js';
import { compressedScale, dateRange, timelineChart } from './html/chart.js';
import { highlightText } from './html/spans.js';
import { esc, html, safeHref } from './html/escape.js';
import { fixtureDossier, XSS } from '../server/testing/fixture.js';

test('writeStaticSite writes index, story, report pages and assets with relative links', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-html-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const d = fixtureDossier();
  writeStaticSite(d, dir);
  assert.deepEqual(readdirSync(dir).sort(), ['assets', 'index.html', 'reports', 'stories']);
  assert.deepEqual(readdirSync(join(dir, 'assets')).sort(), ['app.css', 'app.js', 'icon.svg']);
  assert.deepEqual(readdirSync(join(dir, 'reports')).sort(), d.reports.map((r) => `${r.id}.html`).sort());
  const index = readFileSync(join(dir, 'index.html'), 'utf8');
  assert.match(index, /href="stories\/story_bridge\.html"/);
  assert.match(index, /http-equiv="Content-Security-Policy"/);
  assert.doesNotMatch(index, /action="\/api\/reports"/, 'no upload form in a static site');
  const story = readFileSync(join(dir, 'stories', 'story_bridge.html'), 'utf8');
  assert.match(story, /href="\.\.\/reports\/rep_north\.html#c-\d+-\d+"/);
  assert.match(story, /src="\.\.\/assets\/app\.js"/);
  // every relative link of the story page points to a file that exists
  for (const m of story.matchAll(/href="(\.\.\/[^"#]+)/g)) assert.ok(existsSync(join(dir, 'stories', m[1]!)), m[1]);
  const evil = readFileSync(join(dir, 'reports', 'rep_evil.html'), 'utf8');
  assert.ok(!evil.includes(XSS.script) && !evil.includes(XSS.img) && !evil.includes('href="javascript:'));
});

test('fileId keeps pipeline ids and makes any other id one safe file name', () => {
  assert.equal(fileId('r_0123abcd'), 'r_0123abcd');
  for (const bad of ['../../etc/passwd', '..', 'a/b', '.hidden', 'x\u0000y', 'ü ß']) {
    const f = fileId(bad);
    assert.match(f, /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/, bad);
    assert.ok(!f.includes('/') && !f.startsWith('.'), bad);
  }
  assert.notEqual(fileId('a/b'), fileId('a_b'));
  assert.notEqual(fileId(' '), fileId('_2520'), 'the mapping is one-to-one');
});

test('escaping: text and attributes, safe links only for http(s)', () => {
  assert.equal(esc(`<a href="x" onclick='y'>&</a>`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  assert.equal(html`<p title="${'"><script>'}">${'<b>'}</p>`.__html, '<p title="&quot;&gt;&lt;script&gt;">&lt;b&gt;</p>');
  assert.equal(safeHref('javascript:alert(1)'), null);
  assert.equal(safeHref(' JAVASCRIPT:alert(1)'), null);
  assert.equal(safeHref('data:text/html,<script>'), null);
  assert.equal(safeHref('https://example.org/a?b=1'), 'https://example.org/a?b=1');
});

test('highlightText splits overlapping spans into segments with one anchor per span', () => {
  const text = 'alpha <beta> gamma delta';
  const out = highlightText(text, [
    { reportId: 'r', start: 0, end: 12, kind: 'quote' },
    { reportId: 'r', start: 6, end: 18, kind: 'statement' },
    { reportId: 'r', start: 6, end: 18, kind: 'brief' },
    { reportId: 'r', start: 30, end: 40, kind: 'brief' },
  ]).__html;
  assert.equal(out.match(/class="anchor"/g)?.length, 2, 'duplicate and out-of-range spans give no extra anchor');
  assert.match(out, /<span class="anchor" id="c-0-12"><\/span><mark class="cited" data-s="0" data-e="6" title="cited by quote">alpha <\/mark>/);
  assert.match(out, /<mark class="cited multi" data-s="6" data-e="12" title="cited by brief, quote, statement">&lt;beta&gt;<\/mark>/);
  assert.ok(out.endsWith(' delta'));
  assert.equal(out.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>'), text, 'the text is kept whole');
});

test('timeline chart: month ranges, compressed gaps, one mark per dated entry', () => {
  assert.deepEqual(dateRange('2031-02', 'month'), [Date.UTC(2031, 1, 1), Date.UTC(2031, 1, 28)]);
  assert.deepEqual(dateRange('2031', 'year'), [Date.UTC(2031, 0, 1), Date.UTC(2031, 11, 31)]);
  assert.equal(dateRange('sometime', 'day'), null);
  const day = 86_400_000;
  const t0 = Date.UTC(2031, 0, 1);
  const { x } = compressedScale([t0, t0 + day, t0 + 200 * day], 0, 100);
  assert.ok(x(t0) < x(t0 + day) && x(t0 + day) < x(t0 + 200 * day), 'monotone');
  assert.ok(x(t0 + day) - x(t0) > 100 / 200, 'a one-day step is wider than on a linear scale');
  const svg = timelineChart(
    [
      { date: '2031-01-01', precision: 'day', text: 'a <b>', evidence: [] },
      { date: '2031-01', precision: 'month', text: 'b', evidence: [], conflict: true },
      { date: 'unknown', precision: 'day', text: 'c', evidence: [] },
    ],
    (i) => `#t-${i}`,
  )!.__html;
  assert.equal(svg.match(/class="tl-mark/g)?.length, 2);
  assert.match(svg, /<rect /);
  assert.match(svg, /class="tl-mark conflict"/);
  assert.ok(!svg.includes('<b>'));
  assert.equal(timelineChart([], () => '#'), null);
});

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string): number => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

test('text colours of the stylesheet meet WCAG AA contrast (4.5:1) on their backgrounds', async () => {
  const { CSS } = await import('./html/assets.js');
  const v = (name: string): string => {
    const m = new RegExp(`--${name}: (#[0-9a-f]{6})`).exec(CSS);
    assert.ok(m, `--${name} defined`);
    return m[1]!;
  };
  const rule = (selector: string): { fg: string; bg: string } => {
    const m = new RegExp(`\\${selector} \\{ background: (#[0-9a-f]{6}|var\\(--[a-z-]+\\)); color: (#[0-9a-f]{6}|var\\(--[a-z-]+\\)); \\}`).exec(CSS);
    assert.ok(m, `${selector} rule`);
    const col = (s: string): string => (s.startsWith('var(') ? v(s.slice(6, -1)) : s);
    return { bg: col(m[1]!), fg: col(m[2]!) };
  };
  const pairs: [string, string, string][] = [
    ['text', v('fg'), v('bg')],
    ['muted', v('muted'), v('bg')],
    ['muted on panel', v('muted'), v('panel')],
    ['link', v('link'), v('bg')],
    ['link on panel', v('link'), v('panel')],
    ['inserted words', v('ins-fg'), v('ins')],
    ['removed words', v('del-fg'), v('del')],
    ['disputed badge', v('disputed'), v('bg')],
    ['agreed badge', v('agreed'), v('bg')],
    ['text on highlight', v('fg'), v('mark-strong')],
    ...(['.cell-carries', '.cell-attributes', '.cell-disputes'].map((s) => [s, rule(s).fg, rule(s).bg]) as [string, string, string][]),
  ];
  for (const [name, fg, bg] of pairs) assert.ok(contrast(fg, bg) >= 4.5, `${name}: ${fg} on ${bg} is ${contrast(fg, bg).toFixed(2)}:1`);
});
