// `crumbs policy import|show|export`: a site's declared cookie policy.
import { CrumbsError } from '../../../shared/errors';
import { CATEGORIES } from '../../../shared/category';
import { DOCUMENT_FORMATS, POLICY_IMPORT_FORMATS } from '../../../shared/contract-policy';
import { formatDuration } from '../../../shared/duration';
import { formatDeclaredName } from '../../../shared/name-pattern';
import type { PolicyEntry, SitePolicy } from '../../../shared/policy';
import { writeFileAtomic } from '../../core/storage/atomic-write';
import { oneOf, parseCommand } from '../args';
import { printJson, withCore, type CliContext } from '../context';
import { readTextFile } from './read-text';

export const policyHelp = `crumbs policy import FILE [--site SITE] [--format ${POLICY_IMPORT_FORMATS.join('|')}] [--dry-run]
  Reads a cookie policy (a saved page, Markdown, CSV or JSON): the tables naming a cookie and a duration.
  Rows that cannot be read are listed with the reason; the rest replaces the site's policy.
crumbs policy show SITE
  The site's declared cookies by category, each duration as written and as Crumbs reads it.
crumbs policy export SITE [--format ${DOCUMENT_FORMATS.join('|')}] [--out FILE]
  The policy as JSON (re-importable), CSV, or an HTML page a site owner could publish.`;

export async function policyCommand(args: string[], ctx: CliContext): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'import') return policyImport(rest, ctx);
  if (sub === 'show') return policyShow(rest, ctx);
  if (sub === 'export') return policyExport(rest, ctx);
  throw new CrumbsError('VALIDATION', `crumbs policy: expected import, show or export (got "${sub ?? ''}").`);
}

function onePositional(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new CrumbsError('VALIDATION', `expected one ${what}.`);
  return positionals[0]!;
}

async function policyImport(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    {
      site: { type: 'string' },
      format: { type: 'string', default: 'auto' },
      'dry-run': { type: 'boolean', default: false },
    },
    true,
  );
  const file = readTextFile(onePositional(positionals, 'FILE'));
  const format = oneOf(values.format, POLICY_IMPORT_FORMATS, 'format') ?? 'auto';
  const dryRun = values['dry-run'] ?? false;
  const report = await withCore(values, ctx, dryRun, (core) =>
    core.client['policy.import']({
      file,
      format,
      dryRun,
      ...(values.site !== undefined ? { site: values.site } : {}),
    }),
  );
  if (values.json) {
    printJson(ctx.io, {
      ...report,
      policy: { ...report.policy, entries: report.policy.entries.map(entryJson) },
    });
    return 0;
  }
  const rows = report.policy.entries.length;
  ctx.io.out(
    `${file.name}: ${report.format} (${report.formatReason}); ${report.tables} cookie table${report.tables === 1 ? '' : 's'}, ` +
      `${rows} declared cookie${rows === 1 ? '' : 's'} for ${report.site}.\n`,
  );
  for (const p of report.problems) ctx.io.out(`  not read: ${p.where}: ${p.reason}\n`);
  ctx.io.out(
    dryRun
      ? 'Dry run: nothing changed.\n'
      : `${report.replaces ? 'Replaced' : 'Saved'} the cookie policy of ${report.site}.\n`,
  );
  return 0;
}

async function policyShow(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommand(args, {}, true);
  const site = onePositional(positionals, 'SITE');
  const detail = await withCore(values, ctx, true, (core) => core.client['sites.get']({ site }));
  if (!detail.policy) throw new CrumbsError('NOT_FOUND', `Crumbs knows no cookie policy for ${detail.site}.`);
  if (values.json) {
    printJson(ctx.io, {
      site: detail.policy.site,
      publisher: detail.policy.publisher,
      source: detail.policy.source,
      entries: detail.policy.entries.map(entryJson),
    });
    return 0;
  }
  // The declared names (as written: `_ga_*`) some stored cookie matched.
  const stored = new Set(
    detail.cookies.filter((c) => c.classification.by === 'policy').map((c) => c.classification.matched),
  );
  ctx.io.out(describePolicy(detail.policy, stored));
  return 0;
}

async function policyExport(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    { format: { type: 'string', default: 'json' }, out: { type: 'string' }, lang: { type: 'string' } },
    true,
  );
  const site = onePositional(positionals, 'SITE');
  const format = oneOf(values.format, DOCUMENT_FORMATS, 'format') ?? 'json';
  const language = oneOf(values.lang, ['en', 'fr'] as const, 'lang') ?? 'en';
  const doc = await withCore(values, ctx, true, (core) =>
    core.client['policy.export']({ site, format, language }),
  );
  if (values.out === undefined) {
    ctx.io.out(doc.content);
    return 0;
  }
  writeFileAtomic(values.out, doc.content, 0o600);
  if (values.json) printJson(ctx.io, { out: values.out, format });
  else ctx.io.err(`Wrote the cookie policy of ${site} to ${values.out}\n`);
  return 0;
}

/** The JSON shape scripts get: the name as declared (`_ga_*`), the duration as written and as read. */
function entryJson(e: PolicyEntry) {
  return {
    supplier: e.supplier,
    name: formatDeclaredName(e),
    match: e.match,
    type: e.type,
    duration: e.duration,
    function: e.function,
    category: e.category,
  };
}

function describePolicy(policy: SitePolicy, stored: ReadonlySet<string | null>): string {
  const lines = [
    `${policy.site} — ${policy.publisher || 'publisher unknown'} (${policy.source.kind}: ${policy.source.label}, ${policy.source.at.slice(0, 10)})`,
  ];
  for (const category of CATEGORIES) {
    const entries = policy.entries.filter((e) => e.category === category);
    if (entries.length === 0) continue;
    const heading = policy.sections.find((s) => s.category === category)?.heading ?? category;
    lines.push('', `${heading}:`);
    for (const e of entries) {
      const read = formatDuration(e.duration, 'en');
      const duration = read === e.duration.raw ? read : `${e.duration.raw} (${read})`;
      const mark = e.type !== 'cookie' ? e.type : stored.has(formatDeclaredName(e)) ? 'stored' : 'not stored';
      lines.push(`  ${formatDeclaredName(e)}  [${mark}]  ${e.supplier}  ${duration}`);
      if (e.function) lines.push(`      ${e.function}`);
    }
  }
  return lines.join('\n') + '\n';
}
