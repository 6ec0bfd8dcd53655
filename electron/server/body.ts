// Reads a request body with a hard cap: the size is checked before reading when declared, and counted
// while streaming otherwise, so an oversized body is never held in memory.
import type { IncomingMessage } from 'node:http';
import { MAX_IMPORT_CHARS } from '../../shared/contract';
import { CrumbsError } from '../../shared/errors';

/** An import's content plus JSON escaping and the rest of the envelope. */
export const DEFAULT_MAX_BODY_BYTES = 2 * MAX_IMPORT_CHARS + 1024 * 1024;

/** After refusing a body, this much more is read and dropped so the client can read the refusal. */
const DRAIN_LIMIT_BYTES = 8 * 1024 * 1024;

function tooLarge(maxBytes: number): CrumbsError {
  return new CrumbsError('TOO_LARGE', `The request body is larger than ${maxBytes} bytes.`);
}

/**
 * Discards what is left of the body. Closing a socket with unread data makes the kernel reset it, which
 * can destroy the refusal before the client reads it; past the limit the connection is cut anyway.
 */
export function drainRequest(req: IncomingMessage): void {
  let dropped = 0;
  req.removeAllListeners('data');
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DRAIN_LIMIT_BYTES) req.destroy();
  });
  req.on('error', () => undefined);
  req.resume();
}

export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > maxBytes) return Promise.reject(tooLarge(maxBytes));
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (err: Error | null): void => {
      if (done) return;
      done = true;
      if (err) reject(err);
      else resolve(Buffer.concat(chunks, size));
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0;
        finish(tooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => finish(null));
    req.on('error', (err) => finish(err));
    req.on('aborted', () => finish(new CrumbsError('VALIDATION', 'The request was aborted.')));
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function parseJsonBody(bytes: Buffer): unknown {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new CrumbsError('VALIDATION', 'The request body is not valid UTF-8.');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CrumbsError('VALIDATION', 'The request body is not valid JSON.');
  }
}
