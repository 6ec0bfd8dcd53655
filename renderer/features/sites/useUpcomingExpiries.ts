// Cookies expiring in the next 30 days, per day, from jar.query (persistent cookies in [now, day 30)).
// One window of the earliest 1,000 is usually all of them; past that (a very large jar), the days the
// window does not fully cover are counted one query each, so the picture stays true at any size.
import { useQuery } from '@tanstack/react-query';
import { useClient } from '../../client/context';
import { dayIndex, dayStarts, groupByDay, type ExpiryDay } from './expiry-days';

const WINDOW = 1000;

export function useUpcomingExpiries(nowMs: number) {
  const client = useClient();
  const starts = dayStarts(nowMs);
  const now = Math.floor(nowMs / 1000);
  // Keyed by the day: a new day moves the window; the data.changed event refreshes it within a day.
  return useQuery({
    queryKey: ['jar.query', 'upcoming-expiries', starts[0]],
    queryFn: async (): Promise<{ days: ExpiryDay[]; total: number }> => {
      const end = starts[starts.length - 1]! - 0.001;
      const page = await client['jar.query']({
        expiresFrom: now,
        expiresUntil: end,
        sort: 'expires',
        limit: WINDOW,
      });
      const days = groupByDay(page.rows, starts);
      if (page.total > page.rows.length) {
        const last = page.rows.at(-1)?.expires ?? starts[0]!;
        const from = Math.max(0, dayIndex(starts, last));
        await Promise.all(
          days.slice(from).map(async (day, offset) => {
            const i = from + offset;
            const counted = await client['jar.query']({
              expiresFrom: Math.max(now, starts[i]!),
              expiresUntil: starts[i + 1]! - 0.001,
              limit: 1,
            });
            day.count = counted.total;
            // Only part of the day was read: naming its sites would leave some out.
            day.sites = [];
          }),
        );
      }
      return { days, total: page.total };
    },
  });
}
