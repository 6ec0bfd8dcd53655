import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CrumbsError } from '../../shared/errors';

export const GLOBAL_OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

/** parseArgs with the global options added, turning its errors into usage errors (exit 2). */
export function parseCommand<O extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: O,
  allowPositionals: boolean,
) {
  try {
    return parseArgs({ args, options: { ...GLOBAL_OPTIONS, ...options }, allowPositionals, strict: true });
  } catch (err) {
    throw new CrumbsError('VALIDATION', err instanceof Error ? err.message : String(err));
  }
}

export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CrumbsError('VALIDATION', `--${option} must be one of ${allowed.join(', ')} (got "${value}").`);
}
