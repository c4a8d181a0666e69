// The library's one writer: every write to saved reports and their pages goes through here (a
// collection's own record through lib/collect/jobs.ts), and only the background calls it; the
// library page and the popup ask the background by message. Every function is one transaction
// and never throws: a full disk or a closed database comes back as a problem the user can read.
import type { Deleted, ImportResult, SavedFile, SavedReport, SaveOutcome, SavePayload } from '../model';
import { parseBackup } from '../export/backup';
import type { LibraryDb } from '../store/db';
import { findDuplicate, storageProblem, toSaved } from '../store/save';
import { recheck, savedInput } from './recheck';

type Duplicate = NonNullable<Awaited<ReturnType<typeof findDuplicate>>>;

const duplicate = (dup: Duplicate): SaveOutcome => ({
  status: 'duplicate',
  id: dup.found.id!,
  savedAt: dup.found.savedAt,
  reason: dup.reason,
});

/** What is kept beside a report: its page's HTML, or the file it was read from. */
interface Kept {
  html?: string;
  file?: Omit<SavedFile, 'id'>;
}

/** Writes what is kept beside report `id`: a page (a report of a web page) or a file. */
async function keep(db: LibraryDb, id: number, { html, file }: Kept): Promise<void> {
  if (file) await db.files.put({ id, name: file.name, mime: file.mime, base64: file.base64 });
  else if (html !== undefined) await db.pages.put({ id, html });
}

/** What is kept beside report `id` replaced: a page saved again as its file (or the other way round)
 * keeps only what it now is. */
async function rekeep(db: LibraryDb, id: number, kept: Kept): Promise<void> {
  await Promise.all([db.pages.delete(id), db.files.delete(id)]);
  await keep(db, id, kept);
}

/** Adds a report with its page or file, under its own id where that is free (so that an undo or a
 * restored backup gives back the same library), else under a new one; the id it got. */
async function addWith(db: LibraryDb, report: SavedReport, kept: Kept): Promise<number> {
  const free = report.id !== undefined && !(await db.reports.get(report.id));
  const id = (await db.reports.add(free ? report : { ...report, id: undefined })) as number;
  await keep(db, id, kept);
  return id;
}

/** The tables one report's write touches. */
const tables = (db: LibraryDb) => [db.reports, db.pages, db.files];

/** A report already in the library (same address, or same body and year) is not saved twice: the
 * caller is told, and may ask to update it instead. */
export async function saveReport(
  db: LibraryDb,
  payload: SavePayload,
  opts: { update: boolean; now?: number },
): Promise<SaveOutcome> {
  try {
    const entry = await toSaved(payload, opts.now ?? Date.now());
    const kept = { html: payload.html, file: payload.file };
    return await db.transaction('rw', tables(db), async () => {
      const dup = await findDuplicate(db, entry);
      if (dup && !opts.update) return duplicate(dup);
      if (dup) {
        const id = dup.found.id!;
        await db.reports.put({ ...entry, id });
        await rekeep(db, id, kept);
        return { status: 'updated', id, savedAt: entry.savedAt } as const;
      }
      const id = await addWith(db, entry, kept);
      return { status: 'saved', id, savedAt: entry.savedAt } as const;
    });
  } catch (e) {
    return { status: 'failed', problem: storageProblem(e) };
  }
}

/** Delete a report and its page or file; what was deleted comes back, for undo. */
export async function deleteReport(db: LibraryDb, id: number): Promise<Deleted | null> {
  return db.transaction('rw', tables(db), async () => {
    const report = await db.reports.get(id);
    if (!report) return null;
    const [page, file] = await Promise.all([db.pages.get(id), db.files.get(id)]);
    await Promise.all([db.reports.delete(id), db.pages.delete(id), db.files.delete(id)]);
    return { report, page, ...(file ? { file } : {}) };
  });
}

/** Put a deleted report back, unless the same report was saved again meanwhile. */
export async function restoreReport(db: LibraryDb, { report, page, file }: Deleted): Promise<SaveOutcome> {
  try {
    return await db.transaction('rw', tables(db), async () => {
      const dup = await findDuplicate(db, report);
      if (dup) return duplicate(dup);
      const id = await addWith(db, report, { html: page?.html, file });
      return { status: 'saved', id, savedAt: report.savedAt } as const;
    });
  } catch (e) {
    return { status: 'failed', problem: storageProblem(e) };
  }
}

/**
 * Merge a backup: a report already there (same address and same content) is skipped, a newer save
 * of the same address replaces the older; a file that is not a backup, or a backup from a newer
 * version, changes nothing; a failure undoes the whole import.
 */
export async function importBackup(db: LibraryDb, text: string): Promise<ImportResult> {
  const backup = parseBackup(text);
  if ('error' in backup) return { ok: false, problem: backup.error };
  let added = 0;
  let replaced = 0;
  let skipped = 0;
  try {
    await db.transaction('rw', tables(db), async () => {
      for (const incoming of backup.reports) {
        const { html, file, ...entry } = incoming;
        const same = await db.reports.where('url').equals(entry.url).first();
        if (same && (same.hash === entry.hash || same.savedAt >= entry.savedAt)) {
          skipped++;
        } else if (same) {
          await db.reports.put({ ...entry, id: same.id });
          await rekeep(db, same.id!, { html, file });
          replaced++;
        } else {
          await addWith(db, entry, { html, file });
          added++;
        }
      }
    });
  } catch (e) {
    return { ok: false, problem: storageProblem(e) };
  }
  return { ok: true, added, replaced, skipped };
}

/** Read these saved reports again with the current reader; store what changed. */
export async function recheckReports(db: LibraryDb, ids: number[]) {
  const out = [];
  for (const id of ids) {
    const [saved, page, file] = await Promise.all([db.reports.get(id), db.pages.get(id), db.files.get(id)]);
    const input = saved && savedInput(saved, page, file);
    if (!saved || !input) continue;
    // A file this host cannot read (no engine) is left as it was saved.
    const result = await recheck(saved, input).catch(() => null);
    if (!result) continue;
    if (result.changed) {
      const { report, after } = result;
      await db.reports.update(id, { report, errors: after.errors, warnings: after.warnings, title: report.meta.title });
    }
    out.push({
      id,
      body: saved.body,
      year: saved.year,
      before: result.before,
      after: result.after,
      changed: result.changed,
    });
  }
  return out;
}
