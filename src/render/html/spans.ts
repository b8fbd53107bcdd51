/**
 * Cited spans of a report: gathered from every part of a story, then drawn over the report's
 * clean text as <mark> segments (overlaps split into segments) with an anchor per span so that
 * `#c-START-END` scrolls to it.
 */
import type { Evidence, Story } from '../../model/types.js';
import { esc, raw, type Html } from './escape.js';
import { spanAnchor } from './links.js';

export type CitationKind = 'brief' | 'statement' | 'quote' | 'speaker' | 'timeline' | 'framing' | 'distortion';

export interface Citation {
  reportId: string;
  start: number;
  end: number;
  kind: CitationKind;
}

/** Every span of every report that the story cites, tagged with what cites it. */
export function storyCitations(story: Story): Citation[] {
  const out: Citation[] = [];
  const add = (e: Evidence | undefined, kind: CitationKind): void => {
    if (e) out.push({ reportId: e.reportId, start: e.start, end: e.end, kind });
  };
  for (const b of story.brief) for (const e of b.evidence) add(e, 'brief');
  for (const s of story.statements) for (const e of s.evidence) add(e, 'statement');
  for (const q of story.quotes)
    for (const v of q.variants) {
      add(v.evidence, 'quote');
      add(v.speakerEvidence, 'speaker');
    }
  for (const t of story.timeline) for (const e of t.evidence) add(e, 'timeline');
  for (const f of story.framing) add(f.evidence, 'framing');
  for (const d of story.distortions ?? []) for (const e of d.evidence) add(e, 'distortion');
  return out;
}

/**
 * The text as escaped HTML with cited segments in <mark> (data-s/data-e give the segment's
 * offsets, the title what cites it) and an empty anchor at the start of each cited span.
 * Spans outside the text are ignored.
 */
export function highlightText(text: string, citations: Citation[]): Html {
  const valid = citations.filter((c) => c.start >= 0 && c.end <= text.length && c.end > c.start);
  const bounds = new Set<number>([0, text.length]);
  const startsAt = new Map<number, Citation[]>();
  for (const c of valid) {
    bounds.add(c.start);
    bounds.add(c.end);
    const list = startsAt.get(c.start) ?? [];
    list.push(c);
    startsAt.set(c.start, list);
  }
  const points = [...bounds].sort((a, b) => a - b);
  let active: Citation[] = [];
  let out = '';
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    active = active.filter((c) => c.end > a);
    const starting = startsAt.get(a) ?? [];
    active.push(...starting);
    const ids = [...new Set(starting.map((c) => spanAnchor(c.start, c.end)))];
    for (const id of ids) out += `<span class="anchor" id="${id}"></span>`;
    const segment = esc(text.slice(a, b));
    if (active.length === 0) out += segment;
    else {
      const kinds = [...new Set(active.map((c) => c.kind))].sort();
      out += `<mark class="cited${active.length > 1 ? ' multi' : ''}" data-s="${a}" data-e="${b}" title="cited by ${kinds.join(', ')}">${segment}</mark>`;
    }
  }
  return raw(out);
}
