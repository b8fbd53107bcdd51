/**
 * `triangulate quotes --jsonl IN.jsonl`: one line per input line `{"id","text",...}`:
 * `{"id","quotes":[{"start","end","text","direct","speaker":{"start","end"}|null,"speakerName","cue":{"start","end"}|null}]}`
 * with offsets (JavaScript string indices) into the input `text`. A bad line is reported on stderr
 * with its line number and skipped; the run goes on (exit code 1 if any line was bad).
 */
import { findMentions } from '../analyze/actors.js';
import { findQuotes } from '../analyze/quotes.js';
import { splitSentences } from '../analyze/sentences.js';
import type { FoundQuote } from '../model/types.js';
import { isExit, parse, readJsonl, type Flag } from './args.js';

const FLAGS: Flag[] = [
  { name: 'jsonl', type: 'string', value: 'IN.jsonl', help: "input reports, one JSON object per line ('-' for stdin)" },
  { name: 'no-names', type: 'boolean', help: 'skip actor recognition (faster; speakerName is then the speaker span text)' },
];

/** The contract's fields only, in the contract's order. */
export function quoteRecord(q: FoundQuote): Record<string, unknown> {
  return {
    start: q.start,
    end: q.end,
    text: q.text,
    direct: q.direct,
    speaker: q.speaker ? { start: q.speaker.start, end: q.speaker.end } : null,
    speakerName: q.speakerName,
    cue: q.cue ? { start: q.cue.start, end: q.cue.end } : null,
  };
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parse('quotes', '--jsonl IN.jsonl', FLAGS, argv);
  if (isExit(parsed)) return parsed.exit;
  const path = parsed.values['jsonl'];
  if (typeof path !== 'string') {
    console.error('triangulate quotes: --jsonl IN.jsonl is required');
    return 2;
  }
  const names = parsed.values['no-names'] !== true;
  let bad = 0;
  for (const line of readJsonl(path)) {
    if ('error' in line) {
      console.error(`triangulate quotes: ${path}:${line.line}: ${line.error}`);
      bad++;
      continue;
    }
    const { id, text } = line.value;
    if (typeof text !== 'string' || (typeof id !== 'string' && typeof id !== 'number')) {
      console.error(`triangulate quotes: ${path}:${line.line}: needs a string "id" and a string "text"`);
      bad++;
      continue;
    }
    const sentences = splitSentences(text);
    const mentions = names ? findMentions(text, sentences) : [];
    const quotes = findQuotes(text, sentences, mentions);
    process.stdout.write(JSON.stringify({ id, quotes: quotes.map(quoteRecord) }) + '\n');
  }
  return bad ? 1 : 0;
}
