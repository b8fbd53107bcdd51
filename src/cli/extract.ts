/**
 * `triangulate extract FILE... --jsonl` — one JSON line per input:
 * {"file","title","publishedAt","text"} (+ "error" when the file cannot be read).
 * `--text` prints the clean text of each file instead, separated by form feeds.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { decodeBytes } from '../clean/decode.js';
import { cleanHtml, cleanText } from '../clean/index.js';
import type { CleanResult } from '../model/types.js';
import { isExit, parse, type Flag } from './args.js';

/** Largest file read (same as the ingest limit: 20 MB pages pass). */
const MAX_EXTRACT_BYTES = 32 * 1024 * 1024;
/** Bytes sniffed to tell HTML from text when the extension does not say. */
const SNIFF_CHARS = 1024;

const HTML_EXT = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const TEXT_EXT = new Set(['.txt', '.text', '.md']);
const HTML_SNIFF = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p)\b/i;

const FLAGS: Flag[] = [
  { name: 'jsonl', type: 'boolean', help: 'one JSON line per file: {"file","title","publishedAt","text"} (default)' },
  { name: 'text', type: 'boolean', help: 'print the clean text of each file instead' },
  { name: 'meta', type: 'boolean', help: 'with --jsonl: add source, author, language, removed and messages' },
];

export function isHtml(file: string, head: string): boolean {
  const ext = extname(file).toLowerCase();
  if (HTML_EXT.has(ext)) return true;
  if (TEXT_EXT.has(ext)) return false;
  return HTML_SNIFF.test(head.slice(0, SNIFF_CHARS));
}

export function extractFile(file: string): { result: CleanResult | null; error: string | null } {
  try {
    const size = statSync(file).size;
    if (size > MAX_EXTRACT_BYTES) {
      return { result: null, error: `File is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_EXTRACT_BYTES / 1048576} MB limit.` };
    }
    const bytes = readFileSync(file);
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_CHARS));
    const html = isHtml(file, head);
    const decoded = decodeBytes(bytes, { html });
    const result = html ? cleanHtml(decoded.text) : cleanText(decoded.text);
    result.messages.unshift(...decoded.messages);
    return { result, error: null };
  } catch (err) {
    return { result: null, error: err instanceof Error ? err.message : String(err) };
  }
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parse('extract', 'FILE... [--jsonl | --text]', FLAGS, argv);
  if (isExit(parsed)) return parsed.exit;
  const files = parsed.positionals;
  if (files.length === 0) {
    console.error('triangulate extract: give at least one FILE (see --help).');
    return 2;
  }
  const asText = parsed.values['text'] === true;
  const withMeta = parsed.values['meta'] === true;
  let failed = 0;
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(out.join(''));
    out.length = 0;
  };
  for (const file of files) {
    const { result, error } = extractFile(file);
    if (error) failed++;
    if (asText) {
      if (error) console.error(`triangulate extract: ${file}: ${error}`);
      else out.push(`${result?.text ?? ''}\n\f\n`);
    } else {
      const line: Record<string, unknown> = {
        file,
        title: result?.title ?? null,
        publishedAt: result?.publishedAt ?? null,
        text: result?.text ?? '',
      };
      if (error) line['error'] = error;
      if (withMeta && result) {
        line['source'] = result.source;
        line['author'] = result.author;
        line['language'] = result.language;
        line['removed'] = result.removed;
        line['messages'] = result.messages;
      }
      out.push(`${JSON.stringify(line)}\n`);
    }
    if (out.length >= 64) flush();
  }
  flush();
  return failed === files.length ? 1 : 0;
}
