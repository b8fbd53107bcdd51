/**
 * `triangulate cluster --jsonl IN.jsonl`: one line `{"id","story"}` per input line
 * `{"id","text","title"?,"publishedAt"?}`, in input order, with story ids after all merges.
 * A bad line is reported on stderr with its line number and skipped; the run goes on (exit
 * code 1 if any line was bad).
 */
import { StoryClusterer } from '../cluster/index.js';
import { isExit, parse, readJsonl, type Flag } from './args.js';
import { docsFromJsonl } from '../dedup/input.js';

const FLAGS: Flag[] = [{ name: 'jsonl', type: 'string', value: 'IN.jsonl', help: "input reports, one JSON object per line ('-' for stdin)" }];

export async function run(argv: string[]): Promise<number> {
  const parsed = parse('cluster', '--jsonl IN.jsonl', FLAGS, argv);
  if (isExit(parsed)) return parsed.exit;
  const path = parsed.values['jsonl'];
  if (typeof path !== 'string') {
    console.error('triangulate cluster: --jsonl IN.jsonl is required');
    return 2;
  }
  const { docs, errors } = docsFromJsonl(readJsonl(path));
  for (const e of errors) console.error(`triangulate cluster: ${path}:${e.line}: ${e.reason}`);
  const clusterer = new StoryClusterer();
  for (const d of docs) clusterer.add({ id: d.id, text: d.text, title: d.title, publishedAt: d.publishedAt });
  clusterer.settle();
  const stories = clusterer.assignments();
  const out = docs.map((d) => JSON.stringify({ id: d.id, story: stories.get(d.id) ?? null }));
  if (out.length) process.stdout.write(out.join('\n') + '\n');
  return errors.length ? 1 : 0;
}
