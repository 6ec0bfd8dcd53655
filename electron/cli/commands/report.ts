// `crumbs report [SITE]`: where what sites declare and what the jar holds part ways.
import { CrumbsError } from '../../../shared/errors';
import { DOCUMENT_FORMATS } from '../../../shared/contract-policy';
import { SEVERITIES } from '../../../shared/policy';
import { writeFileAtomic } from '../../core/storage/atomic-write';
import { oneOf, parseCommand } from '../args';
import { printJson, withCore, type CliContext } from '../context';

export const reportHelp = `crumbs report [SITE] [--format ${DOCUMENT_FORMATS.join('|')}] [--out FILE] [--lang en|fr]
  The compliance report for one site or the whole jar: undeclared cookies, declared ones never seen, cookies
  living longer than declared, trackers beyond 13 months (CNIL), consent kept too long, over 180 cookies.
  Without --format, a summary; with it, the report as a document (to stdout without --out).`;

export async function reportCommand(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    { format: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' } },
    true,
  );
  if (positionals.length > 1) throw new CrumbsError('VALIDATION', 'expected at most one SITE.');
  const site = positionals[0];
  const format = oneOf(values.format, DOCUMENT_FORMATS, 'format');
  const language = oneOf(values.lang, ['en', 'fr'] as const, 'lang') ?? 'en';
  const scope = site !== undefined ? { site } : {};
  if (format !== undefined) {
    const doc = await withCore(values, ctx, true, (core) =>
      core.client['report.export']({ ...scope, format, language }),
    );
    if (values.out === undefined) ctx.io.out(doc.content);
    else {
      writeFileAtomic(values.out, doc.content, 0o600);
      if (values.json) printJson(ctx.io, { out: values.out, format });
      else ctx.io.err(`Wrote the report to ${values.out}\n`);
    }
    return 0;
  }
  const report = await withCore(values, ctx, true, (core) => core.client['report.run'](scope));
  if (values.json) {
    printJson(ctx.io, report);
    return 0;
  }
  if (report.findings.length === 0) {
    ctx.io.out(`No findings for ${site ?? `${report.sites.length} sites`}.\n`);
    return 0;
  }
  const counts = SEVERITIES.map((s) => [s, report.findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  ctx.io.out(`${report.findings.length} findings (${counts.join(', ')}):\n`);
  for (const f of report.findings) {
    ctx.io.out(`  [${f.severity}] ${f.site}${f.cookie ? ` ${f.cookie}` : ''}: ${f.message}\n`);
  }
  return 0;
}
