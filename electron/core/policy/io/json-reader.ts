// JSON policies: Crumbs's own export (a SitePolicy), `{site, publisher, entries}`, or a bare array of entries whose
// keys are any of the table header words ("cookie_name", "Provider", "expiry", "Durée"…).
import { PolicyEntry, PolicySection } from '../../../../shared/policy';
import { Collector, rowEntries, type RowFields } from './entries';
import { cleanLines } from './text';
import { mapHeader, type Field } from './vocabulary';

export interface JsonPolicyMeta {
  site: string | null;
  publisher: string | null;
  language: string | null;
  intro: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** A value as cell text: names may come as a list, durations as `{raw}` or a number. */
function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(cellText).join('\n');
  if (isRecord(value)) return str(value.raw) ?? str(value.text) ?? str(value.name) ?? '';
  return '';
}

/** `cookieName`, `cookie_name`, `Cookie-Name` all read as "cookie name". */
function keyWords(key: string): string {
  return key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim();
}

const FIELDS: readonly Field[] = [
  'name',
  'supplier',
  'domain',
  'duration',
  'purpose',
  'type',
  'category',
  'wildcard',
];

function looseEntry(item: Record<string, unknown>, where: string, out: Collector): void {
  const keys = Object.keys(item);
  const map = mapHeader(keys.map(keyWords));
  out.votes.en += map.votes.en;
  out.votes.fr += map.votes.fr;
  const value = (field: Field): string | null => {
    const index = map.columns[field];
    if (index === undefined) return field === 'duration' ? null : '';
    return cleanLines(cellText(item[keys[index]!]));
  };
  const fields = Object.fromEntries(FIELDS.map((f) => [f, value(f)])) as unknown as RowFields;
  const labels = Object.fromEntries(
    FIELDS.filter((f) => map.columns[f] !== undefined).map((f) => [f, keys[map.columns[f]!]!]),
  );
  rowEntries({ ...fields, duration: fields.duration ?? '' }, labels, null, where, out);
}

function entryList(root: unknown): unknown[] | null {
  if (Array.isArray(root)) return root;
  if (!isRecord(root)) return null;
  for (const key of ['entries', 'cookies', 'items', 'declarations']) {
    const list = root[key];
    if (Array.isArray(list)) return list;
  }
  if (isRecord(root.policy)) return entryList(root.policy);
  return null;
}

function metaOf(root: unknown): JsonPolicyMeta {
  const holder = isRecord(root) ? (isRecord(root.policy) ? root.policy : root) : {};
  return {
    site: str(holder.site) ?? str(holder.domain) ?? str(holder.url),
    publisher: str(holder.publisher) ?? str(holder.owner),
    language: str(holder.language) ?? str(holder.lang),
    intro: str(holder.intro) ?? '',
  };
}

/** Reads entries and sections into the collector; null when the JSON holds no list of entries at all. */
export function readJson(root: unknown, out: Collector): JsonPolicyMeta | null {
  const list = entryList(root);
  if (!list) return null;
  out.tables = 1;
  list.forEach((item, index) => {
    const where = `${out.fileName} entry ${index + 1}`;
    const own = PolicyEntry.safeParse(item);
    if (own.success) out.add(own.data, where);
    else if (isRecord(item)) looseEntry(item, where, out);
    else out.problem(where, 'not an object: entry not imported');
  });
  const holder = isRecord(root) ? (isRecord(root.policy) ? root.policy : root) : {};
  if (Array.isArray(holder.sections)) {
    holder.sections.forEach((section, index) => {
      const parsed = PolicySection.safeParse(section);
      if (parsed.success) out.sections.push(parsed.data);
      else
        out.problem(`${out.fileName} section ${index + 1}`, 'not a section (category, heading, description)');
    });
  }
  return metaOf(root);
}
