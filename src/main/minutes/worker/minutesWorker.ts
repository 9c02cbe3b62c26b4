/**
 * The minutes worker thread (bundled as its own entry, out/main/minutesWorker.cjs):
 * makes a minutes file from a session's log, or checks a file against it, one job
 * at a time, answering each with one message, so the hub's own thread never spends
 * the seconds a long session's PDF takes. Everything but better-sqlite3's native
 * binding is bundled in it, pdf.js and fflate (development dependencies the packed
 * app's node_modules does not hold) included.
 */
import '../../hub/documents/pdfCheck/silenceWorkerConsole';
import '../../../renderer/pdf/polyfills';
import { parentPort, workerData } from 'node:worker_threads';
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { useSqliteBinding } from '../../hub/store/sqliteBinding';
import { useMinutesFontsDir } from '../render/minutesFontsDir';
import type { MinutesJob, MinutesJobAnswer, MinutesWorkerData } from './minutesWorkerMessages';
import { runMinutesJob } from './runMinutesJob';

// pdf.js looks here for its parser before trying to load a worker script of its own.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

const data = workerData as MinutesWorkerData;
useSqliteBinding(data.sqliteBinding);
useMinutesFontsDir(data.fontsDir);

if (!parentPort) throw new Error('The minutes worker runs only as a worker thread');
const port = parentPort;
port.on('message', (job: MinutesJob) => {
  void runMinutesJob(job)
    .catch((error: unknown): MinutesJobAnswer => ({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }))
    .then((answer) => port.postMessage(answer, answer.kind === 'made' ? [answer.bytes] : []));
});
