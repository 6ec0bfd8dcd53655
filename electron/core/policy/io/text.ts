// Text helpers every policy reader shares: decoding bytes, folding words for comparison, cleaning cell text.

/**
 * Bytes to text. Pages and spreadsheets come as UTF-8 (with or without BOM), UTF-16 with a BOM, or — French CSV
 * saved by Excel — Windows-1252: invalid UTF-8 is read as that rather than turned into replacement characters.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Lowercase, without accents, curly quotes made straight, whitespace collapsed: how words are compared. */
export function fold(text: string): string {
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(text);
  return (ascii ? text : text.normalize('NFD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** One line of a cell: tabs, non-breaking and repeated spaces become one space; invisible characters go. */
export function collapse(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** A cell's text with its line breaks kept (one name per line is a list), each line collapsed, empty lines dropped. */
export function cleanLines(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(collapse)
    .filter((line) => line.length > 0)
    .join('\n');
}

/** A heading as a section keeps it: no trailing colon, no Cookiebot-style count "(3)". */
export function cleanHeading(text: string): string {
  return collapse(text)
    .replace(/\s*\(\d+\)\s*$/, '')
    .replace(/\s*:\s*$/, '')
    .trim();
}

/** The host of the first http(s) URL in a text, if any. */
export function firstUrlHost(text: string): string | null {
  const match = /\bhttps?:\/\/([a-z0-9.-]+\.[a-z]{2,})(?=[/:?#\s]|$)/i.exec(text);
  return match ? match[1]!.toLowerCase() : null;
}

/** "Opendatasoft uses cookies…", "La Ville de Paris utilise des cookies…": who publishes the policy. */
export function publisherFromSentence(text: string): string | null {
  const match =
    /^(.{2,60}?)\s+(?:uses|use|utilise|utilisent|dépose|depose)\s+(?:des\s+|de\s+|several\s+|some\s+)?(?:cookies|traceurs)\b/i.exec(
      collapse(text),
    );
  if (!match) return null;
  const who = match[1]!.trim();
  if (/^(?:this|our|we|it|ce|cet|notre|nous|il|on|(?:the|le|ce) (?:site|website|web site))\b/i.test(who))
    return null;
  return who;
}
