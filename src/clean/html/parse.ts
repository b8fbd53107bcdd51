/**
 * HTML → a small element tree, built from htmlparser2's streaming events (no recursion, so
 * hostile nesting cannot overflow the stack). Head data (title, meta, JSON-LD, lang) is
 * collected on the way; scripts, styles and embedded media never enter the tree.
 */
import { Parser } from 'htmlparser2';
import type { Message } from '../../model/types.js';
import { MAX_DEPTH, MAX_ELEMENTS, MAX_HTML_CHARS, MAX_PARSE_MS, PARSE_CHUNK_CHARS } from '../limits.js';

export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: (El | string)[];
  parent: El | null;
  /** offsets of the element in the raw HTML (start of the open tag, end of the close tag) */
  start: number;
  end: number;
}

export interface ParsedHtml {
  root: El;
  title: string | null;
  metas: Record<string, string>[];
  jsonLd: string[];
  lang: string | null;
  links: Record<string, string>[];
  messages: Message[];
}

/** Elements whose content never enters the tree (code, media, controls). */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'button', 'select', 'textarea', 'option', 'datalist', 'audio', 'video', 'map', 'dialog', 'title',
]);

const VOID_HEAD = new Set(['meta', 'link', 'base']);

export function parseHtml(input: string): ParsedHtml {
  const messages: Message[] = [];
  let html = input;
  if (html.length > MAX_HTML_CHARS) {
    messages.push({
      ruleId: 'html-too-large',
      reason: `Page has ${html.length} characters; only the first ${MAX_HTML_CHARS} are parsed.`,
    });
    html = html.slice(0, MAX_HTML_CHARS);
  }
  const root: El = { tag: '#root', attrs: {}, children: [], parent: null, start: 0, end: html.length };
  const out: ParsedHtml = { root, title: null, metas: [], jsonLd: [], lang: null, links: [], messages };
  let cur = root;
  let depth = 0;
  let elements = 0;
  let overflow = 0; // open tags not kept (too deep / too many), matched by their close events
  let skip = 0; // depth inside a skipped element
  let captured: string[] | null = null; // text of <title> or a JSON-LD <script>
  let capturedKind: 'title' | 'jsonld' | null = null;
  let warnedDepth = false;
  let warnedCount = false;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (skip > 0) {
          skip++;
          return;
        }
        if (VOID_HEAD.has(name)) {
          if (name === 'meta') out.metas.push(attrs);
          else if (name === 'link') out.links.push(attrs);
          overflow++;
          return;
        }
        if (name === 'html' && attrs['lang'] && !out.lang) out.lang = attrs['lang'];
        if (SKIP_TAGS.has(name)) {
          skip = 1;
          if (name === 'title' && out.title === null) {
            captured = [];
            capturedKind = 'title';
          } else if (name === 'script' && /ld\+json/i.test(attrs['type'] ?? '')) {
            captured = [];
            capturedKind = 'jsonld';
          }
          return;
        }
        if (depth >= MAX_DEPTH || elements >= MAX_ELEMENTS) {
          if (depth >= MAX_DEPTH && !warnedDepth) {
            warnedDepth = true;
            messages.push({
              ruleId: 'html-too-deep',
              reason: `Elements nested deeper than ${MAX_DEPTH} levels were flattened into their ancestor.`,
            });
          }
          if (elements >= MAX_ELEMENTS && !warnedCount) {
            warnedCount = true;
            messages.push({
              ruleId: 'html-too-many-elements',
              reason: `Page has more than ${MAX_ELEMENTS} elements; later tags were ignored (their text is kept).`,
            });
          }
          overflow++;
          return;
        }
        const el: El = { tag: name, attrs, children: [], parent: cur, start: parser.startIndex, end: parser.endIndex };
        cur.children.push(el);
        cur = el;
        depth++;
        elements++;
      },
      ontext(data) {
        if (skip > 0) {
          if (captured) captured.push(data);
          return;
        }
        const last = cur.children[cur.children.length - 1];
        if (typeof last === 'string') cur.children[cur.children.length - 1] = last + data;
        else cur.children.push(data);
      },
      onclosetag() {
        if (skip > 0) {
          skip--;
          if (skip === 0) {
            if (captured && capturedKind === 'title') out.title = captured.join('');
            else if (captured && capturedKind === 'jsonld') out.jsonLd.push(captured.join(''));
            captured = null;
            capturedKind = null;
          }
          return;
        }
        if (overflow > 0) {
          overflow--;
          return;
        }
        if (cur === root) return;
        cur.end = parser.endIndex + 1;
        cur = cur.parent ?? root;
        depth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  useTopFirstStacks(parser);
  const started = Date.now();
  for (let i = 0; i < html.length; i += PARSE_CHUNK_CHARS) {
    parser.write(html.slice(i, i + PARSE_CHUNK_CHARS));
    if (Date.now() - started > MAX_PARSE_MS && i + PARSE_CHUNK_CHARS < html.length) {
      messages.push({
        ruleId: 'html-parse-timeout',
        reason: `Parsing stopped after ${MAX_PARSE_MS} ms at character ${i + PARSE_CHUNK_CHARS} of ${html.length}.`,
      });
      break;
    }
  }
  parser.end();
  return out;
}

