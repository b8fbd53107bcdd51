/**
 * The pages of the web UI, rendered to strings. One implementation serves both the HTTP server
 * and the static site (`triangulate build --html`): they differ only in their `Links`.
 * Everything from reports is escaped by the `html` template; no inline script or style is
 * emitted, so a strict Content-Security-Policy holds.
 */
import type { BriefSentence, Dispute, Evidence, InputError, Report, Statement, Story } from '../../model/types.js';
import type { SearchHit, StorySummary } from '../../store/types.js';
import { esc, html, raw, safeHref, type Html } from './escape.js';
import { spanAnchor, type Links } from './links.js';
import { timelineChart } from './chart.js';
import { highlightText, storyCitations, type Citation } from './spans.js';

/** What a story page needs to know of each report (no text). */
export type ReportMeta = Pick<Report, 'id' | 'title' | 'source' | 'publishedAt' | 'url' | 'file' | 'duplicateOf' | 'syndicationGroup'>;

export function reportMeta(r: Report): ReportMeta {
  const m: ReportMeta = {
    id: r.id,
    title: r.title,
    source: { name: r.source.name },
    publishedAt: r.publishedAt,
    duplicateOf: r.duplicateOf,
    syndicationGroup: r.syndicationGroup,
  };
  if (r.url !== undefined) m.url = r.url;
  if (r.file !== undefined) m.file = r.file;
  return m;
}

/** Longest excerpt of a cited span shown in lists. */
const EXCERPT_CHARS = 180;
/** Longest statement text in a matrix row header before it is cut (the full text is in a tooltip). */
const ROW_HEADER_CHARS = 140;

export const sourceLabel = (r: Pick<Report, 'source' | 'file' | 'id'> | undefined, id: string): string =>
  r ? (r.source.name ?? r.file ?? r.id) : id;

