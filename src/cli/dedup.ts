/**
 * `triangulate dedup --jsonl IN.jsonl`: one line `{"id","duplicateOf","syndicationGroup"}` per
 * input line `{"id","text","title"?,"source"?}`, in input order. A bad line is reported on
 * stderr with its line number and skipped; the run goes on (exit code 1 if any line was bad).
 */
import { DedupIndex, type DedupDoc } from '../dedup/index.js';
import { isExit, parse, readJsonl, type Flag } from './args.js';
import { docsFromJsonl } from '../dedup/input.js';

const FLAGS: Flag[] = [{ name: 'jsonl', type: 'string', value: 'IN.jsonl', help: "input reports, one JSON object per line ('-' for stdin)" }];

export async function run(argv: string[]): Promise<number> {
  const parsed = parse('dedup', '--jsonl IN.jsonl', FLAGS, argv);
  if (isExit(parsed)) return parsed.exit;
  const path = parsed.values['jsonl'];
  if (typeof path !== 'string') {
    console.error('triangulate dedup: --jsonl IN.jsonl is required');
    return 2;
  }
  const { docs, errors } = docsFromJsonl(readJsonl(path));
  for (const e of errors) console.error(`triangulate dedup: ${path}:${e.line}: ${e.reason}`);
  const index = new DedupIndex();
  const out: string[] = [];
  for (const d of docs) {
    const doc: DedupDoc = { id: d.id, text: d.text, title: d.title, source: d.source };
    const r = index.add(doc);
    out.push(JSON.stringify({ id: r.id, duplicateOf: r.duplicateOf, syndicationGroup: r.syndicationGroup }));
  }
  if (out.length) process.stdout.write(out.join('\n') + '\n');
  return errors.length ? 1 : 0;
}
