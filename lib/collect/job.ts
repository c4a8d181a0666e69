// A collection's state, as pure functions of the job record: what is next, how far it is, and
// what a retry puts back in the queue.
import type { CollectItem, CollectJob, Progress, ReportLink } from '../model';

/** Between two requests to a portal: about the pace of a careful reader opening them by hand. */
export const POLITE_DELAY_MS = 1000;

/** A pause between requests: fixed, or as the user's options say at the moment it is asked. */
export type Delay = number | (() => Promise<number>);

export const delayOf = async (delay: Delay | undefined): Promise<number> =>
  typeof delay === 'function' ? delay() : (delay ?? POLITE_DELAY_MS);

export function newJob(source: string, title: string, links: ReportLink[], now: number): CollectJob {
  return {
    source,
    title,
    origin: new URL(source).origin,
    state: links.length ? 'running' : 'done',
    createdAt: now,
    items: links.map(({ url, title }) => ({ url, title, status: 'pending' })),
  };
}

export function progressOf(job: CollectJob): Progress {
  const count = (status: CollectItem['status']) => job.items.filter((i) => i.status === status).length;
  const [saved, duplicate, failed] = [count('saved'), count('duplicate'), count('failed')];
  return { total: job.items.length, done: saved + duplicate + failed, saved, duplicate, failed };
}

export const nextPending = (job: CollectJob): number => job.items.findIndex((i) => i.status === 'pending');

/** The job with one item's outcome written in; done once nothing is pending. */
export function withOutcome(job: CollectJob, index: number, item: CollectItem): CollectJob {
  const items = job.items.map((old, i) => (i === index ? item : old));
  const next = { ...job, items };
  return nextPending(next) < 0 ? { ...next, state: 'done' } : next;
}

/** Failed items back in the queue, and the job running again. */
export function retryFailed(job: CollectJob): CollectJob {
  if (!job.items.some((i) => i.status === 'failed')) return job;
  const items = job.items.map((i): CollectItem =>
    i.status === 'failed' ? { url: i.url, title: i.title, status: 'pending' } : i,
  );
  return { ...job, items, state: 'running' };
}
