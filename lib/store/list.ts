// The library's reports read for its page: a thousand at a time by id, each part checked whole
// (isSavedReport) and the page given back between parts, so that opening ten thousand reports is
// many short tasks rather than one long one.
import { nextTask } from '../base/pause';
import type { SavedReport } from '../model';
import type { LibraryDb } from './db';
import { isSavedReport } from './schema';

const PART = 1000;

/** Every whole report, in the order of their ids, and how many records were not whole. */
export async function listReports(db: LibraryDb): Promise<{ whole: SavedReport[]; broken: number }> {
  const whole: SavedReport[] = [];
  let broken = 0;
  let last = 0;
  for (;;) {
    const part: unknown[] = await db.reports.where(':id').above(last).limit(PART).toArray();
    for (const r of part) {
      if (isSavedReport(r)) whole.push(r);
      else broken++;
    }
    if (part.length < PART) return { whole, broken };
    last = (part[part.length - 1] as { id: number }).id;
    await nextTask();
  }
}
