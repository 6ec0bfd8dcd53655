// The random identifiers the closed platforms put in their consent state, each in the platform's own shape, so
// an encoded state looks like one the platform wrote. None of them carries meaning: they key the platform's
// server-side consent log, which a generated state is never part of.

function randomBytes(count: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(count));
}

function randomChars(alphabet: string, length: number): string {
  let out = '';
  for (const byte of randomBytes(length)) out += alphabet[byte % alphabet.length];
  return out;
}

function base64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

/** OneTrust consentId: a version 4 UUID. */
export function uuidV4(): string {
  return globalThis.crypto.randomUUID();
}

/** Cookiebot stamp: 40 random bytes in base64 (56 characters ending in `==`), as seen in real values. */
export function cookiebotStamp(): string {
  return base64(randomBytes(40));
}

/**
 * CookieYes consentid: 32 characters from CookieYes's own alphabet (which lacks `j`), base64-encoded without
 * padding — what its `_ckyRandomString(32)` returns.
 */
export function cookieYesConsentId(): string {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghiklmnopqrstuvwxyz';
  return btoa(randomChars(alphabet, 32)).replace(/=+$/, '');
}

/** Axeptio $$token: about twenty lowercase letters and digits. */
export function axeptioToken(): string {
  return randomChars('0123456789abcdefghijklmnopqrstuvwxyz', 20);
}

/** Usercentrics controllerId / processorId: 32 random bytes in lowercase hex. */
export function hexId(bytes = 32): string {
  return Array.from(randomBytes(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}
