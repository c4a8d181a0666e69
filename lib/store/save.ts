// Saving one report: a report already in the library (same page address, or same body and year)
// is not saved twice; the caller is told, and may ask to update it instead.
import type { Problem, SavedReport, SaveOutcome, SavePayload } from '../model';
import type { LibraryDb } from './db';
import { sha256 } from './hash';
import { pageAddress } from '../base/address';
import { bodyKey } from '../base/body';
import { countSeverity } from '../base/severity';

export async function toSaved(payload: SavePayload, savedAt: number): Promise<SavedReport> {
  const { report } = payload;
  return {
    url: pageAddress(payload.url),
    title: report.meta.title,
    body: report.meta.body,
    bodyKey: bodyKey(report.meta.body),
    year: report.meta.year,
    format: report.format,
    errors: countSeverity(report.findings, 'error'),
    warnings: countSeverity(report.findings, 'warning'),
    savedAt,
    hash: await sha256(payload.html),
    report,
  };
}

export async function findDuplicate(db: LibraryDb, entry: Pick<SavedReport, 'url' | 'bodyKey' | 'year'>): Promise<{ found: SavedReport; reason: 'url' | 'body-year' } | null> {
  const byUrl = await db.reports.where('url').equals(entry.url).first();
  if (byUrl) return { found: byUrl, reason: 'url' };
  if (entry.bodyKey === null || entry.year === null) return null;
  const byBodyYear = await db.reports.where('[bodyKey+year]').equals([entry.bodyKey, entry.year]).first();
  return byBodyYear ? { found: byBodyYear, reason: 'body-year' } : null;
}

/** Never throws: a full disk or a closed database comes back as a message the user can read. */
export async function saveReport(db: LibraryDb, payload: SavePayload, opts: { update: boolean; now?: number }): Promise<SaveOutcome> {
  try {
    const entry = await toSaved(payload, opts.now ?? Date.now());
    return await db.transaction('rw', db.reports, db.pages, async () => {
      const dup = await findDuplicate(db, entry);
      if (dup && !opts.update) return { status: 'duplicate', id: dup.found.id!, savedAt: dup.found.savedAt, reason: dup.reason } as const;
      if (dup) {
        await db.reports.put({ ...entry, id: dup.found.id });
        await db.pages.put({ id: dup.found.id!, html: payload.html });
        return { status: 'updated', id: dup.found.id!, savedAt: entry.savedAt } as const;
      }
      const id = (await db.reports.add(entry)) as number;
      await db.pages.put({ id, html: payload.html });
      return { status: 'saved', id, savedAt: entry.savedAt } as const;
    });
  } catch (e) {
    return { status: 'failed', problem: storageProblem(e) };
  }
}

/** A storage error as a problem the user can act on: a full disk, or what the database said. */
export function storageProblem(e: unknown): Problem {
  const name = (e as { name?: string })?.name ?? '';
  const inner = (e as { inner?: { name?: string } })?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return { code: 'storage-full' };
  return { code: 'storage', detail: (e as Error)?.message ?? String(e) };
}
