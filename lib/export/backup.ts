// The JSON backup: the whole library, versioned, and the reading of one (what an import may take;
// the import itself is a write, in lib/library/repository.ts).
import type { Problem, SavedReport, SavedReportWithHtml } from '../model';
import type { LibraryDb } from '../store/db';
import { backupReport } from '../store/schema';
import { bodyKey } from '../base/body';
import { SCHEMA_VERSION } from '../store/db';

export const BACKUP_FORMAT = 'nianbao-lens-backup';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  /** The library schema version the reports are in. */
  version: number;
  exportedAt: string;
  reports: SavedReportWithHtml[];
}

export function toBackup(reports: SavedReportWithHtml[], now = new Date()): Backup {
  return { format: BACKUP_FORMAT, version: SCHEMA_VERSION, exportedAt: now.toISOString(), reports };
}

/** A backup read from text, or why it cannot be imported. */
export function parseBackup(text: string): Backup | { error: Problem } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { error: { code: 'not-json' } };
  }
  const b = data as Partial<Backup>;
  if (typeof b !== 'object' || b === null || b.format !== BACKUP_FORMAT || !Array.isArray(b.reports)) {
    return { error: { code: 'not-backup' } };
  }
  if (typeof b.version !== 'number' || b.version > SCHEMA_VERSION) {
    return { error: { code: 'backup-newer', version: Number(b.version), mine: SCHEMA_VERSION } };
  }
  // Every record checked completely (lib/store/schema.ts) before anything is written; the body key
  // is made again from the body, never taken from the file.
  const reports: SavedReportWithHtml[] = [];
  for (const [i, r] of b.reports.entries()) {
    const ok = backupReport(r);
    if (!ok) return { error: { code: 'backup-incomplete', index: i + 1 } };
    reports.push({ ...ok, bodyKey: bodyKey(ok.body) });
  }
  return { ...(b as Backup), reports };
}

/** The backup's JSON in parts, `batch` reports at a time with their pages and files read per batch,
 * so that a page can hand control back between parts. Parsed, it is `libraryBackup`'s. */
export async function* backupParts(db: LibraryDb, reports: SavedReport[], batch = 50, now = new Date()) {
  const empty = JSON.stringify(toBackup([], now));
  yield empty.slice(0, -2);
  for (let i = 0; i < reports.length; i += batch) {
    const { reports: items } = await libraryBackup(db, reports.slice(i, i + batch));
    yield (i > 0 ? ',' : '') + items.map((r) => JSON.stringify(r)).join(',');
  }
  yield ']}';
}

/** The whole library (or the reports given), each with its HTML, as a backup. */
export async function libraryBackup(db: LibraryDb, reports?: SavedReport[], now = new Date()): Promise<Backup> {
  const list = reports ?? (await db.reports.toArray());
  const ids = list.map((r) => r.id!);
  const [pages, files] = await Promise.all([db.pages.bulkGet(ids), db.files.bulkGet(ids)]);
  // Only reports changed after saving have earlier versions: those are read, the others cost nothing.
  const changed = list.filter((r) => r.earlier?.length).map((r) => r.id!);
  const versions = changed.length ? await db.versions.where('reportId').anyOf(changed).sortBy('savedAt') : [];
  return toBackup(
    list.map((r, i) => {
      const file = files[i];
      const history = versions.filter((x) => x.reportId === r.id).map(({ id: _, reportId: __, ...x }) => x);
      return {
        ...r,
        html: pages[i]?.html ?? '',
        ...(file ? { file: { name: file.name, mime: file.mime, base64: file.base64 } } : {}),
        ...(history.length ? { history } : {}),
      };
    }),
    now,
  );
}
