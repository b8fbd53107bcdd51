/**
 * End-to-end: the pages in headless Chromium (Debian's package, driven by playwright-core).
 * Click through story list → story → brief sources → quote variants → a report highlight,
 * check keyboard use and the phone layout, and prove hostile report text stays text.
 * Screenshots go to test-results/. Skipped with a message when /usr/bin/chromium is missing.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { SqliteStore } from '../store/index.js';
import { startServer, type RunningServer } from './index.js';
import { fixtureDossier } from './testing/fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SHOTS = resolve(process.cwd(), 'test-results');
/** Phone width of the mobile checks (a common small phone, CSS pixels). */
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
/** Per-action timeout: generous for a loaded 2-core machine. */
const ACTION_MS = 15_000;
/** Whole-suite limit, so that a hung browser fails the run instead of stalling CI. */
const SUITE_MS = 180_000;

const missing = !existsSync(CHROMIUM);

describe('web UI in headless Chromium', { timeout: SUITE_MS, skip: missing ? `${CHROMIUM} is missing: run scripts/ensure-chromium.sh (CI installs it)` : false }, () => {
  let browser: Browser;
  let server: RunningServer;
  let store: SqliteStore;

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    store = new SqliteStore(':memory:');
    store.saveDossier(fixtureDossier());
    server = await startServer(store, { port: 0 });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    store?.close();
  });

  /** A page that records dialogs, page errors and console errors (CSP violations show there). */
  async function open(viewport = DESKTOP): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport });
    page.setDefaultTimeout(ACTION_MS);
    const problems: string[] = [];
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    return { page, problems };
  }

  test('story list → story → brief sources → quote variants → report highlight', async () => {
    const { page, problems } = await open();
    await page.goto(`${server.url}/`);
    await page.screenshot({ path: resolve(SHOTS, 'index.png'), fullPage: true });
    await page.getByRole('link', { name: 'Veldmark harbour bridge closure' }).click();
    await page.waitForURL(/\/stories\/story_bridge$/);
    assert.equal(await page.locator('h1').textContent(), 'Veldmark harbour bridge closure');

    // brief: clicking a sentence shows its sources and cited spans
    const sentence = page.locator('button.sentence').first();
    const panel = page.locator('#bs-0');
    assert.equal(await panel.isVisible(), false);
    await sentence.click();
    assert.equal(await sentence.getAttribute('aria-expanded'), 'true');
    assert.equal(await panel.isVisible(), true);
    assert.match((await panel.textContent()) ?? '', /Northline Gazette/);
    await page.screenshot({ path: resolve(SHOTS, 'story-brief.png'), fullPage: true });

    // quote variants side by side, word differences highlighted
    const quote = page.locator('details.quote').first();
    await quote.locator('summary').click();
    assert.equal(await quote.getAttribute('open'), '');
    const variants = quote.locator('figure.variant');
    assert.equal(await variants.count(), 3);
    const ins = quote.locator('ins').first();
    assert.equal(await ins.isVisible(), true);
    const boxes = await Promise.all([variants.nth(0).boundingBox(), variants.nth(1).boundingBox()]);
    assert.ok(boxes[0] && boxes[1] && Math.abs(boxes[0].y - boxes[1].y) < 2, 'variants sit side by side on a desktop');
    await quote.screenshot({ path: resolve(SHOTS, 'story-quote-variants.png') });

    // a variant's source link opens the report at the highlighted span
    await variants.nth(1).getByRole('link', { name: 'Coastal Wire' }).click();
    await page.waitForURL(/\/reports\/rep_coast#c-\d+-\d+$/);
    const hash = new URL(page.url()).hash;
    const [, s, e] = /^#c-(\d+)-(\d+)$/.exec(hash) ?? [];
    const current = page.locator('mark.cited.current');
    await current.first().waitFor();
    const text = (await current.allTextContents()).join('');
    const report = fixtureDossier().reports.find((r) => r.id === 'rep_coast')!;
    assert.equal(text, report.text.slice(Number(s), Number(e)), 'the current highlight is exactly the cited span');
    assert.equal(await current.first().isVisible(), true);
    const top = await current.first().evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < DESKTOP.height, 'the span is scrolled into view');
    assert.ok((await page.locator('ol.removed, p.muted').count()) > 0);
    await page.screenshot({ path: resolve(SHOTS, 'report-highlight.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('keyboard: Tab reaches the brief, Enter opens it, Escape closes it, focus is visible', async () => {
    const { page, problems } = await open();
    await page.goto(`${server.url}/stories/story_bridge`);
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate<boolean>("document.activeElement?.classList.contains('sentence') ?? false");
    }
    assert.ok(reached, 'a brief sentence is reachable with Tab');
    const outline = await page.evaluate<string>('getComputedStyle(document.activeElement).outlineStyle');
    assert.notEqual(outline, 'none', 'focus is visible');
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('button.sentence').first().getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('button.sentence').first().getAttribute('aria-expanded'), 'false');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('hostile report text stays text (no dialog, no script, no javascript: link)', async () => {
    const { page, problems } = await open();
    for (const path of ['/reports/rep_evil', '/stories/story_bridge', '/']) {
      await page.goto(`${server.url}${path}`);
      if (path === '/stories/story_bridge') {
        for (const b of await page.locator('button.sentence').all()) await b.click();
        await page.locator('details.quote summary').first().click();
      }
      const found = await page.evaluate<unknown>(`({
        flag: window.__xss ?? null,
        scripts: [...document.querySelectorAll('script')].map((s) => s.getAttribute('src')),
        handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
        jsLinks: [...document.querySelectorAll('a')].filter((a) => (a.getAttribute('href') ?? '').trim().toLowerCase().startsWith('javascript:')).length,
        imgs: document.querySelectorAll('img').length,
      })`);
      assert.deepEqual(found, { flag: null, scripts: ['/assets/app.js'], handlers: 0, jsLinks: 0, imgs: 0 }, path);
    }
    assert.match((await page.goto(`${server.url}/reports/rep_evil`).then(() => page.locator('.report-text').textContent())) ?? '', /<script>window\.__xss = 1; alert\(1\)<\/script>/);
    await page.screenshot({ path: resolve(SHOTS, 'report-hostile.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('phone width: no horizontal overflow, variants stack', async () => {
    const { page, problems } = await open(PHONE);
    for (const [path, shot] of [
      ['/', 'phone-index.png'],
      ['/stories/story_bridge', 'phone-story.png'],
      ['/reports/rep_north', 'phone-report.png'],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      if (path.startsWith('/stories')) await page.locator('details.quote summary').first().click();
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      assert.ok(overflow <= 1, `${path}: page wider than the phone by ${overflow}px`);
      await page.screenshot({ path: resolve(SHOTS, shot), fullPage: true });
    }
    await page.goto(`${server.url}/stories/story_bridge`);
    await page.locator('details.quote summary').first().click();
    const [a, b] = await Promise.all([page.locator('figure.variant').nth(0).boundingBox(), page.locator('figure.variant').nth(1).boundingBox()]);
    assert.ok(a && b && b.y > a.y + a.height - 1, 'variants stack on a phone');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('upload form: good files are added, bad ones reported per file, as text', async () => {
    const own = new SqliteStore(':memory:');
    const srv = await startServer(own, { port: 0 });
    const { page, problems } = await open();
    try {
      await page.goto(`${srv.url}/`);
      await page.locator('#files').setInputFiles([
        {
          name: 'tarnby.txt',
          mimeType: 'text/plain',
          buffer: Buffer.from('Mayor Oskar Lind said on Tuesday that the Tarnby ferry terminal would reopen next week.\n\n"We will have boats running by Monday," Lind told reporters.\n'),
        },
        { name: '<img src=x onerror=alert(9)>.txt', mimeType: 'text/plain', buffer: Buffer.from('') },
      ]);
      await page.getByRole('button', { name: 'Upload and rebuild' }).click();
      const out = page.locator('output.upload-result');
      await out.filter({ hasText: 'in the dossier' }).waitFor();
      const text = (await out.textContent()) ?? '';
      assert.match(text, /added tarnby\.txt/);
      assert.match(text, /<img src=x onerror=alert\(9\)>\.txt: File is empty\./);
      assert.equal(await page.locator('img').count(), 0, 'the hostile file name stayed text');
      await page.screenshot({ path: resolve(SHOTS, 'upload.png'), fullPage: true });
      await page.reload();
      assert.ok((await page.locator('table.stories tbody tr').count()) >= 1, 'the new story is listed');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
      await srv.close();
      own.close();
    }
  });
});