function cut(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

export interface PageOptions {
  /** add a CSP meta element (static pages have no response headers) */
  metaCsp?: boolean;
}

/** The Content-Security-Policy of every page (also sent as a header by the server). */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
/** The same policy minus what a meta element cannot carry. */
const META_CSP = CSP.replace("; frame-ancestors 'none'", '');

export function layout(title: string, body: Html, links: Links, opts: PageOptions = {}): string {
  const search = links.search
    ? html`<form class="search" role="search" action="${links.search}" method="get"><label for="q" class="visually-hidden">Search reports</label><input id="q" name="q" type="search" placeholder="Search reports or actors"><button type="submit">Search</button></form>`
    : '';
  return `<!doctype html>${html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${
    opts.metaCsp ? html`<meta http-equiv="Content-Security-Policy" content="${META_CSP}">` : ''
  }<meta name="referrer" content="no-referrer"><title>${title} · triangulate</title><link rel="icon" href="${links.asset('icon.svg')}" type="image/svg+xml"><link rel="stylesheet" href="${links.asset('app.css')}"><script src="${links.asset('app.js')}" defer></script></head><body><a class="skip" href="#main">Skip to content</a><header class="top"><a class="brand" href="${links.home}">triangulate</a>${search}</header><main id="main" tabindex="-1">${body}</main><footer class="foot">Every statement links to the words of the reports that carry it.</footer></body></html>`.__html}\n`;
}

function cite(ev: Evidence, reports: Map<string, ReportMeta>, links: Links, withExcerpt = true): Html {
  const label = sourceLabel(reports.get(ev.reportId), ev.reportId);
  return html`<a class="cite" href="${links.report(ev.reportId, ev)}">${label}</a>${withExcerpt ? html` <q class="excerpt">${cut(ev.exact, EXCERPT_CHARS)}</q>` : ''}`;
}

function citeList(evs: Evidence[], reports: Map<string, ReportMeta>, links: Links): Html {
  if (evs.length === 0) return html`<p class="muted">No cited span.</p>`;
  return html`<ul class="cites-list">${evs.map((e) => html`<li>${cite(e, reports, links)}</li>`)}</ul>`;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

// ---------------------------------------------------------------------------------------------
// Index

export function renderIndex(stories: StorySummary[], errors: InputError[], links: Links, opts: PageOptions = {}): string {
  const rows = stories.map(
    (s) =>
      html`<tr><th scope="row"><a href="${links.story(s.id)}">${s.title}</a></th><td class="num">${s.reports}</td><td class="num">${s.independentSources}</td><td class="num">${s.disputes}</td><td><time>${s.lastPublished ?? s.updatedAt}</time></td></tr>`,
  );
  const upload = links.upload
    ? html`<section aria-labelledby="h-upload"><h2 id="h-upload">Add reports</h2><form class="upload" action="${links.upload}" method="post" enctype="multipart/form-data"><label for="files">Text, HTML or JSONL files</label><input id="files" name="files" type="file" multiple accept=".txt,.text,.md,.html,.htm,.jsonl,.ndjson,text/plain,text/html"><button type="submit">Upload and rebuild</button><output class="upload-result" aria-live="polite"></output></form></section>`
    : '';
  const body = html`<h1>Stories</h1>${
    stories.length
      ? html`<div class="scroll"><table class="stories"><caption class="visually-hidden">Stories in the dossier</caption><thead><tr><th scope="col">Story</th><th scope="col">Reports</th><th scope="col">Independent sources</th><th scope="col">Disputes</th><th scope="col">Last update</th></tr></thead><tbody>${rows}</tbody></table></div>`
      : html`<p>No stories yet. Build a dossier with <code>triangulate build PATH</code>${links.upload ? ' or add reports below' : ''}.</p>`
  }${upload}${
    errors.length
      ? html`<section aria-labelledby="h-errors"><h2 id="h-errors">Input errors</h2><ul class="errors">${errors.map((e) => html`<li><code>${e.file}</code>: ${e.reason}</li>`)}</ul></section>`
      : ''
  }`;
  return layout('Stories', body, links, opts);
}

// ---------------------------------------------------------------------------------------------
// Search (server only)

export function renderSearch(q: string, actor: string, hits: SearchHit[], links: Links): string {
  const form = links.search
    ? html`<form class="search-full" action="${links.search}" method="get"><label>Text <input name="q" type="search" value="${q}"></label> <label>Actor <input name="actor" type="search" value="${actor}"></label> <button type="submit">Search</button></form>`
    : '';
  const body = html`<h1>Search</h1>${form}<p>${plural(hits.length, 'report')} for ${q ? html`<q>${q}</q>` : ''}${q && actor ? ' and ' : ''}${
    actor ? html`actor <q>${actor}</q>` : ''
  }.</p><ol class="hits">${hits.map(
    (h) =>
      html`<li><a href="${links.report(h.reportId)}">${h.title ?? h.reportId}</a> <span class="muted">${h.source ?? ''}</span>${
        h.storyId ? html` · <a href="${links.story(h.storyId)}">story</a>` : ''
      }<p class="snippet">${h.snippet}</p></li>`,
  )}</ol>`;
  return layout(`Search ${q || actor}`, body, links);
}

// ---------------------------------------------------------------------------------------------
// Story

export function renderStory(story: Story, reports: Map<string, ReportMeta>, links: Links, opts: PageOptions = {}): string {
  const statements = new Map(story.statements.map((s) => [s.id, s]));
  const actorName = (id: string | null | undefined): string => (id ? (story.actors.find((a) => a.id === id)?.name ?? id) : 'the outlet');
  const groups = new Set(story.reportIds.map((id) => reports.get(id)?.syndicationGroup ?? id));
  const sections: [string, string, Html][] = [
    ['brief', 'Brief', brief(story.brief, reports, links)],
    ['sources', 'Sources', sourcesSection(story, reports, links)],
    ['actors', 'Actors', actorsSection(story, links)],
    ['matrix', 'Who says what', matrix(story, reports, actorName)],
    ['quotes', 'Quotes', quotesSection(story, reports, links, (id) => (id ? actorName(id) : 'Unknown speaker'))],
    ['timeline', 'Timeline', timelineSection(story, reports, links)],
    ['disputes', 'Disputes', disputesSection(story, statements, reports, links, actorName)],
    ['framing', 'Framing', framingSection(story, reports, links)],
    ['distortions', 'Distortions', distortionsSection(story, reports, links)],
  ];
  const body = html`<nav class="crumbs" aria-label="Breadcrumb"><a href="${links.home}">Stories</a></nav><h1>${story.title}</h1><p class="lede">${plural(
    story.reportIds.length,
    'report',
  )} from ${plural(groups.size, 'independent source')} · ${plural(story.statements.length, 'statement')} · ${plural(story.quotes.length, 'quote')} · ${plural(
    disputesOf(story).length,
    'dispute',
  )}</p><nav class="toc" aria-label="Sections"><ul>${sections.map(([id, title]) => html`<li><a href="#${id}">${title}</a></li>`)}</ul></nav>${sections.map(
    ([id, title, content]) => html`<section id="${id}" aria-labelledby="h-${id}"><h2 id="h-${id}">${title}</h2>${content}</section>`,
  )}`;
  return layout(story.title, body, links, opts);
}

function brief(sentences: BriefSentence[], reports: Map<string, ReportMeta>, links: Links): Html {
  if (sentences.length === 0) return html`<p class="muted">No brief for this story.</p>`;
  return html`<p class="hint">Select a sentence (click, or Tab then Enter) to see its sources and the words it stands on.</p><ol class="brief">${sentences.map((s, i) => {
    const sources = s.sources?.length ? s.sources : [...new Set(s.evidence.map((e) => sourceLabel(reports.get(e.reportId), e.reportId)))];
    const role = s.role ?? 'context';
    return html`<li class="brief-item role-${role}"><button type="button" class="sentence" aria-expanded="false" aria-controls="bs-${i}">${s.text}</button> <span class="badge badge-${role}">${role}</span><div class="cites" id="bs-${i}" hidden><p><strong>Sources:</strong> ${sources.join(', ') || '—'}</p>${citeList(s.evidence, reports, links)}</div></li>`;
  })}</ol>`;
}

function sourcesSection(story: Story, reports: Map<string, ReportMeta>, links: Links): Html {
  return html`<div class="scroll"><table><thead><tr><th scope="col">Source</th><th scope="col">Report</th><th scope="col">Published</th><th scope="col">Syndication group</th></tr></thead><tbody>${story.reportIds.map((id) => {
    const r = reports.get(id);
    return html`<tr><th scope="row">${sourceLabel(r, id)}</th><td><a href="${links.report(id)}">${r?.title ?? r?.file ?? id}</a>${
      r?.duplicateOf ? html` <span class="badge">duplicate</span>` : ''
    }</td><td>${r?.publishedAt ?? 'unknown'}</td><td><code>${r?.syndicationGroup ?? ''}</code></td></tr>`;
  })}</tbody></table></div>`;
}

function actorsSection(story: Story, links: Links): Html {
  if (story.actors.length === 0) return html`<p class="muted">No actors found.</p>`;
  const search = links.search;
  return html`<ul class="actors">${story.actors.map(
    (a) =>
      html`<li>${search ? html`<a href="${search}?actor=${encodeURIComponent(a.name)}">${a.name}</a>` : html`<strong>${a.name}</strong>`} <span class="muted">${a.kind}</span>${
        a.aliases.length ? html` · also ${a.aliases.join(', ')}` : ''
      }</li>`,
  )}</ul>`;
}

type Role = 'carries' | 'attributes' | 'disputes';

/**
 * Which source carries (asserts in its own voice), attributes (reports as said by an actor) or
 * disputes (carries a statement that disputes it) each statement.
 */
export function statementMatrix(story: Story, reports: Map<string, ReportMeta>): { sources: string[]; rows: { statement: Statement; cells: Map<string, Set<Role>> }[] } {
  const label = (id: string): string => sourceLabel(reports.get(id), id);
  const sources = [...new Set(story.reportIds.map(label))];
  const byId = new Map(story.statements.map((s) => [s.id, s]));
  const rows = story.statements.map((st) => {
    const cells = new Map<string, Set<Role>>();
    const add = (src: string, role: Role): void => {
      const set = cells.get(src) ?? new Set<Role>();
      set.add(role);
      cells.set(src, set);
    };
    for (const e of st.evidence) add(label(e.reportId), st.actor ? 'attributes' : 'carries');
    for (const d of st.disputes) for (const e of byId.get(d)?.evidence ?? []) add(label(e.reportId), 'disputes');
    return { statement: st, cells };
  });
  return { sources, rows };
}

const ROLE_MARK: Record<Role, string> = { carries: 'C', attributes: 'A', disputes: 'D' };

function matrix(story: Story, reports: Map<string, ReportMeta>, actorName: (id: string | null) => string): Html {
  if (story.statements.length === 0) return html`<p class="muted">No statements.</p>`;
  const { sources, rows } = statementMatrix(story, reports);
  return html`<p class="legend"><span class="cell-carries">C</span> carries (in its own voice) · <span class="cell-attributes">A</span> attributes (to the speaker) · <span class="cell-disputes">D</span> disputes</p><div class="scroll matrix-wrap" tabindex="0" role="region" aria-label="Source by statement matrix"><table class="matrix"><thead><tr><th scope="col">Statement</th>${sources.map(
    (s) => html`<th scope="col" class="src"><span>${s}</span></th>`,
  )}</tr></thead><tbody>${raw(matrixRows(rows, sources, actorName))}</tbody></table></div>`;
}

/** The matrix body as one string: a 200-source story has tens of thousands of cells. */
function matrixRows(rows: ReturnType<typeof statementMatrix>['rows'], sources: string[], actorName: (id: string | null) => string): string {
  const cellCache = new Map<string, string>();
  let out = '';
  for (const { statement: st, cells } of rows) {
    out += html`<tr class="status-${st.status}"><th scope="row" title="${st.text}"><span class="actor">${actorName(st.actor)}</span> <span class="act">${st.act}</span>: ${cut(
      st.text,
      ROW_HEADER_CHARS,
    )} <span class="badge badge-${st.status}">${st.status}</span></th>`.__html;
    for (const src of sources) {
      const roles = cells.get(src);
      if (!roles) {
        out += '<td></td>';
        continue;
      }
      const key = [...roles].join(' ');
      let cell = cellCache.get(key);
      if (cell === undefined) {
        const list = [...roles];
        cell = `<td class="${list.map((r) => `cell-${r}`).join(' ')}" title="${list.join(', ')}">${list.map((r) => ROLE_MARK[r]).join('')}</td>`;
        cellCache.set(key, cell);
      }
      out += cell;
    }
    out += '</tr>';
  }
  return out;
}

function diffText(v: { text: string; diff?: { op: string; text: string }[] }): Html {
  if (!v.diff || v.diff.length === 0) return html`${v.text}`;
  return raw(
    v.diff
      .map((d) => (d.op === 'added' ? html`<ins>${d.text}</ins>` : d.op === 'removed' ? html`<del>${d.text}</del>` : html`${d.text}`).__html)
      .join(' '),
  );
}

/** Quotation marks and trailing commas around a quote's text (the page adds its own marks). */
const unquote = (s: string): string => s.trim().replace(/^["“”„«»‘’']+/, '').replace(/["“”„«»‘’',]+$/, '');

function quotesSection(story: Story, reports: Map<string, ReportMeta>, links: Links, speakerName: (id: string | null) => string): Html {
  if (story.quotes.length === 0) return html`<p class="muted">No quotes.</p>`;
  return html`<p class="hint">Open a quote to compare its wordings: <ins>added</ins> and <del>missing</del> words are marked against the canonical text.</p>${story.quotes.map(
    (q, i) =>
      html`<details class="quote" id="q-${i}"><summary><span class="speaker">${speakerName(q.speaker)}</span>: <q>${cut(unquote(q.text), EXCERPT_CHARS)}</q> <span class="muted">${plural(
        q.variants.length,
        'variant',
      )}, ${plural(q.independentSources, 'independent source')}</span></summary><p class="canonical"><strong>Canonical:</strong> ${q.text}</p><div class="variants">${q.variants.map(
        (v) =>
          html`<figure class="variant"><figcaption><a href="${links.report(v.evidence.reportId, v.evidence)}">${sourceLabel(
            reports.get(v.evidence.reportId),
            v.evidence.reportId,
          )}</a> <span class="badge">${v.direct ? 'direct' : 'indirect'}</span></figcaption><blockquote>${diffText(v)}</blockquote></figure>`,
      )}</div></details>`,
  )}`;
}

function timelineSection(story: Story, reports: Map<string, ReportMeta>, links: Links): Html {
  if (story.timeline.length === 0) return html`<p class="muted">No dated events.</p>`;
  const chart = timelineChart(story.timeline, (i) => `#t-${i}`);
  return html`${chart ? html`<figure class="chart">${chart}<figcaption>Dots are days; bars are months or years; red marks dates the reports disagree on. Long gaps between dates are drawn shorter than they are.</figcaption></figure>` : ''}<ol class="timeline">${story.timeline.map(
    (t, i) =>
      html`<li id="t-${i}"${t.conflict ? raw(' class="conflict"') : ''}><time>${t.date}</time> <span class="muted">(${t.precision})</span>${
        t.conflict ? html` <span class="badge badge-disputed">reports disagree</span>` : ''
      } ${t.text}${citeList(t.evidence, reports, links)}</li>`,
  )}</ol>`;
}

