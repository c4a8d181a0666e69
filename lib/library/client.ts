// The library page's writes, as requests to the background (the library's one writer), and its
// exports, made on a Web Worker of the page (a service worker has no URL.createObjectURL).
import { nextTask } from '../base/pause';
import { spareWorker } from './spare-worker';
import { exportBlob, type Across, type FileExport } from './export-file';
import { xlsxBlob } from '../export/xlsx-write';
import type { FromExportWorker, ToExportWorker } from './export-worker';
import { scorecardSheet } from '../export/scorecard';
import type { Scorecard } from '../view/scorecard';
import { sendToBackground, type RecheckSummary } from '../messages';
import type { Annotations, Deleted, Revisited, SavedReport, SavedText } from '../model';
import type { LibraryDb } from '../store/db';

/** Re-checked a few at a time, so that progress shows and no message grows large. */
const RECHECK_BATCH = 10;

export const deleteReport = (id: number) => sendToBackground({ type: 'library-delete', id });

export const restoreReport = (deleted: Deleted) => sendToBackground({ type: 'library-restore', deleted });

export const importBackupText = (text: string) => sendToBackground({ type: 'library-import', text });

export const annotateReport = (id: number, annotations: Annotations) =>
  sendToBackground({ type: 'library-annotate', id, annotations });

/** Own sentences read from saved pages, for the background to keep. */
export const keepTexts = (texts: SavedText[]) => sendToBackground({ type: 'library-texts', texts });

/** Re-checks the reports a batch at a time; `stop` ends it between batches, with what was done. */
export async function recheckAll(
  ids: number[],
  progress: (done: number) => void,
  stop?: AbortSignal,
): Promise<RecheckSummary[]> {
  const out: RecheckSummary[] = [];
  for (let i = 0; i < ids.length && !stop?.aborted; i += RECHECK_BATCH) {
    out.push(...(await sendToBackground({ type: 'library-recheck', ids: ids.slice(i, i + RECHECK_BATCH) })));
    progress(Math.min(ids.length, i + RECHECK_BATCH));
  }
  return out;
}

/** Fetches the reports' addresses again one by one (the background keeps the polite pause), keeping a
 * new version of each that changed; `stop` ends it between reports, with what was done. */
export async function revisitAll(
  ids: number[],
  progress: (done: number) => void,
  stop?: AbortSignal,
): Promise<Revisited[]> {
  const out: Revisited[] = [];
  for (const [i, id] of ids.entries()) {
    if (stop?.aborted) break;
    const result = await sendToBackground({ type: 'library-revisit', id });
    if (result) out.push(result);
    progress(i + 1);
  }
  return out;
}

const exportWorker = spareWorker(() => new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' }));
const deflateWorker = spareWorker(
  () => new Worker(new URL('./deflate-worker.ts', import.meta.url), { type: 'module' }),
);

/** The export workers loaded ahead while the page is idle: once the list has reports, and after each export. */
export function warmExports(): void {
  exportWorker.refill();
  deflateWorker.refill();
}

/** Reports sent to the export worker per message. */
const WORKER_PART = 500;

/** The file of `kind` for these reports, made on the export worker (lib/library/export-worker.ts) with the
 * reports sent in parts, the page given back between them; made here where a worker cannot run or fails.
 * `across` works out what the library finds across the reports (null if stopped): asked for once the
 * reports are sent, so that the worker begins the file meanwhile. `progress` is told how many reports
 * are done; `stop` ends it (null: nothing to download). */
export async function exportFile(
  kind: FileExport,
  reports: SavedReport[],
  across: () => Promise<Across | null>,
  db: LibraryDb,
  progress: (done: number) => void = quiet,
  stop?: AbortSignal,
): Promise<Blob | null> {
  let found: Promise<Across | null> | undefined;
  const foundOnce = () => (found ??= across());
  const inPage = async () => {
    const a = await foundOnce();
    return a && !stop?.aborted ? exportBlob(kind, reports, a, () => db, progress, stop) : null;
  };
  let worker: Worker;
  try {
    worker = exportWorker.take();
  } catch {
    return inPage();
  }
  // The workbook's sheets compressed on a second worker while the next is made; without one, on the first.
  let deflate: Worker | null = null;
  try {
    if (kind === 'xlsx') deflate = deflateWorker.take();
  } catch {
    // Compressed on the export worker.
  }
  try {
    const answer = new Promise<Exclude<FromExportWorker, { done: number }>>((resolve) => {
      worker.onmessage = (e: MessageEvent<FromExportWorker>) =>
        'done' in e.data ? progress(e.data.done) : resolve(e.data);
      worker.onerror = (e) => resolve({ error: e.message });
      // A deflate worker that fails leaves the workbook to be made here.
      if (deflate) deflate.onerror = (e) => resolve({ error: e.message });
    });
    const stopped = new Promise<null>((resolve) => stop?.addEventListener('abort', () => resolve(null)));
    const send = (m: ToExportWorker) => worker.postMessage(m);
    if (deflate) {
      const { port1, port2 } = new MessageChannel();
      deflate.postMessage({ port: port2 }, [port2]);
      worker.postMessage({ type: 'start', kind, deflate: port1 } satisfies ToExportWorker, [port1]);
    } else send({ type: 'start', kind });
    for (let i = 0; i < reports.length; i += WORKER_PART) {
      if (stop?.aborted) return null;
      send({ type: 'part', reports: reports.slice(i, i + WORKER_PART) });
      await nextTask();
    }
    send({ type: 'sent' });
    const a = await foundOnce();
    if (!a || stop?.aborted) return null;
    send({ type: 'end', cross: [...a.cross], reuse: [...a.reuse], lang: a.lang });
    const got = await Promise.race([answer, stopped]);
    if (!got) return null;
    return 'blob' in got ? got.blob : inPage();
  } finally {
    worker.terminate();
    deflate?.terminate();
    warmExports();
  }
}

const quiet = () => undefined;

export const scorecardXlsxBlob = (cards: Scorecard[]) => xlsxBlob([scorecardSheet(cards)]);
