/**
 * The HTTP face of triangulate: a JSON API and server-rendered pages over one Store.
 * `createApp` builds a Hono app (tests call `app.request()` without a socket); `startServer`
 * listens on a port. Pages come from src/render/html (the same renderers as the static site).
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import type { Report, Story } from '../model/types.js';
import type { Store } from '../store/types.js';
import { buildInStore } from '../pipeline/run.js';
import { ASSETS } from '../render/html/assets.js';
import { serverLinks } from '../render/html/links.js';
import { CSP, renderIndex, renderMessage, renderReport, renderSearch, renderStory, reportMeta, type ReportMeta } from '../render/html/pages.js';
import { DEFAULT_SEARCH_HITS, MAX_QUERY_CHARS, MAX_REQUEST_BYTES, MAX_SEARCH_HITS, MAX_UPLOAD_FILES } from './limits.js';
import { validateUploads, type Incoming, type UploadError } from './upload.js';
import { gzipSync } from 'node:zlib';
import { ResponseCache, type CachedBody } from './cache.js';

export interface AppOptions {
  /** largest request body in bytes (default MAX_REQUEST_BYTES) */
  maxRequestBytes?: number;
  /**
   * Host header names accepted (without port), e.g. ['localhost', '127.0.0.1'] for a server on
   * the loopback: a defence against DNS rebinding. Null or absent accepts any host.
   */
  allowedHosts?: string[] | null;
  /** allow POST /api/reports (default true) */
  uploads?: boolean;
  /** keep rendered story pages and story JSON per build (default true) */
  cache?: boolean;
  /** gzip responses for clients that accept it (default true): a 200-report page is ~0.6 MB */
  compress?: boolean;
}

/** What an upload answers. */
export interface UploadResult {
  accepted: { name: string; file: string }[];
  errors: UploadError[];
  summary: { reports: number; stories: number; quotes: number; statements: number; disputes: number; errors: number };
}

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Bodies shorter than this are sent as they are (gzip would save little), as hono/compress does. */
const GZIP_MIN_CHARS = 1024;

/** Refuses state-changing requests that a browser marks as coming from another site. */
const sameOrigin: MiddlewareHandler = async (c, next) => {
  if (!SAFE_METHODS.has(c.req.method)) {
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const own = new URL(c.req.url).origin;
    if ((site !== undefined && site !== 'same-origin' && site !== 'none') || (origin !== undefined && origin !== own)) {
      return c.json({ error: 'Cross-site requests may not change the store.' }, 403);
    }
  }
  await next();
};

function hostCheck(allowed: string[]): MiddlewareHandler {
  const ok = new Set(allowed.map((h) => h.toLowerCase()));
  return async (c, next) => {
    const host = (c.req.header('host') ?? '').toLowerCase().replace(/:\d+$/, '');
    if (!ok.has(host)) return c.text('Unknown host.', 421);
    await next();
  };
}

const wantsJson = (c: Context): boolean => c.req.path.startsWith('/api/');

