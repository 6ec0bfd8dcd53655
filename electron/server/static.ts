// Serves the built renderer over HTTP; which files are reachable is decided by core/assets/renderer-files.
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentTypeFor } from '../../shared/web';
import { findRendererFile } from '../core/assets/renderer-files';
import { sendError } from './respond';

export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  rawPathname: string,
  rendererDir: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendError(
      res,
      405,
      { code: 'VALIDATION', message: 'Only GET and HEAD are answered outside /api.' },
      { Allow: 'GET, HEAD' },
    );
    return;
  }
  const found = await findRendererFile(rendererDir, rawPathname);
  if ('refused' in found) {
    if (found.refused === 'bad-path')
      sendError(res, 400, { code: 'VALIDATION', message: 'This path is not allowed.' });
    else sendError(res, 404, { code: 'NOT_FOUND', message: 'No such file.' });
    return;
  }
  const { file, size } = found;
  res.statusCode = 200;
  res.setHeader('Content-Type', contentTypeFor(file));
  res.setHeader('Content-Length', size);
  res.setHeader('Cache-Control', 'no-cache');
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((resolve) => {
    const stream = createReadStream(file);
    stream.on('error', () => {
      res.destroy();
      resolve();
    });
    stream.on('end', () => resolve());
    stream.pipe(res);
  });
}
