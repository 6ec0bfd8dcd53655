// The worker thread's entry: runs one read job and answers with the readings or the error's payload.
// Built next to each host's bundle (out/cli/parse-worker.mjs, out/main/parse-worker.js).
import { parentPort } from 'node:worker_threads';
import { toErrorPayload } from '../../../shared/errors';
import { runReadJob, type ReadJob } from './read-job';

parentPort?.once('message', (job: ReadJob) => {
  runReadJob(job, (index) => parentPort?.postMessage({ kind: 'file', index }))
    .then((readings) => parentPort?.postMessage({ kind: 'done', readings }))
    .catch((err: unknown) => parentPort?.postMessage({ kind: 'error', error: toErrorPayload(err) }));
});
