// Reading many files in parallel: worker threads running the same program, each reading the files it
// is handed one at a time, the results taken back in the order of the files.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ReportJson } from '../model';

/** One file read: its report (JSON and summary), what the reader noticed, or why it could not be read. */
export interface FileResult {
  json?: ReportJson;
  summary?: string;
  /** The report's own sentences (REUSE's words), asked for when the workbook is written. */
  own?: string;
  notes: string[];
  error?: string;
}

type Read = (path: string) => Promise<FileResult>;

const ROLE = 'nianbao-lens-reader';

/** In a worker started by runPool: read the files handed over until told to stop. True if this is one. */
export function serveIfWorker(read: Read): boolean {
  if (isMainThread || (workerData as { role?: string } | null)?.role !== ROLE) return false;
  parentPort!.on('message', async (m: { index: number; path: string } | null) => {
    if (m === null) return parentPort!.close();
    parentPort!.postMessage({ index: m.index, result: await read(m.path) });
  });
  return true;
}

/**
 * Reads `files` with `jobs` workers running `script` (this program), and hands each result to `done`
 * in the order of the files, whatever order they finish in. A worker that dies fails its file, and a
 * new one takes the rest.
 */
export async function runPool(
  files: string[],
  jobs: number,
  script: URL,
  args: Record<string, unknown>,
  done: (index: number, result: FileResult) => unknown,
): Promise<void> {
  const results = new Map<number, FileResult>();
  let next = 0;
  let flushed = 0;
  const flush = () => {
    while (results.has(flushed)) {
      done(flushed, results.get(flushed)!);
      results.delete(flushed++);
    }
  };
  await new Promise<void>((resolve) => {
    let running = 0;
    const start = () => {
      const worker = new Worker(script, { workerData: { role: ROLE, ...args } });
      running++;
      let current = -1;
      const feed = () => {
        if (next >= files.length) return void worker.postMessage(null);
        current = next++;
        worker.postMessage({ index: current, path: files[current] });
      };
      worker.on('message', (m: { index: number; result: FileResult }) => {
        results.set(m.index, m.result);
        flush();
        feed();
      });
      worker.on('error', (e) => {
        if (current >= 0 && !results.has(current) && current >= flushed) {
          results.set(current, { notes: [], error: String(e?.message ?? e) });
          flush();
        }
      });
      worker.on('exit', () => {
        running--;
        if (next < files.length) start();
        else if (running === 0) resolve();
      });
      feed();
    };
    for (let i = 0; i < Math.min(jobs, files.length); i++) start();
    if (files.length === 0) resolve();
  });
}
