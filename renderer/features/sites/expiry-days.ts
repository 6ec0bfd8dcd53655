// Upcoming expiries, one bucket per local calendar day: today (from now) and the next 29 days.
export const TIMELINE_DAYS = 30;

/** Unix seconds of local midnight for today and each following day: `days + 1` bounds for `days` buckets. */
export function dayStarts(nowMs: number, days = TIMELINE_DAYS): number[] {
  const today = new Date(nowMs);
  // new Date(y, m, d + i) follows local time through daylight-saving changes (a day may be 23 or 25 hours).
  return Array.from(
    { length: days + 1 },
    (_, i) => new Date(today.getFullYear(), today.getMonth(), today.getDate() + i).getTime() / 1000,
  );
}

export function dayIndex(starts: readonly number[], expires: number): number {
  for (let i = 0; i < starts.length - 1; i++) if (expires < starts[i + 1]!) return i;
  return -1;
}

export interface ExpiryDay {
  /** Unix seconds of the day's local midnight. */
  start: number;
  count: number;
  /** Sites with cookies expiring that day, the most first (known only for days read in full). */
  sites: string[];
}

export function groupByDay(
  rows: readonly { expires: number | null; site: string }[],
  starts: readonly number[],
): ExpiryDay[] {
  const days = starts.slice(0, -1).map((start) => ({ start, count: 0, perSite: new Map<string, number>() }));
  for (const row of rows) {
    if (row.expires === null) continue;
    const day = days[dayIndex(starts, row.expires)];
    if (!day) continue;
    day.count++;
    day.perSite.set(row.site, (day.perSite.get(row.site) ?? 0) + 1);
  }
  return days.map(({ start, count, perSite }) => ({
    start,
    count,
    sites: [...perSite.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([site]) => site),
  }));
}
