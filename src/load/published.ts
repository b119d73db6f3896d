/** Publication dates as ISO `YYYY-MM-DD`, from a file name or a JSONL field. */

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** `2024-12-13-blinken-baghdad.txt` -> `2024-12-13`; null when the name does not start with a real date. */
export function publishedFromFileName(baseName: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(baseName);
  if (!m) return null;
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3])) ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/**
 * A date as given by a user or a record: `YYYY-MM-DD`, or a full ISO timestamp (its date part is taken, as written,
 * without shifting time zones). Returns null for anything else.
 */
export function normalizePublished(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim());
  if (!m) return null;
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3])) ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
