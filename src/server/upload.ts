/**
 * Upload validation: every uploaded file is checked on its own (name, type, size, emptiness,
 * binary content, UTF-8) and becomes either an input for the pipeline or a per-file error.
 * The name is only a label: it is sanitised to one safe path segment under `upload/`.
 */
import { extname } from 'node:path';
import type { InputFile } from '../ingest/index.js';
import { firstInvalidUtf8, looksBinary } from '../ingest/index.js';
import type { ManifestEntry } from '../ingest/manifest.js';
import { MAX_NAME_CHARS, MAX_UPLOAD_FILE_BYTES } from './limits.js';

/** Extensions the pipeline reads (text, HTML, JSONL); '' is plain text. */
export const UPLOAD_EXTENSIONS: ReadonlySet<string> = new Set(['', '.txt', '.text', '.md', '.html', '.htm', '.xhtml', '.jsonl', '.ndjson']);

/** Declared media types accepted (browsers send application/octet-stream for unknown files). */
const UPLOAD_TYPES = /^(text\/[a-z0-9.+-]+|application\/(json|x-ndjson|jsonl|x-jsonlines|xhtml\+xml|octet-stream))$/;

/** Folder of the store's inputs that uploads go to. */
export const UPLOAD_PREFIX = 'upload/';

/** One file as received. */
export interface Incoming {
  name: string;
  bytes: Uint8Array;
  /** declared media type, '' when none */
  type: string;
  meta?: ManifestEntry;
}

export interface UploadError {
  name: string;
  reason: string;
}

/**
 * One safe path segment from an untrusted file name: the last segment of any path, letters,
 * digits, '.', '-', '_' only, no leading dots, at most MAX_NAME_CHARS, never empty.
 */
export function sanitizeName(name: string): string {
  const last = name.split(/[\\/]/).filter((p) => p !== '').pop() ?? '';
  let s = last
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^[._]+/, '')
    .replace(/_+/g, '_');
  if (s.length > MAX_NAME_CHARS) {
    const ext = extname(s).slice(0, 12);
    s = s.slice(0, MAX_NAME_CHARS - ext.length) + ext;
  }
  return s || 'upload';
}

const isBlank = (bytes: Uint8Array): boolean => {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
  return true;
};

/** Checks the files; the good ones become pipeline inputs named `upload/<safe name>` (unique). */
export function validateUploads(files: Incoming[]): { inputs: (InputFile & { name: string })[]; errors: UploadError[] } {
  const inputs: (InputFile & { name: string })[] = [];
  const errors: UploadError[] = [];
  const used = new Set<string>();
  for (const f of files) {
    const reason = problem(f);
    if (reason) {
      errors.push({ name: f.name, reason });
      continue;
    }
    let safe = sanitizeName(f.name);
    if (used.has(safe)) {
      const ext = extname(safe);
      const stem = safe.slice(0, safe.length - ext.length);
      let k = 2;
      while (used.has(`${stem}-${k}${ext}`)) k++;
      safe = `${stem}-${k}${ext}`;
    }
    used.add(safe);
    inputs.push({ name: f.name, file: `${UPLOAD_PREFIX}${safe}`, bytes: f.bytes, meta: f.meta ?? {} });
  }
  return { inputs, errors };
}

function problem(f: Incoming): string | null {
  const ext = extname(sanitizeName(f.name)).toLowerCase();
  if (!UPLOAD_EXTENSIONS.has(ext)) return `Files of type ${ext} are not read; upload text (.txt, .md), HTML (.html) or JSONL (.jsonl).`;
  const type = f.type.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type !== '' && !UPLOAD_TYPES.test(type)) return `Media type ${type} is not text, HTML or JSONL.`;
  if (f.bytes.length > MAX_UPLOAD_FILE_BYTES) return `File is over the ${MAX_UPLOAD_FILE_BYTES / 1048576} MB upload limit.`;
  if (f.bytes.length === 0 || isBlank(f.bytes)) return 'File is empty.';
  if (looksBinary(f.bytes)) return 'File looks binary (control bytes), not text.';
  const bad = firstInvalidUtf8(f.bytes);
  if (bad >= 0) return `File is not valid UTF-8 (byte ${bad}); save it as UTF-8.`;
  return null;
}
