// The library's exports made on a Web Worker (export-file.ts): laying out thousands of reports takes
// seconds, and the garbage of their parts, collected on the page's thread, would freeze it for a tenth of
// a second at a time. The page says what to make, sends the reports in parts, then what the library
// found across them; the worker says how many reports are done, and answers with the file or why not.
import { openLibrary } from '../store/db';
import type { Finding, SavedReport } from '../model';
import { exportBlob, type FileExport } from './export-file';

export type ToExportWorker =
  | { type: 'start'; kind: FileExport; lang: string }
  | { type: 'part'; reports: SavedReport[] }
  | { type: 'end'; cross: [number, Finding[]][]; reuse: [number, number][] };
export type FromExportWorker = { done: number } | { blob: Blob } | { error: string };

const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<ToExportWorker>) => void) | null;
  postMessage(m: FromExportWorker): void;
};
const reports: SavedReport[] = [];
let asked: { kind: FileExport; lang: string } = { kind: 'csv', lang: 'zh' };

scope.onmessage = (e) => {
  const m = e.data;
  if (m.type === 'start') return void (asked = m);
  if (m.type === 'part') {
    reports.push(...m.reports);
    // The workbook is made in one go at the end: its progress is the reports received.
    if (asked.kind === 'xlsx') scope.postMessage({ done: reports.length });
    return;
  }
  const across = { cross: new Map(m.cross), reuse: new Map(m.reuse), lang: asked.lang };
  exportBlob(
    asked.kind,
    reports,
    across,
    () => openLibrary(),
    (done) => scope.postMessage({ done }),
  ).then(
    (blob) => scope.postMessage(blob ? { blob } : { error: 'no file' }),
    (error: unknown) => scope.postMessage({ error: String(error) }),
  );
};
