// An adapter with its options type erased behind its own schema: the API parses a user's options with the
// adapter's schema, so callers hold every adapter in one list without knowing each options type.
import { ZodError } from 'zod';
import type { Choices, CmpId, ConsentReading, ConsentState } from '../../../shared/consent';
import { CrumbsError } from '../../../shared/errors';
import type { CmpAdapter, Detection, EncodeContext, OptionDoc, StoredState } from './adapter';

export interface RegisteredAdapter {
  id: CmpId;
  label: string;
  inferred: boolean;
  optionDocs: OptionDoc[];
  detect(state: StoredState): Detection | null;
  decode(state: StoredState, rawOptions?: unknown): ConsentReading | null;
  encode(choices: Choices, rawOptions: unknown, context: EncodeContext): ConsentState;
}

export function register<O>(adapter: CmpAdapter<O>): RegisteredAdapter {
  const parse = (raw: unknown): O => {
    try {
      return adapter.options.parse(raw ?? {});
    } catch (err) {
      if (err instanceof ZodError) {
        const issue = err.issues[0];
        const at = issue?.path.length ? `options.${issue.path.join('.')}` : 'options';
        throw new CrumbsError('VALIDATION', `${adapter.id}: ${at}: ${issue?.message ?? 'invalid'}`);
      }
      throw err;
    }
  };
  return {
    id: adapter.id,
    label: adapter.label,
    inferred: adapter.inferred,
    optionDocs: adapter.optionDocs,
    detect: (state) => adapter.detect(state),
    decode(state, raw) {
      const reading = adapter.decode(state, parse(raw));
      return reading && { cmp: adapter.id, ...reading };
    },
    encode: (choices, raw, context) => ({ cmp: adapter.id, ...adapter.encode(choices, parse(raw), context) }),
  };
}
