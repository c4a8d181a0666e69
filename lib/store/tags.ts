// The tags in use, the most recently given first, read from the tags index alone (no report is
// loaded): what the save form offers to pick from.
import type { LibraryDb } from './db';

export async function recentTags(db: LibraryDb, max = 12): Promise<string[]> {
  const latest = new Map<string, number>();
  await db.reports.orderBy('tags').eachKey((tag, cursor) => {
    const id = cursor.primaryKey as number;
    if (typeof tag === 'string' && id > (latest.get(tag) ?? 0)) latest.set(tag, id);
  });
  return [...latest.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, max)
    .map(([tag]) => tag);
}
