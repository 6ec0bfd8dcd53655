// Both transports hand createClient an Envelope; anything else that comes back is turned into an error
// envelope here, so the UI sees one kind of failure (a CrumbsError) whatever went wrong underneath.
import { z } from 'zod';
import type { Envelope } from '../../shared/contract';
import type { ErrorCode } from '../../shared/errors';

const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
  }),
]);

export function failure(code: ErrorCode, message: string): Envelope {
  return { ok: false, error: { code, message } };
}

export function parseEnvelope(raw: unknown): Envelope | null {
  const parsed = EnvelopeSchema.safeParse(raw);
  return parsed.success ? (parsed.data as Envelope) : null;
}
