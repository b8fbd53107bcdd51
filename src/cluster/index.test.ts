import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { StoryClusterer, cluster, stem, termCounts } from './index.js';
import { ARREST_KOVAL, QUAKE_BRENNAS, QUAKE_VALDORA, QUAKE_VALDORA_OTHER, WIRE_ELECTION, WIRE_FLOOD } from '../dedup/fixtures.js';

test('features: names, numbers and months are told apart from topic words', () => {
  const c = termCounts('On Tuesday the Governor Ilse Marwick said 17 people died in Tarrow in March. Then rescuers searched.');
  assert.ok(c.has('e:ilse_marwick'));
  assert.ok(c.has('e:tarrow'));
  assert.ok(c.has('n:17'));
  assert.ok(c.has('n:month-3'));
  assert.ok(c.has('w:rescuer'));
  assert.ok(!c.has('e:tuesday') && !c.has('w:tuesday'));
  assert.ok(!c.has('e:on') && !c.has('w:the'));
  assert.equal(stem('earthquakes'), 'earthquake');
});

test('two reports of one earthquake form one story; another earthquake and other events do not join it', () => {
  const out = cluster([
    { id: 'v1', text: QUAKE_VALDORA },
    { id: 'b', text: QUAKE_BRENNAS },
    { id: 'k', text: ARREST_KOVAL },
    { id: 'v2', text: QUAKE_VALDORA_OTHER },
    { id: 'f', text: WIRE_FLOOD },
    { id: 'e', text: WIRE_ELECTION },
  ]);
  const s = new Map(out.map((o) => [o.id, o.story]));
  assert.equal(s.get('v1'), s.get('v2'));
  assert.equal(new Set(out.map((o) => o.story)).size, 5);
});

test('story ids are deterministic and independent of later arrivals', () => {
  const docs = [
    { id: 'v1', text: QUAKE_VALDORA },
    { id: 'v2', text: QUAKE_VALDORA_OTHER },
    { id: 'b', text: QUAKE_BRENNAS },
  ];
  assert.deepEqual(cluster(docs), cluster(docs));
  const c = new StoryClusterer();
  const first = c.add(docs[0] ?? { id: '', text: '' });
  c.add(docs[1] ?? { id: '', text: '' });
  c.add({ id: 'k', text: ARREST_KOVAL });
  assert.equal(c.assignments().get('v1'), first);
  assert.equal(c.assignments().get('v2'), first);
});

test('a bridge merges two stories that started apart', () => {
  const ps = QUAKE_VALDORA.split('\n');
  const os = QUAKE_VALDORA_OTHER.split('\n');
  const c = new StoryClusterer();
  // two partial reports on different aspects of one event: too little in common to join ...
  const a = c.add({ id: 'a', text: ps.slice(0, 3).join('\n') });
  const b = c.add({ id: 'b', text: os.slice(1, 5).join('\n') });
  assert.notEqual(a, b);
  // ... until a report covering both arrives
  c.add({ id: 'full', text: [...ps.slice(0, 3), ...os.slice(1, 5)].join('\n') });
  const s = c.assignments();
  assert.equal(s.get('a'), a);
  assert.equal(s.get('b'), a);
  assert.equal(s.get('full'), a);
});

test('reports far apart in time are kept apart', () => {
  const near = cluster([
    { id: 'x', text: QUAKE_VALDORA, publishedAt: '2031-04-01' },
    { id: 'y', text: QUAKE_VALDORA_OTHER, publishedAt: '2031-04-02T10:00:00Z' },
  ]);
  assert.equal(near[0]?.story, near[1]?.story);
  const far = cluster([
    { id: 'x', text: QUAKE_VALDORA, publishedAt: '2031-04-01' },
    { id: 'y', text: QUAKE_VALDORA_OTHER, publishedAt: '2033-04-02' },
  ]);
  assert.notEqual(far[0]?.story, far[1]?.story);
});

const KURSK = resolve(process.cwd(), '../shared/corpus/kursk-2025-03');

test('kursk-2025-03: the five reports are one story', (t) => {
  if (!existsSync(KURSK)) {
    t.skip(`${KURSK} absent`);
    return;
  }
  const files = ['000.txt', '001.txt', '002.txt', '003.txt', '004.txt'];
  const docs = files.map((f) => ({ id: f, text: readFileSync(join(KURSK, f), 'utf8') }));
  for (const order of [docs, [...docs].reverse()]) {
    const out = cluster(order);
    assert.equal(new Set(out.map((o) => o.story)).size, 1, JSON.stringify(out));
  }
});

/**
 * Two events of one kind told in the same words (a water-rule change, then its reversal by the
 * next minister): only the people and the year tell them apart.
 */
