// Errors cross every boundary (IPC, HTTP, CLI) as { code, message, details }: never as stack traces.
import { z } from 'zod';

export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'IMPORT_UNREADABLE',
  'IMPORT_INVALID',
  'LOCKED',
  'KEY_UNAVAILABLE',
  'JAR_CORRUPT',
  'DATA_CORRUPT',
  /** Cookie values would be written under a key the OS does not protect, and the user has not agreed. */
  'STORAGE_UNPROTECTED',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'TOO_LARGE',
  'INTERNAL',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorPayload = z.object({
  code: ErrorCode,
  message: z.string(),
  details: z.unknown().optional(),
});
export type ErrorPayload = z.infer<typeof ErrorPayload>;

export class CrumbsError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'CrumbsError';
    this.code = code;
    this.details = details;
  }
  toPayload(): ErrorPayload {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** Turns anything thrown into a payload safe to send: unknown errors become INTERNAL with no stack. */
export function toErrorPayload(err: unknown): ErrorPayload {
  if (err instanceof CrumbsError) return err.toPayload();
  if (err instanceof z.ZodError) {
    return {
      code: 'VALIDATION',
      message: err.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '),
    };
  }
  return {
    code: 'INTERNAL',
    message: 'Something went wrong inside Crumbs. The details were written to its log.',
  };
}

export function fromErrorPayload(payload: unknown): CrumbsError {
  const parsed = ErrorPayload.safeParse(payload);
  if (!parsed.success) return new CrumbsError('INTERNAL', 'The answer could not be read.');
  return new CrumbsError(parsed.data.code, parsed.data.message, parsed.data.details);
}
