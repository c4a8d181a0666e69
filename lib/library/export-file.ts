// The library's exports as files: the long CSV, the findings CSV, the workbook and the JSON backup of
// the reports given. Text exports are made a batch of reports at a time, each part made a Blob at once,
// so that no encoding of hundreds of megabytes happens in one go. Run on the export worker
// (export-worker.ts), whose heap holds nothing else, so that the garbage of the parts is collected off
// the page's thread; in the page only where no worker can run.
import { nextTask } from '../base/pause';
import { backupParts } from '../export/backup';
import { csvParts } from '../export/csv';
import { findingsParts, findingWords } from '../export/findings';
import { xlsxBook } from '../export/xlsx';
import { XLSX_TYPE, XlsxWriter } from '../export/xlsx-write';
import type { Finding, SavedReport } from '../model';
import type { LibraryDb } from '../store/db';
import type { Compress } from '../export/zip-deflate';

export type FileExport = 'csv' | 'findings' | 'xlsx' | 'json';

/** What the library found across the reports (CROSS-YEAR, REUSE), and the language of the words. */
export interface Across {
  cross: Map<number, Finding[]>;
  reuse: Map<number, number>;
  lang: string;
}

/** Reports per part of a text export. */
const BATCH = 100;

const CSV_TYPE = 'text/csv;charset=utf-8';

/** Parts of `total` reports, `BATCH` a part, gathered into a Blob, a pause between them and `progress`
 * told how many reports are done; `stop` ends it between parts (null: nothing to download). */
async function blobOf(
  parts: Iterable<string> | AsyncIterable<string>,
  type: string,
  total: number,
  progress: (done: number) => void,
  stop?: AbortSignal,
): Promise<Blob | null> {
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

/** The workbook begun as soon as the reports are all here: the sheets that need only them are written at
 * once, each made just before (one sheet's rows held at a time), while the library works out what it finds
 * across them; `finish` adds the sheets that need that (比较, 核对结果) and gives the file. `compress`: a
 * deflate worker's, so that one sheet is compressed while the next is made. */
export function startWorkbook(
  reports: SavedReport[],
  compress?: Compress,
): { finish: (across: Across) => Promise<Blob> } {
  const book = xlsxBook(reports);
  const writer = new XlsxWriter(book.count, compress);
  const own = (async () => {
    for (const { at, make } of book.own) await writer.sheet(at, make());
  })();
  // A sheet that fails is said by `finish`, not left unhandled until then.
  own.catch(() => undefined);
  return {
    finish: async ({ cross, reuse, lang }) => {
      await own;
      for (const { at, make } of book.across(cross, reuse, findingWords(lang))) await writer.sheet(at, make());
      return new Blob((await writer.end()) as BlobPart[], { type: XLSX_TYPE });
    },
  };
}

/** The file of `kind` for these reports; `db` opened only for the backup, which holds the pages. */
export function exportBlob(
  kind: FileExport,
  reports: SavedReport[],
  { cross, reuse, lang }: Across,
  db: () => LibraryDb,
  progress: (done: number) => void,
  stop?: AbortSignal,
): Promise<Blob | null> {
  if (kind === 'xlsx') return startWorkbook(reports).finish({ cross, reuse, lang });
  const words = findingWords(lang);
  if (kind === 'csv') return blobOf(csvParts(reports, BATCH), CSV_TYPE, reports.length, progress, stop);
  if (kind === 'findings')
    return blobOf(findingsParts(reports, cross, words, BATCH), CSV_TYPE, reports.length, progress, stop);
  return blobOf(backupParts(db(), reports, BATCH), 'application/json', reports.length, progress, stop);
}
