/**
 * Page metadata: title, publication date, author, outlet and language, from JSON-LD, OpenGraph
 * and other meta tags, <time> in the article header, the URL, and the visible headline.
 */
import { dateFromUrl, normalizeDate } from '../dates.js';
import { DATE_META, AUTHOR_META, SITE_META, TITLE_META, LANG_META, ARTICLE_TYPES, TITLE_SEPARATORS } from '../data/metadata.js';
import type { ParsedHtml } from './parse.js';

export interface PageMeta {
  title: string | null;
  publishedAt: string | null;
  author: string | null;
  source: string | null;
  language: string | null;
  url: string | null;
  /** articleBody of the page's JSON-LD Article, when given */
  articleBody: string | null;
}

/** Shortest title part kept when a site suffix is cut ("Home | X" keeps the whole title). */
const MIN_TITLE_WORDS = 3;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function jsonLdObjects(sources: string[]): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  for (const src of sources) {
    let data: Json;
    try {
      data = JSON.parse(src.trim().replace(/^<!--|-->$/g, '')) as Json;
    } catch {
      continue;
    }
    const stack: Json[] = [data];
    let guard = 0;
    while (stack.length && guard++ < 10_000) {
      const v = stack.pop();
      if (Array.isArray(v)) stack.push(...v);
      else if (v && typeof v === 'object') {
        out.push(v);
        const graph = v['@graph'];
        if (graph) stack.push(graph);
        const main = v['mainEntity'];
        if (main && typeof main === 'object') stack.push(main);
      }
    }
  }
  return out;
}

const str = (v: Json | undefined): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str(v['name'] ?? v['@value']);
  return null;
};

const isArticle = (o: Record<string, Json>): boolean => {
  const t = o['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x));
};

function metaValue(metas: Record<string, string>[], keys: string[]): string | null {
  for (const key of keys) {
    for (const m of metas) {
      const k = (m['property'] ?? m['name'] ?? m['itemprop'] ?? m['http-equiv'] ?? '').toLowerCase();
      if (k === key && m['content']?.trim()) return m['content'].trim();
    }
  }
  return null;
}

/** Strips a site-name suffix or prefix: "Headline | Site" → "Headline". */
export function cleanTitle(title: string, site: string | null): string {
  const t = title.replace(/\s+/g, ' ').trim();
  for (const sep of TITLE_SEPARATORS) {
    const parts = t.split(sep);
    if (parts.length < 2) continue;
    const siteLow = site?.toLowerCase();
    const kept = parts.filter((p) => p.trim().toLowerCase() !== siteLow);
    const longest = kept.reduce((a, b) => (b.trim().length > a.trim().length ? b : a), '').trim();
    if (longest.split(' ').length >= MIN_TITLE_WORDS) return longest;
  }
  return t;
}

export function readMetadata(
  page: ParsedHtml,
  opts: { url?: string | null; h1?: string | null; headerTime?: string | null },
): PageMeta {
  const ld = jsonLdObjects(page.jsonLd);
  const article = ld.find(isArticle) ?? null;
  const m = (keys: string[]) => metaValue(page.metas, keys);
  const canonical = page.links.find((l) => /canonical/i.test(l['rel'] ?? ''))?.['href'] ?? null;
  const url = opts.url ?? m(['og:url']) ?? canonical;

  const source = str(ld.find((o) => o['publisher'])?.['publisher']) ?? m(SITE_META) ?? null;
  const rawTitle = m(TITLE_META) ?? str(article?.['headline']) ?? page.title ?? opts.h1 ?? null;
  const title = rawTitle ? cleanTitle(rawTitle, source) : null;

  const publishedAt =
    normalizeDate(str(article?.['datePublished'])) ??
    normalizeDate(m(DATE_META)) ??
    normalizeDate(opts.headerTime) ??
    dateFromUrl(url) ??
    normalizeDate(str(article?.['dateCreated'])) ??
    null;

  let author = str(article?.['author']) ?? m(AUTHOR_META);
  if (author && /^https?:/i.test(author)) author = null;

  const language =
    page.lang?.trim() || m(LANG_META)?.replace('_', '-') || str(article?.['inLanguage']) || null;

  const body = str(article?.['articleBody']);
  return { title, publishedAt, author, source, language, url, articleBody: body };
}
