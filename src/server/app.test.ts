import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from '../store/index.js';
import { createApp } from './app.js';
import { sanitizeName } from './upload.js';
import { fixtureDossier, XSS } from './testing/fixture.js';
import { MAX_REQUEST_BYTES } from './limits.js';
import { gunzipSync } from 'node:zlib';

function setup(opts: Parameters<typeof createApp>[1] = {}): { store: SqliteStore; app: ReturnType<typeof createApp> } {
  const store = new SqliteStore(':memory:');
  store.saveDossier(fixtureDossier());
  return { store, app: createApp(store, opts) };
}

/** Two fictional reports for uploads (enough words for the pipeline to find a story). */
const GOOD_A =
  'Mayor Oskar Lind said on Tuesday that the Tarnby ferry terminal would reopen next week.\n\n' +
  '"We will have boats running by Monday," Lind told reporters in Tarnby.\n\nThe terminal closed after a storm damaged the pier.';
const GOOD_B =
  'The Tarnby ferry terminal, closed since a storm damaged its pier, will reopen next week, Mayor Oskar Lind said.\n\n' +
  '"We will have boats running on Monday," he said.\n\nHarbour workers said repairs were not finished.';

describe('JSON API', () => {
  test('lists stories with their summary facts', async () => {
    const { app } = setup();
    const res = await app.request('/api/stories');
    assert.equal(res.status, 200);
    const body = (await res.json()) as { stories: { id: string; reports: number; independentSources: number; disputes: number }[] };
    assert.equal(body.stories.length, 1);
    assert.deepEqual(
      { id: body.stories[0]?.id, reports: body.stories[0]?.reports, sources: body.stories[0]?.independentSources, disputes: body.stories[0]?.disputes },
      { id: 'story_bridge', reports: 3, sources: 3, disputes: 1 },
    );
  });

  test('returns a story with its reports metadata (no texts)', async () => {
    const { app } = setup();
    const res = await app.request('/api/stories/story_bridge');
    assert.equal(res.status, 200);
    const body = (await res.json()) as { story: { id: string; quotes: unknown[] }; reports: Record<string, unknown>[] };
    assert.equal(body.story.id, 'story_bridge');
    assert.equal(body.story.quotes.length, 1);
    assert.deepEqual(
      body.reports.map((r) => r['id']),
      ['rep_north', 'rep_coast', 'rep_evil'],
    );
    assert.ok(body.reports.every((r) => !('text' in r)), 'story metadata carries no report text');
    assert.equal((await app.request('/api/stories/nope')).status, 404);
  });

  test('returns a report whose evidence resolves', async () => {
    const { app } = setup();
    const res = await app.request('/api/reports/rep_coast');
    assert.equal(res.status, 200);
    const r = (await res.json()) as { text: string; id: string };
    assert.equal(r.id, 'rep_coast');
    const story = fixtureDossier().stories[0]!;
    for (const s of story.statements) for (const e of s.evidence) if (e.reportId === r.id) assert.equal(r.text.slice(e.start, e.end), e.exact);
    assert.equal((await app.request('/api/reports/missing')).status, 404);
  });

  test('searches by text and by actor', async () => {
    const { app } = setup();
    const byText = (await (await app.request('/api/search?q=steel')).json()) as { hits: { reportId: string }[] };
    assert.deepEqual(
      byText.hits.map((h) => h.reportId),
      ['rep_coast'],
    );
    const byActor = (await (await app.request('/api/search?actor=varden')).json()) as { hits: { reportId: string; storyId: string }[] };
    assert.equal(byActor.hits.length, 3);
    assert.ok(byActor.hits.every((h) => h.storyId === 'story_bridge'));
    const none = (await (await app.request('/api/search?q=')).json()) as { hits: unknown[] };
    assert.equal(none.hits.length, 0);
    assert.equal((await app.request(`/api/search?q=${'x'.repeat(600)}`)).status, 400);
  });

  test('describes its endpoints', async () => {
    const body = (await (await setup().app.request('/api')).json()) as { endpoints: Record<string, string> };
    assert.ok('POST /api/reports' in body.endpoints);
    const ro = (await (await setup({ uploads: false }).app.request('/api')).json()) as { endpoints: Record<string, string> };
    assert.ok(!('POST /api/reports' in ro.endpoints));
    assert.equal((await setup({ uploads: false }).app.request('/api/reports', { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } })).status, 404);
  });

  test('lists input errors', async () => {
    const { app } = setup();
    const body = (await (await app.request('/api/errors')).json()) as { errors: { file: string }[] };
    assert.deepEqual(
      body.errors.map((e) => e.file),
      ['broken.bin'],
    );
  });
});

