// One Open Cookie Database row, whichever export it came from, and how it becomes a catalog entry.
import type { Category } from '../../../../../shared/category';
import type { CatalogEntry } from '../../../../../shared/policy';
import { lifetime } from '../lifetime';

/** Where problems go (formats' ProblemList: it caps the list so a broken file cannot flood the report). */
export interface ProblemSink {
  add(where: string, reason: string): void;
}

export const FIELDS = [
  'id',
  'platform',
  'category',
  'name',
  'domain',
  'description',
  'retention',
  'controller',
  'privacy',
  'wildcard',
] as const;
export type Field = (typeof FIELDS)[number];

/** Spellings of each field, normalised by `normalizeKey`: the CSV headers and the JSON export's keys. */
const ALIASES: Record<Field, readonly string[]> = {
  id: ['id'],
  platform: ['platform'],
  category: ['category'],
  name: ['cookiedatakeyname', 'cookie', 'cookiename', 'datakeyname', 'name'],
  domain: ['domain'],
  description: ['description'],
  retention: ['retentionperiod', 'retention'],
  controller: ['datacontroller', 'controller'],
  privacy: ['userprivacygdprrightsportals', 'privacylink', 'privacy'],
  wildcard: ['wildcardmatch', 'wildcard'],
};

/** `Cookie / Data Key name` and `cookie` alike: lower case, letters and digits only. */
export function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function fieldOf(key: string): Field | null {
  const normal = normalizeKey(key);
  for (const field of FIELDS) if (ALIASES[field].includes(normal)) return field;
  return null;
}

export interface OcdRecord {
  /** "file.csv line 12" or "file.json platform 'Hotjar' record 3". */
  where: string;
  values: Partial<Record<Field, string>>;
  /** How this export spells each field, to name it in a problem. */
  labels: Record<Field, string>;
  /** What the reader already found doubtful in the row (fields that are not text). */
  issues: string[];
}

/** The database's vocabulary (FORMATS.md §3). 'Necessary' is not in its documented list but occurs in its rows. */
const CATEGORY_MAP: Readonly<Record<string, Category>> = {
  functional: 'necessary',
  security: 'necessary',
  necessary: 'necessary',
  personalization: 'preferences',
  personalisation: 'preferences',
  analytics: 'statistics',
  marketing: 'marketing',
};

const MAX_NAME = 500;
const MAX_DESCRIPTION = 2000;

/**
 * The entry a row describes, or null when it names no cookie. Everything doubtful about the row becomes one
 * problem naming the row and each field concerned.
 */
export function toEntry(record: OcdRecord, problems: ProblemSink): CatalogEntry | null {
  const { values, labels } = record;
  const issues = [...record.issues];
  const note = (field: Field, reason: string): void => {
    issues.push(`${labels[field]}: ${reason}`);
  };
  const entry = read(values, note);
  if (issues.length > 0) problems.add(record.where, issues.join('; '));
  return entry;
}

function read(
  values: OcdRecord['values'],
  note: (field: Field, reason: string) => void,
): CatalogEntry | null {
  let name = values.name?.trim() ?? '';
  const wildcard = (values.wildcard ?? '').trim().toLowerCase();
  let prefix = wildcard === '1' || wildcard === 'true' || wildcard === 'yes';
  if (!prefix && !['', '0', 'false', 'no'].includes(wildcard)) {
    note('wildcard', `'${clip(wildcard)}' is neither 1 nor 0, read as 0 (exact name)`);
  }
  // Some rows write the wildcard into the name ("SSPR_*") instead of, or as well as, the wildcard column.
  if (name.endsWith('*')) {
    name = name.replace(/\*+$/, '');
    prefix = true;
  }
  if (name === '') {
    note('name', 'no cookie or key name, row skipped');
    return null;
  }
  if (name.length > MAX_NAME) {
    note('name', `longer than ${MAX_NAME} characters, row skipped`);
    return null;
  }
  let platform = values.platform?.trim() || values.controller?.trim() || '';
  if (platform === '') {
    note('platform', "no platform or data controller, kept as 'Unknown'");
    platform = 'Unknown';
  }
  const rawCategory = values.category?.trim() ?? '';
  let category = CATEGORY_MAP[rawCategory.toLowerCase()];
  if (!category) {
    note(
      'category',
      rawCategory === ''
        ? 'missing, kept as unclassified'
        : `'${clip(rawCategory)}' is not Functional, Security, Personalization, Analytics or Marketing, kept as unclassified`,
    );
    category = 'unclassified';
  }
  return {
    platform,
    name,
    match: prefix ? 'prefix' : 'exact',
    type: 'cookie',
    category,
    duration: lifetime(values.retention?.trim() ?? ''),
    description: (values.description ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_DESCRIPTION),
    source: 'open-cookie-database',
  };
}

/** Shows a field of the file in a reason without flooding it. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