export function disputesOf(story: Story): Dispute[] {
  if (story.disputes) return story.disputes;
  const out: Dispute[] = [];
  const seen = new Set<string>();
  for (const s of story.statements)
    for (const d of s.disputes) {
      const key = [s.id, d].sort().join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ id: key, statements: [s.id, d], reason: 'The statements contradict each other.' });
    }
  return out;
}

function disputesSection(
  story: Story,
  statements: Map<string, Statement>,
  reports: Map<string, ReportMeta>,
  links: Links,
  actorName: (id: string | null) => string,
): Html {
  const disputes = disputesOf(story);
  if (disputes.length === 0) return html`<p class="muted">No disputes found.</p>`;
  const side = (id: string, label: string): Html => {
    const st = statements.get(id);
    if (!st) return html`<div class="side"><p class="muted">${label}: statement ${id} not found.</p></div>`;
    return html`<div class="side"><h3>${actorName(st.actor)} <span class="act">${st.act}</span></h3><p>${st.text}</p><p class="muted">${plural(
      st.independentSources,
      'independent source',
    )}</p>${citeList(st.evidence, reports, links)}</div>`;
  };
  return html`${disputes.map(
    (d) => html`<article class="dispute"><p class="reason">${d.reason}</p><div class="sides">${side(d.statements[0], 'One side')}${side(d.statements[1], 'Other side')}</div></article>`,
  )}`;
}

