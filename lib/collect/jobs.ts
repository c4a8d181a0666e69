// Collections in the library database: started from the popup, paused, resumed and retried from
// it, worked through by the runner in the background. The one writer of the `jobs` table.
import type { CollectItem, CollectJob, ReportLink } from '../model';
import type { LibraryDb } from '../store/db';
import { pageAddress } from '../base/address';
import { newJob, retryFailed, withOutcome } from './job';

/** The newest collection of a listing page, whatever its state. */
export async function latestJob(db: LibraryDb, source: string): Promise<CollectJob | null> {
  // The index orders a source's jobs by id: the last is the newest.
  return (await db.jobs.where('source').equals(pageAddress(source)).last()) ?? null;
}

/** A new collection, unless this page's last one is still running or paused: that one goes on. */
export async function startJob(
  db: LibraryDb,
  source: string,
  title: string,
  links: ReportLink[],
  now = Date.now(),
): Promise<CollectJob> {
  return db.transaction('rw', db.jobs, async () => {
    const last = await latestJob(db, source);
    if (last && last.state !== 'done') return last;
    const job = newJob(pageAddress(source), title, links, now);
    return { ...job, id: (await db.jobs.add(job)) as number };
  });
}

/** Pause, resume or retry a collection; null when it is gone. */
export async function changeJob(
  db: LibraryDb,
  id: number,
  action: 'pause' | 'resume' | 'retry',
): Promise<CollectJob | null> {
  return db.transaction('rw', db.jobs, async () => {
    const job = await db.jobs.get(id);
    if (!job) return null;
    const changed =
      action === 'retry'
        ? retryFailed(job)
        : job.state === 'done'
          ? job
          : { ...job, state: action === 'pause' ? ('paused' as const) : ('running' as const) };
    await db.jobs.put(changed);
    return changed;
  });
}

/** The job of this id with one item's outcome written in, unless the job changed under it. */
export async function recordOutcome(db: LibraryDb, id: number, index: number, item: CollectItem): Promise<void> {
  await db.transaction('rw', db.jobs, async () => {
    const now = await db.jobs.get(id);
    if (now && now.items[index]?.url === item.url) await db.jobs.put(withOutcome(now, index, item));
  });
}

export async function finishJob(db: LibraryDb, id: number): Promise<void> {
  await db.jobs.update(id, { state: 'done' });
}

/** Count one more start of this item's fetch; its count before, or null when the job changed. */
export async function startAttempt(db: LibraryDb, id: number, index: number, delta = 1): Promise<number | null> {
  return db.transaction('rw', db.jobs, async () => {
    const job = await db.jobs.get(id);
    const item = job?.items[index];
    if (!job || !item || item.status !== 'pending') return null;
    const before = item.attempts ?? 0;
    job.items[index] = { ...item, attempts: Math.max(0, before + delta) };
    await db.jobs.put(job);
    return before;
  });
}
