// Jars for the Jar view's tests: many cookies over a few sites with every flag, SameSite and expiry mix.
import type { Cookie } from '../../shared/model';
import { cookie, inDays } from './fixtures';

const SAME_SITE = [null, 'strict', 'lax', 'none'] as const;

/** `count` cookies named c0000…, over `sites` sites (site0.test …), flags varying with the index. */
export function manyCookies(count: number, sites = 10): Cookie[] {
  return Array.from({ length: count }, (_, i) =>
    cookie({
      name: `c${String(i).padStart(4, '0')}`,
      value: `value-${i}`,
      domain: `www.site${i % sites}.test`,
      httpOnly: i % 2 === 0,
      secure: i % 3 === 0,
      sameSite: SAME_SITE[i % 4]!,
      expires: i % 7 === 0 ? null : inDays(1 + (i % 400)),
    }),
  );
}
