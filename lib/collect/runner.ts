// Works through the running collections in the background: one request at a time across all of
// them, a polite pause between requests, each outcome written to the job as it comes, so that the
// popup can show progress and a restarted background goes on where it stopped.
import type { CollectItem } from '../model';
import type { LibraryDb } from '../store/db';
import { saveReport } from '../library/repository';
import { CollectError, fetchReport } from './fetch-report';
import { nextPending, POLITE_DELAY_MS } from './job';
import { finishJob, recordOutcome } from './jobs';

export interface RunnerOptions {
  db: LibraryDb;
  fetchPage?: typeof fetch;
  delayMs?: number;
  /** Called after each report; the background uses it to stay awake while a collection runs. */
  onStep?: () => Promise<unknown>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function collectOne(opts: RunnerOptions, item: CollectItem, origin: string): Promise<CollectItem> {
  const base = { url: item.url, title: item.title };
  try {
    const payload = await fetchReport(item.url, origin, opts.fetchPage);
    const outcome = await saveReport(opts.db, payload, { update: false });
    if (outcome.status === 'failed') return { ...base, status: 'failed', problem: outcome.problem };
    return { ...base, status: outcome.status === 'duplicate' ? 'duplicate' : 'saved', reportId: outcome.id };
  } catch (e) {
    const problem =
      e instanceof CollectError
        ? e.problem
        : { code: 'read-failed' as const, detail: String((e as Error)?.message ?? e) };
    return { ...base, status: 'failed', problem };
  }
}

/** The loop, with kick() to start it when a job was started or resumed; never two loops at once. */
export function createRunner(opts: RunnerOptions): { kick: () => Promise<void> } {
  const { db } = opts;
  let active: Promise<void> | null = null;
  let wanted = false;

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
      const wait = lastEnded + (opts.delayMs ?? POLITE_DELAY_MS) - Date.now();
      if (wait > 0) {
        // Then look again: the job may have been paused meanwhile.
        await sleep(wait);
        continue;
      }
      const item = await collectOne(opts, job.items[index], job.origin);
      // Written into the job as it is now: it may have been paused while the request ran.
      await recordOutcome(db, job.id!, index, item);
      lastEnded = Date.now();
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
  };
}
