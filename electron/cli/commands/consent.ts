// `crumbs consent cmps | encode | decode`: consent states as consent platforms store them.
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { CMP_IDS, type CmpId } from '../../../shared/consent';
import { CONSENT_EXPORT_FORMATS } from '../../../shared/contract-consent';
import { CrumbsError } from '../../../shared/errors';
import { writeFileAtomic } from '../../core/storage/atomic-write';
import { oneOf, parseCommand } from '../args';
import { printJson, withCore, type CliContext } from '../context';
import { readTextFile } from './read-text';

export const consentHelp = `crumbs consent cmps
  The consent platforms Crumbs writes and reads, with their options.
crumbs consent encode --cmp ID (--url URL | --site SITE) [--profile NAME] [--options JSON | --options-file FILE]
                      [--format ${CONSENT_EXPORT_FORMATS.join('|')}] [--out FILE] [--write]
  The exact state the platform stores for the profile's choices (default: the active profile), as a Playwright
  storageState (cookies and localStorage), cookies.txt, CDP cookies or the state itself. --write puts it in the jar.
crumbs consent decode [--site SITE] [--file STATE] [--cmp ID --options JSON | --options-file FILE]
  What the jar (or a storageState / cookies file) says was agreed to, per site and platform; a platform's
  options (its service ids) let per-service platforms say more.`;

const NULL = 'not said';

export async function consentCommand(args: string[], ctx: CliContext): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'cmps') {
    const { values } = parseCommand(rest, {}, false);
    const cmps = await withCore(values, ctx, true, (core) => core.client['consent.cmps']({}));
    if (values.json) printJson(ctx.io, cmps);
    else {
      for (const c of cmps) {
        ctx.io.out(`${c.id}  ${c.label}${c.inferred ? ' (encoding inferred from observed values)' : ''}\n`);
        for (const o of c.options) ctx.io.out(`    ${o.name} (default ${o.default}): ${o.description}\n`);
      }
    }
    return 0;
  }
  if (sub === 'encode') return encode(rest, ctx);
  if (sub === 'decode') return decode(rest, ctx);
  throw new CrumbsError(
    'VALIDATION',
    `crumbs consent: expected cmps, encode or decode (got "${sub ?? ''}").`,
  );
}

function optionsOf(json: string | undefined, file: string | undefined): Record<string, unknown> {
  if (json !== undefined && file !== undefined) {
    throw new CrumbsError('VALIDATION', 'Give --options or --options-file, not both.');
  }
  const text = file !== undefined ? readFileSync(file, 'utf8') : json;
  if (text === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new CrumbsError('VALIDATION', `${file ?? '--options'} is not JSON: ${(err as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new CrumbsError(
      'VALIDATION',
      `${file ?? '--options'} must be a JSON object of the platform's options.`,
    );
  }
  const options = parsed as Record<string, unknown>;
  // TCF's vendor list is a file (the GVL JSON a site's CMP loads): named by path, read here.
  const vendorList = options['vendorList'];
  if (typeof vendorList === 'string') {
    const path = file !== undefined && !isAbsolute(vendorList) ? join(dirname(file), vendorList) : vendorList;
    try {
      options['vendorList'] = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    } catch (err) {
      throw new CrumbsError(
        'VALIDATION',
        `options.vendorList: ${path} is not a readable JSON vendor list (${(err as Error).message}).`,
      );
    }
  }
  return options;
}

async function encode(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommand(
    args,
    {
      cmp: { type: 'string' },
      url: { type: 'string' },
      site: { type: 'string' },
      profile: { type: 'string' },
      options: { type: 'string' },
      'options-file': { type: 'string' },
      format: { type: 'string', default: 'playwright' },
      out: { type: 'string' },
      write: { type: 'boolean', default: false },
    },
    false,
  );
  const cmp = oneOf(values.cmp, CMP_IDS, 'cmp') as CmpId | undefined;
  if (cmp === undefined)
    throw new CrumbsError('VALIDATION', `--cmp is required: one of ${CMP_IDS.join(', ')}.`);
  const format = oneOf(values.format, CONSENT_EXPORT_FORMATS, 'format') ?? 'playwright';
  const request = {
    cmp,
    options: optionsOf(values.options, values['options-file']),
    ...(values.url !== undefined ? { url: values.url } : {}),
    ...(values.site !== undefined ? { site: values.site } : {}),
    ...(values.profile !== undefined ? { profile: values.profile } : {}),
  };
  const result = await withCore(values, ctx, !values.write, async (core) => {
    const encoded = await core.client['consent.encode']({ ...request, format });
    const written = values.write ? await core.client['consent.write'](request) : null;
    return { encoded, written };
  });
  const { state, document } = result.encoded;
  if (values.out === undefined) ctx.io.out(document.content);
  else writeFileAtomic(values.out, document.content, 0o600);
  const err = (line: string) => ctx.io.err(line + '\n');
  if (!values.json) {
    err(`${cmp} for ${result.encoded.target.host}, profile ${result.encoded.profile}.`);
    for (const note of state.notes) err(`note: ${note}`);
    for (const [name, value] of Object.entries(state.headers))
      err(`a test must also send the header ${name}: ${value}`);
    for (const script of state.initScripts) err(`and run before the page: ${script}`);
    if (result.written)
      err(`Written into the jar: ${result.written.imported} new, ${result.written.updated} replaced.`);
  }
  return 0;
}

async function decode(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommand(
    args,
    {
      site: { type: 'string' },
      file: { type: 'string' },
      cmp: { type: 'string' },
      options: { type: 'string' },
      'options-file': { type: 'string' },
    },
    false,
  );
  const file = values.file === undefined ? undefined : readTextFile(values.file);
  const cmp = oneOf(values.cmp, CMP_IDS, 'cmp') as CmpId | undefined;
  const given = optionsOf(values.options, values['options-file']);
  if (cmp === undefined && Object.keys(given).length > 0) {
    throw new CrumbsError('VALIDATION', "--options are one platform's: say which with --cmp ID.");
  }
  const readings = await withCore(values, ctx, true, (core) =>
    core.client['consent.decode']({
      ...(values.site !== undefined ? { site: values.site } : {}),
      ...(file ? { file } : {}),
      ...(cmp !== undefined ? { options: { [cmp]: given } } : {}),
    }),
  );
  if (values.json) {
    printJson(
      ctx.io,
      readings.map((r) => ({
        site: r.site,
        cmp: r.cmp,
        categories: r.categories,
        ...(r.services ? { services: r.services } : {}),
        ...(r.decidedAt ? { decidedAt: r.decidedAt } : {}),
        ...(r.expiresAt ? { expiresAt: r.expiresAt } : {}),
        sources: r.sources,
        notes: r.notes,
      })),
    );
    return 0;
  }
  if (readings.length === 0) {
    ctx.io.out('No consent state found.\n');
    return 0;
  }
  for (const r of readings) {
    const words = Object.entries(r.categories)
      .map(([c, v]) => `${c} ${v === null ? NULL : v ? 'accepted' : 'refused'}`)
      .join(', ');
    ctx.io.out(`${r.site} (${r.cmp}): ${words}\n`);
    if (r.decidedAt) ctx.io.out(`  decided ${r.decidedAt}${r.expiresAt ? `, expires ${r.expiresAt}` : ''}\n`);
    if (r.services && Object.keys(r.services).length > 0) {
      const list = Object.entries(r.services).map(([s, v]) => `${s} ${v ? 'on' : 'off'}`);
      ctx.io.out(`  ${list.join(', ')}\n`);
    }
    for (const note of r.notes) ctx.io.out(`  note: ${note}\n`);
  }
  return 0;
}
