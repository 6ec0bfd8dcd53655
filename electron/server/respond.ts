// Every answer the server writes is a contract Envelope, so the HTTP client reads errors exactly as IPC does.
import type { ServerResponse } from 'node:http';
import type { Envelope } from '../../shared/contract';
import type { ErrorCode, ErrorPayload } from '../../shared/errors';

const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  VALIDATION: 400,
  IMPORT_UNREADABLE: 422,
  IMPORT_INVALID: 422,
  NOT_FOUND: 404,
  LOCKED: 409,
  // The request was sound; the jar waits for the user's agreement first.
  STORAGE_UNPROTECTED: 409,
  TOO_LARGE: 413,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
};

export function statusForCode(code: ErrorCode): number {
  return STATUS_BY_CODE[code] ?? 500;
}

export function sendEnvelope(
  res: ServerResponse,
  status: number,
  envelope: Envelope,
  extraHeaders: Record<string, string> = {},
): void {
  if (res.headersSent || res.writableEnded) return;
  const body = JSON.stringify(envelope);
  res.statusCode = status;
  // API answers and errors are never cached: they can hold cookie data.
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

export function sendError(
  res: ServerResponse,
  status: number,
  error: ErrorPayload,
  extraHeaders: Record<string, string> = {},
): void {
  sendEnvelope(res, status, { ok: false, error }, extraHeaders);
}

export function sendErrorPayload(res: ServerResponse, error: ErrorPayload): void {
  sendError(res, statusForCode(error.code), error);
}
