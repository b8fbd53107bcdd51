/**
 * Hand-written fictional dossiers for the server's tests and bench (no real events, no text
 * from ../shared). Every Evidence is computed from the report text, so it always resolves.
 */
import type { Dossier, Evidence, Quote, Report, Statement, Story, WordDiff } from '../../model/types.js';

/** Evidence for the first occurrence of `phrase` in the report (throws when absent: a broken fixture). */
export function find(r: Report, phrase: string, from = 0): Evidence {
  const start = r.text.indexOf(phrase, from);
  if (start < 0) throw new Error(`fixture: "${phrase}" not in ${r.id}`);
  return { reportId: r.id, start, end: start + phrase.length, exact: phrase };
}

/** A small word diff (LCS over words) so fixtures carry realistic `diff` arrays. */
export function diffWords(canonical: string, variant: string): WordDiff[] {
  const a = canonical.split(/\s+/).filter(Boolean);
  const b = variant.split(/\s+/).filter(Boolean);
  const key = (w: string): string => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      dp[i]![j] = key(a[i]!) === key(b[j]!) ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const out: WordDiff[] = [];
  const push = (op: WordDiff['op'], text: string): void => {
    const last = out[out.length - 1];
    if (last?.op === op) last.text += ` ${text}`;
    else out.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (key(a[i]!) === key(b[j]!)) {
      push('same', b[j]!);
      i++;
      j++;
    } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) push('removed', a[i++]!);
    else push('added', b[j++]!);
  }
  while (i < a.length) push('removed', a[i++]!);
  while (j < b.length) push('added', b[j++]!);
  return out;
}

function report(id: string, source: string, group: string, publishedAt: string, title: string, text: string, extra: Partial<Report> = {}): Report {
  return { id, source: { name: source }, title, publishedAt, text, removed: [], duplicateOf: null, syndicationGroup: group, file: `${id}.txt`, ...extra };
}

/** The payload every XSS test looks for: if any of it runs or becomes markup, the test fails. */
export const XSS = {
  script: '<script>window.__xss = 1; alert(1)</script>',
  link: '<a href="javascript:alert(2)">click me</a>',
  img: '<img src=x onerror="alert(3)">',
  url: 'javascript:alert(4)',
};