export function createApp(store: Store, opts: AppOptions = {}): Hono {
  const app = new Hono();
  const links = serverLinks();
  const maxBytes = opts.maxRequestBytes ?? MAX_REQUEST_BYTES;

  app.use('*', async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
  });
  if (opts.compress !== false) app.use('*', compress());
  if (opts.allowedHosts) app.use('*', hostCheck(opts.allowedHosts));
  app.use('*', sameOrigin);

  app.onError((err, c) => {
    const status = 'status' in err && typeof err.status === 'number' && err.status >= 400 && err.status < 600 ? err.status : 500;
    const message = status === 500 ? 'Internal error.' : err.message;
    if (wantsJson(c)) return c.json({ error: message }, status as 500);
    return c.html(renderMessage('Error', message, links), status as 500);
  });
  app.notFound((c) => (wantsJson(c) ? c.json({ error: 'Not found.' }, 404) : c.html(renderMessage('Not found', 'There is no such page.', links), 404)));

  const cache = opts.cache === false ? null : new ResponseCache();
  /** The current build's timestamp, or null when there is nothing to cache against. */
  const build = (): string | null => store.listStories()[0]?.updatedAt ?? null;
  /** A rendered body from the cache, or rendered now (null when the thing does not exist). */
  const cached = (key: string, render: () => string | null): CachedBody | null => {
    const b = cache ? build() : null;
    if (cache && b !== null) {
      const hit = cache.get(key, b);
      if (hit !== null) return hit;
    }
    const body = render();
    if (body === null) return null;
    return cache && b !== null ? cache.set(key, b, body) : { build: '', body, gzip: null };
  };
  /** Sends a cached body, gzipped once per build for clients that accept gzip. */
  const send = (c: Context, entry: CachedBody, type: string): Response => {
    const gz = opts.compress !== false && entry.body.length >= GZIP_MIN_CHARS && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
    if (!gz) return c.body(entry.body, 200, { 'Content-Type': type, Vary: 'Accept-Encoding' });
    entry.gzip ??= new Uint8Array(gzipSync(entry.body));
    return c.body(entry.gzip.slice(), 200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
  };

  const metas = (story: Story): ReportMeta[] => {
    const out: ReportMeta[] = [];
    for (const id of story.reportIds) {
      const r = store.getReport(id);
      if (r) out.push(reportMeta(r));
    }
    return out;
  };
  // Which story holds each report: built once per build (the Store has no reverse lookup).
  let storyIndex: { build: string | null; map: Map<string, string> } | null = null;
  const storyOfReport = (r: Report): Story | null => {
    const b = build();
    if (!storyIndex || storyIndex.build !== b || b === null) {
      const map = new Map<string, string>();
      for (const s of store.listStories()) for (const id of store.getStory(s.id)?.reportIds ?? []) map.set(id, s.id);
      storyIndex = { build: b, map };
    }
    const id = storyIndex.map.get(r.id);
    return id ? store.getStory(id) : null;
  };
  const searchQuery = (c: Context): { text: string; actor: string; limit: number } | string => {
    const text = c.req.query('q') ?? '';
    const actor = c.req.query('actor') ?? '';
    if (text.length > MAX_QUERY_CHARS || actor.length > MAX_QUERY_CHARS) return `Queries are limited to ${MAX_QUERY_CHARS} characters.`;
    const asked = Number(c.req.query('limit') ?? DEFAULT_SEARCH_HITS);
    const limit = Number.isFinite(asked) && asked >= 1 ? Math.min(Math.floor(asked), MAX_SEARCH_HITS) : DEFAULT_SEARCH_HITS;
    return { text, actor, limit };
  };

  // ---- JSON API
  app.get('/api', (c) =>
    c.json({
      endpoints: {
        'GET /api/stories': 'stories with their summary facts',
        'GET /api/stories/:id': 'a story (brief, statements, quotes, timeline, framing, disputes) and its reports metadata',
        'GET /api/reports/:id': 'a report: clean text, metadata, what cleaning removed',
        'GET /api/search?q=&actor=&limit=': 'reports matching a text and/or an actor',
        'GET /api/errors': 'inputs that could not be read',
        ...(opts.uploads === false ? {} : { 'POST /api/reports': `add reports (multipart files, or JSON {files:[{name,text,source?,url?,publishedAt?,title?}]}), at most ${maxBytes} bytes; rebuilds the dossier` }),
      },
    }),
  );
  app.get('/api/stories', (c) => c.json({ stories: store.listStories() }));
  app.get('/api/stories/:id', (c) => {
    const body = cached(`api-story:${c.req.param('id')}`, () => {
      const story = store.getStory(c.req.param('id'));
      return story ? JSON.stringify({ story, reports: metas(story) }) : null;
    });
    if (body === null) return c.json({ error: 'No such story.' }, 404);
    return send(c, body, 'application/json; charset=utf-8');
  });
  app.get('/api/reports/:id', (c) => {
    const report = store.getReport(c.req.param('id'));
    return report ? c.json(report) : c.json({ error: 'No such report.' }, 404);
  });
  app.get('/api/search', (c) => {
    const q = searchQuery(c);
    if (typeof q === 'string') return c.json({ error: q }, 400);
    return c.json({ hits: store.search({ text: q.text, actor: q.actor }, q.limit) });
  });
  app.get('/api/errors', (c) => c.json({ errors: store.listErrors() }));

  if (opts.uploads !== false) {
    app.post(
      '/api/reports',
      bodyLimit({ maxSize: maxBytes, onError: (c) => c.json({ error: `Request body is over the ${(maxBytes / 1048576).toFixed(0)} MB limit.` }, 413) }),
      async (c) => {
        const received = await readUpload(c);
        if (typeof received === 'string') return c.json({ error: received }, received.startsWith('Send') ? 415 : 400);
        if (received.length === 0) return c.json({ error: 'No file in the request.' }, 400);
        if (received.length > MAX_UPLOAD_FILES) return c.json({ error: `At most ${MAX_UPLOAD_FILES} files per request.` }, 400);
        const result = upload(store, received);
        cache?.clear();
        return c.json(result, result.accepted.length > 0 ? 200 : 422);
      },
    );
  }

  // ---- pages
  app.get('/', (c) => c.html(renderIndex(store.listStories(), store.listErrors(), opts.uploads === false ? { ...links, upload: null } : links)));
  app.get('/stories/:id', (c) => {
    const page = cached(`page-story:${c.req.param('id')}`, () => {
      const story = store.getStory(c.req.param('id'));
      return story ? renderStory(story, new Map(metas(story).map((m) => [m.id, m])), links) : null;
    });
    if (page === null) return c.html(renderMessage('Not found', 'There is no such story.', links), 404);
    return send(c, page, 'text/html; charset=utf-8');
  });
  app.get('/reports/:id', (c) => {
    const page = cached(`page-report:${c.req.param('id')}`, () => {
      const report = store.getReport(c.req.param('id'));
      return report ? renderReport(report, storyOfReport(report), links) : null;
    });
    if (page === null) return c.html(renderMessage('Not found', 'There is no such report.', links), 404);
    return send(c, page, 'text/html; charset=utf-8');
  });
  app.get('/search', (c) => {
    const q = searchQuery(c);
    if (typeof q === 'string') return c.html(renderMessage('Search', q, links), 400);
    return c.html(renderSearch(q.text, q.actor, store.search({ text: q.text, actor: q.actor }, q.limit), links));
  });
  app.get('/assets/:name', (c) => {
    // Assets come from a fixed in-memory table: a name is a key, never a path.
    const a = ASSETS.get(c.req.param('name'));
    if (!a) return c.text('Not found.', 404);
    return c.body(a.body, 200, { 'Content-Type': a.type, 'Cache-Control': 'no-cache' });
  });
  return app;
}