function ruleChangeReports(minister: string, year: string, prefix: string, n: number): { id: string; text: string }[] {
  const pool = [
    `Water Minister ${minister} announced a change to the River Protection Act on Thursday.`,
    'The change lets the Dam Authority decide for itself whether a project harms fish habitats under the River Protection Act.',
    'The Green Rivers Alliance said the new rules of the River Protection Act would weaken protection for endangered salmon.',
    'The Salmon Council and the National Anglers Union criticised the decision and promised to challenge it at the High Court.',
    'The River Protection Act was written decades ago and the Fisheries Board has amended it several times.',
    `The rules take effect in ${year} after a consultation of the Fisheries Board.`,
    'Scientists at the Fisheries Board and the Salmon Council were not consulted, the Green Rivers Alliance said.',
    'The Dam Authority and the Water Ministry welcomed the change to the River Protection Act.',
  ];
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i}`,
    // each report leaves out one sentence (never the first)
    text: pool.filter((_, k) => k !== 1 + (i % (pool.length - 1))).join(' '),
  }));
}

test('key facts: two events of one kind stay apart when each has people and dates the other never mentions', () => {
  const a = ruleChangeReports('Oskar Lindqvist', '2031', 'a', 10);
  const b = ruleChangeReports('Hedda Brask', '2036', 'b', 10);
  const docs = a.flatMap((d, i) => [d, b[i] ?? d]);
  const stories = (opts: Parameters<typeof cluster>[1]): Map<string, string> => new Map(cluster(docs, opts).map((o) => [o.id, o.story]));
  const blind = stories({ keyMinSize: 0 });
  assert.equal(blind.get('a0'), blind.get('b0'), 'without key facts the two events look like one');
  const s = stories({});
  for (const d of a) assert.equal(s.get(d.id), s.get('a0'), d.id);
  for (const d of b) assert.equal(s.get(d.id), s.get('b0'), d.id);
  assert.notEqual(s.get('a0'), s.get('b0'));
});

test('key facts: halves of one event that name different officials still merge', () => {
  // every report names the minister; some also quote a mayor, others a scientist
  const base = ruleChangeReports('Oskar Lindqvist', '2031', 'x', 12).map((d, i) => ({
    id: d.id,
    text: `${d.text} ${i % 2 ? 'Mayor Ilse Marwick welcomed it.' : 'Professor Tomas Reyes opposed it.'}`,
  }));
  assert.equal(new Set(cluster(base).map((o) => o.story)).size, 1);
});

test('features: place-name abbreviations meet their full form', () => {
  assert.ok(termCounts('Climbers left Mt Cook on Friday.').has('e:mount_cook'));
  assert.ok(termCounts('Climbers left Mount Cook on Friday.').has('e:mount_cook'));
});

test('a small corpus: three short reports of one event in different words, published within days, are one story', () => {
  const reports = [
    {
      id: 'wire',
      publishedAt: '2031-02-04T08:00:00Z',
      text: 'Nine miners were trapped after a tunnel collapsed at the Ostrava Deep colliery, the operator Halden Coal said. Director Mirek Volny said rescuers had reached a ventilation shaft.',
    },
    {
      id: 'local',
      publishedAt: '2031-02-04T17:30:00Z',
      text: 'Families waited at the pit gates through the night. Mirek Volny told reporters the men were alive and could hear the rescue teams. Eleven are missing, a union official claimed.',
    },
    {
      id: 'national',
      publishedAt: '2031-02-06T10:00:00Z',
      text: 'Rescuers at Ostrava Deep began drilling a second shaft on Thursday. Governor Alena Brisk promised an inquiry into the collapse that trapped the miners, and Halden Coal denied it had skipped safety checks.',
    },
  ];
  assert.equal(new Set(cluster(reports).map((o) => o.story)).size, 1);
  // without the dates (no grace window, no bridge of same-day stories) the shared wording alone is too little to join them
  assert.ok(new Set(cluster(reports, { timeGraceDays: 0, bridgeMin: 0 }).map((o) => o.story)).size > 1);
});

test('a small corpus of different events published the same day stays apart', () => {
  const day = '2031-04-01T09:00:00Z';
  const out = cluster([
    { id: 'v1', text: QUAKE_VALDORA, publishedAt: day },
    { id: 'b', text: QUAKE_BRENNAS, publishedAt: day },
    { id: 'k', text: ARREST_KOVAL, publishedAt: day },
    { id: 'v2', text: QUAKE_VALDORA_OTHER, publishedAt: day },
    { id: 'f', text: WIRE_FLOOD, publishedAt: day },
    { id: 'e', text: WIRE_ELECTION, publishedAt: day },
  ]);
  const s = new Map(out.map((o) => [o.id, o.story]));
  assert.equal(s.get('v1'), s.get('v2'));
  assert.equal(new Set(out.map((o) => o.story)).size, 5);
});

test('in a handful of reports, a report whose most distinctive terms are all its own still joins the story it shares names with', () => {
  // the third report's top index terms are its own figure and names (a councillor, an outlet);
  // what it shares with the first two (KorBus, Mirja Taavet, strike words) ranks lower
  const a =
    'A three-day strike by bus drivers halted most services in Korvala on Tuesday.\nThe drivers union KBU said 85 percent of its members stopped work.\nCity operator KorBus said only 30 percent of routes were cancelled and accused the union of inflating its figures.\n“We are striking for safe rosters, not for pay,” KBU leader Mirja Taavet said.';
  const b =
    'Passengers waited at empty stops on Tuesday as bus drivers began a three-day strike.\nKBU leader Mirja Taavet said the walkout was “for safe rosters, not for pay”.\nKorBus said it had offered a 5 percent raise, which the union turned down.\nThe operator said 30 percent of routes were cancelled.';
  const c =
    'KorBus said the stoppage was costing it 14 million a day.\nUnion leader Mirja Taavet denied that pay was the real issue. “We are striking for safe rosters,” she told the Harbour Ledger.\nCity Transport Councillor Oskar Vehmas called on both sides to meet again.';
  const out = cluster([
    { id: 'a', text: a, publishedAt: '2026-05-05' },
    { id: 'b', text: b, publishedAt: '2026-05-05' },
    { id: 'c', text: c, publishedAt: '2026-05-06' },
  ]);
  assert.equal(new Set(out.map((o) => o.story)).size, 1);
});

test('dated reports of one event from different angles bridge on the name at its centre; undated ones or weeks apart do not', () => {
  // the short seller, the company's answer and the auditor's exit share the company's name and
  // little else
  const a =
    'Shares in the shipping firm Norvane fell 20 percent on Monday after the research house Keel Point said the company had hidden losses on its tanker fleet.\nKeel Point said 35 percent of the fleet value on Norvane books did not exist.';
  const b =
    'Norvane chief executive Aldo Brisk called the report “a work of fiction” on a call with investors on Monday evening.\n“Every ship we own is on the water and insured,” Brisk said, adding that the firm would sue.';
  const c = 'Norvane’s auditor, Fjell & Partners, resigned on Thursday, saying it could not confirm the value of eleven vessels.\nThe company said the departure had been agreed months ago.';
  const stories = (dates: (string | undefined)[], options = {}): number =>
    new Set(
      cluster(
        [a, b, c].map((text, i) => ({ id: `r${i}`, text, publishedAt: dates[i] ?? null })),
        options,
      ).map((o) => o.story),
    ).size;
  assert.equal(stories(['2026-06-01', '2026-06-01', '2026-06-04']), 1);
  assert.equal(stories(['2026-06-01', '2026-06-01', '2026-06-04'], { bridgeMin: 0 }), 3, 'without the bridge, three stories');
  assert.equal(stories([undefined, undefined, undefined]), 3, 'undated reports do not bridge');
  assert.equal(stories(['2026-06-01', '2026-06-01', '2026-07-20']), 2, 'a report weeks later does not bridge');
});
test('the bridge takes a name carried by every report of one small story and by one report of the other', () => {
  // the mill's side names the mill in each report; the union's side names its organiser, and one
  // of its two reports names the mill
  const a = 'Velka Mills said on Tuesday it would close its spinning plant in Harrowgate by March, blaming energy prices.\nVelka Mills employs 340 people at the site.';
  const b = 'Organiser Dana Pell said weavers would walk out on Thursday and accused Velka Mills of contempt for its staff.\n“People found out from the radio,” Pell said.';
  const c = 'Dana Pell told a rally on Thursday that pickets would stay at the gates until the closure plan was withdrawn.\n“We will not be thrown out in winter,” Pell said.';
  // joins and merges switched off: only the bridge puts reports together
  const noJoin = { joinThreshold: 2, mergeThresholds: [2], adoptMaxSize: 0 };
  const out = cluster([a, b, c].map((text, i) => ({ id: 'abc'[i]!, text, publishedAt: '2026-06-02' })), noJoin);
  assert.equal(new Set(out.map((o) => o.story)).size, 1, 'Velka Mills joins a and b; Dana Pell, a name of c, is in b');
  const undated = cluster([a, b, c].map((text, i) => ({ id: 'abc'[i]!, text })), noJoin);
  assert.equal(new Set(undated.map((o) => o.story)).size, 3, 'undated reports do not bridge');
});
