/** Entry point of a scan worker thread (bundled as dist/scan-worker.js); see parallel-scan.ts. */
import { parentPort, workerData } from 'node:worker_threads';
import { answerRequest, type WorkerRequest } from './parallel-scan';
import { Scanner, type ScanOptions } from './scanner';
import { warmUp } from './scan-warm-up';

const scanner = new Scanner((workerData as { scanOptions: ScanOptions }).scanOptions);
warmUp(scanner); // see scan-warm-up.ts: fewer recompilations of the hot code

parentPort?.on('message', (message: WorkerRequest) => {
  try {
    parentPort!.postMessage(answerRequest(scanner, message));
  } catch (e) {
    parentPort!.postMessage({ id: message.id, results: [], error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