function framingSection(story: Story, reports: Map<string, ReportMeta>, links: Links): Html {
  if (story.framing.length === 0) return html`<p class="muted">No differences in wording found.</p>`;
  const sorted = [...story.framing].sort((a, b) => (a.referent ?? a.term).localeCompare(b.referent ?? b.term) || a.term.localeCompare(b.term));
  return html`<div class="scroll"><table class="framing"><thead><tr><th scope="col">Referent</th><th scope="col">Source</th><th scope="col">Wording</th><th scope="col">Alternatives elsewhere</th><th scope="col">Voice</th><th scope="col">Uses</th></tr></thead><tbody>${sorted.map(
    (f) =>
      html`<tr${f.loaded ? raw(' class="loaded"') : ''}><td>${f.referent ?? '—'}</td><td>${sourceLabel(reports.get(f.reportId), f.reportId)}</td><td><a href="${links.report(
        f.reportId,
        f.evidence,
      )}">${f.term}</a>${f.loaded ? html` <span class="badge badge-disputed">loaded</span>` : ''}</td><td>${f.alternatives.join(', ')}</td><td>${f.voice ?? '—'}</td><td class="num">${
        f.count ?? 1
      }</td></tr>`,
  )}</tbody></table></div>`;
}

function distortionsSection(story: Story, reports: Map<string, ReportMeta>, links: Links): Html {
  const list = story.distortions ?? [];
  if (list.length === 0) return html`<p class="muted">No distortions found.</p>`;
  return html`<ul class="distortions">${list.map((d) => html`<li><span class="badge">${d.kind}</span> ${d.reason}${citeList(d.evidence, reports, links)}</li>`)}</ul>`;
}

