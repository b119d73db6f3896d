/**
 * The calendar days an ISO time value covers, so `--since/--until` can compare claims dated "2025-09" or
 * "2014/2016" with plain days: stored as `date_from`/`date_to` (YYYY-MM-DD, inclusive). Durations ("P5Y") and
 * values that are not dates give null: they say how long, not when.
 */
export interface DateRange {
  from: string;
  to: string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function isoDay(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Monday of ISO week `week` of `year`. */
function isoWeekMonday(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const jan4Weekday = (jan4.getUTCDay() + 6) % 7; // Monday = 0
  return new Date(Date.UTC(year, 0, 4 - jan4Weekday + (week - 1) * 7));
}

/** The range of one point value: a day, a month, a year, an ISO week, or a date-time (its day). */
function pointRange(value: string): DateRange | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    return { from: day, to: day };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const week = Number(m[2]);
    if (week < 1 || week > 53) return null;
    const monday = isoWeekMonday(Number(m[1]), week);
    const sunday = new Date(monday.getTime() + 6 * 86_400_000);
    return { from: isoDay(monday), to: isoDay(sunday) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return null;
    return { from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${pad(daysInMonth(y, mo))}` };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  return null;
}

/** The days a time value covers: a point value, or `a/b` from the start of a to the end of b. */
export function dateRange(value: string): DateRange | null {
  const parts = value.trim().split('/');
  if (parts.length === 1) return pointRange(parts[0]);
  if (parts.length !== 2) return null;
  const first = pointRange(parts[0]);
  const last = pointRange(parts[1]);
  if (!first || !last) return null;
  return first.from <= last.to ? { from: first.from, to: last.to } : { from: last.from, to: first.to };
}

/** True for a real calendar day written YYYY-MM-DD (what `--since`/`--until` accept). */
export function isIsoDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && pointRange(value) !== null;
}
