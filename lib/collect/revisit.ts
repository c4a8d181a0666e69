// 检查已保存报告是否有改动: each saved report's address fetched again (its own site only, the
// collector's time and size limits, the collector's polite pause between requests), read, and kept as
// a new version where it says something else now. One report per call, so that the library page shows
// progress and can stop between reports.
import type { Revisited } from '../model';
import type { LibraryDb } from '../store/db';
import { saveReport } from '../library/repository';
import { problemOf, type FetchLimits } from './fetch-file';
import { fetchReport } from './fetch-report';
import { delayOf, type Delay } from './job';
import { sleep } from '../base/pause';

export interface RevisitOptions {
  db: LibraryDb;
  fetchPage?: typeof fetch;
  delayMs?: Delay;
  limits?: Partial<FetchLimits>;
}

/** A revisitor that keeps the polite pause between its requests, whoever asks. */
export function createRevisitor(opts: RevisitOptions): (id: number) => Promise<Revisited | null> {
  let lastEnded = -Infinity;
  let queue: Promise<unknown> = Promise.resolve();
  const one = async (id: number): Promise<Revisited | null> => {
    const saved = await opts.db.reports.get(id);
    if (!saved) return null;
    const wait = lastEnded + (await delayOf(opts.delayMs)) - Date.now();
    if (wait > 0) await sleep(wait);
    try {
      const { origin } = new URL(saved.url);
      const payload = await fetchReport(saved.url, origin, opts.fetchPage, {
        limits: opts.limits,
        ...(saved.from ? { from: saved.from } : {}),
      });
      const outcome = await saveReport(opts.db, payload, { update: false });
      if (outcome.status === 'failed') return { id, status: 'failed', problem: outcome.problem };
      return outcome.status === 'version'
        ? { id, status: 'changed', version: outcome.version }
        : { id, status: 'same' };
    } catch (e) {
      return { id, status: 'failed', problem: problemOf(e) };
    } finally {
      lastEnded = Date.now();
    }
  };
  // One request at a time, in the order asked.
  return (id) => {
    const next = queue.then(() => one(id));
    queue = next.catch(() => undefined);
    return next;
  };
}