// ---------------------------------------------------------------------------------------------
// Report

export function renderReport(report: Report, story: Story | null, links: Links, opts: PageOptions = {}): string {
  const citations: Citation[] = story ? storyCitations(story).filter((c) => c.reportId === report.id) : [];
  const href = safeHref(report.url);
  const source = report.source.name ?? report.file ?? report.id;
  const anchors = [...new Set(citations.map((c) => spanAnchor(c.start, c.end)))];
  const body = html`<nav class="crumbs" aria-label="Breadcrumb"><a href="${links.home}">Stories</a>${
    story ? html` › <a href="${links.story(story.id)}">${story.title}</a>` : ''
  }</nav><h1>${report.title ?? source}</h1><dl class="meta"><dt>Source</dt><dd>${source}</dd><dt>Published</dt><dd>${report.publishedAt ?? 'unknown'}</dd>${
    report.url ? html`<dt>URL</dt><dd>${href ? html`<a href="${href}" rel="noopener noreferrer nofollow">${report.url}</a>` : html`<code>${report.url}</code>`}</dd>` : ''
  }${report.file ? html`<dt>File</dt><dd><code>${report.file}</code></dd>` : ''}<dt>Syndication group</dt><dd><code>${report.syndicationGroup}</code></dd>${
    report.duplicateOf ? html`<dt>Duplicate of</dt><dd><a href="${links.report(report.duplicateOf)}">${report.duplicateOf}</a></dd>` : ''
  }<dt>Cited spans</dt><dd>${citations.length ? `${anchors.length}` : 'none'}</dd></dl><section aria-labelledby="h-text"><h2 id="h-text">Clean text</h2><p class="hint">Highlighted words are cited by the dossier; hover one to see by what.</p><div class="report-text">${highlightText(
    report.text,
    citations,
  )}</div></section>${citedList(report.text, citations)}<section aria-labelledby="h-removed"><h2 id="h-removed">Removed by cleaning</h2>${
    report.removed.length
      ? html`<ol class="removed">${report.removed.map(
          (r) =>
            html`<li><span class="badge">${r.kind}</span> <span class="muted">characters ${r.start}–${r.end} of the raw input</span>${
              r.text !== undefined ? html`<pre class="removed-text">${r.text}</pre>` : html`<p class="muted">(text not kept)</p>`
            }</li>`,
        )}</ol>`
      : html`<p class="muted">Nothing was removed.</p>`
  }</section>`;
  return layout(report.title ?? source, body, links, opts);
}

