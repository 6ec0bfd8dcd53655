// readPolicy: one entry point for every policy file. Detects the format, runs its reader, recognises the cookie
// tables and returns what is sound with one problem per row that is not. Never throws on content; only input
// over 10 MiB is refused (TOO_LARGE) before anything is decoded.
import { CrumbsError } from '../../../../shared/errors';
import { normalizeSite } from '../../jar/site';
import { detectFormat, type Detection, type PolicyFormat } from './detect';
import { readCsv } from './csv-reader';
import { Collector, readTables } from './entries';
import { readHtml } from './html-reader';
import { readJson } from './json-reader';
import { readMarkdown } from './markdown-reader';
import type { Outline } from './outline';
import { decodeText, publisherFromSentence } from './text';
import { readText } from './text-reader';
import type { PolicyReadOptions, PolicyReadResult } from './types';

export const MAX_POLICY_BYTES = 10 * 1024 * 1024;

interface Found {
  outline?: Outline;
  hosts: string[];
  publisher: string | null;
  lang: string | null;
  intro: string;
}

function given(format: PolicyFormat, text: string, fileName: string): Detection {
  if (format !== 'json') return { format, reason: `given as ${format}` };
  const detected = detectFormat(text, fileName);
  return { format, reason: 'given as json', ...(detected.format === 'json' ? { json: detected.json } : {}) };
}

function read(detection: Detection, text: string, out: Collector): Found {
  switch (detection.format) {
    case 'html': {
      const doc = readHtml(text);
      return { outline: doc.outline, hosts: doc.hosts, publisher: doc.publisher, lang: doc.lang, intro: '' };
    }
    case 'markdown':
    case 'text': {
      const doc = detection.format === 'text' ? readText(text) : readMarkdown(text);
      return { outline: doc.outline, hosts: doc.hosts, publisher: null, lang: null, intro: '' };
    }
    case 'csv': {
      const csv = readCsv(text, out.fileName);
      if (csv.error) out.problem(out.fileName, `not readable as CSV: ${csv.error}`);
      if (csv.table) readTables([csv.table], out);
      return { hosts: [], publisher: null, lang: null, intro: '' };
    }
    case 'json': {
      if (detection.json === undefined) {
        out.problem(out.fileName, 'not valid JSON');
        return { hosts: [], publisher: null, lang: null, intro: '' };
      }
      const meta = readJson(detection.json, out);
      if (!meta) out.problem(out.fileName, 'JSON without a list of cookie entries');
      return {
        hosts: meta?.site ? [meta.site] : [],
        publisher: meta?.publisher ?? null,
        lang: meta?.language ?? null,
        intro: meta?.intro ?? '',
      };
    }
  }
}

function siteFrom(hosts: string[]): string | null {
  for (const host of hosts) {
    try {
      return normalizeSite(host);
    } catch {
      // A canonical link or title that is no host: try the next clue.
    }
  }
  return null;
}

export function readPolicy(
  bytes: Uint8Array,
  fileName: string,
  options: PolicyReadOptions = {},
): PolicyReadResult {
  if (bytes.length > MAX_POLICY_BYTES) {
    throw new CrumbsError(
      'TOO_LARGE',
      `${fileName} is larger than ${MAX_POLICY_BYTES / (1024 * 1024)} MiB: Crumbs does not read policy files that big.`,
      { limit: MAX_POLICY_BYTES },
    );
  }
  const out = new Collector(fileName);
  const text = decodeText(bytes);
  const detection =
    options.format && options.format !== 'auto'
      ? given(options.format, text, fileName)
      : detectFormat(text, fileName);
  let found: Found = { hosts: [], publisher: null, lang: null, intro: '' };
  try {
    found = read(detection, text, out);
    if (found.outline) readTables(found.outline.tables, out);
  } catch (err) {
    // A reader bug must not lose the whole import: say so, keep what was read.
    out.problem(
      fileName,
      `could not be read to the end: ${err instanceof Error ? err.message : 'unknown error'}`,
    );
  }
  if (out.tables === 0 && detection.format !== 'json') {
    out.problem(fileName, 'no cookie table found: a table needs a cookie name column and a duration column');
  }
  const intro = found.intro || found.outline?.intro() || '';
  let site: string | null = null;
  if (options.site !== undefined) {
    try {
      site = normalizeSite(options.site);
    } catch {
      out.problem(
        fileName,
        `'${options.site.slice(0, 100)}' is not a site name: the file's own site is used`,
      );
    }
  }
  site ??= siteFrom(found.hosts);
  return {
    format: detection.format,
    reason: detection.reason,
    site,
    publisher: found.publisher ?? publisherFromSentence(intro),
    language: found.lang ?? (out.votes.fr > out.votes.en ? 'fr' : 'en'),
    intro,
    sections: out.sections,
    entries: out.entries,
    tables: out.tables,
    problems: out.problemList(),
  };
}
