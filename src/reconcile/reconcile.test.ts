import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FoundQuote, FoundStatement, Mention, Report, ReportAnalysis, SentenceSpan } from '../model/types.js';
import { reconcile } from './index.js';
import { wordDiff, containment, contentWords, normalizeWording, quoteWords } from './text.js';
import { sameWords } from './distortions.js';

// Three invented reports of one event, with hand-made analyses: reconcile is tested alone.
function report(id: string, group: string, text: string): Report {
  return { id, source: { name: id.toUpperCase() }, title: null, publishedAt: '2026-04-16', text, removed: [], duplicateOf: null, syndicationGroup: group };
}
const span = (text: string, part: string, from = 0): { start: number; end: number } => {
  const start = text.indexOf(part, from);
  assert.ok(start >= 0, `"${part}" in text`);
  return { start, end: start + part.length };
};
function sentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) out.push({ start: at, end: at + line.length, text: line });
    at += line.length + 1;
  }
  return out;
}
function quote(text: string, part: string, speakerPart: string | null, speakerName: string | null): FoundQuote {
  const s = span(text, part);
  return { ...s, text: part, direct: true, speaker: speakerPart ? span(text, speakerPart) : null, speakerName, cue: null };
}
function statement(text: string, part: string, act: FoundStatement['act'], actorName: string | null, extra: Partial<FoundStatement> = {}): FoundStatement {
  const s = span(text, part);
  return { ...s, text: part, act, actorName, targetName: null, conditional: false, negated: false, quote: null, speaker: null, cue: null, ...extra };
}
function mention(text: string, part: string, name: string, kind: Mention['kind'] = 'person', from = 0): Mention {
  return { ...span(text, part, from), text: part, name, kind };
}

const A = 'Salin said the garrison was "completely encircled and cut off".\n"If they put down their weapons, they will be treated with honour and fairness," Salin said.\nThe ministry in Tarsky denied it.';
const B = 'Leader Viktor Salin said: "If they lay down their weapons, they will be treated with honour and decency."\n"Our garrison is not encircled," the Arvenian Defence Ministry said.\nIt happened in Tarskyy.';
const C = 'Salin accused Arvenian units of shelling civilian districts, something Arvenia denies.\nSalin promised the defenders would be "treated with honour and respect". Tarsky is quiet.';

function fixture(): { reports: Report[]; analyses: Map<string, ReportAnalysis> } {
  const ra = report('a', 'ga', A);
  const rb = report('b', 'gb', B);
  const rc = report('c', 'gc', C);
  const an = (r: Report, quotes: FoundQuote[], statements: FoundStatement[], mentions: Mention[]): ReportAnalysis => ({
    reportId: r.id,
    sentences: sentences(r.text),
    mentions,
    quotes,
    statements,
    times: [],
  });
  const qa = quote(A, 'If they put down their weapons, they will be treated with honour and fairness', 'Salin', 'Viktor Salin');
  const qb = quote(B, 'If they lay down their weapons, they will be treated with honour and decency.', 'Leader Viktor Salin', 'Viktor Salin');
  const qb2 = quote(B, 'Our garrison is not encircled,', 'the Arvenian Defence Ministry', 'Arvenian Defence Ministry');
  const qc = quote(C, "treated with honour and respect", "Salin", "Viktor Salin");
  const analyses = new Map<string, ReportAnalysis>([
    [
      'a',
      an(
        ra,
        [qa],
        [
          statement(A, 'the garrison was "completely encircled and cut off"', 'claim', 'Viktor Salin'),
          statement(A, 'If they put down their weapons, they will be treated with honour and fairness', 'promise', 'Viktor Salin', { quote: 0, conditional: true }),
        ],
        [mention(A, 'Salin', 'Viktor Salin'), mention(A, 'Tarsky', 'Tarsky', 'place')],
      ),
    ],
    [
      'b',
      an(
        rb,
        [qb, qb2],
        [
          statement(B, 'If they lay down their weapons, they will be treated with honour and decency.', 'promise', 'Viktor Salin', { quote: 0, conditional: true }),
          statement(B, 'Our garrison is not encircled,', 'denial', 'Arvenian Defence Ministry', { quote: 1, negated: true }),
        ],
        [mention(B, 'Viktor Salin', 'Viktor Salin'), mention(B, 'Arvenian Defence Ministry', 'Arvenian Defence Ministry', 'organization'), mention(B, 'Tarskyy', 'Tarsky', 'place')],
      ),
    ],
    [
      'c',
      an(
        rc,
        [qc],
        [
          statement(C, 'Salin accused Arvenian units of shelling civilian districts', 'accusation', 'Viktor Salin'),
          statement(C, 'something Arvenia denies', 'denial', 'Arvenia'),
        ],
        [mention(C, 'Salin', 'Viktor Salin'), mention(C, 'Arvenia', 'Arvenia', 'place', C.indexOf('Arvenia denies')), mention(C, 'Tarsky', 'Tarsky', 'place')],
      ),
    ],
  ]);
  return { reports: [ra, rb, rc], analyses };
}