/** A three-report story about a fictional bridge closure, plus one hostile report in the story. */
export function fixtureDossier(): Dossier {
  const r1 = report(
    'rep_north',
    'Northline Gazette',
    'g_north',
    '2031-04-16',
    'Veldmark bridge closure enters third day',
    'The Veldmark harbour bridge stayed shut on Wednesday after inspectors found cracks in two supports.\n\n' +
      'Mayor Ilse Varden told reporters: "The bridge will reopen by Friday, and every ferry will run free until then." ' +
      'Repairs began on Monday, the Gazette has learned.\n\n' +
      'The closure has cut the town in two since Monday 14 April.',
  );
  const r2 = report(
    'rep_coast',
    'Coastal Wire',
    'g_coast',
    '2031-04-17',
    'Port authority says no repairs yet on Veldmark bridge',
    'The shutdown of the Veldmark bridge continued on Thursday.\n\n' +
      '"The bridge will reopen on Friday at the latest, and ferries will run free until then," Mayor Ilse Varden said.\n\n' +
      'But the Veldmark Port Authority denied that repairs had begun, saying engineers were still waiting for steel.\n\n' +
      'The bridge was last inspected in March 2031.',
  );
  const r3 = report(
    'rep_evil',
    `Evil ${XSS.img} Times`,
    'g_evil',
    '2031-04-17',
    `Bridge ${XSS.script} news`,
    `Readers wrote in about the bridge. ${XSS.script} One said ${XSS.link} and another ${XSS.img}.\n\n` +
      'The ferries will run free until then, the mayor said, according to this site.',
    {
      url: XSS.url,
      removed: [{ kind: 'comments', start: 0, end: 20, text: `Comment: ${XSS.script}` }],
    },
  );
  r1.removed = [{ kind: 'teaser', start: 400, end: 430, text: 'Read more: Ferry timetables for spring' }];
  const canonical = 'The bridge will reopen by Friday, and every ferry will run free until then.';
  const v2 = 'The bridge will reopen on Friday at the latest, and ferries will run free until then,';
  const quote: Quote = {
    id: 'q_reopen',
    speaker: 'Ilse Varden',
    text: canonical,
    independentSources: 2,
    variants: [
      { text: canonical, direct: true, evidence: find(r1, canonical), speakerEvidence: find(r1, 'Mayor Ilse Varden'), diff: diffWords(canonical, canonical) },
      { text: v2, direct: true, evidence: find(r2, v2), speakerEvidence: find(r2, 'Mayor Ilse Varden'), diff: diffWords(canonical, v2) },
      { text: 'The ferries will run free until then', direct: false, evidence: find(r3, 'The ferries will run free until then'), diff: diffWords(canonical, 'The ferries will run free until then') },
    ],
  };
  const statements: Statement[] = [
    {
      id: 'st_reopen',
      actor: 'a_varden',
      act: 'promise',
      text: 'The bridge will reopen by Friday.',
      evidence: [find(r1, 'The bridge will reopen by Friday'), find(r2, 'The bridge will reopen on Friday at the latest')],
      independentSources: 2,
      status: 'corroborated',
      disputes: [],
    },
    {
      id: 'st_began',
      actor: null,
      act: 'claim',
      text: 'Repairs began on Monday.',
      evidence: [find(r1, 'Repairs began on Monday')],
      independentSources: 1,
      status: 'disputed',
      disputes: ['st_denial'],
    },
    {
      id: 'st_denial',
      actor: 'a_port',
      act: 'denial',
      text: 'The Port Authority denied that repairs had begun.',
      evidence: [find(r2, 'the Veldmark Port Authority denied that repairs had begun')],
      independentSources: 1,
      status: 'disputed',
      disputes: ['st_began'],
    },
    {
      id: 'st_evil',
      actor: null,
      act: 'claim',
      text: `Readers wrote in ${XSS.script}`,
      evidence: [find(r3, `Readers wrote in about the bridge. ${XSS.script}`)],
      independentSources: 1,
      status: 'single-source',
      disputes: [],
    },
  ];
  const story: Story = {
    id: 'story_bridge',
    title: 'Veldmark harbour bridge closure',
    reportIds: [r1.id, r2.id, r3.id],
    actors: [
      { id: 'a_varden', name: 'Ilse Varden', kind: 'person', aliases: ['the mayor'] },
      { id: 'a_port', name: 'Veldmark Port Authority', kind: 'organization', aliases: [] },
    ],
    quotes: [quote],
    statements,
    timeline: [
      { date: '2031-03', precision: 'month', text: 'Last inspection of the bridge', evidence: [find(r2, 'last inspected in March 2031')] },
      { date: '2031-04-14', precision: 'day', text: 'The bridge closes', evidence: [find(r1, 'since Monday 14 April')] },
      { date: '2031-04-14', precision: 'day', text: 'Repairs begin (disputed)', evidence: [find(r1, 'Repairs began on Monday')], conflict: true },
      { date: '2031-04-18', precision: 'day', text: 'Promised reopening', evidence: [find(r1, 'by Friday'), find(r2, 'on Friday at the latest')] },
    ],
    brief: [
      {
        text: 'Mayor Ilse Varden promised the Veldmark bridge would reopen by Friday, with free ferries until then.',
        evidence: [find(r1, 'The bridge will reopen by Friday'), find(r2, 'The bridge will reopen on Friday at the latest')],
        sources: ['Northline Gazette', 'Coastal Wire'],
        role: 'agreed',
      },
      {
        text: 'Whether repairs have begun is disputed: the Gazette says they began on Monday, the Port Authority denies it.',
        evidence: [find(r1, 'Repairs began on Monday'), find(r2, 'the Veldmark Port Authority denied that repairs had begun')],
        role: 'disputed',
      },
      { text: `A third site quoted readers: ${XSS.script}`, evidence: [find(r3, XSS.script)], role: 'context' },
    ],
    framing: [
      { reportId: r1.id, term: 'closure', alternatives: ['shutdown'], evidence: find(r1, 'closure'), referent: 'closure', voice: 'outlet', count: 1 },
      { reportId: r2.id, term: 'shutdown', alternatives: ['closure'], evidence: find(r2, 'shutdown'), referent: 'closure', voice: 'outlet', count: 1, loaded: false },
    ],
    disputes: [{ id: 'd_repairs', statements: ['st_began', 'st_denial'], reason: 'Whether repairs have begun.' }],
    distortions: [
      {
        kind: 'detail',
        reason: 'One report says every ferry runs free, another that ferries do.',
        evidence: [find(r1, 'every ferry will run free'), find(r2, 'ferries will run free')],
      },
    ],
  };
  return { schema: 'triangulate/dossier@1', generatedAt: '2031-04-17T12:00:00.000Z', reports: [r1, r2, r3], stories: [story], errors: [{ file: 'broken.bin', reason: 'File looks binary.' }] };
}

