import { readdirSync, statSync, openSync, readSync, closeSync, readFileSync } from 'node:fs';
import { extname, resolve, dirname } from 'node:path';
import type { IngestedDoc, InputError } from '../model/types.js';
import { decodeBytes } from '../clean/decode.js';
import { findManifest, readManifest, relativeName, MANIFEST_NAME, type Manifest, type ManifestEntry } from './manifest.js';
import {
  BINARY_CONTROL_RATIO,
  MAX_FILE_BYTES,
  MAX_JSONL_BYTES,
  MAX_RECORD_CHARS,
  MAX_WALK_DEPTH,
  SNIFF_BYTES,
} from './limits.js';

/** One input as bytes, before decoding: a file, or an upload. */
export interface InputFile {
  /** name shown to users: path relative to the corpus root, or the upload's name */
  file: string;
  bytes: Uint8Array;
  meta: ManifestEntry;
}

export type IngestOutcome = { docs: IngestedDoc[]; errors: InputError[] };

const TEXT_EXT = new Set(['.txt', '.text', '.md', '']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
const SKIP_NAMES = new Set([MANIFEST_NAME]);

export interface CollectResult {
  inputs: InputFile[];
  errors: InputError[];
  root: string;
}

/**
 * Collects the input files under the given paths (files or folders). Per-file problems
 * (missing, too large, unreadable) become errors; the rest is read.
 */
export function collectInputs(paths: string[], opts: { manifest?: string | null; exclude?: string[]; excludeDirs?: string[] } = {}): CollectResult {
  const errors: InputError[] = [];
  const files: string[] = [];
  const roots: string[] = [];
  const manifests: Manifest[] = [];
  if (opts.manifest) manifests.push(readManifest(opts.manifest));
  for (const p of paths) {
    const abs = resolve(p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      errors.push({ file: p, reason: 'No such file or folder.' });
      continue;
    }
    if (st.isDirectory()) {
      roots.push(abs);
      const m = findManifest(abs);
      if (m && !opts.manifest) {
        try {
          manifests.push(readManifest(m));
        } catch (err) {
          errors.push({ file: m, reason: err instanceof Error ? err.message : String(err) });
        }
      }
      walk(abs, 0, files, errors);
    } else {
      roots.push(dirname(abs));
      files.push(abs);
    }
  }
  const root = commonRoot(roots);
  const inputs: InputFile[] = [];
  // The store and the outputs of this run are not inputs, even inside an input folder.
  const excluded = new Set((opts.exclude ?? []).flatMap((f) => [resolve(f), `${resolve(f)}-wal`, `${resolve(f)}-shm`, `${resolve(f)}-journal`]));
  for (const abs of files.sort()) {
    if (excluded.has(abs) || (opts.excludeDirs ?? []).some((d) => abs.startsWith(`${resolve(d)}/`))) continue;
    const name = relativeName(root, abs);
    let size: number;
    try {
      size = statSync(abs).size;
    } catch (err) {
      errors.push({ file: name, reason: `Cannot read the file: ${err instanceof Error ? err.message : String(err)}` });
      continue;
    }
    const limit = JSONL_EXT.has(extname(abs).toLowerCase()) ? MAX_JSONL_BYTES : MAX_FILE_BYTES;
    if (size > limit) {
      errors.push({
        file: name,
        reason: `File is ${(size / 1048576).toFixed(1)} MB, over the ${limit / 1048576} MB limit per input file; split it or extract the article first.`,
      });
      continue;
    }
    try {
      const bytes = readFileSync(abs);
      const meta = manifests.map((m) => m.entries.get(abs)).find((e) => e !== undefined) ?? {};
      inputs.push({ file: name, bytes, meta });
    } catch (err) {
      errors.push({ file: name, reason: `Cannot read the file: ${err instanceof Error ? err.message : String(err)}` });
    }
  }
  return { inputs, errors, root };
}

function walk(dir: string, depth: number, out: string[], errors: InputError[]): void {
  if (depth > MAX_WALK_DEPTH) {
    errors.push({ file: dir, reason: `Folder nesting is deeper than ${MAX_WALK_DEPTH} levels; not read further.` });
    return;
  }
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    errors.push({ file: dir, reason: `Cannot list the folder: ${err instanceof Error ? err.message : String(err)}` });
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || SKIP_NAMES.has(e.name)) continue;
    const p = resolve(dir, e.name);
    if (e.isDirectory()) walk(p, depth + 1, out, errors);
    else if (e.isFile()) out.push(p);
  }
}

