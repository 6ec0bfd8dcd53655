// Reading files is the heavy, pure part of an import: it can run on a worker thread (parse-worker.ts)
// or, when no worker script is available (tests from source, tiny files), right here. Either way the
// answer is plain data that survives postMessage.
import type { CodedReason } from '../../../shared/problem-codes';
import type { ImportFormat } from '../../../shared/model';
import { makeInput } from './input';
import type { ReadOptions, ReadResult } from './plugin';
import { readInput } from './registry';

export interface ReadJobFile {
  name: string;
  bytes: Uint8Array;
}

export interface ReadJob {
  files: ReadJobFile[];
  format: ImportFormat;
  options: ReadOptions;
}

export interface FileRead {
  readerId: string | null;
  reason: string;
  /** The reason, coded (absent for a plugin's plain-string reason). */
  coded?: CodedReason;
  result: ReadResult | null;
}

export async function runReadJob(job: ReadJob, onFile?: (index: number) => void): Promise<FileRead[]> {
  const out: FileRead[] = [];
  for (const [index, file] of job.files.entries()) {
    onFile?.(index);
    const reading = await readInput(makeInput(file.name, file.bytes), job.format, job.options);
    out.push({
      readerId: reading.reader?.id ?? null,
      reason: reading.reason,
      ...(reading.coded ? { coded: reading.coded } : {}),
      result: reading.result,
    });
  }
  return out;
}
