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
