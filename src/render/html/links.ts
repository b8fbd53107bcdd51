/**
 * Where pages link to. The server uses absolute paths; the static site uses relative file
 * paths. Page renderers only ever build links through this interface (one implementation of
 * the pages, two ways to serve them).
 */
export interface Links {
  home: string;
  story(id: string): string;
  report(id: string, span?: { start: number; end: number }): string;
  asset(name: string): string;
  /** search page (server only); null when the pages are static */
  search: string | null;
  /** upload endpoint (server only); null when the pages are static */
  upload: string | null;
}

/** The fragment that scrolls a report page to a cited span. */
export const spanAnchor = (start: number, end: number): string => `c-${start}-${end}`;

const SAFE_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/;

/**
 * The file name (without extension) of a page for an id. Ids made by the pipeline are already
 * safe; anything else is percent-encoded so that no id can climb out of the output folder.
 */
export function fileId(id: string): string {
  if (SAFE_FILE.test(id)) return id;
  return `_${encodeURIComponent(id).replace(/[%.*!'()~_]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;
}

export function serverLinks(): Links {
  return {
    home: '/',
    story: (id) => `/stories/${encodeURIComponent(id)}`,
    report: (id, span) => `/reports/${encodeURIComponent(id)}${span ? `#${spanAnchor(span.start, span.end)}` : ''}`,
    asset: (name) => `/assets/${encodeURIComponent(name)}`,
    search: '/search',
    upload: '/api/reports',
  };
}

/** Links for a static page `depth` folders below the site root (0 for index.html). */
export function staticLinks(depth: number): Links {
  const up = '../'.repeat(depth);
  return {
    home: `${up}index.html`,
    story: (id) => `${up}stories/${encodeURIComponent(fileId(id))}.html`,
    report: (id, span) => `${up}reports/${encodeURIComponent(fileId(id))}.html${span ? `#${spanAnchor(span.start, span.end)}` : ''}`,
    asset: (name) => `${up}assets/${encodeURIComponent(name)}`,
    search: null,
    upload: null,
  };
}
