/**
 * One scale run (child process of bench/cluster.ts): generates a synthetic stream of SIZE
 * reports, then times dedup + cluster over it on one core and reports time and peak memory.
 * usage: node dist/bench/cluster-scale.js SIZE [SEED]
 */
import { DedupIndex } from '../src/dedup/index.js';
import { StoryClusterer } from '../src/cluster/index.js';
import { loadEcb } from './cluster-quality.js';
import { synthesize, type SynthDoc } from './cluster-synth.js';

/** Reports generated, then processed (timed) and memory sampled, per round. */
const CHUNK = 500;
/** Stream shape: a fifth of reports are reprints, about a dozen reports per event. */
export const REPRINT_RATE = 0.2;
export const REPORTS_PER_EVENT = 12;

export interface ScaleResult {
  size: number;
  events: number;
  /** wall-clock seconds of dedup + cluster (the generation of the stream is not timed) */
  seconds: number;
  /** CPU seconds of this process over the same span (the machine may be shared) */
  cpuSeconds: number;
  perSecond: number;
  perCpuSecond: number;
  peakRssMb: number;
  peakHeapMb: number;
  duplicates: number;
  stories: number;
}

function main(): void {
  const size = Number(process.argv[2] ?? '1000');
  const seed = Number(process.argv[3] ?? '7');
  const gold = loadEcb();
  if (!gold) {
    console.log(JSON.stringify({ error: 'ecbplus-dev absent' }));
    return;
  }
  // the stream is generated lazily, CHUNK reports at a time; only dedup + cluster are timed
  const events = new Set<string>();
  let peakRss = 0;
  let peakHeap = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  sample();
  const dedup = new DedupIndex();
  const clusterer = new StoryClusterer();
  let duplicates = 0;
  let wall = 0n;
  let cpuMicros = 0;
  const stream = synthesize(gold, { size, seed, reprintRate: REPRINT_RATE, reportsPerEvent: REPORTS_PER_EVENT });
  for (;;) {
    const chunk: SynthDoc[] = [];
    for (let next = stream.next(); !next.done; next = stream.next()) {
      chunk.push(next.value);
      if (chunk.length === CHUNK) break;
    }
    if (chunk.length === 0) break;
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    for (const d of chunk) {
      events.add(d.event);
      const { duplicateOf } = dedup.add(d);
      if (duplicateOf !== null) duplicates++;
      clusterer.add(d, duplicateOf);
    }
    const c = process.cpuUsage(c0);
    cpuMicros += c.user + c.system;
    wall += process.hrtime.bigint() - t0;
    sample();
  }
  // the settling pass after the batch counts in the time
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  clusterer.settle();
  const c = process.cpuUsage(c0);
  cpuMicros += c.user + c.system;
  wall += process.hrtime.bigint() - t0;
  sample();
  const stories = new Set(clusterer.assignments().values()).size;
  const seconds = Number(wall) / 1e9;
  const cpuSeconds = cpuMicros / 1e6;
  sample();
  const MB = 1024 * 1024;
  const result: ScaleResult = {
    size,
    events: events.size,
    seconds,
    cpuSeconds,
    perSecond: size / seconds,
    perCpuSecond: size / cpuSeconds,
    peakRssMb: peakRss / MB,
    peakHeapMb: peakHeap / MB,
    duplicates,
    stories,
  };
  console.log(JSON.stringify(result));
}

main();
