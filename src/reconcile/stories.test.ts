/**
 * Reconciliation quality on the labelled multi-report stories of bench/data/stories (invented
 * events, the project's own texts): the same scoring as `npm run bench:reconcile`, with floors
 * just below the measured figures. Floors only ever go up.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEV2_DIR, DEV3_DIR, DEV4_DIR, DEV5_DIR, DEV6_DIR, DEV7_DIR, DEV8_DIR, DEV9_DIR, DEV10_DIR, DEV11_DIR, HELDOUT_DIR, loadStories, runStory, scoreStory, totals, validateStory, type GoldStory, type StoryScore } from '../../bench/reconcile.js';
import type { Dossier } from '../model/types.js';

const scoreStoryFor = (story: GoldStory, dossier: Dossier): StoryScore => scoreStory(story, dossier);

/** Issue 6 asks for at least 30 labelled stories of 2–6 reports. */
const MIN_STORIES = 30;
const MIN_REPORTS = 2;
const MAX_REPORTS = 6;

/**
 * Floors for the dossier as the pipeline builds it (measured 2026-11-22, see the bench: alignment
 * P 1.00 R 0.94, disputes P 1.00 R 0.88; after issue 6's generalising rules, alignment P 1.00
 * R 0.96, disputes P 1.00 R 0.86, mentions found 169/170; 2026-12-04, once small dated stories
 * bridge on a shared key name in clustering, disputes R 0.90).
 */
const FLOORS = {
  alignPrecision: 0.98,
  alignRecall: 0.94,
  disputePrecision: 0.97,
  disputeRecall: 0.9,
  /** share of labelled quote mentions that some dossier Quote covers */
  mentionsFound: 0.97,
};

/**
 * Floors for reconciliation alone: all of a story's reports reconciled as one story (the bench's
 * "one story" row, measured 2026-11-22: alignment P 1.00 R 0.96, disputes P 1.00 R 0.93; after
 * the rules were made to generalise to the held-out set, disputes R 0.90).
 */
const ONE_STORY_FLOORS = {
  alignPrecision: 0.98,
  alignRecall: 0.94,
  disputePrecision: 0.97,
  disputeRecall: 0.9,
};

/**
 * Floors on the held-out set (bench/data/stories-heldout, written blind, now development data):
 * one-story row measured 2026-11-22 at alignment P 1.00 R 0.56, disputes P 0.95 R 0.66 (blind
 * score before: P 0.76 R 0.54, P 0.46 R 0.20); after a summary joined the quotation it leads
 * into, alignment P 0.99 R 0.87, disputes P 0.97 R 0.68; with negated states and subjects far
 * from their terms (2026-12-04), disputes P 1.00 R 0.73.
 */
const HELDOUT_FLOORS = {
  alignPrecision: 0.97,
  alignRecall: 0.85,
  disputePrecision: 0.98,
  disputeRecall: 0.72,
};

/**
 * Floors on the second development set (bench/data/stories-dev2, written without sight of the
 * reconciler): one-story row scored blind once at alignment P 0.90 R 0.67, disputes P 0.63 R 0.16;
 * after the rules for its kinds of wording (not its sentences), alignment P 0.92 R 0.81, disputes
 * P 0.94 R 0.39; after round 2 (negated states, subjects, figures of counted things, denials of a
 * speech act), disputes P 1.00 R 0.55; after the 2026-12-04 evening round (figures, denials, quote
 * fragments), alignment P 0.96 R 0.89, disputes P 1.00 R 0.65.
 */
const DEV2_FLOORS = {
  alignPrecision: 0.94,
  alignRecall: 0.87,
  disputePrecision: 0.98,
  disputeRecall: 0.63,
};

/**
 * Floors on the third development set (bench/data/stories-dev3, other topics and wordings, written
 * without sight of the reconciler): one-story row scored blind once at alignment P 1.00 R 0.84,
 * disputes P 0.55 R 0.16; after round 2's rules for its kinds of wording, disputes P 0.85 R 0.33;
 * after round 3 (stricter bare-verdict and named-account links, sums of different things), disputes
 * P 1.00 R 0.35; after the 2026-12-04 evening round, alignment R 0.87, disputes P 1.00 R 0.46;
 * after the dev5 round, alignment R 0.94, disputes R 0.49; after the 2026-12-04 night session
 * (pointer denials, "contested"), disputes R 0.53.
 */