/** Outlets of the synthetic corpus (fictional names). */
const OUTLETS = ['Harbour Post', 'Valley Courier', 'Morning Ledger', 'Riverside Daily', 'Northern Star', 'Evening Chronicle', 'Plains Herald', 'Coast FM News', 'Metro Bulletin', 'Island Times'];
/** Reports per syndication group in the synthetic corpus (wire copies share a group). */
const SYNDICATED = 3;
const SPEAKERS = ['Ilse Varden', 'Tomas Brekke', 'Port Authority', 'Anja Holm', 'Council spokesman'];

/** A synthetic story of `n` reports (for the bench): deterministic, realistic sizes. */
export function syntheticDossier(n: number): Dossier {
  const reports: Report[] = [];
  for (let i = 0; i < n; i++) {
    const outlet = `${OUTLETS[i % OUTLETS.length]} ${Math.floor(i / OUTLETS.length) + 1}`;
    const paras: string[] = [];
    for (let p = 0; p < 12; p++) {
      const sp = SPEAKERS[(i + p) % SPEAKERS.length]!;
      paras.push(
        `Paragraph ${p + 1} of report ${i + 1}: the harbour bridge stayed closed on day ${p + 1}. ` +
          `"We will reopen the crossing by Friday number ${p % 5}, and the ferries run free until then," ${sp} said. ` +
          `Engineers disputed claim ${p % 7}, and the closure drew ${100 + p} complaints.`,
      );
    }
    reports.push(report(`rep_${String(i).padStart(4, '0')}`, outlet, `g_${Math.floor(i / SYNDICATED)}`, `2031-04-${String(10 + (i % 18)).padStart(2, '0')}`, `Bridge report ${i + 1}`, paras.join('\n\n')));
  }
  const quotes: Quote[] = [];
  for (let k = 0; k < 20; k++) {
    const canonical = `We will reopen the crossing by Friday number ${k % 5}, and the ferries run free until then,`;
    const variants = reports
      .filter((_, i) => (i + k) % 4 === 0)
      .map((r) => {
        const ev = find(r, `"We will reopen the crossing by Friday number ${k % 5}`);
        const text = ev.exact.slice(1);
        return { text, direct: true, evidence: ev, diff: diffWords(canonical, text) };
      });
    quotes.push({ id: `q_${k}`, speaker: SPEAKERS[k % SPEAKERS.length]!, text: canonical, variants, independentSources: Math.ceil(variants.length / SYNDICATED) });
  }
  const statements: Statement[] = [];
  for (let k = 0; k < 80; k++) {
    const evidence = reports.filter((_, i) => (i * 7 + k) % 20 === 0).map((r) => find(r, `Engineers disputed claim ${k % 7}`));
    statements.push({
      id: `st_${k}`,
      actor: k % 3 === 0 ? null : `a_${k % SPEAKERS.length}`,
      act: k % 2 ? 'claim' : 'denial',
      text: `Synthetic statement ${k} about the bridge.`,
      evidence,
      independentSources: evidence.length,
      status: k % 10 === 0 ? 'disputed' : evidence.length > 1 ? 'corroborated' : 'single-source',
      disputes: k % 10 === 0 ? [`st_${(k + 5) % 80}`] : [],
    });
  }
  const story: Story = {
    id: 'story_synthetic',
    title: `Synthetic bridge story (${n} reports)`,
    reportIds: reports.map((r) => r.id),
    actors: SPEAKERS.map((name, i) => ({ id: `a_${i}`, name, kind: 'person' as const, aliases: [] })),
    quotes,
    statements,
    timeline: Array.from({ length: 30 }, (_, k) => ({
      date: `2031-04-${String(1 + k).padStart(2, '0')}`,
      precision: 'day' as const,
      text: `Day ${k + 1} of the closure`,
      evidence: [find(reports[k % n]!, `day ${(k % 12) + 1}.`)],
      ...(k % 9 === 0 ? { conflict: true } : {}),
    })),
    brief: Array.from({ length: 8 }, (_, k) => ({
      text: `Brief sentence ${k + 1}.`,
      evidence: reports.filter((_, i) => (i + k) % 25 === 0).map((r) => find(r, 'the harbour bridge stayed closed')),
      role: k % 2 ? ('agreed' as const) : ('disputed' as const),
    })),
    framing: reports.flatMap((r) => [
      { reportId: r.id, term: 'closure', alternatives: ['shutdown'], evidence: find(r, 'closure'), referent: 'closure', voice: 'outlet' as const, count: 12 },
    ]),
    disputes: statements.filter((s) => s.disputes.length).map((s) => ({ id: `d_${s.id}`, statements: [s.id, s.disputes[0]!] as [string, string], reason: 'Synthetic dispute.' })),
    distortions: [],
  };
  return { schema: 'triangulate/dossier@1', generatedAt: '2031-04-30T00:00:00.000Z', reports, stories: [story], errors: [] };
}