describe('uploads', () => {
  test('accepts good files and rejects bad ones per file (multipart)', async () => {
    const { app, store } = setup();
    const form = new FormData();
    form.append('files', new File([GOOD_A], 'tarnby-a.txt', { type: 'text/plain' }));
    form.append('files', new File([GOOD_B], '../../etc/tarnby-b.txt', { type: 'text/plain' }));
    form.append('files', new File([''], 'empty.txt', { type: 'text/plain' }));
    form.append('files', new File([new Uint8Array([0x00, 0x01, 0x02, 0x03, 0x89, 0x50])], 'binary.txt'));
    form.append('files', new File([new Uint8Array([0x48, 0x69, 0x20, 0xff, 0xfe, 0x21])], 'latin.txt', { type: 'text/plain' }));
    form.append('files', new File(['%PDF-1.4'], 'doc.pdf', { type: 'application/pdf' }));
    form.append('files', new File(['hello there'], 'photo.txt', { type: 'image/png' }));
    const res = await app.request('/api/reports', { method: 'POST', body: form });
    assert.equal(res.status, 200);
    const body = (await res.json()) as { accepted: { name: string; file: string }[]; errors: { name: string; reason: string }[]; summary: { reports: number } };
    assert.deepEqual(
      body.accepted.map((a) => a.file),
      ['upload/tarnby-a.txt', 'upload/tarnby-b.txt'],
    );
    const reasons = new Map(body.errors.map((e) => [e.name, e.reason]));
    assert.deepEqual([...reasons.keys()].sort(), ['binary.txt', 'doc.pdf', 'empty.txt', 'latin.txt', 'photo.txt']);
    assert.match(reasons.get('empty.txt') ?? '', /empty/i);
    assert.match(reasons.get('binary.txt') ?? '', /binary/i);
    assert.match(reasons.get('latin.txt') ?? '', /UTF-8/);
    assert.match(reasons.get('doc.pdf') ?? '', /\.pdf/);
    assert.match(reasons.get('photo.txt') ?? '', /image\/png/);
    assert.ok(store.listInputs().every((i) => i.file.startsWith('upload/') && !i.file.includes('..')));
    assert.ok(body.summary.reports >= 2, 'the rebuilt dossier has the uploaded reports');
    const files = store.listReports().map((r) => r.file);
    assert.ok(files.includes('upload/tarnby-a.txt') && files.includes('upload/tarnby-b.txt'));
  });

  test('accepts JSON uploads with metadata', async () => {
    const { app, store } = setup();
    const res = await app.request('/api/reports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ files: [{ name: 'a.txt', text: GOOD_A, source: 'Tarnby Tidende' }, { name: 'b', text: '   ' }] }),
    });
    assert.equal(res.status, 200);
    const body = (await res.json()) as { accepted: { file: string }[]; errors: { name: string }[] };
    assert.deepEqual(
      body.accepted.map((a) => a.file),
      ['upload/a.txt'],
    );
    assert.deepEqual(
      body.errors.map((e) => e.name),
      ['b'],
    );
    assert.equal(store.listReports().find((r) => r.file === 'upload/a.txt')?.source.name, 'Tarnby Tidende');
  });

  test('answers 422 when no file is usable, 400/415 for unreadable requests', async () => {
    const { app } = setup();
    const bad = await app.request('/api/reports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ files: [{ name: 'x.exe', text: 'MZ' }] }),
    });
    assert.equal(bad.status, 422);
    assert.equal((await app.request('/api/reports', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{not json' })).status, 400);
    assert.equal((await app.request('/api/reports', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: 'a,b' })).status, 415);
  });

  test('refuses oversize bodies with 413', async () => {
    const { app, store } = setup({ maxRequestBytes: 1024 });
    const form = new FormData();
    form.append('files', new File(['word '.repeat(1000)], 'big.txt', { type: 'text/plain' }));
    const res = await app.request('/api/reports', { method: 'POST', body: form });
    assert.equal(res.status, 413);
    assert.equal(store.listInputs().length, 0);
    // the default limit is a named constant of 10 MB
    assert.equal(MAX_REQUEST_BYTES, 10 * 1024 * 1024);
  });

  test('refuses cross-site posts and unknown hosts', async () => {
    const { app } = setup({ allowedHosts: ['localhost', '127.0.0.1'] });
    const body = JSON.stringify({ files: [{ name: 'a.txt', text: GOOD_A }] });
    const cross = await app.request('http://localhost/api/reports', {
      method: 'POST',
      headers: { Host: 'localhost', 'Content-Type': 'application/json', Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
      body,
    });
    assert.equal(cross.status, 403);
    const rebinding = await app.request('http://evil.example/api/stories', { headers: { Host: 'evil.example' } });
    assert.equal(rebinding.status, 421);
    assert.equal((await app.request('http://localhost/api/stories', { headers: { Host: 'localhost:4173' } })).status, 200);
  });

  test('sanitises names to one safe segment', () => {
    assert.equal(sanitizeName('../../etc/passwd'), 'passwd');
    assert.equal(sanitizeName('..\\..\\win.ini'), 'win.ini');
    assert.equal(sanitizeName('.hidden.txt'), 'hidden.txt');
    assert.equal(sanitizeName('a b<c>.txt'), 'a_b_c_.txt');
    assert.equal(sanitizeName('../..'), 'upload');
    assert.ok(sanitizeName(`${'x'.repeat(500)}.txt`).length <= 100);
    assert.ok(sanitizeName(`${'x'.repeat(500)}.txt`).endsWith('.txt'));
  });
});

describe('pages and security', () => {
  test('every response carries a strict CSP and nosniff', async () => {
    const { app } = setup();
    for (const path of ['/', '/stories/story_bridge', '/reports/rep_north', '/api/stories', '/assets/app.js', '/nope']) {
      const res = await app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /script-src 'self'/, path);
      assert.match(csp, /object-src 'none'/, path);
      assert.match(csp, /base-uri 'none'/, path);
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
    }
  });

  test('pages carry no inline script or style', async () => {
    const { app } = setup();
    for (const path of ['/', '/stories/story_bridge', '/reports/rep_evil', '/search?q=bridge']) {
      const page = await (await app.request(path)).text();
      assert.equal(page.match(/<script\b[^>]*>/g)?.length, 1, `${path}: only the app script`);
      assert.match(page, /<script src="\/assets\/app\.js" defer><\/script>/);
      // Escaped report text never contains '<', so every '<...>' here is real markup.
      for (const tag of page.match(/<[a-z][^>]*>/gi) ?? []) assert.doesNotMatch(tag, /^<style\b|\sstyle=|\son[a-z]+=/i, `${path}: ${tag}`);
    }
  });

  test('hostile report text is rendered as text', async () => {
    const { app } = setup();
    for (const path of ['/reports/rep_evil', '/stories/story_bridge', '/api/../reports/rep_evil']) {
      const page = await (await app.request(path)).text();
      assert.ok(!page.includes(XSS.script), `${path}: raw <script> from a report`);
      assert.ok(!page.includes(XSS.img), `${path}: raw <img onerror> from a report`);
      assert.ok(!page.includes('href="javascript:'), `${path}: javascript: link`);
    }
    const page = await (await app.request('/reports/rep_evil')).text();
    assert.ok(page.includes('&lt;script&gt;window.__xss = 1; alert(1)&lt;/script&gt;'), 'the script shows as text');
    assert.ok(page.includes('<code>javascript:alert(4)</code>'), 'an unsafe URL is shown, not linked');
  });

  test('the story page shows brief, matrix, quote variants, timeline chart, disputes, framing', async () => {
    const { app } = setup();
    const page = await (await app.request('/stories/story_bridge')).text();
    for (const id of ['brief', 'matrix', 'quotes', 'timeline', 'disputes', 'framing', 'distortions']) assert.match(page, new RegExp(`<section id="${id}"`));
    assert.match(page, /<button type="button" class="sentence" aria-expanded="false" aria-controls="bs-0">/);
    assert.match(page, /<ins>on<\/ins>/, 'added words of a variant are marked');
    assert.match(page, /<del>by<\/del>/, 'missing words of a variant are marked');
    assert.match(page, /<svg class="timeline-chart"/);
    assert.equal(page.match(/class="tl-mark/g)?.length, 4);
    assert.match(page, /class="tl-mark conflict"/);
    assert.match(page, /href="\/reports\/rep_north#c-\d+-\d+"/);
    // matrix: the Gazette carries the repairs claim, the Wire disputes it
    const row = /<tr class="status-disputed"><th scope="row" title="Repairs began on Monday.">.*?<\/tr>/.exec(page)?.[0] ?? '';
    assert.match(row, /cell-carries/);
    assert.match(row, /cell-disputes/);
  });

  test('the report page highlights every cited span with an anchor and shows removed text apart', async () => {
    const { app } = setup();
    const page = await (await app.request('/reports/rep_coast')).text();
    const d = fixtureDossier();
    const r = d.reports.find((x) => x.id === 'rep_coast')!;
    const story = d.stories[0]!;
    const spans = story.statements.flatMap((s) => s.evidence).filter((e) => e.reportId === r.id);
    assert.ok(spans.length > 0);
    for (const e of spans) assert.ok(page.includes(`id="c-${e.start}-${e.end}"`), `anchor for ${e.exact}`);
    const north = await (await app.request('/reports/rep_north')).text();
    assert.match(north, /<h2 id="h-removed">Removed by cleaning<\/h2><ol class="removed"><li><span class="badge">teaser<\/span>/);
    assert.match(north, /Read more: Ferry timetables/);
  });

  test('assets are served from a fixed table (no path traversal)', async () => {
    const { app } = setup();
    const css = await app.request('/assets/app.css');
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /text\/css/);
    for (const p of ['/assets/..%2Fpackage.json', '/assets/../package.json', '/assets/%2e%2e%2fsrc%2fserver%2fapp.ts', '/assets/app.css%00.js']) {
      const res = await app.request(p);
      assert.equal(res.status, 404, p);
    }
  });

  test('the search page finds reports by text and actor and escapes the query', async () => {
    const { app } = setup();
    const page = await (await app.request('/search?q=steel')).text();
    assert.match(page, /<ol class="hits"><li><a href="\/reports\/rep_coast">/);
    const byActor = await (await app.request(`/search?actor=${encodeURIComponent('Ilse Varden')}`)).text();
    assert.equal(byActor.match(/<li><a href="\/reports\//g)?.length, 3);
    const hostile = await (await app.request(`/search?q=${encodeURIComponent('"><script>alert(1)</script>')}`)).text();
    assert.ok(!hostile.includes('<script>alert(1)'));
    assert.match(hostile, /value="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
    const story = await (await app.request('/stories/story_bridge')).text();
    assert.match(story, /<a href="\/search\?actor=Ilse%20Varden">Ilse Varden<\/a>/);
  });

  test('pages are gzipped for clients that accept it, and decode to the same page', async () => {
    const { app } = setup();
    const plain = await (await app.request('/stories/story_bridge')).text();
    for (let i = 0; i < 2; i++) {
      // twice: the second answer comes from the build cache
      const res = await app.request('/stories/story_bridge', { headers: { 'Accept-Encoding': 'gzip, deflate' } });
      assert.equal(res.headers.get('content-encoding'), 'gzip');
      assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
      assert.equal(gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8'), plain);
    }
  });

  test('internal errors answer 500 without details', async () => {
    const { store } = setup();
    const broken = Object.create(store) as SqliteStore;
    broken.listStories = () => {
      throw new Error('disk on fire at /secret/path');
    };
    const app = createApp(broken);
    const api = await app.request('/api/stories');
    assert.equal(api.status, 500);
    assert.deepEqual(await api.json(), { error: 'Internal error.' });
    const page = await app.request('/');
    assert.equal(page.status, 500);
    assert.doesNotMatch(await page.text(), /secret/);
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  });

  test('unknown pages are 404', async () => {
    const { app } = setup();
    assert.equal((await app.request('/stories/none')).status, 404);
    assert.equal((await app.request('/reports/none')).status, 404);
    assert.equal((await app.request('/api/nothing')).status, 404);
  });
});

describe('with the real pipeline', () => {
  test('uploaded reports become a story whose every cited span is anchored on its report page', async () => {
    const store = new SqliteStore(':memory:');
    const app = createApp(store);
    const res = await app.request('/api/reports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        files: [
          { name: 'tidende.txt', text: GOOD_A, source: 'Tarnby Tidende', publishedAt: '2031-05-06' },
          { name: 'posten.txt', text: GOOD_B, source: 'Kystposten', publishedAt: '2031-05-07' },
        ],
      }),
    });
    assert.equal(res.status, 200);
    const stories = store.listStories();
    assert.ok(stories.length >= 1);
    const index = await (await app.request('/')).text();
    for (const s of stories) assert.ok(index.includes(`href="/stories/${s.id}"`));
    for (const summary of stories) {
      const story = store.getStory(summary.id)!;
      const page = await app.request(`/stories/${encodeURIComponent(story.id)}`);
      assert.equal(page.status, 200);
      const html = await page.text();
      const cited = new Map<string, Set<string>>();
      for (const m of html.matchAll(/href="\/reports\/([^"#]+)#(c-\d+-\d+)"/g)) {
        const set = cited.get(m[1]!) ?? new Set<string>();
        set.add(m[2]!);
        cited.set(m[1]!, set);
      }
      for (const [reportId, anchors] of cited) {
        const reportPage = await (await app.request(`/reports/${reportId}`)).text();
        for (const a of anchors) assert.ok(reportPage.includes(`id="${a}"`), `${reportId} has anchor ${a}`);
      }
    }
    store.close();
  });

  test('a rebuild (here or by another process) refreshes cached pages', async () => {
    const store = new SqliteStore(':memory:');
    const d = fixtureDossier();
    store.saveDossier(d);
    const app = createApp(store);
    assert.match(await (await app.request('/stories/story_bridge')).text(), /<h1>Veldmark harbour bridge closure<\/h1>/);
    const again = fixtureDossier();
    again.generatedAt = '2031-04-18T08:00:00.000Z';
    again.stories[0]!.title = 'Veldmark bridge reopens';
    store.saveDossier(again);
    assert.match(await (await app.request('/stories/story_bridge')).text(), /<h1>Veldmark bridge reopens<\/h1>/);
    const api = (await (await app.request('/api/stories/story_bridge')).json()) as { story: { title: string } };
    assert.equal(api.story.title, 'Veldmark bridge reopens');
    store.close();
  });
});
