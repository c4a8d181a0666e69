// The library's exports made on a Web Worker (export-file.ts): laying out thousands of reports takes
// seconds, and the garbage of their parts, collected on the page's thread, would freeze it for a tenth of
// a second at a time. The page says what to make, sends the reports in parts, says they are all sent (the
// workbook begins its sheets that need only the reports), then sends what the library found across them;
// the worker says how many reports are done, and answers with the file or why not. The workbook's sheets
// are compressed on a deflate worker when the page gives one (deflate-remote.ts).
import { openLibrary } from '../store/db';
import type { Finding, SavedReport } from '../model';
import { exportBlob, startWorkbook, type FileExport } from './export-file';
import { compressOver } from './deflate-remote';
import type { Compress } from '../export/zip-deflate';

export type ToExportWorker =
  | { type: 'start'; kind: FileExport; deflate?: MessagePort }
  | { type: 'part'; reports: SavedReport[] }
  | { type: 'sent' }
  | { type: 'end'; cross: [number, Finding[]][]; reuse: [number, number][]; lang: string };
export type FromExportWorker = { done: number } | { blob: Blob } | { error: string };

const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<ToExportWorker>) => void) | null;
  postMessage(m: FromExportWorker): void;
};
const reports: SavedReport[] = [];
let kind: FileExport = 'csv';
let compress: Compress | undefined;
let workbook: ReturnType<typeof startWorkbook> | null = null;

scope.onmessage = (e) => {
  const m = e.data;
  if (m.type === 'start') {
    kind = m.kind;
    compress = m.deflate && compressOver(m.deflate);
    return;
  }
  if (m.type === 'sent') {
    if (kind === 'xlsx') workbook = startWorkbook(reports, compress);
    return;
  }
  if (m.type === 'part') {
    reports.push(...m.reports);
    // The workbook's progress is the reports received (its sheets are begun once all are here).
    if (kind === 'xlsx') scope.postMessage({ done: reports.length });
    return;
  }
  const across = { cross: new Map(m.cross), reuse: new Map(m.reuse), lang: m.lang };
  (workbook
    ? workbook.finish(across)
    : exportBlob(
        kind,
        reports,
        across,
        () => openLibrary(),
        (done) => scope.postMessage({ done }),
      )
  ).then(
    (blob) => scope.postMessage(blob ? { blob } : { error: 'no file' }),
    (error: unknown) => scope.postMessage({ error: String(error) }),
  );
};
