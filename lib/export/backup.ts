// The JSON backup: the whole library, versioned, and its import. An import merges: a report
// already there (same address and same content) is skipped, a newer save of the same address
// replaces the older; a file that is not a backup, or a backup from a newer version, changes nothing.
import type { Problem, SavedReport, SavedReportWithHtml } from '../model';
import { bodyKey } from '../base/body';
import type { LibraryDb } from '../store/db';
import { SCHEMA_VERSION } from '../store/db';
import { storageProblem } from '../store/save';

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

export type ImportResult = { ok: true; added: number; replaced: number; skipped: number } | { ok: false; problem: Problem };

const isReport = (r: unknown): r is SavedReportWithHtml => {
  const x = r as SavedReportWithHtml;
  return typeof x === 'object' && x !== null && typeof x.url === 'string' && typeof x.html === 'string' && typeof x.hash === 'string' && typeof x.savedAt === 'number' && typeof x.report === 'object' && x.report !== null;
};

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
  const bad = b.reports.findIndex((r) => !isReport(r));
  if (bad >= 0) return { error: { code: 'backup-incomplete', index: bad + 1 } };
  return b as Backup;
}

export async function importBackup(db: LibraryDb, text: string): Promise<ImportResult> {
  const backup = parseBackup(text);
  if ('error' in backup) return { ok: false, problem: backup.error };
  let added = 0;
  let replaced = 0;
  let skipped = 0;
  try {
    await db.transaction('rw', db.reports, db.pages, async () => {
    for (const incoming of backup.reports) {
      const { id, html, ...stored } = incoming;
      // A backup from version 1 has no body key: fill it in as the v2 migration does.
      const entry = backup.version < 2 ? { ...stored, bodyKey: bodyKey(stored.body) } : stored;
      const same = await db.reports.where('url').equals(entry.url).first();
      if (same && (same.hash === entry.hash || same.savedAt >= entry.savedAt)) {
        skipped++;
      } else if (same) {
        await db.reports.put({ ...entry, id: same.id });
        await db.pages.put({ id: same.id!, html });
        replaced++;
      } else {
        // Keep the backup's id where it is free, so that a restore gives back the same library.
        const free = id !== undefined && !(await db.reports.get(id));
        const newId = (await db.reports.add(free ? { ...entry, id } : entry)) as number;
        await db.pages.put({ id: newId, html });
        added++;
      }
    }
    });
  } catch (e) {
    // The transaction is undone as a whole: nothing half-imported.
    return { ok: false, problem: storageProblem(e) };
  }
  return { ok: true, added, replaced, skipped };
}

/** The whole library (or the reports given), each with its HTML, as a backup. */
export async function libraryBackup(db: LibraryDb, reports?: SavedReport[]): Promise<Backup> {
  const list = reports ?? (await db.reports.toArray());
  const pages = await db.pages.bulkGet(list.map((r) => r.id!));
  return toBackup(list.map((r, i) => ({ ...r, html: pages[i]?.html ?? '' })));
}
