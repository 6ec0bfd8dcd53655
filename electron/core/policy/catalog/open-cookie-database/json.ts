// The database's JSON export: an object keyed by platform, each a list of cookie objects
// ({ id, category, cookie, domain, description, retentionPeriod, dataController, privacyLink, wildcardMatch }).
// A flat list of such objects carrying their own `platform` is read too.
import { fieldOf, type Field, type OcdRecord, type ProblemSink } from './record';

const JSON_LABELS: Record<Field, string> = {
  id: 'id',
  platform: 'platform',
  category: 'category',
  name: 'cookie',
  domain: 'domain',
  description: 'description',
  retention: 'retentionPeriod',
  controller: 'dataController',
  privacy: 'privacyLink',
  wildcard: 'wildcardMatch',
};

/** Calls `take` for each record in file order; what cannot be a record at all goes to `problems`. */
export function readJsonRecords(
  text: string,
  fileName: string,
  problems: ProblemSink,
  take: (record: OcdRecord) => void,
): void {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the file's text: say only that it is broken.
    problems.add(fileName, 'not valid JSON: nothing read');
    return;
  }
  if (Array.isArray(data)) {
    data.forEach((item, i) => read(item, `${fileName} record ${i + 1}`, null, take, problems));
  } else if (isObject(data)) {
    for (const [platform, list] of Object.entries(data)) {
      const where = `${fileName} platform '${platform}'`;
      if (!Array.isArray(list)) {
        problems.add(where, 'not a list of cookies: skipped');
        continue;
      }
      list.forEach((item, i) => read(item, `${where} record ${i + 1}`, platform, take, problems));
    }
  } else {
    problems.add(fileName, 'neither an object keyed by platform nor a list of cookies: nothing read');
  }
}

function read(
  item: unknown,
  where: string,
  platform: string | null,
  take: (record: OcdRecord) => void,
  problems: ProblemSink,
): void {
  if (!isObject(item)) {
    problems.add(where, 'not an object: skipped');
    return;
  }
  const values: Partial<Record<Field, string>> = {};
  const odd: string[] = [];
  for (const [key, value] of Object.entries(item)) {
    const field = fieldOf(key);
    if (!field || values[field] !== undefined) continue;
    if (typeof value === 'string') values[field] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') values[field] = String(value);
    else if (value !== null) odd.push(key);
  }
  // The key the record is listed under names its platform; a record's own `platform` only fills a flat list.
  if (platform !== null) values.platform = platform;
  const issues = odd.map((key) => `${key}: not text, ignored`);
  take({ where, values, labels: JSON_LABELS, issues });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
