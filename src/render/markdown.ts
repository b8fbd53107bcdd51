import type { Dossier, Evidence, Report, Statement, Story } from '../model/types.js';

/** Longest excerpt printed for a piece of evidence in footnotes. */
const EXCERPT = 160;

const esc = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function excerpt(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > EXCERPT ? `${one.slice(0, EXCERPT - 1)}…` : one;
}

/** Renders a dossier as Markdown: brief with citations, disputes, statements, quotes, timeline, framing. */
export function renderMarkdown(d: Dossier): string {
  const reports = new Map(d.reports.map((r) => [r.id, r]));
  const label = (id: string): string => {
    const r = reports.get(id);
    return r ? `${r.source.name ?? r.file ?? r.id}` : id;
  };
  const out: string[] = [];
  out.push('# Dossier', '');
  out.push(
    `${d.reports.length} report${d.reports.length === 1 ? '' : 's'}, ${d.stories.length} stor${d.stories.length === 1 ? 'y' : 'ies'}` +
      `${d.errors.length ? `, ${d.errors.length} input error${d.errors.length === 1 ? '' : 's'}` : ''}. Generated ${d.generatedAt}.`,
    '',
  );
  for (const s of d.stories) out.push(...renderStory(s, reports, label));
  out.push('## Reports', '', '| id | source | published | file | duplicate of | removed by cleaning |', '|---|---|---|---|---|---|');
  for (const r of d.reports) {
    const kinds = new Map<string, number>();
    for (const x of r.removed) kinds.set(x.kind, (kinds.get(x.kind) ?? 0) + 1);
    const removed = [...kinds.entries()].map(([k, n]) => `${k} ×${n}`).join(', ') || '—';
    out.push(`| ${r.id} | ${esc(r.source.name ?? '—')} | ${r.publishedAt ?? 'unknown'} | ${esc(r.file ?? '')} | ${r.duplicateOf ?? '—'} | ${removed} |`);
  }
  out.push('');
  if (d.errors.length) {
    out.push('## Input errors', '');
    for (const e of d.errors) out.push(`- \`${esc(e.file)}\`: ${esc(e.reason)}`);
    out.push('');
  }
  return out.join('\n');
}

function renderStory(s: Story, reports: Map<string, Report>, label: (id: string) => string): string[] {
  const out: string[] = [];
  const notes: string[] = [];
  const cite = (evs: Evidence[]): string =>
    evs
      .map((e) => {
        notes.push(`[^${s.id}-${notes.length + 1}]: ${label(e.reportId)} (${e.reportId}, chars ${e.start}–${e.end}): “${excerpt(e.exact)}”`);
        return `[^${s.id}-${notes.length}]`;
      })
      .join('');
  const actorName = (id: string | null | undefined): string => (id ? (s.actors.find((a) => a.id === id)?.name ?? id) : 'the outlet');
  const byId = new Map(s.statements.map((st) => [st.id, st]));
  out.push(`## ${esc(s.title)}`, '');
  const groups = new Set(s.reportIds.map((id) => reports.get(id)?.syndicationGroup ?? id));
  out.push(`${s.reportIds.length} reports from ${groups.size} independent source${groups.size === 1 ? '' : 's'}: ${s.reportIds.map(label).join(', ')}.`, '');

  out.push('### Brief', '');
  s.brief.forEach((b, i) => {
    const sources = b.sources?.length ? ` — *${b.sources.join(', ')}*` : '';
    out.push(`${i + 1}. ${esc(b.text)}${cite(b.evidence)}${sources}`);
  });
  out.push('');

  const disputes = s.disputes ?? [];
  if (disputes.length) {
    out.push('### What is disputed', '');
    for (const d of disputes) {
      const [a, b] = d.statements.map((id) => byId.get(id));
      if (!a || !b) continue;
      const side = (x: Statement): string =>
        `**${esc(actorName(x.actor))}** (${x.act}; reported by ${esc([...new Set(x.evidence.map((e) => label(e.reportId)))].join(', '))}): “${esc(excerpt(x.text))}”${cite(x.evidence.slice(0, 1))}`;
      out.push(`- ${side(a)}`, `  ⟷ ${side(b)}`, `  — ${d.reason}`);
    }
    out.push('');
  }

  out.push('### Statements', '', '| status | act | by | statement | sources |', '|---|---|---|---|---|');
  for (const st of s.statements) {
    out.push(`| ${st.status} | ${st.act}${st.conditional ? ' (conditional)' : ''} | ${esc(actorName(st.actor))} | ${esc(excerpt(st.text))} | ${st.independentSources} |`);
  }
  out.push('');

  out.push('### Quotes', '');
  for (const q of s.quotes) {
    out.push(`- **${esc(actorName(q.speaker))}**: “${esc(excerpt(q.text))}” (${q.independentSources} source${q.independentSources === 1 ? '' : 's'})`);
    if (q.variants.length > 1) {
      for (const v of q.variants) {
        const diff = (v.diff ?? []).map((p) => (p.op === 'same' ? p.text : p.op === 'added' ? `**+${p.text}**` : `~~${p.text}~~`)).join(' ');
        out.push(`  - ${label(v.evidence.reportId)}${v.direct ? '' : ' (indirect)'}: ${esc(diff || v.text)}${cite([v.evidence])}`);
      }
    }
  }
  out.push('');

  out.push('### Timeline', '');
  for (const t of s.timeline) out.push(`- **${t.date}** (${t.precision}${t.conflict ? ', reports disagree' : ''}): ${esc(excerpt(t.text))}${cite(t.evidence)}`);
  if (!s.timeline.length) out.push('- (no resolved dates)');
  out.push('');

  if (s.framing.length) {
    out.push('### Framing', '', '| source | term | others say | voice |', '|---|---|---|---|');
    for (const f of s.framing) out.push(`| ${esc(label(f.reportId))} | ${esc(f.term)}${f.loaded ? ' (loaded)' : ''} | ${esc(f.alternatives.join(', '))} | ${f.voice ?? ''} |`);
    out.push('');
  }
  if (s.distortions?.length) {
    out.push('### Possible distortions', '');
    for (const x of s.distortions) out.push(`- ${x.kind}: ${esc(x.reason)}${cite(x.evidence)}`);
    out.push('');
  }
  out.push('### Actors', '');
  for (const a of s.actors) out.push(`- ${esc(a.name)} (${a.kind})${a.aliases.length ? `: ${esc(a.aliases.join(', '))}` : ''}`);
  out.push('', ...notes, '');
  return out;
}