/** Iterative pre-order walk; `visit` returns false to skip an element's children. */
export function walk(root: El, visit: (el: El) => boolean | void): void {
  const stack: El[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (visit(el) === false) continue;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (typeof c !== 'string') stack.push(c);
    }
  }
}

/** Text content with whitespace collapsed. */
export function textOf(el: El, skip?: (el: El) => boolean): string {
  const parts: string[] = [];
  const stack: (El | string)[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n === 'string') {
      parts.push(n);
      continue;
    }
    if (n !== el && skip?.(n)) continue;
    if (n.tag === 'br' || n.tag === 'p' || n.tag === 'div' || n.tag === 'li') parts.push(' ');
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * htmlparser2 keeps its open-element stack top-first and grows it with `unshift`, which is
 * quadratic in the nesting depth (100k nested tags take seconds, a 20 MB page of them hours).
 * This swaps in a stack with the same array interface whose top is the end of a plain array,
 * so every operation the parser uses (`[0]`, `[i]`, shift, unshift, indexOf, length) is O(1)
 * or a scan from the top. Skipped if a future version stores the stack differently.
 */
function useTopFirstStacks(parser: Parser): void {
  const internals = parser as unknown as { stack?: unknown; foreignContext?: unknown };
  if (Array.isArray(internals.stack) && internals.stack.length === 0) internals.stack = topFirstStack<string>([]);
  if (Array.isArray(internals.foreignContext)) internals.foreignContext = topFirstStack<boolean>([...(internals.foreignContext as boolean[])].reverse());
}

export function topFirstStack<T>(initialBottomFirst: T[]): T[] {
  const items: T[] = initialBottomFirst;
  const api: Record<string, unknown> = {
    shift: () => items.pop(),
    unshift: (...values: T[]) => {
      for (let i = values.length - 1; i >= 0; i--) items.push(values[i]!);
      return items.length;
    },
    indexOf: (v: T) => {
      const i = items.lastIndexOf(v);
      return i < 0 ? -1 : items.length - 1 - i;
    },
  };
  return new Proxy(items, {
    get(target, prop) {
      if (typeof prop === 'string') {
        const c = prop.charCodeAt(0);
        if (c >= 48 && c <= 57) return target[target.length - 1 - Number(prop)];
        if (prop === 'length') return target.length;
        if (prop in api) return api[prop];
      }
      return Reflect.get(target, prop) as unknown;
    },
    set(target, prop, value) {
      if (prop === 'length') {
        target.length = value as number;
        return true;
      }
      if (typeof prop === 'string' && prop.charCodeAt(0) >= 48 && prop.charCodeAt(0) <= 57) {
        target[target.length - 1 - Number(prop)] = value as T;
        return true;
      }
      return Reflect.set(target, prop, value);
    },
  });
}
