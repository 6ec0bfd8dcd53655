// Reading a vanilla-cookieconsent v3 value leniently, and saying in notes what the library itself would make of
// it (its reader: JSON.parse(decodeURIComponent(cookie)) or JSON.parse(localStorage value), then the validity
// rule — consentId a string, categories an array, both timestamps set, the revision equal to the site's).
import { isRecord, parseJsonValue } from './json-cookie';
import type { VanillaOptions } from './vanilla-cookieconsent';

export interface VanillaRead {
  /** Site category id → accepted. */
  decided: Record<string, boolean>;
  /** `category:service` → accepted. */
  services: Record<string, boolean>;
  decidedAt: string | null;
  expiresAt: string | null;
}

function isoOf(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

function strings(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null;
}

export function readValue(
  raw: string,
  options: VanillaOptions,
  fromCookie: boolean,
  notes: string[],
): VanillaRead | null {
  const parsed = parseJsonValue(raw);
  if (parsed === null || !isRecord(parsed.value)) {
    notes.push('the value is not the JSON object vanilla-cookieconsent writes: it would show its banner');
    return null;
  }
  if (fromCookie && parsed.decodes > 1)
    notes.push(`percent-encoded ${parsed.decodes} times (the library decodes once)`);
  if (!fromCookie && parsed.decodes > 0) {
    notes.push(
      'percent-encoded in localStorage: the library parses it as it is, fails, and shows its banner',
    );
  }
  const v = parsed.value;
  const categories = strings(v['categories']);
  if (categories === null) {
    notes.push('no list of accepted categories: the library shows its banner');
    return null;
  }
  const broken: string[] = [];
  if (typeof v['consentId'] !== 'string' || v['consentId'] === '') broken.push('consentId');
  if (!v['consentTimestamp']) broken.push('consentTimestamp');
  if (!v['lastConsentTimestamp']) broken.push('lastConsentTimestamp');
  if (broken.length > 0)
    notes.push(`${broken.join(', ')} missing: the library treats this as no consent and asks again`);
  if (v['revision'] !== options.revision) {
    notes.push(
      `revision ${JSON.stringify(v['revision'] ?? null)} stored, ${options.revision} expected: ` +
        'a site that sets this revision shows its banner again',
    );
  }

  const decided: Record<string, boolean> = {};
  for (const id of categories) decided[id] = true;
  for (const id of Object.keys(options.categories)) decided[id] ??= false;

  const services: Record<string, boolean> = {};
  const storedServices = isRecord(v['services']) ? v['services'] : {};
  for (const [category, list] of Object.entries(storedServices)) {
    for (const name of strings(list) ?? []) services[`${category}:${name}`] = true;
  }
  for (const [category, list] of Object.entries(options.services)) {
    for (const name of list) services[`${category}:${name}`] ??= false;
  }

  const expiresAt = typeof v['expirationTime'] === 'number' ? isoOf(v['expirationTime']) : null;
  if (!fromCookie && typeof v['expirationTime'] === 'number' && v['expirationTime'] < Date.now()) {
    notes.push('expired (expirationTime has passed): the library drops it and shows its banner');
  }
  return {
    decided,
    services,
    decidedAt: isoOf(v['lastConsentTimestamp']) ?? isoOf(v['consentTimestamp']),
    expiresAt,
  };
}
