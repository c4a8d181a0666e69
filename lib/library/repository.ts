// The library's one writer: every write to saved reports and their pages goes through here (a
// collection's own record through lib/collect/jobs.ts), and only the background calls it; the
// library page and the popup ask the background by message. Every function is one transaction
// and never throws: a full disk or a closed database comes back as a problem the user can read.
import type {
  Annotations,
  BackupVersion,
  Deleted,
  ImportResult,
  SavedFile,
  SavedReport,
  SavedVersion,
  SaveOutcome,
  SavePayload,
} from '../model';
import { ownText } from '../check/reuse';
import { parseBackup } from '../export/backup';
import type { LibraryDb } from '../store/db';
import { findDuplicate, storageProblem, toSaved } from '../store/save';
import { versionsOf } from '../store/versions';
import { isSavedText } from '../store/schema';
import { cleanTags, countOpen } from '../base/verdicts';
import { recheck, savedInput, type Rechecked } from './recheck';
import { sameContent } from './versions';

type Duplicate = NonNullable<Awaited<ReturnType<typeof findDuplicate>>>;

const duplicate = (dup: Duplicate): SaveOutcome => ({
  status: 'duplicate',
  id: dup.found.id!,
  savedAt: dup.found.savedAt,
  reason: dup.reason,
});

/** What is kept beside a report: its page's HTML, or the file it was read from; and its own sentences
 * when the text it was read as came with it (for that version, by its hash). */
interface Kept {
  html?: string;
  file?: Omit<SavedFile, 'id'>;
  text?: { hash: string; text: string };
}

/** Writes what is kept beside report `id`: a page (a report of a web page) or a file, and its own
 * sentences (or none: the library page reads them from the page when asked). */
