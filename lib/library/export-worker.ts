// The library's XLSX written on a Web Worker: laying out and zipping the sheets of thousands of reports
// takes seconds, for which the page must not freeze. The page sends the reports in parts, then what the
// library found across them (CROSS-YEAR, REUSE); the worker answers with the file, or why it could not.
import writeXlsxFile from 'write-excel-file/browser';
import { xlsxSheets } from '../export/xlsx';
import { XLSX_OPTIONS } from '../export/xlsx-filter';
import { findingWords } from '../export/findings';
import type { Finding, SavedReport } from '../model';

export type ToXlsxWorker =
  | { type: 'part'; reports: SavedReport[] }
  | { type: 'end'; cross: [number, Finding[]][]; reuse: [number, number][]; lang: string };
export type FromXlsxWorker = { blob: Blob } | { error: string };

const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<ToXlsxWorker>) => void) | null;
  postMessage(m: FromXlsxWorker): void;
};
const reports: SavedReport[] = [];

scope.onmessage = (e) => {
  const m = e.data;
  if (m.type === 'part') return void reports.push(...m.reports);
  void writeXlsxFile(xlsxSheets(reports, new Map(m.cross), new Map(m.reuse), findingWords(m.lang)), XLSX_OPTIONS)
    .toBlob()
    .then(
      (blob) => scope.postMessage({ blob }),
      (error: unknown) => scope.postMessage({ error: String(error) }),
    );
};
