/**
 * HTML cleaning: parse → metadata → main text. Paragraphs are separated by "\n\n";
 * `removed` lists the dropped blocks with offsets into the raw HTML.
 */
import type { CleanResult } from '../../model/types.js';
import { readMetadata } from './metadata.js';
import { extractMain, preferJsonLd } from './extract.js';
import { parseHtml, textOf, walk, type El } from './parse.js';

export function cleanHtml(html: string, opts: { url?: string | null } = {}): CleanResult {
  const page = parseHtml(html);
  const extraction = extractMain(page.root);
  const { h1, headerTime } = headline(page.root);
  const meta = readMetadata(page, { url: opts.url ?? null, h1, headerTime });
  const result = preferJsonLd(extraction, meta.articleBody);
  let paragraphs = result.paragraphs;
  if (meta.title && paragraphs[0] && paragraphs[0] === meta.title) paragraphs = paragraphs.slice(1);
  return {
    text: paragraphs.join('\n\n'),
    removed: result.removed,
    title: meta.title,
    publishedAt: meta.publishedAt,
    source: meta.source,
    author: meta.author,
    language: meta.language,
    messages: page.messages,
  };
}

/**
 * The first <h1>, and the first <time datetime> of the article header: searched inside the first
 * <article> when there is one (sidebars list other stories' times), never in reader comments.
 */
function headline(root: El): { h1: string | null; headerTime: string | null } {
  let h1: string | null = null;
  let article: El | null = null;
  walk(root, (el) => {
    if (isComments(el)) return false;
    if (el.tag === 'h1' && h1 === null) h1 = textOf(el) || null;
    if (el.tag === 'article' && article === null) article = el;
    return h1 === null || article === null;
  });
  const firstTime = (from: El): string | null => {
    let found: string | null = null;
    walk(from, (el) => {
      if (found !== null || isComments(el)) return false;
      if (el.tag === 'time' && (el.attrs['datetime'] || el.attrs['content'])) found = el.attrs['datetime'] ?? el.attrs['content'] ?? null;
      return found === null;
    });
    return found;
  };
  return { h1, headerTime: (article ? firstTime(article) : null) ?? firstTime(root) };
}

const isComments = (el: El) => /comment/i.test(`${el.attrs['class'] ?? ''} ${el.attrs['id'] ?? ''}`);
