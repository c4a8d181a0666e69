// Works through the running collections in the background: one request at a time across all of
// them, a polite pause between requests, each outcome written to the job as it comes, so that the
// popup can show progress and a restarted background goes on where it stopped. A pause aborts the
// request in flight; an item whose fetch the background died in twice is failed, not retried.
import type { CollectItem } from '../model';
import type { LibraryDb } from '../store/db';
import { saveReport } from '../library/repository';
import { isPause, problemOf, type FetchLimits } from './fetch-file';
import { fetchReport } from './fetch-report';
import { delayOf, nextPending, type Delay } from './job';
import { sleep } from '../base/pause';
import { finishJob, recordOutcome, startAttempt } from './jobs';

export interface RunnerOptions {
  db: LibraryDb;
  fetchPage?: typeof fetch;
  delayMs?: Delay;
  limits?: Partial<FetchLimits>;
  /** Called after each report; the background uses it to stay awake while a collection runs. */
  onStep?: () => Promise<unknown>;
}

/** Starts of one item's fetch before it is failed as interrupted: the first, and one retry. */
const MAX_ATTEMPTS = 2;

/** The item's outcome, or null when a pause aborted it (it stays pending). */
async function collectOne(
  opts: RunnerOptions,
  item: CollectItem,
  job: { origin: string; source: string },
  pause: AbortSignal,
): Promise<CollectItem | null> {
  const { origin, source } = job;
  const base = { url: item.url, title: item.title };
  try {
    const payload = await fetchReport(item.url, origin, opts.fetchPage, { pause, limits: opts.limits, from: source });
    const outcome = await saveReport(opts.db, payload, { update: false });
    if (outcome.status === 'failed') return { ...base, status: 'failed', problem: outcome.problem };
    return { ...base, status: outcome.status === 'duplicate' ? 'duplicate' : 'saved', reportId: outcome.id };
  } catch (e) {
    if (pause.aborted && isPause(e)) return null;
    return { ...base, status: 'failed', problem: problemOf(e) };
  }
}

/** The loop, with kick() to start it when a job was started or resumed (never two loops at once),
 * and pause(id) to abort the request in flight for that job. */
export function createRunner(opts: RunnerOptions): { kick: () => Promise<void>; pause: (jobId: number) => void } {
  const { db } = opts;
  let active: Promise<void> | null = null;
  let wanted = false;
  let current: { jobId: number; controller: AbortController } | null = null;

  /** When the last request ended: the next waits the polite delay from then. */
  let lastEnded = -Infinity;

  async function work(): Promise<void> {
    for (;;) {
      const job = await db.jobs.where('state').equals('running').first();
      if (!job) return;
      const index = nextPending(job);
      if (index < 0) {
        await finishJob(db, job.id!);
        continue;
      }
      const wait = lastEnded + (await delayOf(opts.delayMs)) - Date.now();
      if (wait > 0) {
        // Then look again: the job may have been paused meanwhile.
        await sleep(wait);
        continue;
      }
      const item = job.items[index];
      const started = await startAttempt(db, job.id!, index);
      if (started === null) continue;
      if (started >= MAX_ATTEMPTS) {
        const failed: CollectItem = {
          url: item.url,
          title: item.title,
          status: 'failed',
          problem: { code: 'interrupted' },
        };
        await recordOutcome(db, job.id!, index, failed);
        continue;
      }
      current = { jobId: job.id!, controller: new AbortController() };
      const outcome = await collectOne(opts, item, job, current.controller.signal);
      current = null;
      lastEnded = Date.now();
      // Paused mid-request: not an attempt that counts against the page.
      if (outcome === null) await startAttempt(db, job.id!, index, -1);
      // Written into the job as it is now: it may have been paused while the request ran.
      else await recordOutcome(db, job.id!, index, outcome);
      await opts.onStep?.();
    }
  }

  async function drain(): Promise<void> {
    try {
      while (wanted) {
        wanted = false;
        await work();
      }
    } catch (e) {
      // A closed or broken database: the jobs keep their state and go on at the next kick.
      console.error('Nianbao Lens: collection stopped', e);
    } finally {
      active = null;
    }
  }

  return {
    kick() {
      wanted = true;
      active ??= drain();
      return active;
    },
    pause(jobId) {
      if (current?.jobId === jobId) current.controller.abort();
    },
  };
}
