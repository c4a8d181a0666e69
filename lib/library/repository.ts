// The library's one writer: every write to saved reports and their pages goes through here (a
// collection's own record through lib/collect/jobs.ts), and only the background calls it; the
// library page and the popup ask the background by message. Every function is one transaction
// and never throws: a full disk or a closed database comes back as a problem the user can read.
import type { ImportResult, SavedPage, SavedReport, SaveOutcome, SavePayload } from '../model';
import { parseBackup } from '../export/backup';
import type { LibraryDb } from '../store/db';
import { findDuplicate, storageProblem, toSaved } from '../store/save';
import { recheck } from './recheck';

type Duplicate = NonNullable<Awaited<ReturnType<typeof findDuplicate>>>;

const duplicate = (dup: Duplicate): SaveOutcome => ({
  status: 'duplicate',
  id: dup.found.id!,
  savedAt: dup.found.savedAt,
  reason: dup.reason,
});

/** Adds a report with its page, under its own id where that is free (so that an undo or a restored
 * backup gives back the same library), else under a new one; the id it got. */
async function addWithPage(db: LibraryDb, report: SavedReport, html: string | undefined): Promise<number> {
  const free = report.id !== undefined && !(await db.reports.get(report.id));
  const id = (await db.reports.add(free ? report : { ...report, id: undefined })) as number;
  if (html !== undefined) await db.pages.put({ id, html });
  return id;
}

/** A report already in the library (same address, or same body and year) is not saved twice: the
 * caller is told, and may ask to update it instead. */
export async function saveReport(
  db: LibraryDb,
  payload: SavePayload,
  opts: { update: boolean; now?: number },
): Promise<SaveOutcome> {
  try {
    const entry = await toSaved(payload, opts.now ?? Date.now());
    return await db.transaction('rw', db.reports, db.pages, async () => {
      const dup = await findDuplicate(db, entry);
      if (dup && !opts.update) return duplicate(dup);
      if (dup) {
        await db.reports.put({ ...entry, id: dup.found.id });
        await db.pages.put({ id: dup.found.id!, html: payload.html });
        return { status: 'updated', id: dup.found.id!, savedAt: entry.savedAt } as const;
      }
      const id = await addWithPage(db, entry, payload.html);
      return { status: 'saved', id, savedAt: entry.savedAt } as const;
    });
  } catch (e) {
    return { status: 'failed', problem: storageProblem(e) };
  }
}

/** Delete a report and its page; what was deleted comes back, for undo. */
export async function deleteReport(
  db: LibraryDb,
  id: number,
): Promise<{ report: SavedReport; page: SavedPage | undefined } | null> {
  return db.transaction('rw', db.reports, db.pages, async () => {
    const report = await db.reports.get(id);
    if (!report) return null;
    const page = await db.pages.get(id);
    await db.reports.delete(id);
    await db.pages.delete(id);
    return { report, page };
  });
}

/** Put a deleted report back, unless the same report was saved again meanwhile. */
export async function restoreReport(
  db: LibraryDb,
  report: SavedReport,
  page: SavedPage | undefined,
): Promise<SaveOutcome> {
  try {
    return await db.transaction('rw', db.reports, db.pages, async () => {
      const dup = await findDuplicate(db, report);
      if (dup) return duplicate(dup);
      const id = await addWithPage(db, report, page?.html);
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
    await db.transaction('rw', db.reports, db.pages, async () => {
      for (const incoming of backup.reports) {
        const { html, ...entry } = incoming;
        const same = await db.reports.where('url').equals(entry.url).first();
        if (same && (same.hash === entry.hash || same.savedAt >= entry.savedAt)) {
          skipped++;
        } else if (same) {
          await db.reports.put({ ...entry, id: same.id });
          await db.pages.put({ id: same.id!, html });
          replaced++;
        } else {
          await addWithPage(db, entry, html);
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
    const [saved, page] = await Promise.all([db.reports.get(id), db.pages.get(id)]);
    if (!saved || !page) continue;
    const result = await recheck(saved, page.html);
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
