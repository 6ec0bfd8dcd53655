// The contract's policy, catalog and report methods, against the policy services and the jar.
import type { Api } from '../../../shared/contract';
import type { policyContract, PolicyEntryInput } from '../../../shared/contract-policy';
import { CrumbsError } from '../../../shared/errors';
import type { Category } from '../../../shared/category';
import type { SitePolicy, PolicyEntry } from '../../../shared/policy';
import { parseDuration } from '../../../shared/duration';
import { parseDeclaredName } from '../../../shared/name-pattern';
import type { Jar } from '../jar/jar';
import { normalizeSite } from '../jar/site';
import type { UndoBuffer } from '../jar/undo';
import { writePolicyCsv } from './io/write-csv';
import { writePolicyHtml } from './io/write-html';
import { writePolicyJson } from './io/write-json';
import { reportToCsv } from './report/csv';
import { reportToHtml } from './report/html';
import { reportToJson } from './report/json';
import type { PolicyServices } from './service';
import { siteContents } from './contents';

type PolicyApi = Pick<Api, keyof typeof policyContract>;

const MEDIA = {
  json: 'application/json',
  csv: 'text/csv',
  html: 'text/html',
} as const;

export function createPolicyApi(deps: {
  jar: Jar;
  policies: PolicyServices;
  undo: UndoBuffer;
  /** The categories the active consent profile refuses on a site. */
  refusedFor: (site: string) => Category[];
}): PolicyApi {
  const { jar, policies, undo, refusedFor } = deps;

  return {
    async 'policy.import'({ file, site, format, dryRun }) {
      const bytes = Buffer.from(file.content, 'utf8');
      // The page readers (parse5, csv-parse) load when a policy is imported, not with every command.
      const { readPolicy } = await import('./io/read-policy');
      const read = readPolicy(bytes, file.name, {
        format,
        ...(site !== undefined ? { site: normalizeSite(site) } : {}),
      });
      const target = read.site === null ? null : normalizeSite(read.site);
      if (target === null) {
        throw new CrumbsError(
          'VALIDATION',
          `${file.name}: the file does not say which site the policy is for; name it (--site SITE).`,
        );
      }
      if (read.entries.length === 0) {
        throw new CrumbsError(
          'IMPORT_UNREADABLE',
          read.tables === 0
            ? `${file.name}: no cookie table found (a table needs a cookie-name column and a duration column).`
            : `${file.name}: the cookie tables hold no readable row.`,
          { problems: read.problems },
        );
      }
      const previous = policies.store.get(target);
      const policy: SitePolicy = {
        site: target,
        publisher: read.publisher ?? previous?.publisher ?? '',
        language: read.language,
        intro: read.intro,
        sections: read.sections,
        entries: read.entries,
        source: {
          kind: 'imported',
          label: file.name,
          at: new Date().toISOString(),
          url: previous?.source.url ?? null,
          file: file.name,
        },
      };
      let undoId: string | null = null;
      if (!dryRun) undoId = undo.remember({ kind: 'policy', snapshot: await policies.store.put(policy) });
      return {
        file: file.name,
        format: read.format,
        formatReason: read.reason,
        site: target,
        tables: read.tables,
        policy,
        problems: read.problems,
        replaces: previous !== null,
        applied: !dryRun,
        dryRun,
        undoId,
      };
    },

    async 'policy.save'({ site, publisher, entries }) {
      const name = normalizeSite(site);
      const previous = policies.store.get(name);
      const parsed = entries.map(toEntry);
      const categories = new Set(parsed.map((e) => e.category));
      const policy: SitePolicy = {
        site: name,
        publisher: publisher ?? previous?.publisher ?? '',
        language: previous?.language ?? 'en',
        intro: previous?.intro ?? '',
        // Sections whose category lost its last row go; the others keep the page's own headings.
        sections: (previous?.sections ?? []).filter((s) => categories.has(s.category)),
        entries: parsed,
        source: {
          kind: 'edited',
          label: previous ? `${previous.source.label}, edited in Crumbs` : 'Written in Crumbs',
          at: new Date().toISOString(),
          url: previous?.source.url ?? null,
          file: previous?.source.file ?? null,
        },
      };
      const undoId = undo.remember({ kind: 'policy', snapshot: await policies.store.put(policy) });
      return { policy, undoId };
    },

    async 'policy.delete'({ site }) {
      const snapshot = await policies.store.remove(normalizeSite(site));
      if (!snapshot) return { removed: 0, undoId: null };
      return { removed: 1, undoId: undo.remember({ kind: 'policy', snapshot }) };
    },

    async 'policy.export'({ site, format, language }) {
      const name = normalizeSite(site);
      const policy = policies.store.get(name);
      if (!policy) throw new CrumbsError('NOT_FOUND', `Crumbs knows no cookie policy for ${name}.`);
      const content =
        format === 'json'
          ? writePolicyJson(policy)
          : format === 'csv'
            ? writePolicyCsv(policy)
            : writePolicyHtml(policy, language);
      return { content, fileName: `${name}-cookie-policy.${format}`, mediaType: MEDIA[format] };
    },

    async 'catalog.info'() {
      return await policies.catalogInfo();
    },

    async 'catalog.import'({ file, dryRun }) {
      const { readOpenCookieDatabase } = await import('./catalog/open-cookie-database');
      const read = readOpenCookieDatabase(Buffer.from(file.content, 'utf8'), file.name);
      if (read.entries.length === 0) {
        throw new CrumbsError(
          'IMPORT_UNREADABLE',
          `${file.name}: no Open Cookie Database entry could be read.`,
          { problems: read.problems },
        );
      }
      if (!dryRun) await policies.loadCatalog(file.name, read.entries);
      return {
        file: file.name,
        entries: read.entries.length,
        problems: read.problems,
        applied: !dryRun,
        info: await policies.catalogInfo(),
      };
    },

    async 'report.run'({ site }) {
      return await policies.report(
        siteContents(jar, policies, site === undefined ? undefined : normalizeSite(site)),
        Date.now(),
        refusedFor,
      );
    },

    async 'report.export'({ site, format, language }) {
      const name = site === undefined ? undefined : normalizeSite(site);
      const report = await policies.report(siteContents(jar, policies, name), Date.now(), refusedFor);
      const content =
        format === 'json'
          ? reportToJson(report)
          : format === 'csv'
            ? reportToCsv(report)
            : reportToHtml(report, language);
      return {
        content,
        fileName: `${name ?? 'crumbs'}-cookie-report.${format}`,
        mediaType: MEDIA[format],
      };
    },
  };

  function toEntry(input: PolicyEntryInput): PolicyEntry {
    // A /…/ that does not compile reads as an exact name (parseDeclaredName): nothing to refuse here.
    const pattern = parseDeclaredName(input.name);
    return {
      supplier: input.supplier,
      name: pattern.name,
      match: pattern.match,
      type: input.type,
      duration: parseDuration(input.duration),
      function: input.function,
      category: input.category,
    };
  }
}
