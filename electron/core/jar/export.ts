import type { CookieKey, ExportFormat, ExportResult } from '../../../shared/model';
import { CrumbsError } from '../../../shared/errors';
import { writerFor } from '../formats/registry';
import { toCookieData } from './convert';
import type { Jar } from './jar';

export interface ExportRequest {
  format: ExportFormat;
  site?: string;
  keys?: CookieKey[];
  url?: string;
}

export function exportCookies(jar: Jar, request: ExportRequest, now = new Date()): ExportResult {
  const writer = writerFor(request.format);
  if (writer.needsUrl && !request.url) {
    throw new CrumbsError('VALIDATION', `A ${writer.label} is for one URL: give it (--url https://…).`);
  }
  let tough = request.site ? jar.ofSite(request.site) : jar.live();
  if (request.keys) {
    const wanted = new Set(request.keys.map((k) => `${k.domain}\u0000${k.path}\u0000${k.name}`));
    tough = tough.filter((c) => wanted.has(`${c.domain}\u0000${c.path}\u0000${c.key}`));
  }
  const cookies = tough.map(toCookieData);
  cookies.sort(
    (a, b) =>
      a.domain.localeCompare(b.domain) || a.path.localeCompare(b.path) || a.name.localeCompare(b.name),
  );
  // A selection of cookies carries no localStorage; a site or the whole jar does.
  const storage = request.keys ? [] : request.site ? jar.storageOfSite(request.site) : jar.storageEntries();
  const { content, lost } = writer.write(
    { cookies, storage },
    { nowSec: Math.floor(now.getTime() / 1000), ...(request.url ? { url: request.url } : {}) },
  );
  const scope = request.site ?? (request.keys ? 'selection' : 'jar');
  return {
    filename: `crumbs-${scope}-${now.toISOString().slice(0, 10)}${writer.extension}`,
    mediaType: writer.mediaType,
    content,
    count: cookies.length,
    lost,
  };
}
