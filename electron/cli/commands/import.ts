import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { IMPORT_FORMATS, type ImportReport } from '../../../shared/model';
import { CrumbsError } from '../../../shared/errors';
import { oneOf, parseCommand } from '../args';
import { printJson, withCore, type CliContext } from '../context';
import { IMPORT_LIMITS, type ImportBytes } from '../../core/jar/import';
import { readFileCopy } from '../../core/formats/browser-db';
import { findBrowserProfiles } from '../../core/browsers';

export const importHelp = `crumbs import FILE... [--format auto|${IMPORT_FORMATS.filter((f) => f !== 'auto').join('|')}]
             [--dry-run] [--skip-invalid] [--url URL] [--site SITE] [--har-request-cookies]
             [--keyring-secret-file FILE] [--max-size MiB] [--browser NAME[/PROFILE]]
  Imports cookies (and localStorage from Playwright storageState) from files; \`crumbs formats\` lists them.
  Nothing changes when any cookie is rejected, unless --skip-invalid imports the valid part.
  --url: where Set-Cookie lines came from; --site: where a Cookie: header was sent;
  --keyring-secret-file (or CRUMBS_KEYRING_SECRET): Chromium's "Safe Storage" secret for v11 values;
  --browser: import from an installed browser profile (see crumbs browsers), read from a copy.`;

export async function importCommand(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    {
      format: { type: 'string', default: 'auto' },
      'dry-run': { type: 'boolean', default: false },
      'skip-invalid': { type: 'boolean', default: false },
      url: { type: 'string' },
      site: { type: 'string' },
      'har-request-cookies': { type: 'boolean', default: false },
      'keyring-secret-file': { type: 'string' },
      'max-size': { type: 'string' },
      browser: { type: 'string' },
    },
    true,
  );
  const format = oneOf(values.format, IMPORT_FORMATS, 'format') ?? 'auto';
  const maxBytes = maxSizeOf(values['max-size']);
  const paths = [...positionals, ...(values.browser ? [browserCookieFile(values.browser, ctx.env)] : [])];
  if (paths.length === 0)
    throw new CrumbsError('VALIDATION', 'Name at least one file to import, or --browser NAME.');
  const files = await Promise.all(paths.map((path) => readInput(path, maxBytes)));
  const keyringSecret = values['keyring-secret-file']
    ? readFileSync(values['keyring-secret-file'], 'utf8').trim()
    : ctx.env.CRUMBS_KEYRING_SECRET;

  const report = await withCore(values, ctx, false, (core) =>
    core.importFiles(files, {
      format,
      dryRun: values['dry-run'] ?? false,
      skipInvalid: values['skip-invalid'] ?? false,
      harRequestCookies: values['har-request-cookies'] ?? false,
      ...(values.url !== undefined ? { url: values.url } : {}),
      ...(values.site !== undefined ? { site: values.site } : {}),
      ...(keyringSecret ? { keyringSecret } : {}),
      ...(maxBytes !== undefined ? { maxBytes } : {}),
    }),
  );
  if (values.json) {
    printJson(ctx.io, report);
  } else {
    ctx.io.out(describeReport(report));
  }
  const blocked = report.rejected.length > 0 && !values['skip-invalid'] && !report.dryRun;
  return blocked ? 2 : 0;
}

function maxSizeOf(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const mib = Number(raw);
  if (!Number.isFinite(mib) || mib <= 0)
    throw new CrumbsError('VALIDATION', `--max-size must be a number of MiB (got "${raw}").`);
  return Math.floor(mib * 1048576);
}

/** A browser database is read from a copy with its -wal file merged, so recent changes come along. */
async function readInput(path: string, maxBytes: number | undefined): Promise<ImportBytes> {
  const bytes = readBytes(path, maxBytes);
  if (bytes.subarray(0, 16).toString('latin1') !== 'SQLite format 3\u0000')
    return { name: basename(path), bytes };
  const copy = await readFileCopy(path, maxBytes !== undefined ? { maxBytes } : {});
  return { name: copy.name, bytes: copy.bytes, notes: copy.notes };
}

/** "firefox", "chrome/Profile 1", "brave/Default": the first matching profile of `crumbs browsers`. */
function browserCookieFile(spec: string, env: NodeJS.ProcessEnv): string {
  const [browser, profile] = spec.split('/', 2);
  const profiles = findBrowserProfiles({ env });
  const found = profiles.find(
    (p) => p.browser === browser && (profile === undefined || p.profile === profile),
  );
  if (!found) {
    const known =
      profiles.map((p) => `${p.browser}/${p.profile}`).join(', ') || 'none found on this computer';
    throw new CrumbsError('VALIDATION', `No browser profile "${spec}". Profiles: ${known}.`);
  }
  return found.cookieFile;
}

function readBytes(path: string, maxBytes: number | undefined): Buffer {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new CrumbsError('IMPORT_UNREADABLE', `Cannot read ${path}: no such file.`);
  }
  // Checked before reading: a huge file is refused without being loaded.
  const cap = maxBytes ?? IMPORT_LIMITS.databaseBytes;
  if (size > cap) {
    throw new CrumbsError(
      'TOO_LARGE',
      `${path} is ${Math.round(size / 1048576)} MiB; the limit is ${Math.round(cap / 1048576)} MiB (raise it with --max-size).`,
    );
  }
  try {
    return readFileSync(path);
  } catch (err) {
    throw new CrumbsError(
      'IMPORT_UNREADABLE',
      `Cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

export function describeReport(r: ImportReport): string {
  const lines: string[] = [];
  for (const f of r.files) {
    lines.push(
      `${f.name}: ${f.format ?? 'unknown format'} (${f.formatReason}), ${f.cookies} cookie${f.cookies === 1 ? '' : 's'}`,
    );
  }
  const tentative = r.dryRun || (!r.applied && r.rejected.length > 0);
  const verb = tentative ? 'would be ' : '';
  lines.push(
    `${r.imported} ${verb}imported, ${r.updated} ${verb}updated, ${r.skipped} skipped (expired), ${r.rejected.length} rejected`,
  );
  if (r.storage.imported + r.storage.updated > 0) {
    lines.push(`localStorage: ${r.storage.imported} ${verb}imported, ${r.storage.updated} ${verb}updated`);
  }
  for (const p of r.rejected) lines.push(`  ${p.where}: ${p.reason}`);
  if (r.warnings.length > 0) {
    lines.push(`${r.warnings.length} warning${r.warnings.length === 1 ? '' : 's'}:`);
    for (const p of r.warnings) lines.push(`  ${p.where}: ${p.reason}`);
  }
  if (r.dryRun) lines.push('Dry run: the jar was not changed.');
  else if (!r.applied && r.rejected.length > 0) {
    lines.push(
      'Nothing was imported because of the rejected cookies. Fix them, or use --skip-invalid to import the rest.',
    );
  }
  return lines.join('\n') + '\n';
}