function commonRoot(dirs: string[]): string {
  if (dirs.length === 0) return process.cwd();
  let parts = (dirs[0] ?? '').split('/');
  for (const d of dirs.slice(1)) {
    const q = d.split('/');
    let i = 0;
    while (i < parts.length && i < q.length && parts[i] === q[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.join('/') || '/';
}

/** Reads only the head of a file (for sniffing without loading it). */
export function sniff(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const n = readSync(fd, buf, 0, SNIFF_BYTES, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** True when the bytes look binary: NUL bytes or many control characters (UTF-16 BOM excepted). */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return false;
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return head.length > 0 && control / head.length > BINARY_CONTROL_RATIO;
}

function detectFormat(file: string, bytes: Uint8Array): 'text' | 'html' | 'jsonl' {
  const ext = extname(file).toLowerCase();
  if (JSONL_EXT.has(ext)) return 'jsonl';
  if (HTML_EXT.has(ext)) return 'html';
  if (!TEXT_EXT.has(ext) || ext === '') {
    const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').trimStart().toLowerCase();
    if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(head|body|meta|article)\b/.test(head)) return 'html';
  }
  return 'text';
}

/** Index of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function hasUtfBom(bytes: Uint8Array): boolean {
  return (
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  );
}

/**
 * Turns one input into documents (a JSONL file gives one per line), or per-file errors.
 * Never throws for bad content.
 */
export function ingest(input: InputFile): IngestOutcome {
  const { file, bytes, meta } = input;
  if (bytes.length === 0 || Buffer.from(bytes).toString('latin1').trim() === '') {
    return { docs: [], errors: [{ file, reason: 'File is empty: there is no text to read.' }] };
  }
  if (looksBinary(bytes)) {
    return { docs: [], errors: [{ file, reason: 'File looks binary (control or NUL bytes), not text, HTML or JSONL; it was skipped.' }] };
  }
  const format = detectFormat(file, bytes);
  if (format !== 'html' && !meta.charset && !hasUtfBom(bytes)) {
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
      return {
        docs: [],
        errors: [
          {
            file,
            reason: `File is not valid UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16)} at offset ${bad}); convert it to UTF-8 or give its "charset" in the manifest.`,
          },
        ],
      };
    }
  }
  const decoded = decodeBytes(bytes, { html: format === 'html', contentType: meta.charset ? `text/plain; charset=${meta.charset}` : null });
  if (format === 'jsonl') return ingestJsonl(file, decoded.text, meta);
  const text = decoded.text.replace(/^\uFEFF/, '');
  return {
    docs: [
      {
        file,
        givenId: null,
        format,
        raw: text,
        title: meta.title ?? null,
        publishedAt: meta.publishedAt ?? null,
        source: meta.source ?? null,
        url: meta.url ?? null,
      },
    ],
    errors: [],
  };
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v : null;
}

function ingestJsonl(file: string, content: string, meta: ManifestEntry): IngestOutcome {
  const docs: IngestedDoc[] = [];
  const errors: InputError[] = [];
  content.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${file}:${i + 1}`;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (err) {
      errors.push({ file: where, reason: `Line is not valid JSON (${err instanceof Error ? err.message : String(err)}).` });
      return;
    }
    if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
      errors.push({ file: where, reason: 'Line is not a JSON object {"id", "text", ...}.' });
      return;
    }
    const r = rec as Record<string, unknown>;
    const text = r['text'];
    if (typeof text !== 'string' || !text.trim()) {
      errors.push({ file: where, reason: 'Record has no "text" string.' });
      return;
    }
    if (text.length > MAX_RECORD_CHARS) {
      errors.push({ file: where, reason: `Record text is over the ${MAX_RECORD_CHARS} character limit.` });
      return;
    }
    const id = r['id'];
    const givenId = typeof id === 'string' || typeof id === 'number' ? String(id) : null;
    const looksHtml = /^\s*<(!doctype|html|body|article|div|p)\b/i.test(text);
    docs.push({
      file: givenId ? `${file}#${givenId}` : where,
      givenId,
      format: looksHtml ? 'html' : 'text',
      raw: text,
      title: str(r['title']) ?? meta.title ?? null,
      publishedAt: str(r['publishedAt']) ?? meta.publishedAt ?? null,
      source: str(r['source']) ?? meta.source ?? null,
      url: str(r['url']) ?? meta.url ?? null,
    });
  });
  return { docs, errors };
}
