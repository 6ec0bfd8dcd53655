// OneTrust's `datestamp` is the browser's Date.prototype.toString() in the visitor's time zone:
// "Fri Jan 31 2025 10:16:29 GMT+0100 (Central European Standard Time)". Written here for any IANA zone with
// Intl (the same ICU data Chromium uses for the zone name), and read back whatever language the name is in.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** True when Intl knows the zone (the option is checked with it). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/** Date.prototype.toString() as a browser in `timeZone` prints it. */
export function jsDateString(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const zoneName = (style: 'long' | 'longOffset') =>
    part(
      new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: style }).formatToParts(date),
      'timeZoneName',
    );
  // "GMT+01:00" → "+0100"; Intl writes plain "GMT" for a zero offset in some zones.
  const offset = zoneName('longOffset').replace(/^GMT/, '').replace(':', '') || '+0000';
  const clock = `${part(parts, 'hour')}:${part(parts, 'minute')}:${part(parts, 'second')}`;
  return (
    `${part(parts, 'weekday')} ${part(parts, 'month')} ${part(parts, 'day')} ${part(parts, 'year')} ` +
    `${clock} GMT${offset} (${zoneName('long')})`
  );
}

/**
 * Reads a toString() date back to an ISO date-time, or null. Spaces may come as `+` (a value decoded once too
 * few times); the zone name in parentheses is ignored (it is localised), the numeric offset is what counts.
 */
export function parseJsDateString(text: string): string | null {
  const normal = text.replace(/\+(?!\d{2}:?\d{2})/g, ' ');
  const m =
    /([A-Za-z]{3})[a-z]*\s+(\d{1,2})\s+(\d{4})\s+(\d{1,2}):(\d{2}):(\d{2})\s*(?:GMT|UTC)?\s*(?:([+-])(\d{2}):?(\d{2}))?/.exec(
      normal,
    );
  if (m === null) return null;
  const month = MONTHS.findIndex((name) => name.toLowerCase() === (m[1] ?? '').toLowerCase());
  if (month < 0) return null;
  const local = Date.UTC(Number(m[3]), month, Number(m[2]), Number(m[4]), Number(m[5]), Number(m[6]));
  const offsetMinutes = m[7] === undefined ? 0 : (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9]));
  const ms = local - offsetMinutes * 60_000;
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
