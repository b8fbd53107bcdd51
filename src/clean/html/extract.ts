/**
 * Main-text extraction: a fallback cascade in the manner of Readability and trafilatura.
 * Each attempt prunes furniture, scores blocks by text, commas, link density and class/id
 * hints, picks the best subtree (+ related siblings) and renders its paragraphs while dropping
 * link lists, share widgets, captions and the like. When an attempt yields too little text the
 * next, looser one runs; every attempt is kept and the best is returned.
 */
import type { Removed, RemovedKind } from '../../model/types.js';
import {
  BLOCK_TAGS,
  HEADING_TAGS,
  MAYBE_HINTS,
  NEGATIVE_HINTS,
  POSITIVE_HINTS,
  UNLIKELY_HINTS,
  DROP_ROLES,
  FURNITURE_TAGS,
  KIND_HINTS,
  COMMENT_SECTION_TOKEN,
  TAIL_HEADINGS,
  MAX_TAIL_HEADING_CHARS,
  TRAILING_PROMO,
  MAX_TRAILING_PROMO_CHARS,
} from '../data/boilerplate.js';
import { isMetaLine, isPromo } from '../text.js';
import { type El, walk, textOf } from './parse.js';

/** Shortest text (chars) of a block that is scored as a paragraph (Readability: 25). */
const MIN_PARAGRAPH_CHARS = 25;
/** Ancestor levels that receive a paragraph's score (Readability: 5). */
const SCORE_LEVELS = 5;
/** Score a class/id hint adds or removes (Readability: 25). */
const CLASS_WEIGHT = 25;
/** An attempt shorter than this is retried with looser rules (Readability's charThreshold). */
const MIN_RESULT_CHARS = 500;
/** Top candidates sharing an ancestor that make the ancestor the candidate (Readability: 3). */
const MIN_TOP_CANDIDATES = 3;
/** Share of the top score an alternative candidate must reach to count (Readability: 0.75). */
const ALT_CANDIDATE_SHARE = 0.75;
/** Siblings join the article when their score reaches this share of the top score. */
const SIBLING_SHARE = 0.2;
/** Floor of the sibling threshold. */
const MIN_SIBLING_SCORE = 10;
/** A sibling paragraph longer than this joins when its link density is under SIBLING_LINK_DENSITY. */
const SIBLING_PARAGRAPH_CHARS = 80;
const SIBLING_LINK_DENSITY = 0.25;
/** Containers with at least this many commas are article prose, never cleaned away. */
const PROSE_COMMAS = 10;
/** Link density above which a low-weight container is a link list (Readability: 0.2). */
const LIST_LINK_DENSITY = 0.2;
/** Link density above which even a positively hinted container is a link list (Readability: 0.5). */
const HIGH_LINK_DENSITY = 0.5;
/** Link density above which a single paragraph is a link ("Read more: …"), not prose. */
const LINK_PARAGRAPH_DENSITY = 0.75;
/** Share of extra prose (text in <p>) a parent must add for the candidate to climb to it. */
const CLIMB_PROSE_GAIN = 0.3;
/** Highest link density of a parent the candidate climbs to (higher: a page frame with menus). */
const CLIMB_LINK_DENSITY = 0.25;
/** How much longer a looser attempt's text must be to win over a stricter attempt's. */
const LOOSER_GAIN = 1.5;
/** Most removal records kept per page (each dropped block is one; pages can have thousands). */
const MAX_REMOVED = 300;
/** A JSON-LD articleBody replaces the DOM result when the DOM result is shorter than this share of it. */
const JSONLD_PREFERENCE = 0.6;

interface Attempt {
  name: string;
  stripUnlikely: boolean;
  weightClasses: boolean;
  cleanConditionally: boolean;
}

const ATTEMPTS: Attempt[] = [
  { name: 'strict', stripUnlikely: true, weightClasses: true, cleanConditionally: true },
  { name: 'keep-unlikely', stripUnlikely: false, weightClasses: true, cleanConditionally: true },
  { name: 'no-class-weight', stripUnlikely: false, weightClasses: false, cleanConditionally: true },
  { name: 'loose', stripUnlikely: false, weightClasses: false, cleanConditionally: false },
];

export interface Extraction {
  paragraphs: string[];
  removed: Removed[];
  attempt: string;
}

interface Stat {
  text: number;
  link: number;
  commas: number;
  paras: number;
  /** text inside <p> elements (prose, as opposed to lists, links and labels) */
  ptext: number;
  imgs: number;
  lis: number;
  inputs: number;
  headings: number;
}