/** The cited spans as a list of links to their anchors (keyboard and phone users cannot hover). */
function citedList(text: string, citations: Citation[]): Html {
  const spans = new Map<string, { start: number; end: number; kinds: Set<string> }>();
  for (const c of citations) {
    if (c.start < 0 || c.end > text.length || c.end <= c.start) continue;
    const id = spanAnchor(c.start, c.end);
    const e = spans.get(id) ?? { start: c.start, end: c.end, kinds: new Set<string>() };
    e.kinds.add(c.kind);
    spans.set(id, e);
  }
  if (spans.size === 0) return html``;
  const list = [...spans.entries()].sort((a, b) => a[1].start - b[1].start || a[1].end - b[1].end);
  return html`<section aria-labelledby="h-cited"><h2 id="h-cited">Cited spans</h2><ol class="cited-list">${list.map(
    ([id, e]) => html`<li><a href="#${id}">${cut(text.slice(e.start, e.end), EXCERPT_CHARS)}</a> <span class="muted">${[...e.kinds].sort().join(', ')}</span></li>`,
  )}</ol></section>`;
}

/** Escapes for callers that build a one-off message page. */
export function renderMessage(title: string, message: string, links: Links): string {
  return layout(title, html`<h1>${title}</h1><p>${message}</p><p><a href="${links.home}">Back to the stories</a></p>`, links);
}

export { esc };
