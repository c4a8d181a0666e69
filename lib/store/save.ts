// What saving one report needs before it writes (lib/library/repository.ts writes): the record
// to store, the duplicate it may be (same page address, or same body and year), and storage errors
// in terms a user can act on.
import type { Problem, SavedReport, SavePayload } from '../model';
import type { LibraryDb } from './db';
import { sha256 } from './hash';
import { fromBase64 } from '../base/base64';
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
    hash: await sha256(payload.file ? fromBase64(payload.file.base64) : payload.html),
    report,
    ...(payload.file ? { kind: payload.file.kind, from: payload.file.from } : {}),
  };
}

export async function findDuplicate(
  db: LibraryDb,
  entry: Pick<SavedReport, 'url' | 'bodyKey' | 'year'>,
): Promise<{ found: SavedReport; reason: 'url' | 'body-year' } | null> {
  const byUrl = await db.reports.where('url').equals(entry.url).first();
  if (byUrl) return { found: byUrl, reason: 'url' };
  if (entry.bodyKey === null || entry.year === null) return null;
  const byBodyYear = await db.reports.where('[bodyKey+year]').equals([entry.bodyKey, entry.year]).first();
  return byBodyYear ? { found: byBodyYear, reason: 'body-year' } : null;
}

/** A storage error as a problem the user can act on: a full disk, or what the database said. */
export function storageProblem(e: unknown): Problem {
  const name = (e as { name?: string })?.name ?? '';
  const inner = (e as { inner?: { name?: string } })?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return { code: 'storage-full' };
  // Firefox gives a private window's extension pages no IndexedDB to write: said so, not a raw error.
  if ([name, inner].includes('InvalidStateError') || /private|mutations/i.test((e as Error)?.message ?? '')) {
    return { code: 'storage-unavailable' };
  }
  return { code: 'storage', detail: (e as Error)?.message ?? String(e) };
}
