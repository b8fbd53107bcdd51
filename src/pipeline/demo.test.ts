/** The demo corpus (our own invented reports) gives the dossier a careful reader expects. */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { collectInputs } from '../ingest/index.js';
import { buildDossier } from './index.js';
import { DEMO_CORPUS } from '../cli/demo.js';
import type { Dossier, Report, Story } from '../model/types.js';
import { allEvidence } from '../testing/shared.js';

let dossier: Dossier;
let story: Story;
const fileOf = (id: string): string => dossier.reports.find((r) => r.id === id)?.file ?? '';
const report = (file: string): Report => dossier.reports.find((r) => r.file === file)!;

before(() => {
  const { inputs, errors } = collectInputs([DEMO_CORPUS]);
  dossier = buildDossier(inputs, errors).dossier;
  story = dossier.stories[0]!;
});

test('six reports, one story, the reprint collapsed into the wire story', () => {
  assert.equal(dossier.reports.length, 6);
  assert.equal(dossier.stories.length, 1);
  assert.equal(report('06-coastal-times.txt').duplicateOf, report('02-northern-wire.html').id);
  assert.equal(new Set(dossier.reports.map((r) => r.syndicationGroup)).size, 5);
  for (const ev of allEvidence(dossier.stories)) {
    assert.equal(dossier.reports.find((r) => r.id === ev.reportId)!.text.slice(ev.start, ev.end), ev.exact);
  }
});

test('cleaning: comments, promo, teasers, repeat, credit, source tag, date line, HTML boilerplate', () => {
  const kinds = (f: string): string[] => report(f).removed.map((x) => x.kind);
  assert.ok(kinds('01-harbour-herald.txt').includes('comments'));
  assert.ok(kinds('04-capital-post.txt').includes('teaser'));
  assert.ok(kinds('04-capital-post.txt').includes('boilerplate'));
  assert.ok(kinds('03-daily-ledger.txt').includes('repeat'));
  assert.equal(report('04-capital-post.txt').source.name, 'Capital Post');
  assert.equal(report('05-belmora-today.txt').publishedAt, '2026-04-16');
  const html = report('02-northern-wire.html');
  assert.equal(html.source.name, 'Northern Wire');
  assert.equal(html.publishedAt?.slice(0, 10), '2026-04-16');
  assert.ok(!/Subscribe|All rights reserved|Grain prices|Finally some sense/.test(html.text));
  assert.ok(!/lol|resign/.test(report('01-harbour-herald.txt').text));
});

test("Salin's offer is one quote in four wordings; the encirclement claim is disputed by the denial", () => {
  const salin = story.actors.find((a) => a.name === 'Viktor Salin')!;
  const offer = story.quotes.filter((q) => q.variants.some((v) => /weapons/.test(v.text)));
  assert.equal(offer.length, 1);
  assert.equal(offer[0]!.speaker, salin.id);
  const wordings = new Set(offer[0]!.variants.map((v) => v.text.match(/honou?r\w* and \w+|respect and \w+/)?.[0]).filter(Boolean));
  assert.ok(wordings.size >= 3, [...wordings].join(' / '));
  const denial = story.statements.find((s) => s.act === 'denial' && s.evidence.some((e) => /not encircled/.test(e.exact)))!;
  assert.equal(denial.status, 'disputed');
  const claims = denial.disputes.map((id) => story.statements.find((s) => s.id === id)!);
  assert.ok(claims.some((c) => c.actor === salin.id && /encircled/.test(c.text)));
  const accusation = story.statements.find((s) => s.act === 'accusation' && /shell/.test(s.text))!;
  assert.equal(accusation.status, 'disputed');
});

test('every Arvenian denial of the encirclement, in whatever words, disputes a Belmoran claim of it', () => {
  // "insists its troops are not cut off", "dismissed the claims of an encirclement as propaganda",
  // "is not encircled and is being resupplied"
  const denials = story.statements.filter((s) => /not cut off|claims of an encirclement|not encircled/.test(s.text));
  assert.equal(denials.length, 3, denials.map((s) => s.text).join(' | '));
  for (const d of denials) {
    assert.equal(d.status, 'disputed', d.text);
    const others = d.disputes.map((id) => story.statements.find((s) => s.id === id)!);
    assert.ok(others.some((s) => /encircl|trapped/.test(s.text)), `${d.text} disputes an encirclement claim`);
  }
});

test('timeline: last October, Tuesday and Wednesday resolved against publication dates, merged across reports', () => {
  const at = (date: string) => story.timeline.find((t) => t.date.startsWith(date));
  const october = at('2025-10');
  assert.ok(october);
  assert.equal(october.precision, 'month');
  const tuesday = at('2026-04-14');
  assert.ok(tuesday);
  assert.ok(new Set(tuesday.evidence.map((e) => e.reportId)).size >= 2, 'the Geneva talks, from several reports');
  const wednesday = at('2026-04-15');
  assert.ok(wednesday);
  assert.ok(new Set(wednesday.evidence.map((e) => e.reportId)).size >= 2);
  const dates = story.timeline.map((t) => t.date);
  assert.deepEqual(dates, [...dates].sort());
});

test('brief: selected, cited, attributed, with both sides of a dispute and their sources', () => {
  assert.ok(story.brief.length >= 3 && story.brief.length <= 12);
  const texts = dossier.reports.map((r) => r.text);
  for (const b of story.brief) {
    assert.equal(b.text, b.evidence[0]!.exact);
    assert.ok(texts.some((t) => t.includes(b.text)), 'never written by the tool');
    assert.ok((b.sources ?? []).length >= 1);
  }
  assert.ok(story.brief.some((b) => b.role === 'disputed'));
  assert.ok(story.brief.some((b) => b.evidence.length >= 3), 'a point carried by three or more reports');
  assert.ok(!story.brief.some((b) => /terrorists|militants|liberated/.test(b.text)), 'no loaded wording in the outlet voice');
  assert.ok(!story.brief.some((b) => fileOf(b.evidence[0]!.reportId) === '06-coastal-times.txt'), 'a duplicate is never the cited copy');
});

test('brief: among disputed points, what is asserted reads before what denies it', () => {
  // the statements of a brief sentence: those with evidence inside its own span
  const statementsOf = (b: Story['brief'][number]) => {
    const own = b.evidence[0]!;
    return story.statements.filter((s) => s.evidence.some((e) => e.reportId === own.reportId && e.start < own.end && own.start < e.end));
  };
  const disputed = story.brief.filter((b) => b.role === 'disputed');
  const asserts = disputed.map((b) => statementsOf(b).some((s) => s.status === 'disputed' && s.act !== 'denial'));
  assert.ok(asserts.includes(true) && asserts.includes(false), 'both an assertion and a denial in the brief');
  assert.equal(asserts.lastIndexOf(true) < asserts.indexOf(false), true, 'no denial-only sentence before an asserting one');
});

test('framing: a loaded label in the outlet voice is marked with neutral alternatives', () => {
  const labels = story.framing.filter((f) => f.loaded && f.voice === 'outlet');
  assert.ok(labels.some((f) => f.term === 'terrorists' && fileOf(f.reportId) === '05-belmora-today.txt' && f.alternatives.includes('troops')));
});
