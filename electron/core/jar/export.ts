import type { ExportFormat, ExportResult } from '../../../shared/model';
import { serializeExtensionJson, serializeNetscape } from '../formats';
import { toCookieData } from './convert';
import type { Jar } from './jar';

export function exportCookies(
  jar: Jar,
  format: ExportFormat,
  site: string | undefined,
  now = new Date(),
): ExportResult {
  const cookies = (site ? jar.ofSite(site) : jar.live()).map(toCookieData);
  cookies.sort(
    (a, b) =>
      a.domain.localeCompare(b.domain) || a.path.localeCompare(b.path) || a.name.localeCompare(b.name),
  );
  const stem = `crumbs-${site ?? 'jar'}-${now.toISOString().slice(0, 10)}`;
  if (format === 'netscape') {
    return {
      filename: `${stem}.cookies.txt`,
      mediaType: 'text/plain',
      content: serializeNetscape(cookies),
      count: cookies.length,
    };
  }
  return {
    filename: `${stem}.json`,
    mediaType: 'application/json',
    content: serializeExtensionJson(cookies),
    count: cookies.length,
  };
}
