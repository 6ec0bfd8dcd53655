// Runs a read job on a worker thread when the host has said where the worker script is and the input is
// big enough to be worth a thread (a parse of 64 MiB takes seconds: the app's main process, the browser-
// mode server and the progress events keep going meanwhile). Otherwise reads in this thread.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { CrumbsError, fromErrorPayload } from '../../../shared/errors';
import { runReadJob, type FileRead, type ReadJob } from './read-job';

/** Below this many bytes in all, a thread costs more than it saves. */
const WORKER_THRESHOLD = 1024 * 1024;

let workerScript: string | null = null;
let trace: ((line: string) => void) | undefined;

/**
 * Hosts that must stay responsive (the app's main process, browser mode) call this once with the built
 * worker's path; a path that does not exist turns workers off. `onWorker` hears each use (diagnostics).
 */
export function setParseWorkerScript(path: string | null, onWorker?: (line: string) => void): void {
  workerScript = path && existsSync(path) ? path : null;
  trace = onWorker;
}

export function parseWorkerScript(): string | null {
  return workerScript;
}

type WorkerAnswer =
  | { kind: 'file'; index: number }
  | { kind: 'done'; readings: FileRead[] }
  | { kind: 'error'; error: unknown };

export async function readOffThread(job: ReadJob, onFile?: (index: number) => void): Promise<FileRead[]> {
  const size = job.files.reduce((n, f) => n + f.bytes.length, 0);
  if (!workerScript || size < WORKER_THRESHOLD) return runReadJob(job, onFile);
  const script = workerScript;
  trace?.(`reading ${job.files.length} file(s), ${size} bytes, on a worker thread`);
  return new Promise<FileRead[]>((resolve, reject) => {
    const worker = new Worker(script);
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on('message', (answer: WorkerAnswer) => {
      if (answer.kind === 'file') onFile?.(answer.index);
      else if (answer.kind === 'done') finish(() => resolve(answer.readings));
      else finish(() => reject(fromErrorPayload(answer.error)));
    });
    worker.on('error', (err) =>
      finish(() => reject(new CrumbsError('INTERNAL', `The file reader stopped: ${err.message}`))),
    );
    worker.on('exit', (code) =>
      finish(() => reject(new CrumbsError('INTERNAL', `The file reader exited early (${code}).`))),
    );
    worker.postMessage(job);
  });
}
