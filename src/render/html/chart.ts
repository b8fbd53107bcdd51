/**
 * The timeline drawn as a chart: inline SVG rendered on the server (no script, no inline
 * style: the stylesheet colours it through classes). Dates at day precision are dots; month
 * and year precision are bars covering the whole month or year; conflicting dates are marked.
 */
import type { Precision, TimelineEntry } from '../../model/types.js';
import { html, type Html } from './escape.js';

/** Drawing width in SVG user units (the SVG scales to its container). */
const WIDTH = 800;
/** Horizontal margin so that the first and last labels are not cut. */
const MARGIN_X = 40;
/** Height of one lane of marks. */
const LANE = 26;
/** Space under the lanes for the axis and its labels. */
const AXIS_HEIGHT = 34;
/** Space above the first lane. */
const TOP = 12;
/** Minimum horizontal gap between two marks sharing a lane, in user units. */
const LANE_GAP = 22;
/** Radius of a day mark. */
const DOT_RADIUS = 7;
/** Smallest horizontal distance between two labelled axis ticks (a date label is ~70 units wide). */
const TICK_MIN_GAP = 78;
/** Width given to one day-long gap between consecutive dates, before compression. */
const DAY_STEP = 1;
/** Width given to every step between two distinct dates, so that same-week dates stay apart. */
const MIN_STEP = 2;
/** Lanes drawn at most; later entries share the last lane (the list below has them all). */
const MAX_LANES = 12;
const DAY_MS = 86_400_000;

/** First and last day (epoch ms) covered by an ISO date at its precision, or null. */
export function dateRange(date: string, precision: Precision): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) - 1 : null;
  const d = m[3] ? Number(m[3]) : null;
  if (precision === 'year' || mo === null) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1) - DAY_MS];
  if (precision === 'month' || d === null) return [Date.UTC(y, mo, 1), Date.UTC(y, mo + 1, 1) - DAY_MS];
  const t = Date.UTC(y, mo, d);
  return [t, t];
}

const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

/**
 * A monotone time → x scale where long gaps are compressed (logarithmically) so that a few
 * distant dates (a war that began months ago) do not squeeze the days that matter into a dot.
 * Between consecutive dates, x is interpolated linearly.
 */
export function compressedScale(times: number[], left: number, right: number): { x: (t: number) => number; breaks: number[] } {
  const breaks = [...new Set(times)].sort((a, b) => a - b);
  const pos: number[] = [0];
  for (let i = 1; i < breaks.length; i++) {
    const days = (breaks[i]! - breaks[i - 1]!) / DAY_MS;
    pos.push(pos[i - 1]! + MIN_STEP + DAY_STEP * Math.log1p(days) * Math.log1p(days));
  }
  const total = pos[pos.length - 1] ?? 0;
  const scale = (p: number): number => (total > 0 ? left + (p / total) * (right - left) : (left + right) / 2);
  const x = (t: number): number => {
    if (breaks.length === 0) return (left + right) / 2;
    if (t <= breaks[0]!) return scale(0);
    for (let i = 1; i < breaks.length; i++) {
      if (t <= breaks[i]!) {
        const a = breaks[i - 1]!;
        const f = (t - a) / (breaks[i]! - a);
        return scale(pos[i - 1]! + f * (pos[i]! - pos[i - 1]!));
      }
    }
    return scale(total);
  };
  return { x, breaks };
}

/** The chart, or null when no entry has a usable date. `href(i)` links mark i to its list item. */
export function timelineChart(entries: TimelineEntry[], href: (i: number) => string): Html | null {
  const items = entries
    .map((e, i) => ({ e, i, r: dateRange(e.date, e.precision) }))
    .filter((x): x is { e: TimelineEntry; i: number; r: [number, number] } => x.r !== null);
  if (items.length === 0) return null;
  const min = Math.min(...items.map((x) => x.r[0]));
  const max = Math.max(...items.map((x) => x.r[1]));
  const { x, breaks } = compressedScale(
    items.flatMap((it) => [it.r[0], it.r[1]]),
    MARGIN_X,
    WIDTH - MARGIN_X,
  );
  // Greedy lane assignment: each mark goes to the first lane whose last mark ends before it.
  const laneEnds: number[] = [];
  const placed = items
    .sort((a, b) => a.r[0] - b.r[0] || a.i - b.i)
    .map((it) => {
      const x0 = x(it.r[0]);
      const x1 = Math.max(x(it.r[1]), x0);
      let lane = laneEnds.findIndex((end) => end + LANE_GAP <= x0);
      if (lane < 0) lane = laneEnds.length < MAX_LANES ? laneEnds.length : MAX_LANES - 1;
      laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, x1);
      return { ...it, x0, x1, lane };
    });
  const lanes = Math.max(1, laneEnds.length);
  const axisY = TOP + lanes * LANE + 4;
  const height = axisY + AXIS_HEIGHT;
  // Ticks at the dates that carry entries, skipping those too close to the previous one.
  const ticks: number[] = [];
  for (const t of breaks) if (ticks.length === 0 || x(t) - x(ticks[ticks.length - 1]!) >= TICK_MIN_GAP) ticks.push(t);
  // The last date is always labelled (it replaces a too-close previous label).
  const last = breaks[breaks.length - 1];
  if (last !== undefined && ticks[ticks.length - 1] !== last) {
    if (ticks.length > 1) ticks.pop();
    if (ticks.length === 0 || x(last) - x(ticks[ticks.length - 1]!) >= TICK_MIN_GAP) ticks.push(last);
  }
  const marks = placed.map((p) => {
    const cy = TOP + p.lane * LANE + LANE / 2;
    const cls = `tl-mark${p.e.conflict ? ' conflict' : ''}`;
    const label = `${p.e.date} (${p.e.precision})${p.e.conflict ? ', reports disagree' : ''}: ${p.e.text}`;
    const shape =
      p.x1 - p.x0 >= DOT_RADIUS
        ? html`<rect x="${p.x0.toFixed(1)}" y="${(cy - DOT_RADIUS).toFixed(1)}" width="${(p.x1 - p.x0).toFixed(1)}" height="${DOT_RADIUS * 2}" rx="4"></rect>`
        : html`<circle cx="${p.x0.toFixed(1)}" cy="${cy.toFixed(1)}" r="${DOT_RADIUS}"></circle>`;
    return html`<a class="${cls}" href="${href(p.i)}" aria-label="${label}"><title>${label}</title>${shape}<text x="${(p.x1 - p.x0 >= DOT_RADIUS ? p.x0 + DOT_RADIUS : p.x0).toFixed(1)}" y="${(cy + 4).toFixed(1)}" class="tl-num">${p.i + 1}</text></a>`;
  });
  const tickMarks = ticks.map(
    (t) =>
      html`<g class="tl-tick"><line x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${axisY}" y2="${axisY + 6}"></line><text x="${x(t).toFixed(1)}" y="${axisY + 20}">${iso(t)}</text></g>`,
  );
  return html`<svg class="timeline-chart" viewBox="0 0 ${WIDTH} ${height}" role="group" aria-label="Timeline chart, ${items.length} dated entries from ${iso(min)} to ${iso(max)}"><line class="tl-axis" x1="${MARGIN_X}" x2="${WIDTH - MARGIN_X}" y1="${axisY}" y2="${axisY}"></line>${tickMarks}${marks}</svg>`;
}