async function keep(db: LibraryDb, id: number, { html, file, text }: Kept): Promise<void> {
  if (file) await db.files.put({ id, name: file.name, mime: file.mime, base64: file.base64 });
  else if (html !== undefined) await db.pages.put({ id, html });
  if (text) await db.texts.put({ id, hash: text.hash, own: ownText(text.text) });
  else await db.texts.delete(id);
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
const tables = (db: LibraryDb) => [db.reports, db.pages, db.files, db.versions, db.texts];

/** The user's annotations kept, with the counts of what is still open under its verdicts. */
function annotated(r: SavedReport, a: Annotations): SavedReport {
  const tags = a.tags === undefined ? r.tags : cleanTags(a.tags);
  const note = a.note === undefined ? r.note : a.note.slice(0, 10_000);
  const verdicts = a.verdicts ?? r.verdicts;
  const { findings } = r.report;
  return {
    ...r,
    ...(tags?.length ? { tags } : { tags: undefined }),
    ...(note ? { note } : { note: undefined }),
    ...(verdicts?.length ? { verdicts } : { verdicts: undefined }),
    errors: countOpen(findings, verdicts, 'error'),
    warnings: countOpen(findings, verdicts, 'warning'),
  };
}

/** Annotations given at save time onto a report already saved: the tags added to its own, a note
 * added below its own. */
function merged(r: SavedReport, a: Annotations | undefined): Annotations {
  if (!a) return {};
  const note = a.note?.trim() && r.note !== a.note.trim() ? [r.note, a.note.trim()].filter(Boolean).join('\n') : r.note;
  return { tags: [...(r.tags ?? []), ...(a.tags ?? [])], note };
}

/** The report as it is now, with its page or file, set aside as an earlier version of itself. */
async function setAside(db: LibraryDb, r: SavedReport): Promise<void> {
  const id = r.id!;
  const [page, file] = await Promise.all([db.pages.get(id), db.files.get(id)]);
  await db.versions.add({
    reportId: id,
    url: r.url,
    savedAt: r.savedAt,
    hash: r.hash,
    report: r.report,
    html: page?.html ?? '',
    ...(file ? { file: { name: file.name, mime: file.mime, base64: file.base64 } } : {}),
    ...(r.kind ? { kind: r.kind, from: r.from ?? null } : {}),
  });
}

/** Earlier versions written under report `id`. */
const addVersions = (db: LibraryDb, id: number, versions: (SavedVersion | BackupVersion)[]) =>
  db.versions.bulkAdd(versions.map((v) => ({ ...v, id: undefined, reportId: id })));

/**
 * A report already in the library (same address, or same body and year) is not saved twice. When the
 * page says something else now (its figures, its identity), both are kept: the saved one becomes an
 * earlier version and the page the report's current one, with its tags, notes and verdicts. When it
 * says the same, the caller is told, and may ask to update it instead (a page read again).
 */
export async function saveReport(
  db: LibraryDb,
  payload: SavePayload,
  opts: { update: boolean; now?: number; annotations?: Annotations },
): Promise<SaveOutcome> {
  try {
    const entry = await toSaved(payload, opts.now ?? Date.now());
    const kept = {
      html: payload.html,
      file: payload.file,
      ...(payload.text !== undefined ? { text: { hash: entry.hash, text: payload.text } } : {}),
    };
    return await db.transaction('rw', tables(db), async () => {
      const dup = await findDuplicate(db, entry);
      if (!dup) {
        const id = await addWith(db, annotated(entry, opts.annotations ?? {}), kept);
        return { status: 'saved', id, savedAt: entry.savedAt } as const;
      }
      const old = dup.found;
      const id = old.id!;
      const changed = !sameContent(old.report, entry.report) && old.hash !== entry.hash;
      if (!changed && !opts.update) {
        if (opts.annotations) await db.reports.put(annotated(old, merged(old, opts.annotations)));
        return duplicate(dup);
      }
      const { tags, note, verdicts } = old;
      const earlier = changed ? [...(old.earlier ?? []), { savedAt: old.savedAt, hash: old.hash }] : old.earlier;
      if (changed) await setAside(db, old);
      const next = { ...entry, id, ...(earlier?.length ? { earlier } : {}) };
      await db.reports.put(annotated(next, { tags, note, verdicts, ...merged(old, opts.annotations) }));
      await rekeep(db, id, kept);
      return changed
        ? ({ status: 'version', id, savedAt: entry.savedAt, version: earlier!.length + 1 } as const)
        : ({ status: 'updated', id, savedAt: entry.savedAt } as const);
    });
  } catch (e) {
    return { status: 'failed', problem: storageProblem(e) };
  }
}

/** Tags, a note or verdicts set on a saved report, its open counts made again; null when it is gone. */
export async function annotateReport(db: LibraryDb, id: number, a: Annotations): Promise<SavedReport | null> {
  return db.transaction('rw', db.reports, async () => {
    const r = await db.reports.get(id);
    if (!r) return null;
    const next = annotated(r, a);
    await db.reports.put(next);
    return next;
  });
}

/** Delete a report, its page or file and its earlier versions; what was deleted comes back, for undo. */
export async function deleteReport(db: LibraryDb, id: number): Promise<Deleted | null> {
  return db.transaction('rw', tables(db), async () => {
    const report = await db.reports.get(id);
    if (!report) return null;
    const [page, file, versions] = await Promise.all([db.pages.get(id), db.files.get(id), versionsOf(db, id)]);
    await Promise.all([
      db.reports.delete(id),
      db.pages.delete(id),
      db.files.delete(id),
      db.versions.where('reportId').equals(id).delete(),
      db.texts.delete(id),
    ]);
    return { report, page, ...(file ? { file } : {}), ...(versions.length ? { versions } : {}) };
  });
}

/** Put a deleted report back, unless the same report was saved again meanwhile. */
export async function restoreReport(db: LibraryDb, { report, page, file, versions }: Deleted): Promise<SaveOutcome> {
  try {
    return await db.transaction('rw', tables(db), async () => {
      const dup = await findDuplicate(db, report);
      if (dup) return duplicate(dup);
      const id = await addWith(db, report, { html: page?.html, file });
      if (versions) await addVersions(db, id, versions);
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
        const { html, file, history, ...entry } = incoming;
        const same = await db.reports.where('url').equals(entry.url).first();
        if (same && (same.hash === entry.hash || same.savedAt >= entry.savedAt)) {
          skipped++;
        } else if (same) {
          await db.reports.put({ ...entry, id: same.id });
          await rekeep(db, same.id!, { html, file });
          await db.versions.where('reportId').equals(same.id!).delete();
          await addVersions(db, same.id!, history ?? []);
          replaced++;
        } else {
          const id = await addWith(db, entry, { html, file });
          await addVersions(db, id, history ?? []);
          added++;
        }
      }
    });
  } catch (e) {
    return { ok: false, problem: storageProblem(e) };
  }
  return { ok: true, added, replaced, skipped };
}

