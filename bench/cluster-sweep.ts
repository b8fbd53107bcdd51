/** Parameter sweep on ecbplus-dev (development aid): `node dist/bench/cluster-sweep.js`. */
import { evaluate, loadEcb, tmp } from './cluster-quality.js';
import { DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from '../src/cluster/index.js';

const docs = loadEcb();
if (!docs) {
  console.log('ecbplus-dev absent: nothing to sweep');
} else {
  const dir = tmp();
  const grid: Partial<ClusterOptions>[] = JSON.parse(process.argv[2] ?? '[{}]') as Partial<ClusterOptions>[];
  for (const g of grid) {
    const opts = { ...DEFAULT_CLUSTER_OPTIONS, ...g };
    const s = evaluate(docs, opts, dir);
    const mean = (f: (x: (typeof s)[number]) => number): string => (s.reduce((a, x) => a + f(x), 0) / s.length).toFixed(4);
    console.log(JSON.stringify(g), 'P', mean((x) => x.bcubed.precision), 'R', mean((x) => x.bcubed.recall), 'F1', mean((x) => x.bcubed.f1), 'k', mean((x) => x.predictedClusters));
  }
}