const DEV3_FLOORS = {
  alignPrecision: 0.98,
  alignRecall: 0.92,
  disputePrecision: 0.98,
  disputeRecall: 0.51,
};

/**
 * Floors on the fourth development set (bench/data/stories-dev4, rich in look-alikes that are not
 * disputes, written without sight of the reconciler): one-story row scored blind once (with round
 * 3's dev3 changes) at alignment P 1.00 R 0.68, disputes P 0.38 R 0.15; after round 3's rules for
 * rates, limits, updates, number phrases, contrasts and denied charges, disputes P 0.69 R 0.15;
 * after round 6's negated antonyms, counts at one place, "a dozen", corrected prices and the
 * attendance and delay measures, disputes P 0.86 R 0.21; after the 2026-12-04 evening round,
 * alignment R 0.77, disputes P 0.90 R 0.33; after the dev5 round, alignment R 0.91, disputes
 * P 0.92 R 0.40.
 */
const DEV4_FLOORS = {
  alignPrecision: 0.98,
  alignRecall: 0.89,
  disputePrecision: 0.9,
  disputeRecall: 0.38,
};

/**
 * Floors on the fifth development set (bench/data/stories-dev5, written without sight of the
 * reconciler): one-story row scored blind once at alignment P 0.93 R 0.61, disputes P 0.36 R 0.27
 * (the evening round's rules, made on dev2–dev4, moved none of it); after the round made on its
 * errors (figures, denials, quote alignment, opposite states), alignment P 0.95 R 0.91, disputes
 * P 0.96 R 0.47; after the 2026-12-04 night session (durations, estimates), disputes R 0.49.
 */
const DEV5_FLOORS = {
  alignPrecision: 0.93,
  alignRecall: 0.89,
  disputePrecision: 0.94,
  disputeRecall: 0.47,
};

/**
 * Floors on the sixth development set (bench/data/stories-dev6, written without sight of the
 * reconciler): one-story row scored blind at alignment P 0.95 R 0.78, disputes P 0.57 R 0.31; after
 * the rules made on dev5 (not on it), disputes P 0.58 R 0.27; with negative temperatures, P 0.60;
 * after the round made on its errors, alignment P 1.00 R 0.96, disputes P 0.92 R 0.39; with an
 * organisation's first word standing for it ("Halden"), alignment R 1.00.
 */
const DEV6_FLOORS = {
  alignPrecision: 0.98,
  alignRecall: 0.98,
  disputePrecision: 0.9,
  disputeRecall: 0.37,
};

/**
 * Floors on the seventh development set (bench/data/stories-dev7, written without sight of the
 * reconciler): one-story row scored blind on the code of the session's start at alignment P 1.00
 * R 0.74, disputes P 0.57 R 0.22; before the dev6 round P 0.62 R 0.25; after it P 0.59 R 0.25;
 * after the 2026-12-04 night session (never tuned on; rates in time), P 0.62 R 0.25; with words of
 * one meaning from WordNet (chosen on other sets), alignment R 0.76; with one named speaker's
 * few words found word for word in a fuller quotation (made on dev10), 0.84.
 */
const DEV7_FLOORS = {
  alignPrecision: 0.98,
  alignRecall: 0.82,
  disputePrecision: 0.6,
  disputeRecall: 0.23,
};

/**
 * Floors on the eighth development set (bench/data/stories-dev8, written without sight of the
 * reconciler): one-story row scored blind on the code of the 2026-12-04 night session's start at
 * alignment P 0.89 R 0.86, disputes P 0.56 R 0.14; after its first general changes (pointer
 * denials, organisation short names, rates in time) 0.89/0.86, P 0.58 R 0.16; after the round
 * made on its errors, alignment P 0.86 R 0.86, disputes P 0.67 R 0.23; with words of one meaning
 * from WordNet, alignment P 0.87 R 0.90, disputes P 0.69 R 0.26.
 */
const DEV8_FLOORS = {
  alignPrecision: 0.85,
  alignRecall: 0.88,
  disputePrecision: 0.67,
  disputeRecall: 0.24,
};

/**
 * Floors on the ninth development set (bench/data/stories-dev9, written without sight of the
 * reconciler, never tuned on): one-story row scored blind on the code of the 2026-12-04 night
 * session's start at alignment P 0.80 R 0.70, disputes P 0.62 R 0.28, unchanged by that session;
 * with words of one meaning from WordNet (chosen on other sets), alignment P 0.81 R 0.74.
 */
