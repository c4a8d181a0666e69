// What a page's own report has had dismissed in the library: the badge and the page's chip count
// only what is still open.
import type { FindingRef } from '../messages';
import type { LibraryDb } from '../store/db';
import { pageAddress } from '../base/address';
import { isDismissed } from '../base/verdicts';

/** The indices of `findings` that a verdict of the report saved from this address dismisses. */
export async function dismissedOnPage(
  db: LibraryDb,
  url: string | undefined,
  findings: FindingRef[],
): Promise<number[]> {
  if (!url) return [];
  const saved = await db.reports.where('url').equals(pageAddress(url)).first();
  if (!saved?.verdicts?.length) return [];
  return findings.flatMap((f, i) => (isDismissed(f, saved.verdicts) ? [i] : []));
}
