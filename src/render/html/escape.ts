/**
 * HTML escaping. Every string that comes from a report, a manifest or an upload goes through
 * `esc` (text and attribute values alike): reports are hostile input.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
const SPECIAL = /[&<>"']/;

export function esc(s: string | number | null | undefined): string {
  if (s === null || s === undefined) return '';
  const str = String(s);
  // Most strings need nothing: test first, replace only when needed (pages are large).
  return SPECIAL.test(str) ? str.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c) : str;
}

/** A piece of markup that is already safe (built from escaped parts). */
export interface Html {
  readonly __html: string;
}

/** Marks a string built only from escaped parts and constant markup as safe. */
export const raw = (s: string): Html => ({ __html: s });

type Part = Html | string | number | null | undefined | false | readonly Part[];

function render(p: Part): string {
  if (p === null || p === undefined || p === false) return '';
  if (typeof p === 'string') return esc(p);
  if (Array.isArray(p)) {
    let out = '';
    for (const x of p as readonly Part[]) out += render(x);
    return out;
  }
  if (typeof p === 'object') return (p as Html).__html;
  return esc(p as number);
}

/**
 * Tagged template: interpolated values are escaped unless they are `Html` (from `html` or `raw`).
 * Arrays are joined. This keeps every template escape-by-default.
 */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return raw(out);
}

/** URL schemes that may become a link; anything else (javascript:, data:, vbscript:) stays text. */
const SAFE_SCHEMES = new Set(['http:', 'https:']);

/** The URL when it is an absolute http(s) URL, else null (then it is shown as text only). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return SAFE_SCHEMES.has(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}