const DEV9_FLOORS = {
  alignPrecision: 0.79,
  alignRecall: 0.72,
  disputePrecision: 0.6,
  disputeRecall: 0.26,
};

/**
 * Floors on the tenth development set (bench/data/stories-dev10, written without sight of the
 * reconciler): one-story row scored blind on 2026-12-04 (late), on the code of the session's start
 * and after words of one meaning from WordNet alike, at alignment P 1.00 R 0.67, disputes P 0.48
 * R 0.15; with one named speaker's few words found word for word in a fuller quotation, alignment
 * R 0.70; with a first name used alone taken for the one person named in full with it, 0.73.
 */
const DEV10_FLOORS = {
  alignPrecision: 0.98,
  alignRecall: 0.71,
  disputePrecision: 0.45,
  disputeRecall: 0.13,
};

/**
 * Floors on the eleventh development set (bench/data/stories-dev11, written without sight of the
 * reconciler, never tuned on): one-story row scored blind at the end of the 2026-12-04 late session,
 * on that session's start and end code alike, at alignment P 0.93 R 0.58, disputes P 0.57 R 0.22.
 */
const DEV11_FLOORS = {
  alignPrecision: 0.91,
  alignRecall: 0.56,
  disputePrecision: 0.55,
  disputeRecall: 0.2,
};

const stories = loadStories();

test('the labelled stories are well formed', () => {
  assert.ok(stories.length >= MIN_STORIES, `${stories.length} stories, want at least ${MIN_STORIES}`);
  for (const s of stories) {
    assert.ok(s.reports.length >= MIN_REPORTS && s.reports.length <= MAX_REPORTS, `${s.slug}: ${s.reports.length} reports`);
  }
  assert.deepEqual(stories.flatMap(validateStory), []);
  // The set exercises what reconciliation must handle: aligned variants, disputes, syndication.
  assert.ok(stories.filter((s) => s.quotes.some((g) => g.length >= 3)).length >= 10);
  assert.ok(stories.filter((s) => s.disputes.length > 0).length >= 20);
  assert.ok(stories.filter((s) => s.reports.some((r) => r.syndicatedFrom !== undefined)).length >= 4);
});

interface Floors {
  alignPrecision: number;
  alignRecall: number;
  disputePrecision: number;
  disputeRecall: number;
}

/** Asserts a run's alignment and dispute precision/recall are at or above the floors. */
function assertAbove(label: string, t: Pick<ReturnType<typeof totals>, 'align' | 'dispute'>, floors: Floors, extra: object = {}): void {
  const report = JSON.stringify({ align: t.align, dispute: t.dispute, ...extra });
  assert.ok(t.align.precision >= floors.alignPrecision, `${label} alignment precision ${report}`);
  assert.ok(t.align.recall >= floors.alignRecall, `${label} alignment recall ${report}`);
  assert.ok(t.dispute.precision >= floors.disputePrecision, `${label} dispute precision ${report}`);
  assert.ok(t.dispute.recall >= floors.disputeRecall, `${label} dispute recall ${report}`);
}

test('quote alignment and dispute detection stay above their floors', () => {
  const runs = stories.map((s) => runStory(s));
  assertAbove('one-story', totals(runs.map((r) => r.oneStory)), ONE_STORY_FLOORS);
  const t = totals(runs.map((r): StoryScore => r.pipeline));
  const found = t.mentions === 0 ? 1 : t.mentionsFound / t.mentions;
  assertAbove('pipeline', t, FLOORS, { found });
  assert.ok(found >= FLOORS.mentionsFound, `mentions found ${found}`);
});

const OTHER_SETS: [string, string, Floors][] = [
  ['held-out', HELDOUT_DIR, HELDOUT_FLOORS],
  ['dev2', DEV2_DIR, DEV2_FLOORS],
  ['dev3', DEV3_DIR, DEV3_FLOORS],
  ['dev4', DEV4_DIR, DEV4_FLOORS],
  ['dev5', DEV5_DIR, DEV5_FLOORS],
  ['dev6', DEV6_DIR, DEV6_FLOORS],
  ['dev7', DEV7_DIR, DEV7_FLOORS],
  ['dev8', DEV8_DIR, DEV8_FLOORS],
  ['dev9', DEV9_DIR, DEV9_FLOORS],
  ['dev10', DEV10_DIR, DEV10_FLOORS],
  ['dev11', DEV11_DIR, DEV11_FLOORS],
];
for (const [label, dir, floors] of OTHER_SETS) {
  test(`the ${label} stories stay above their floors (one story)`, () => {
    assertAbove(label, totals(loadStories(dir).map((s) => runStory(s).oneStory)), floors);
  });
}