test('quotes in different wordings align into one quote with a variant per report', () => {
  const { reports, analyses } = fixture();
  const r = reconcile(reports, analyses);
  const salin = r.actors.find((a) => a.name === 'Viktor Salin');
  assert.ok(salin);
  assert.ok(salin.aliases.includes('Salin'));
  const q = r.quotes.filter((x) => x.variants.some((v) => /treated/.test(v.text)));
  assert.equal(q.length, 1);
  assert.equal(q[0]!.speaker, salin.id);
  assert.equal(q[0]!.variants.length, 3);
  assert.equal(q[0]!.independentSources, 3);
  const byReport = new Map(q[0]!.variants.map((v) => [v.evidence.reportId, v]));
  assert.ok(byReport.get('b')!.diff!.some((d) => d.op !== 'same'), 'a word-level diff against the canonical wording');
});

test('a denial disputes the claim it denies, both ways; corroboration counts groups', () => {
  const { reports, analyses } = fixture();
  const r = reconcile(reports, analyses);
  const claim = r.statements.find((s) => s.act === 'claim')!;
  const denial = r.statements.find((s) => s.act === 'denial' && /garrison/.test(s.text))!;
  assert.ok(claim.disputes.includes(denial.id));
  assert.ok(denial.disputes.includes(claim.id));
  assert.equal(claim.status, 'disputed');
  const promise = r.statements.find((s) => s.act === 'promise')!;
  assert.equal(promise.evidence.length, 2, 'the promise in two reports is one statement');
  assert.equal(promise.independentSources, 2);
  assert.equal(promise.status, 'corroborated');
  assert.equal(promise.conditional, true);
  const accusation = r.statements.find((s) => s.act === 'accusation')!;
  assert.equal(accusation.status, 'disputed', 'an accusation the accused denies in the same sentence');
  for (const s of r.statements) for (const e of s.evidence) assert.equal(reports.find((x) => x.id === e.reportId)!.text.slice(e.start, e.end), e.exact);
});

test('framing marks a spelling that other outlets do not use, and only then', () => {
  const { reports, analyses } = fixture();
  const r = reconcile(reports, analyses);
  const variant = r.framing.filter((f) => f.term === 'Tarskyy');
  assert.equal(variant.length, 1);
  assert.equal(variant[0]!.reportId, 'b');
  assert.deepEqual(variant[0]!.alternatives, ['Tarsky']);
  assert.ok(r.framing.every((f) => f.term !== 'Salin'), 'a name spelled alike everywhere is not framing');
});

test('the same words credited to two speakers are flagged', () => {
  const { reports, analyses } = fixture();
  const D = '"If they put down their weapons, they will be treated with honour and fairness," Varn said.';
  const rd = report('d', 'gd', D);
  const qd = quote(D, 'If they put down their weapons, they will be treated with honour and fairness', 'Varn', 'Oleg Varn');
  analyses.set('d', { reportId: 'd', sentences: sentences(D), mentions: [mention(D, 'Varn', 'Oleg Varn')], quotes: [qd], statements: [], times: [] });
  const r = reconcile([...reports, rd], analyses);
  const d = r.distortions.filter((x) => x.kind === 'attribution');
  assert.equal(d.length, 1);
  assert.match(d[0]!.reason, /Varn/);
  assert.match(d[0]!.reason, /Salin/);
});

test('word diff and containment', () => {
  assert.deepEqual(wordDiff('life and dignified treatment', 'life and decent treatment'), [
    { op: 'same', text: 'life and' },
    { op: 'removed', text: 'dignified' },
    { op: 'added', text: 'decent' },
    { op: 'same', text: 'treatment' },
  ]);
  assert.equal(containment(contentWords('troops are completely surrounded'), contentWords('no threat of units being encircled')), 2 / 3);
  assert.equal(containment(contentWords('the harbour reopened'), contentWords('grain prices rose')), 0);
});

test('an attribution error needs the same words from both speakers, not words alike through a third mention', () => {
  const unit = (t: string): { words: string[]; wording: string } => ({ words: quoteWords(t), wording: ` ${normalizeWording(t)} ` });
  const said = unit('thousands of soldiers are completely surrounded by the army and in a very bad position');
  assert.ok(sameWords(said, unit('completely surrounded by the army')), 'word for word, from three words on');
  assert.ok(sameWords(said, unit('thousands of soldiers are surrounded by the army and in a bad position')), 'nearly all its words');
  assert.ok(!sameWords(said, unit('alarming claims that dozens of soldiers who surrendered to the army were shot')), 'a few shared words');
  assert.ok(!sameWords(said, unit('by the army')), 'too short to be the same words');
});
