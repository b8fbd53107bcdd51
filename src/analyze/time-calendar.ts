/**
 * Calendar arithmetic on plain dates (no time zone, no clock): what the time-expression stage
 * needs to move around a publication date. Dates are proleptic Gregorian, computed in UTC so
 * the host's time zone never shifts a day.
 */

export interface CalDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const MS_PER_DAY = 86_400_000;
/** ISO weeks start on Monday (getUTCDay() 1); Sunday (0) is the week's last day. */
const DAYS_PER_WEEK = 7;

function toUtc(d: CalDate): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromUtc(ms: number): CalDate {
  const dt = new Date(ms);
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
}

/** True when year/month/day name a real calendar day. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = fromUtc(Date.UTC(year, month - 1, day));
  return d.year === year && d.month === month && d.day === day;
}

export function addDays(d: CalDate, n: number): CalDate {
  return fromUtc(toUtc(d) + n * MS_PER_DAY);
}

/** Adds months, clamping the day to the target month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(d: CalDate, n: number): CalDate {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  let day = d.day;
  while (!isValidDate(year, month, day)) day--;
  return { year, month, day };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: CalDate): number {
  return new Date(toUtc(d)).getUTCDay();
}

/** Days from a to b (positive when b is later). */
export function daysBetween(a: CalDate, b: CalDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / MS_PER_DAY);
}

/** Monday of the ISO week holding d. */
export function weekStart(d: CalDate): CalDate {
  const offset = (weekday(d) + DAYS_PER_WEEK - 1) % DAYS_PER_WEEK;
  return addDays(d, -offset);
}

/** The given weekday (0–6) on or before d (strictly before when strict). */
export function weekdayOnOrBefore(d: CalDate, target: number, strict = false): CalDate {
  let back = (weekday(d) - target + DAYS_PER_WEEK) % DAYS_PER_WEEK;
  if (strict && back === 0) back = DAYS_PER_WEEK;
  return addDays(d, -back);
}

/** The given weekday (0–6) on or after d (strictly after when strict). */
export function weekdayOnOrAfter(d: CalDate, target: number, strict = false): CalDate {
  let ahead = (target - weekday(d) + DAYS_PER_WEEK) % DAYS_PER_WEEK;
  if (strict && ahead === 0) ahead = DAYS_PER_WEEK;
  return addDays(d, ahead);
}

/** The given weekday (0–6) inside the Monday-based week that starts at monday. */
export function weekdayInWeek(monday: CalDate, target: number): CalDate {
  return addDays(monday, (target + DAYS_PER_WEEK - 1) % DAYS_PER_WEEK);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatYear(year: number): string {
  return pad(year, 4);
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function formatDay(d: CalDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatTime(d: CalDate, hour: number, minute: number): string {
  return `${formatDay(d)}T${pad(hour)}:${pad(minute)}`;
}

/**
 * Reads the calendar date of a publication date: `YYYY-MM-DD` or an ISO date-time, taken as
 * written (the local date of the report, not converted to UTC). Null when it is not ISO.
 */
export function parseIsoDate(iso: string | null): CalDate | null {
  if (iso == null) return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidDate(year, month, day) ? { year, month, day } : null;
}
