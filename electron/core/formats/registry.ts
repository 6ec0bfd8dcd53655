// Every format Crumbs reads and writes, and how a file's format is found: binary signatures first, then
// the JSON shapes (the specific ones before the generic extension array), then the text formats (the
// most lenient, cookies.txt, last). A named format skips detection but says when the file does not look
// like it.
import { codedFields, reasonFor, type CodedReason, type Reason } from '../../../shared/problem-codes';
import type { ExportFormat, ImportFormat } from '../../../shared/model';
import { CrumbsError } from '../../../shared/errors';
import { extensionJsonReader, extensionJsonWriter, netscapeReader, netscapeWriter } from './builtin';
import { looksBinary } from './input';
import type { ReadInput, ReadOptions, ReadResult, Reader, Writer } from './plugin';
import { PLUGGED_READERS, PLUGGED_WRITERS } from './plugged';

const KIND_ORDER: Reader['kind'][] = ['binary', 'json', 'text'];

function ordered(readers: Reader[]): Reader[] {
  // Within a kind, the generic readers go last so that a specific shape is never taken for them.
  const last = new Set<string>(['extension-json', 'netscape']);
  return KIND_ORDER.flatMap((kind) => [
    ...readers.filter((r) => r.kind === kind && !last.has(r.id)),
    ...readers.filter((r) => r.kind === kind && last.has(r.id)),
  ]);
}

export const READERS: Reader[] = ordered([netscapeReader, extensionJsonReader, ...PLUGGED_READERS]);
export const WRITERS: Writer[] = [netscapeWriter, extensionJsonWriter, ...PLUGGED_WRITERS];

export function readerById(id: string): Reader | undefined {
  return READERS.find((r) => r.id === id);
}

export interface Detected {
  reader: Reader | null;
  /** Why, in English; `coded` says the same for the UI (absent for a plugin's plain-string reason). */
  reason: string;
  coded?: CodedReason;
}

/** A reader's or the registry's reason, as `Detected` carries it. */
function because(reader: Reader | null, reason: Reason): Detected {
  return { reader, reason: reason.reason, coded: codedFields(reason) };
}

export function detect(input: ReadInput, among: Reader[] = READERS): Detected {
  if (input.bytes.length === 0) return because(null, reasonFor('FILE_EMPTY'));
  const binary = looksBinary(input.bytes);
  for (const reader of among) {
    if ((reader.kind === 'binary') !== binary) continue;
    const reason = reader.sniff(input);
    if (reason !== null) return because(reader, reason);
  }
  if (binary) return because(null, reasonFor('BINARY_UNKNOWN'));
  const text = input.text().trimStart();
  if ((text.startsWith('[') || text.startsWith('{')) && !input.json()) {
    return because(extensionJsonReader, reasonFor('JSON_INVALID_START', { first: text.charAt(0) }));
  }
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  return because(null, reasonFor('NO_KNOWN_FORMAT', { line: JSON.stringify(firstLine.slice(0, 60)) }));
}

export interface FileReading {
  reader: Reader | null;
  reason: string;
  coded?: CodedReason;
  result: ReadResult | null;
}

/** Reads one file in the given format ('auto' detects, 'json' detects among the JSON shapes). */
export async function readInput(
  input: ReadInput,
  format: ImportFormat,
  options: ReadOptions,
): Promise<FileReading> {
  let found: Detected;
  if (format === 'auto') found = detect(input);
  else if (format === 'json') {
    found = detect(
      input,
      READERS.filter((r) => r.kind === 'json'),
    );
  } else {
    const reader = readerById(format);
    if (!reader) throw new CrumbsError('VALIDATION', `Unknown import format "${format}".`);
    const looks = reader.kind === 'binary' || !looksBinary(input.bytes) ? reader.sniff(input) : null;
    const label = reader.label;
    found = looks
      ? because(reader, reasonFor('READ_AS_ASKED', { label }, [looks]))
      : because(reader, reasonFor('READ_AS_ASKED_UNLIKE_BARE', { label }));
  }
  if (!found.reader) return { ...found, reader: null, result: null };
  const result = await found.reader.read(input, options);
  return { ...found, reader: found.reader, result };
}

export function writerFor(format: ExportFormat): Writer {
  const id = format === 'json' ? 'extension-json' : format;
  const writer = WRITERS.find((w) => w.id === id);
  if (!writer) throw new CrumbsError('VALIDATION', `Crumbs cannot write the format "${format}" yet.`);
  return writer;
}
