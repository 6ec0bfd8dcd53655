import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/model';

/** A Cookie header and a curl command are for one URL: only the cookies that URL would get go in. */
const URL_FORMATS: readonly ExportFormat[] = ['header', 'curl'];

export function needsUrl(format: ExportFormat): boolean {
  return URL_FORMATS.includes(format);
}

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}
