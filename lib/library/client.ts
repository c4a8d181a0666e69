// The library page's writes, as requests to the background (the library's one writer), and its
// exports, built in the page (a service worker has no URL.createObjectURL).
import { nextTask } from '../base/pause';
import writeXlsxFile from 'write-excel-file/browser';
import { backupParts } from '../export/backup';
import { csvParts } from '../export/csv';
import { findingsParts, findingWords, type FindingWords } from '../export/findings';
import { xlsxSheets, type SheetSpec } from '../export/xlsx';
import { XLSX_OPTIONS } from '../export/xlsx-filter';
import type { FromXlsxWorker, ToXlsxWorker } from './xlsx-worker';
import { scorecardSheet } from '../export/scorecard';
import type { Scorecard } from '../view/scorecard';
import { sendToBackground, type RecheckSummary } from '../messages';
import type { Annotations, Deleted, Finding, Revisited, SavedReport, SavedText } from '../model';
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

/** Reports per part of an export. */
const BATCH = 100;

/** Parts of `total` reports, BATCH a part, gathered into a Blob, the page given back between them and
 * `progress` told how many reports are done; `stop` ends it between parts (null: nothing to download). */
async function blobOf(
  parts: Iterable<string> | AsyncIterable<string>,
  type: string,
  total: number,
  progress: (done: number) => void,
  stop?: AbortSignal,
): Promise<Blob | null> {
  // Each part made a Blob at once: its text leaves the page's heap, and the file at the end is a list of
  // parts, not one encoding of hundreds of megabytes in one task.
  const out: Blob[] = [];
  let done = 0;
  for await (const part of parts) {
    if (stop?.aborted) return null;
    out.push(new Blob([part]));
    progress((done = Math.min(total, done + BATCH)));
    await nextTask();
  }
  return new Blob(out, { type });
}

const quiet = () => undefined;

export const csvBlob = (reports: SavedReport[], progress: (done: number) => void = quiet, stop?: AbortSignal) =>
  blobOf(csvParts(reports, BATCH), 'text/csv;charset=utf-8', reports.length, progress, stop);

export const findingsBlob = (
  reports: SavedReport[],
  cross: Map<number, Finding[]>,
  words: FindingWords,
  progress: (done: number) => void = quiet,
  stop?: AbortSignal,
) => blobOf(findingsParts(reports, cross, words, BATCH), 'text/csv;charset=utf-8', reports.length, progress, stop);

export const sheetsXlsxBlob = (sheets: SheetSpec[]) => writeXlsxFile(sheets, XLSX_OPTIONS).toBlob();

/** Reports sent to the XLSX worker per message. */
const XLSX_PART = 500;

/** The library's workbook, written on a Web Worker (lib/library/xlsx-worker.ts) with the reports sent in
 * parts, the page given back between them; written here where a worker cannot run. `stop` ends it
 * (null: nothing to download). */
export async function xlsxBlob(
  reports: SavedReport[],
  cross: Map<number, Finding[]>,
  reuse: Map<number, number> = new Map(),
  lang = 'zh',
  progress: (done: number) => void = quiet,
  stop?: AbortSignal,
): Promise<Blob | null> {
  const inPage = () => sheetsXlsxBlob(xlsxSheets(reports, cross, reuse, findingWords(lang)));
  let worker: Worker;
  try {
    worker = new Worker(new URL('./xlsx-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return inPage();
  }
  try {
    const answer = new Promise<FromXlsxWorker>((resolve) => {
      worker.onmessage = (e: MessageEvent<FromXlsxWorker>) => resolve(e.data);
      worker.onerror = (e) => resolve({ error: e.message });
    });
    const stopped = new Promise<null>((resolve) => stop?.addEventListener('abort', () => resolve(null)));
    for (let i = 0; i < reports.length; i += XLSX_PART) {
      if (stop?.aborted) return null;
      worker.postMessage({ type: 'part', reports: reports.slice(i, i + XLSX_PART) } satisfies ToXlsxWorker);
      progress(Math.min(reports.length, i + XLSX_PART));
      await nextTask();
    }
    worker.postMessage({ type: 'end', cross: [...cross], reuse: [...reuse], lang } satisfies ToXlsxWorker);
    const got = await Promise.race([answer, stopped]);
    if (!got) return null;
    return 'blob' in got ? got.blob : inPage();
  } finally {
    worker.terminate();
  }
}

export const scorecardXlsxBlob = (cards: Scorecard[]) => sheetsXlsxBlob([scorecardSheet(cards)]);

export const backupBlob = (
  db: LibraryDb,
  reports: SavedReport[],
  progress: (done: number) => void = quiet,
  stop?: AbortSignal,
) => blobOf(backupParts(db, reports, BATCH), 'application/json', reports.length, progress, stop);
