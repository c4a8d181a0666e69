// The library page's writes, as requests to the background (the library's one writer), and its
// exports, built in the page (a service worker has no URL.createObjectURL).
import writeXlsxFile from 'write-excel-file/browser';
import { libraryBackup } from '../export/backup';
import { toCsv } from '../export/csv';
import { xlsxSheets } from '../export/xlsx';
import { sendToBackground, type RecheckSummary } from '../messages';
import type { Deleted, Finding, SavedReport } from '../model';
import type { LibraryDb } from '../store/db';

/** Re-checked a few at a time, so that progress shows and no message grows large. */
const RECHECK_BATCH = 10;

export const deleteReport = (id: number) => sendToBackground({ type: 'library-delete', id });

export const restoreReport = (deleted: Deleted) => sendToBackground({ type: 'library-restore', deleted });

export const importBackupText = (text: string) => sendToBackground({ type: 'library-import', text });

export async function recheckAll(ids: number[], progress: (done: number) => void): Promise<RecheckSummary[]> {
  const out: RecheckSummary[] = [];
  for (let i = 0; i < ids.length; i += RECHECK_BATCH) {
    out.push(...(await sendToBackground({ type: 'library-recheck', ids: ids.slice(i, i + RECHECK_BATCH) })));
    progress(Math.min(ids.length, i + RECHECK_BATCH));
  }
  return out;
}

export const csvBlob = (reports: SavedReport[]) => new Blob([toCsv(reports)], { type: 'text/csv;charset=utf-8' });

export const xlsxBlob = (reports: SavedReport[], cross: Map<number, Finding[]>) =>
  writeXlsxFile(xlsxSheets(reports, cross)).toBlob();

export async function backupBlob(db: LibraryDb, reports: SavedReport[]): Promise<Blob> {
  return new Blob([JSON.stringify(await libraryBackup(db, reports))], { type: 'application/json' });
}