const hintOf = (el: El) => `${el.attrs['class'] ?? ''} ${el.attrs['id'] ?? ''}`.trim();

function isHidden(el: El): boolean {
  const a = el.attrs;
  if ('hidden' in a) return true;
  if (a['aria-hidden'] === 'true' && !/fallback-image/.test(a['class'] ?? '')) return true;
  const style = a['style'];
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** A reader-comment section by its class/id tokens (unless it holds the article itself). */
function isCommentSection(el: El): boolean {
  if (el.tag === 'body' || el.tag === 'html' || el.tag === 'article' || el.tag === 'main') return false;
  const tokens = hintOf(el).split(/\s+/);
  return tokens.some((t) => COMMENT_SECTION_TOKEN.test(t));
}

/** The removal kind a heading announces ("Related stories", "12 comments"), or null. */
function tailHeading(el: El, anyTag = false): RemovedKind | null {
  if (!anyTag && !HEADING_TAGS.has(el.tag)) return null;
  const text = textOf(el).replace(/[\s:.!…>»›|-]+$/u, '').trim();
  if (!text || text.length > MAX_TAIL_HEADING_CHARS) return null;
  for (const [kind, re] of TAIL_HEADINGS) if (re.test(text)) return kind;
  return null;
}

/** class of elements styled as headings (`<div class="heading-h3">`). */
const HEADING_CLASS = /heading|title|headline/i;

/** Link density of what follows a styled heading for it to open a teaser list. */
const STYLED_HEADING_LINK_DENSITY = 0.3;

/** Levels of ancestors whose earlier siblings are searched for a tail heading. */
const TAIL_HEADING_LEVELS = 3;

/** True when a "Related"/"Comments" heading precedes the element (or a close ancestor) in its container. */
function afterTailHeading(el: El): boolean {
  let node: El | null = el;
  for (let level = 0; node?.parent && level < TAIL_HEADING_LEVELS; level++, node = node.parent) {
    for (const sib of node.parent.children) {
      if (sib === node) break;
      if (typeof sib !== 'string' && tailHeading(sib)) return true;
    }
  }
  return false;
}

function isUnlikely(el: El): boolean {
  if (el.tag === 'body' || el.tag === 'html' || el.tag === 'a' || el.tag === 'article' || el.tag === 'main') return false;
  if (/articlebody/i.test(el.attrs['itemprop'] ?? '')) return false;
  const hint = hintOf(el);
  if (hint && UNLIKELY_HINTS.test(hint) && !MAYBE_HINTS.test(hint)) return true;
  return FURNITURE_TAGS.has(el.tag);
}

export function kindOf(el: El): RemovedKind {
  const hint = hintOf(el);
  for (const [kind, re] of KIND_HINTS) if (re.test(hint) || re.test(el.tag)) return kind;
  return 'boilerplate';
}

function classWeight(el: El): number {
  let w = 0;
  for (const v of [el.attrs['class'], el.attrs['id']]) {
    if (!v) continue;
    if (NEGATIVE_HINTS.test(v)) w -= CLASS_WEIGHT;
    if (POSITIVE_HINTS.test(v)) w += CLASS_WEIGHT;
  }
  return w;
}

function tagBase(tag: string): number {
  switch (tag) {
    case 'div':
    case 'article':
    case 'main':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

const collapsedLength = (s: string) => s.replace(/\s+/g, ' ').trim().length;
const commaCount = (s: string) => (s.match(/[,，、،]/g) ?? []).length;

export function extractMain(root: El): Extraction {
  // Dropped in every attempt: hidden blocks, navigation, ARIA furniture, reader comments.
  const always = new Map<El, RemovedKind>();
  walk(root, (el) => {
    if (el === root) return true;
    const kind: RemovedKind | null = isHidden(el)
      ? 'other'
      : isCommentSection(el)
        ? 'comments'
        : el.tag === 'nav' || DROP_ROLES.has(el.attrs['role'] ?? '')
          ? 'boilerplate'
          : null;
    if (kind) {
      always.set(el, kind);
      return false;
    }
    return true;
  });
  let best: Extraction | null = null;
  let bestLen = -1;
  for (const attempt of ATTEMPTS) {
    const result = runAttempt(root, attempt, always);
    const len = result.paragraphs.reduce((n, p) => n + p.length, 0);
    // A looser attempt must find clearly more text to replace a stricter one.
    if (best === null || len > bestLen * LOOSER_GAIN) {
      best = result;
      bestLen = len;
    }
    if (len >= MIN_RESULT_CHARS) break;
  }
  return best ?? { paragraphs: [], removed: [], attempt: 'none' };
}

/** Uses a JSON-LD articleBody when the DOM extraction found much less text than it. */
export function preferJsonLd(ex: Extraction, articleBody: string | null): Extraction {
  if (!articleBody || /<\w+[^>]*>/.test(articleBody)) return ex;
  const len = ex.paragraphs.reduce((n, p) => n + p.length, 0);
  if (len >= articleBody.length * JSONLD_PREFERENCE) return ex;
  const paragraphs = articleBody.split(/\n\s*\n|\r?\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return { paragraphs, removed: ex.removed, attempt: 'json-ld' };
}

function runAttempt(root: El, opts: Attempt, always: Map<El, RemovedKind>): Extraction {
  const removed: Removed[] = [];
  const record = (el: El, kind: RemovedKind) => {
    if (removed.length >= MAX_REMOVED) return;
    const text = textOf(el);
    if (text) removed.push({ kind, start: el.start, end: el.end, text });
  };
  const excluded = new Set<El>(always.keys());
  for (const [el, kind] of always) record(el, kind);
  if (opts.stripUnlikely) {
    walk(root, (el) => {
      if (excluded.has(el)) return false;
      if (el !== root && isUnlikely(el)) {
        excluded.add(el);
        record(el, kindOf(el));
        return false;
      }
      return true;
    });
  }
  // Post-order statistics over the kept tree.
  const order: El[] = [];
  walk(root, (el) => {
    if (excluded.has(el)) return false;
    order.push(el);
    return true;
  });
  const stats = new Map<El, Stat>();
  const direct = new Map<El, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    const s: Stat = { text: 0, link: 0, commas: 0, paras: 0, ptext: 0, imgs: 0, lis: 0, inputs: 0, headings: 0 };
    let own = 0;
    for (const c of el.children) {
      if (typeof c === 'string') {
        const n = collapsedLength(c);
        own += n;
        s.text += n;
        s.commas += commaCount(c);
        continue;
      }
      const cs = stats.get(c);
      if (!cs) continue;
      s.text += cs.text;
      s.link += c.tag === 'a' ? cs.text : cs.link;
      s.commas += cs.commas;
      s.paras += cs.paras + (c.tag === 'p' ? 1 : 0);
      s.ptext += c.tag === 'p' ? cs.text - cs.link : cs.ptext;
      s.imgs += cs.imgs + (c.tag === 'img' ? 1 : 0);
      s.lis += cs.lis + (c.tag === 'li' ? 1 : 0);
      s.inputs += cs.inputs + (c.tag === 'input' ? 1 : 0);
      s.headings += HEADING_TAGS.has(c.tag) ? cs.text : cs.headings;
    }
    stats.set(el, s);
    direct.set(el, own);
  }
  const linkDensity = (el: El) => {
    const s = stats.get(el);
    return s && s.text > 0 ? s.link / s.text : 0;
  };

  // Score paragraphs into their ancestors.
  const scores = new Map<El, number>();
  const init = (el: El) => {
    if (!scores.has(el)) scores.set(el, tagBase(el.tag) + (opts.weightClasses ? classWeight(el) : 0));
  };
  for (const el of order) {
    const s = stats.get(el)!;
    let len: number;
    let commas: number;
    let ownText = false;
    if (el.tag === 'p' || el.tag === 'pre' || el.tag === 'td') {
      len = s.text;
      commas = s.commas;
    } else if (BLOCK_TAGS.has(el.tag) && !el.children.some((c) => typeof c !== 'string' && BLOCK_TAGS.has(c.tag) && c.tag !== 'br')) {
      if (el.tag === 'li' || el.tag === 'ul' || el.tag === 'ol' || HEADING_TAGS.has(el.tag)) continue;
      len = s.text;
      commas = s.commas;
    } else if ((direct.get(el) ?? 0) >= MIN_PARAGRAPH_CHARS && BLOCK_TAGS.has(el.tag)) {
      len = direct.get(el)!;
      ownText = true;
      commas = 0;
      for (const c of el.children) if (typeof c === 'string') commas += commaCount(c);
    } else continue;
    if (len < MIN_PARAGRAPH_CHARS) continue;
    const score = 1 + commas + Math.min(Math.floor(len / 100), 3);
    // Loose text in a container is a paragraph of its own: the container is its parent.
    let anc = ownText ? el : el.parent;
    for (let level = 0; anc && level < SCORE_LEVELS; level++, anc = anc.parent) {
      if (anc === root) break;
      init(anc);
      const div = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(anc, scores.get(anc)! + score / div);
    }
  }
  const finalScore = new Map<El, number>();
  for (const [el, sc] of scores) finalScore.set(el, sc * (1 - linkDensity(el)));
  // Candidates after a "Related"/"Comments" heading are teasers or comments, not the article.
  const ranked = [...finalScore.entries()]
    .sort((a, b) => b[1] - a[1])
    .filter(([el], i, all) => i === all.length - 1 || !afterTailHeading(el));
  const body = findBody(root);
  let top: El = ranked[0]?.[0] ?? body;
  const topScore = ranked[0]?.[1] ?? 0;

  // Several strong candidates under one ancestor: the ancestor holds the article.
  const alternatives = ranked.slice(1, 6).filter(([, s]) => s >= topScore * ALT_CANDIDATE_SHARE).map(([e]) => e);
  if (alternatives.length >= MIN_TOP_CANDIDATES) {
    let parent = top.parent;
    while (parent && parent !== root && parent !== body) {
      const p = parent;
      const holding = alternatives.filter((a) => isAncestor(p, a)).length;
      if (holding >= MIN_TOP_CANDIDATES) {
        top = p;
        break;
      }
      parent = parent.parent;
    }
  }
  // Climb while the parent scores better (the article is split over several blocks).
  {
    let last = finalScore.get(top) ?? 0;
    const threshold = last / 3;
    let parent = top.parent;
    while (parent && parent !== root && parent !== body) {
      const ps = finalScore.get(parent);
      if (ps === undefined) {
        parent = parent.parent;
        continue;
      }
      if (ps < threshold) break;
      if (ps > last) {
        top = parent;
        break;
      }
      last = ps;
      parent = parent.parent;
    }
  }
  while (top.parent && top.parent !== root && top.parent !== body && elementChildren(top.parent).length === 1) top = top.parent;
  // Articles split into several sections: climb while the parent adds much more prose.
  for (let p = top.parent; p && p !== root && p !== body; p = p.parent) {
    const ps = stats.get(p);
    const ts = stats.get(top);
    if (!ps || !ts || ts.ptext === 0 || ps.ptext < ts.ptext * (1 + CLIMB_PROSE_GAIN) || linkDensity(p) > CLIMB_LINK_DENSITY) break;
    top = p;
  }

  // Siblings that belong to the article.
  const chosen: El[] = [];
  const parent = top.parent;
  if (parent && top !== body) {
    const tScore = finalScore.get(top) ?? 0;
    const threshold = Math.max(MIN_SIBLING_SCORE, tScore * SIBLING_SHARE);
    const topClass = top.attrs['class'] ?? '';
    for (const sib of elementChildren(parent)) {
      if (excluded.has(sib)) continue;
      if (chosen.length > 0 && tailHeading(sib)) break;
      if (sib === top) {
        chosen.push(sib);
        continue;
      }
      const bonus = topClass && sib.attrs['class'] === topClass ? tScore * SIBLING_SHARE : 0;
      const sc = finalScore.get(sib);
      if (sc !== undefined && sc + bonus >= threshold) {
        chosen.push(sib);
        continue;
      }
      if (sib.tag === 'p') {
        const s = stats.get(sib);
        if (!s) continue;
        const ld = linkDensity(sib);
        const text = textOf(sib);
        if (s.text > SIBLING_PARAGRAPH_CHARS && ld < SIBLING_LINK_DENSITY) chosen.push(sib);
        else if (s.text > 0 && s.text <= SIBLING_PARAGRAPH_CHARS && ld === 0 && /\.( |$)/.test(text)) chosen.push(sib);
      }
    }
  } else chosen.push(top);

  // Render, cleaning conditionally.
  const paragraphs: string[] = [];
  const owners: El[] = []; // the element each paragraph's text ended in (for removal records)
  let buf = '';
  let owner: El = root;
  const flush = () => {
    const t = buf.replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{2,}/g, '\n').trim();
    if (t) {
      for (const line of t.split('\n')) {
        paragraphs.push(line.trim());
        owners.push(owner);
      }
    }
    buf = '';
  };
  const drop = (el: El): RemovedKind | null => {
    if (excluded.has(el)) return null;
    const tag = el.tag;
    if (tag === 'h1') return 'metadata';
    if (tag === 'figure' || tag === 'figcaption' || tag === 'picture') return 'credit';
    if (FURNITURE_TAGS.has(tag) && opts.cleanConditionally && !chosen.some((c) => c === el || isAncestor(el, c))) return kindOf(el);
    if (!opts.cleanConditionally) return null;
    const s = stats.get(el);
    if (!s) return null;
    const weight = opts.weightClasses ? classWeight(el) : 0;
    const ld = linkDensity(el);
    if (tag === 'p' || HEADING_TAGS.has(tag) || tag === 'li' || tag === 'dd' || tag === 'dt') {
      if (s.text > 0 && ld > LINK_PARAGRAPH_DENSITY && s.text - s.link < MIN_PARAGRAPH_CHARS * 2) return 'boilerplate';
      if (weight < 0 && HEADING_TAGS.has(tag)) return kindOf(el);
      return null;
    }
    if (!['div', 'section', 'ul', 'ol', 'table', 'form', 'fieldset', 'aside', 'header', 'dl', 'span'].includes(tag)) return null;
    if (weight + (scores.get(el) ?? 0) < 0) return kindOf(el);
    if (s.commas >= PROSE_COMMAS) return null;
    const isList = tag === 'ul' || tag === 'ol' || tag === 'dl';
    const paras = s.paras;
    if (s.imgs > 1 && paras / s.imgs < 0.5) return 'other';
    if (!isList && s.lis - 100 > paras) return 'boilerplate';
    if (s.inputs > Math.floor(paras / 3)) return 'boilerplate';
    if (!isList && s.text < MIN_PARAGRAPH_CHARS && (s.imgs === 0 || s.imgs > 2) && s.headings < s.text) return 'other';
    if (!isList && weight < CLASS_WEIGHT && ld > LIST_LINK_DENSITY) return kindOf(el);
    if (weight >= CLASS_WEIGHT && ld > HIGH_LINK_DENSITY) return kindOf(el);
    if (isList && ld > HIGH_LINK_DENSITY) return kindOf(el);
    return null;
  };
  const render = (el: El) => {
    if (excluded.has(el)) return;
    const why = drop(el);
    if (why) {
      record(el, why);
      return;
    }
    const block = BLOCK_TAGS.has(el.tag);
    if (block) {
      flush();
      owner = el;
    }
    const kids = el.children;
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i]!;
      if (typeof c === 'string') buf += c.replace(/\s+/g, ' ');
      else if (c.tag === 'br') buf += '\n';
      else {
        // "Related stories" / "Comments": the rest of this container is not the article.
        let tail = paragraphs.length > 0 ? tailHeading(c) : null;
        // A heading made of a styled <div> only counts when a list of links follows it.
        if (!tail && paragraphs.length > 0 && HEADING_CLASS.test(c.attrs['class'] ?? '') && tailHeading(c, true)) {
          let text = 0;
          let link = 0;
          for (let k = i + 1; k < kids.length; k++) {
            const st = typeof kids[k] === 'string' ? null : stats.get(kids[k] as El);
            text += st?.text ?? 0;
            link += st ? ((kids[k] as El).tag === 'a' ? st.text : st.link) : 0;
          }
          if (text > 0 && link / text > STYLED_HEADING_LINK_DENSITY) tail = tailHeading(c, true);
        }
        if (tail) {
          for (let k = i; k < kids.length; k++) {
            const rest = kids[k]!;
            if (typeof rest !== 'string') record(rest, tail);
          }
          break;
        }
        render(c);
      }
    }
    if (block) {
      owner = el;
      const t = buf.trim();
      if (t && isPromo(t)) {
        record(el, 'boilerplate');
        buf = '';
      } else if (t && opts.cleanConditionally && !t.includes('\n') && isMetaLine(t)) {
        record(el, 'metadata');
        buf = '';
      }
      flush();
    }
  };
  for (const el of chosen) {
    render(el);
    flush();
  }
  // Promo sentences closing the block ("Follow her on Twitter", "Subscribe to our newsletters").
  while (opts.cleanConditionally && paragraphs.length > 1) {
    const last = paragraphs[paragraphs.length - 1]!;
    if (last.length > MAX_TRAILING_PROMO_CHARS || !TRAILING_PROMO.test(last)) break;
    paragraphs.pop();
    const el = owners.pop()!;
    if (removed.length < MAX_REMOVED) removed.push({ kind: 'boilerplate', start: el.start, end: el.end, text: last });
  }
  return { paragraphs: paragraphs.filter(Boolean), removed, attempt: opts.name };
}

function elementChildren(el: El): El[] {
  return el.children.filter((c): c is El => typeof c !== 'string');
}

function isAncestor(a: El, b: El): boolean {
  for (let p = b.parent; p; p = p.parent) if (p === a) return true;
  return false;
}

function findBody(root: El): El {
  let body: El | null = null;
  walk(root, (el) => {
    if (body) return false;
    if (el.tag === 'body') {
      body = el;
      return false;
    }
    return true;
  });
  return body ?? root;
}