test('the scorer counts alignment pairs and dispute pairs as documented', () => {
  const text = 'Ana said “we will win the cup”. Bo denied that the club was sold. The club was sold, Cy said.';
  const other = 'Ana told fans “we shall win the cup”. Ana said “taxes must fall”.';
  const story = {
    slug: 'toy',
    title: 'toy',
    reports: [
      { id: 'a', source: 'A', publishedAt: '2026-01-01', text },
      { id: 'b', source: 'B', publishedAt: '2026-01-01', text: other },
    ],
    quotes: [
      [
        { report: 'a', contains: 'we will win the cup' },
        { report: 'b', contains: 'we shall win the cup' },
      ],
      [{ report: 'b', contains: 'taxes must fall' }],
    ],
    disputes: [{ kind: 'denial' as const, a: { report: 'a', contains: 'denied that the club was sold' }, b: { report: 'a', contains: 'The club was sold, Cy' } }],
  };
  const at = (id: string, t: string, s: string) => ({ reportId: id, start: t.indexOf(s), end: t.indexOf(s) + s.length, exact: s });
  const rep = (id: string, t: string) => ({ id: `r-${id}`, file: `toy/${id}.txt`, source: { name: id }, title: null, publishedAt: null, text: t, removed: [], duplicateOf: null, syndicationGroup: id });
  const quote = (id: string, ev: ReturnType<typeof at>[]) => ({ id, speaker: null, text: '', independentSources: 1, variants: ev.map((e) => ({ text: e.exact, direct: true, evidence: e })) });
  const st = (id: string, ev: ReturnType<typeof at>, disputes: string[]) => ({ id, actor: null, act: 'claim' as const, text: ev.exact, evidence: [ev], independentSources: 1, status: 'single-source' as const, disputes });
  const dossier = (quotes: ReturnType<typeof quote>[], statements: ReturnType<typeof st>[], disputes: [string, string][]) => ({
    schema: 'triangulate/dossier@1' as const,
    generatedAt: '',
    errors: [],
    reports: [rep('a', text), rep('b', other)],
    stories: [
      { id: 's', title: '', reportIds: ['r-a', 'r-b'], actors: [], timeline: [], brief: [], framing: [], quotes, statements, disputes: disputes.map(([x, y]) => ({ id: `${x}${y}`, statements: [x, y] as [string, string], reason: '' })) },
    ],
  });
  const denial = st('d', at('r-a', text, 'Bo denied that the club was sold'), ['c']);
  const claim = st('c', at('r-a', text, 'The club was sold'), ['d']);
  const unrelated = st('u', at('r-b', other, 'taxes must fall'), []);
  // Perfect: the two wordings in one Quote, the other quote alone, the labelled dispute found.
  const good = scoreStoryFor(story, dossier([quote('q1', [at('r-a', text, '“we will win the cup”'), at('r-b', other, '“we shall win the cup”')]), quote('q2', [at('r-b', other, '“taxes must fall”')])], [denial, claim, unrelated], [['d', 'c']]));
  assert.deepEqual([good.align, good.mentionsFound, good.disputesFound, good.predictedDisputes, good.predictedCorrect], [{ tp: 1, fp: 0, fn: 0 }, 3, 1, 1, 1]);
  // Everything merged into one Quote, and an extra dispute pair: one FP pair each way.
  const merged = scoreStoryFor(story, dossier([quote('q1', [at('r-a', text, '“we will win the cup”'), at('r-b', other, '“we shall win the cup”'), at('r-b', other, '“taxes must fall”')])], [denial, claim, unrelated], [['d', 'c'], ['d', 'u']]));
  assert.deepEqual([merged.align, merged.predictedDisputes, merged.predictedCorrect], [{ tp: 1, fp: 2, fn: 0 }, 2, 1]);
  // Nothing found: the gold pair is a miss, the dispute is missed.
  const empty = scoreStoryFor(story, dossier([], [], []));
  assert.deepEqual([empty.align, empty.mentionsFound, empty.disputesFound], [{ tp: 0, fp: 0, fn: 1 }, 0, 0]);
});