/** Own sentences the library page read from saved pages, kept for the next time; only for a report
 * still saved under the same page or file (its hash), and within bounds. */
export async function storeTexts(db: LibraryDb, texts: unknown[]): Promise<number> {
  const sane = texts.filter(isSavedText);
  return db.transaction('rw', db.reports, db.texts, async () => {
    const reports = await db.reports.bulkGet(sane.map((t) => t.id));
    const current = sane.filter((t, i) => reports[i]?.hash === t.hash);
    await db.texts.bulkPut(current.map(({ id, hash, own }) => ({ id, hash, own })));
    return current.length;
  });
}

/** Reports read again at a time: their pages held in memory together. */
const RECHECK_READS = 10;

/** Read these saved reports again with the current reader; store what changed. What is found is stored on
 * the report as it is once read (a note or verdict written meanwhile stays), and only while it holds the
 * same page or file: a report deleted or saved anew meanwhile is left as it is, and not listed. */
export async function recheckReports(db: LibraryDb, ids: number[]) {
  const out = [];
  for (let i = 0; i < ids.length; i += RECHECK_READS)
    out.push(...(await recheckSome(db, ids.slice(i, i + RECHECK_READS))));
  return out;
}

async function recheckSome(db: LibraryDb, ids: number[]) {
  // One reading transaction for the batch, not three a report; of the files only which reports have one.
  const [reports, pages, filed] = await db.transaction('r', db.reports, db.pages, db.files, () =>
    Promise.all([db.reports.bulkGet(ids), db.pages.bulkGet(ids), db.files.where(':id').anyOf(ids).primaryKeys()]),
  );
  const read: { saved: SavedReport; result: Rechecked }[] = [];
  for (const [i, saved] of reports.entries()) {
    if (!saved) continue;
    // A file (tens of MB, for a scanned PDF) is read alone when its turn comes, not held with the batch.
    const file = filed.includes(ids[i]) ? await db.files.get(ids[i]) : undefined;
    const input = savedInput(saved, pages[i], file);
    // A file this host cannot read (no engine) is left as it was saved.
    const result = input ? await recheck(saved, input).catch(() => null) : null;
    if (result) read.push({ saved, result });
  }
  return db.transaction('rw', db.reports, async () => {
    const now = await db.reports.bulkGet(read.map(({ saved }) => saved.id!));
    const out = [];
    const changed: SavedReport[] = [];
    for (const [i, { saved, result }] of read.entries()) {
      const current = now[i];
      if (current?.hash !== saved.hash) continue;
      const { report } = result;
      // The verdicts stay: those on findings read the same hold, the others are flagged where shown.
      if (result.changed) changed.push(annotated({ ...current, report, title: report.meta.title }, {}));
      out.push({
        id: current.id!,
        body: current.body,
        year: current.year,
        before: { errors: current.errors, warnings: current.warnings },
        after: {
          errors: countOpen(report.findings, current.verdicts, 'error'),
          warnings: countOpen(report.findings, current.verdicts, 'warning'),
        },
        changed: result.changed,
      });
    }
    await db.reports.bulkPut(changed);
    return out;
  });
}
