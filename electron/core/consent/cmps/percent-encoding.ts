// Percent-encoding as the closed consent platforms write it, and lenient decoding of what they (or the tools that
// copied their cookies around) stored: values encoded twice, `+` for spaces, a stray `%` that is no escape.

const ESCAPE = /%[0-9A-Fa-f]{2}/;

/** decodeURIComponent that never throws: escape runs that are not valid UTF-8 stay as they are. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/** Decodes until nothing looks encoded any more: exports and copy-paste often encode a value a second time. */
export function decodeRepeatedly(text: string, rounds = 3): string {
  let current = text;
  for (let i = 0; i < rounds && ESCAPE.test(current); i += 1) {
    const next = safeDecode(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

/** application/x-www-form-urlencoded decoding: `+` is a space, but only before the first round (`%2B` is a plus). */
export function formDecode(text: string): string {
  return decodeRepeatedly(safeDecode(text.replace(/\+/g, ' ')), 2);
}

/** OneTrust's form encoding: encodeURIComponent with spaces as `+` (parentheses stay as they are). */
export function formEncode(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+');
}

/**
 * js-cookie's value encoding (Axeptio writes its cookies with it): encodeURIComponent, then the characters a
 * cookie value may hold are put back — so `{`, `}`, `:`, `$` stay while `"`, `,` and spaces are escaped.
 */
export function jsCookieEncode(value: string): string {
  return encodeURIComponent(value).replace(/%(2[346BF]|3[AC-F]|40|5[BDE]|60|7[BCD])/g, (escape) =>
    decodeURIComponent(escape),
  );
}

/** True when the text still holds percent escapes. */
export function looksEncoded(text: string): boolean {
  return ESCAPE.test(text);
}
