/** Date normalisation for header lines and HTML metadata: everything becomes ISO 8601. */
import { DATE_SOURCE, MONTHS } from './data/dates.js';

/** Years accepted as publication years (web news). */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const DATE_ANYWHERE = new RegExp(DATE_SOURCE, 'i');
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|[-_]|$)/;

function valid(y: number, m: number, d: number): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO date from the named groups of DATE_SOURCE, or null when invalid. */
export function parseDateMatch(g: Record<string, string | undefined>): string | null {
  let y: number;
  let m: number;
  let d: number;
  if (g['iy']) {
    y = Number(g['iy']);
    m = Number(g['im']);
    d = Number(g['id']);
  } else {
    const mn = (g['mn1'] ?? g['mn2'] ?? '').toLowerCase().replace('.', '');
    y = Number(g['y1'] ?? g['y2']);
    m = MONTHS[mn] ?? 0;
    d = Number(g['d1'] ?? g['d2']);
  }
  return valid(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/**
 * Normalises a date string from metadata: ISO date-times keep their time and offset
 * (`2024-03-15T10:00:00+01:00`), written dates become `YYYY-MM-DD`. Null when no date is found.
 */
export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const iso = ISO_DATETIME.exec(v);
  if (iso) {
    const [, ys, ms, ds, hh, mm, ss, tz] = iso;
    if (!valid(Number(ys), Number(ms), Number(ds))) return null;
    if (!hh) return `${ys}-${ms}-${ds}`;
    const zone = tz ? (tz === 'Z' ? 'Z' : tz.includes(':') ? tz : `${tz.slice(0, 3)}:${tz.slice(3)}`) : '';
    return `${ys}-${ms}-${ds}T${hh}:${mm}:${ss ?? '00'}${zone}`;
  }
  const m = DATE_ANYWHERE.exec(v);
  if (m) return parseDateMatch(m.groups ?? {});
  return null;
}

/** Date in a URL path such as /2024/03/15/ or /2024-03-15-, or null. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = URL_DATE.exec(url);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return valid(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
}
