// Saving a cookie from the edit dialog: the same checks as an import (the jar's own and tough-cookie's verdict
// on domain, public suffix and prefixes), then the original is replaced in one step.
import { CookieJar, MemoryCookieStore, type Cookie as ToughCookie } from 'tough-cookie';
import { CrumbsError } from '../../../shared/errors';
import type { CookieData, CookieKey } from '../../../shared/model';
import { admitter } from './admit';
import type { Jar } from './jar';
import { JAR_RULES } from './rules';
import { checkCookie } from './validate';

export async function saveCookie(
  jar: Jar,
  data: CookieData,
  original: CookieKey | undefined,
  nowMs = Date.now(),
): Promise<{ saved: ToughCookie; before: ToughCookie | null }> {
  if (data.expires !== null && data.expires * 1000 <= nowMs) {
    throw new CrumbsError('VALIDATION', 'The expiry is in the past: the cookie would be gone at once.');
  }
  const problem = checkCookie(data);
  if (problem) throw new CrumbsError('VALIDATION', `The cookie cannot be saved: ${problem}.`);
  const admitted = admitter(new CookieJar(new MemoryCookieStore(), JAR_RULES), new Date(nowMs))(data);
  if ('error' in admitted)
    throw new CrumbsError('VALIDATION', `The cookie cannot be saved: ${admitted.error}.`);
  const saved = admitted.cookie;
  const before = original ? (jar.find(original) ?? null) : null;
  if (original && !before)
    throw new CrumbsError('NOT_FOUND', `No cookie "${original.name}" for ${original.domain} any more.`);
  const clash = jar.find({ domain: saved.domain ?? '', path: saved.path ?? '/', name: saved.key });
  const replacesItself = before !== null && clash === before;
  if (clash && !replacesItself) {
    throw new CrumbsError(
      'VALIDATION',
      `A cookie "${saved.key}" for ${saved.domain}${saved.path} is already in the jar: edit that one instead.`,
    );
  }
  // An edited cookie keeps when it was first stored (RFC 6265 §5.3 step 11.3).
  if (before?.creation instanceof Date) saved.creation = before.creation;
  if (before && !replacesItself) await jar.remove([before]);
  await jar.put([saved]);
  return { saved, before };
}
