import { reasonFor, type Reason } from '../../../shared/problem-codes';

/** Why a localStorage origin cannot be kept, or null: it must be a plain http(s) origin. */
export function checkOrigin(origin: string): string | null {
  return checkOriginReason(origin)?.reason ?? null;
}

/** checkOrigin's answer, coded. */
export function checkOriginReason(origin: string): Reason | null {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return reasonFor('ORIGIN_NOT_URL', { origin });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return reasonFor('ORIGIN_NOT_HTTP', { origin });
  if (url.origin !== origin) return reasonFor('ORIGIN_NOT_BARE', { origin, expected: url.origin });
  return null;
}
