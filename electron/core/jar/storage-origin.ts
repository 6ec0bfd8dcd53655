/** Why a localStorage origin cannot be kept, or null: it must be a plain http(s) origin. */
export function checkOrigin(origin: string): string | null {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return `"${origin}" is not an origin (scheme://host[:port])`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `"${origin}" is not an http or https origin`;
  if (url.origin !== origin) return `"${origin}" is not a bare origin (expected "${url.origin}")`;
  return null;
}
