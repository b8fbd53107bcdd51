/**
 * Bytes → string. Charset from the BOM, the HTTP content-type, `<meta charset>` /
 * `http-equiv` in the first bytes of HTML, else UTF-8. Invalid UTF-8 never throws.
 */
import type { Message } from '../model/types.js';
import { META_SNIFF_BYTES } from './limits.js';

export interface Decoded {
  text: string;
  encoding: string;
  messages: Message[];
}

/** Share of invalid sequences among non-ASCII bytes above which bytes are "clearly not UTF-8"
 * (legacy single-byte text fails on almost every accented letter; real UTF-8 with one
 * corrupted byte stays far below). */
const LEGACY_INVALID_RATIO = 0.3;

/** Encoding assumed for bytes that are clearly not UTF-8 (the WHATWG default for legacy Latin). */
const LEGACY_FALLBACK = 'windows-1252';

const CHARSET_RE = /charset\s*=\s*["']?\s*([\w.:-]+)/i;
const META_RE = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;

export function decodeBytes(
  bytes: Uint8Array,
  opts: { contentType?: string | null; html?: boolean } = {},
): Decoded {
  const messages: Message[] = [];
  // 1. BOM wins over everything (WHATWG "decode").
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: utf8(bytes.subarray(3), messages), encoding: 'utf-8', messages };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', messages };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', messages };
  }
  // 2. HTTP header, 3. <meta> in the first bytes of HTML.
  const declared =
    labelOf(opts.contentType ? CHARSET_RE.exec(opts.contentType)?.[1] : undefined, messages) ??
    (opts.html ? labelOf(sniffMeta(bytes), messages) : null);
  if (declared === 'windows-1252') return { text: windows1252(bytes), encoding: declared, messages };
  if (declared && declared !== 'utf-8') {
    const dec = new TextDecoder(declared);
    return { text: dec.decode(bytes), encoding: dec.encoding, messages };
  }
  // 4. UTF-8, or windows-1252 when the bytes are clearly not UTF-8.
  const ratio = invalidUtf8Ratio(bytes);
  if (ratio > LEGACY_INVALID_RATIO) {
    messages.push({
      ruleId: 'legacy-encoding',
      reason: `Bytes are not UTF-8 (${Math.round(ratio * 100)}% of non-ASCII sequences invalid); decoded as ${LEGACY_FALLBACK}.`,
    });
    return { text: windows1252(bytes), encoding: LEGACY_FALLBACK, messages };
  }
  return { text: utf8(bytes, messages), encoding: 'utf-8', messages };
}

function utf8(bytes: Uint8Array, messages: Message[]): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    messages.push({
      ruleId: 'invalid-utf8',
      reason: 'Invalid UTF-8 byte sequences were replaced with U+FFFD.',
    });
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Normalises a charset label through TextDecoder (WHATWG labels); null when unknown. */
function labelOf(label: string | undefined, messages: Message[]): string | null {
  if (!label) return null;
  try {
    const enc = new TextDecoder(label.toLowerCase()).encoding;
    // A page declaring UTF-16 in a <meta> is read as UTF-8 by browsers (it would need a BOM).
    return enc.startsWith('utf-16') ? 'utf-8' : enc;
  } catch {
    messages.push({ ruleId: 'unknown-charset', reason: `Unknown charset "${label}"; trying UTF-8.` });
    return null;
  }
}

function sniffMeta(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, META_SNIFF_BYTES));
  return META_RE.exec(head)?.[1];
}

/** Share of non-ASCII lead positions that do not start a valid UTF-8 sequence. */
function invalidUtf8Ratio(bytes: Uint8Array): number {
  let nonAscii = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    nonAscii++;
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0 && i + need < bytes.length + 1;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) ok = false;
    }
    if (ok) i += need + 1;
    else {
      invalid++;
      i++;
    }
  }
  return nonAscii === 0 ? 0 : invalid / nonAscii;
}

/** windows-1252 code points of bytes 0x80–0x9F (Node 20's TextDecoder decodes them as Latin-1 controls). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Chunk of code units passed to String.fromCharCode at once (argument-count limit). */
const CHUNK = 8192;

function windows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const codes = new Array<number>(Math.min(CHUNK, bytes.length));
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const n = Math.min(CHUNK, bytes.length - i);
    codes.length = n;
    for (let k = 0; k < n; k++) {
      const b = bytes[i + k]!;
      codes[k] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