/** Reads the files of a multipart or JSON upload, or says why the request cannot be read. */
async function readUpload(c: Context): Promise<Incoming[] | string> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    const body = await c.req.parseBody({ all: true });
    const out: Incoming[] = [];
    for (const value of Object.values(body)) {
      for (const v of Array.isArray(value) ? value : [value]) {
        if (typeof v === 'string') continue;
        out.push({ name: v.name, type: v.type, bytes: new Uint8Array(await v.arrayBuffer()) });
      }
    }
    return out;
  }
  if (type.startsWith('application/json')) {
    let data: unknown;
    try {
      data = await c.req.json();
    } catch {
      return 'The body is not valid JSON.';
    }
    const files = (data as { files?: unknown } | null)?.files;
    if (!Array.isArray(files)) return 'Expected {"files": [{"name": "...", "text": "..."}]}.';
    const out: Incoming[] = [];
    const encoder = new TextEncoder();
    for (const [i, f] of files.entries()) {
      const o = (f ?? {}) as Record<string, unknown>;
      const name = typeof o['name'] === 'string' ? o['name'] : `file-${i + 1}.txt`;
      if (typeof o['text'] !== 'string') return `files[${i}].text must be a string.`;
      const meta: Record<string, string> = {};
      for (const k of ['source', 'url', 'publishedAt', 'title'] as const) if (typeof o[k] === 'string') meta[k] = o[k];
      out.push({ name, type: 'text/plain', bytes: encoder.encode(o['text']), meta });
    }
    return out;
  }
  return 'Send multipart/form-data or application/json.';
}

/** Validates the files, adds the good ones to the store's corpus and rebuilds the dossier. */
export function upload(store: Store, files: Incoming[]): UploadResult {
  const { inputs, errors } = validateUploads(files);
  const accepted: UploadResult['accepted'] = [];
  let dossier = store.getDossier();
  if (inputs.length > 0) {
    const run = buildInStore(store, inputs, []);
    dossier = run.dossier;
    for (const input of inputs) {
      const failed = run.dossier.errors.filter((e) => e.file === input.file || e.file.startsWith(`${input.file}#`));
      const produced = run.dossier.reports.some((r) => (r.file ?? '').replace(/#.*$/, '') === input.file);
      if (!produced) errors.push({ name: input.name, reason: failed.map((e) => e.reason).join(' ') || 'No report could be read from the file.' });
      else accepted.push({ name: input.name, file: input.file });
    }
  }
  const stories = dossier?.stories ?? [];
  return {
    accepted,
    errors,
    summary: {
      reports: dossier?.reports.length ?? 0,
      stories: stories.length,
      quotes: stories.reduce((n, s) => n + s.quotes.length, 0),
      statements: stories.reduce((n, s) => n + s.statements.length, 0),
      disputes: stories.reduce((n, s) => n + (s.disputes?.length ?? 0), 0),
      errors: dossier?.errors.length ?? 0,
    },
  };
}
