// The popup on a page that is not a report: if it lists reports, collect every report it links to.
// The background does the work; this shows how far it is, pauses and resumes it, and lists what
// failed for a retry. Closing the popup does not stop it: opened again, it finds the collection.
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground, sendToContent, type ListingPage } from '@/lib/messages';
import type { CollectJob } from '@/lib/model';
import { POLITE_DELAY_MS, progressOf } from '@/lib/collect/job';
import type { Strings } from '@/lib/i18n';
import { AttachmentOffer } from './AttachmentOffer';

const POLL_MS = 500;

export function CollectBar({ tabId, s }: { tabId: number; s: Strings }) {
  /** undefined: still asking the page. */
  const [page, setPage] = useState<ListingPage | null | undefined>(undefined);
  const [job, setJob] = useState<CollectJob | null>(null);
  const [error, setError] = useState('');
  const source = page?.url ?? '';

  useEffect(() => {
    sendToContent(tabId, { type: 'get-links' }).then(setPage, () => setPage(null));
  }, [tabId]);
  const refresh = () => void sendToBackground({ type: 'collect-status', source }).then(setJob, () => undefined);
  useEffect(() => {
    if (source) refresh();
  }, [source]);

  // While it runs, follow it.
  useEffect(() => {
    if (job?.state !== 'running') return;
    const timer = setInterval(refresh, POLL_MS);
    return () => clearInterval(timer);
  }, [job?.state, source]);

  const act = (p: Promise<CollectJob | null>) =>
    p.then(
      (j) => (setError(''), setJob(j)),
      () => setError(s.collectFailed(s.problem({ code: 'disconnected' }))),
    );
  const start = () =>
    page && act(sendToBackground({ type: 'collect-start', source, title: page.title, links: page.links }));
  const change = (action: 'pause' | 'resume' | 'retry') =>
    job && act(sendToBackground({ type: 'collect-change', id: job.id!, action }));

  const failed = job?.items.filter((i) => i.status === 'failed') ?? [];
  // Offered on a listing page with no collection under way; again once one ended without failures.
  const offer = !!page?.links.length && (!job || (job.state === 'done' && failed.length === 0));
  if (page === undefined) return null;
  const files = page?.attachments ?? [];
  const intro = (
    <>
      {files.length > 0 && <AttachmentOffer files={files} from={page!.url} s={s} />}
      {(files.length === 0 || !!page?.links.length) && (
        <p class="empty">{page?.links.length ? s.listingPage(page.links.length) : s.notReport}</p>
      )}
      {!!page?.more && <p class="note">{s.listingMore(page.more, page.links.length)}</p>}
    </>
  );
  if (!job && !offer) return intro;
  const progress = job && progressOf(job);
  return (
    <section class="collect" data-state={job?.state ?? 'none'} aria-live="polite">
      {intro}
      {job && progress && (
        <>
          <progress value={progress.done} max={progress.total} />
          <p class="progress-text">{s.collectProgress(progress)}</p>
          <p class="note">
            {job.state === 'running' ? s.collectRunning : job.state === 'paused' ? s.collectPaused : s.collectDone}
          </p>
        </>
      )}
      <div class="actions">
        {offer && (
          <button type="button" class="primary" data-action="collect" onClick={start}>
            {s.collect(page!.links.length)}
          </button>
        )}
        {job?.state === 'running' && (
          <button type="button" class="secondary" data-action="pause" onClick={() => change('pause')}>
            {s.pause}
          </button>
        )}
        {job?.state === 'paused' && (
          <button type="button" class="primary" data-action="resume" onClick={() => change('resume')}>
            {s.resume}
          </button>
        )}
        {job?.state === 'done' && failed.length > 0 && (
          <button type="button" class="secondary" data-action="retry" onClick={() => change('retry')}>
            {s.retryFailed(failed.length)}
          </button>
        )}
      </div>
      {offer && <p class="note">{s.collectHint(POLITE_DELAY_MS / 1000)}</p>}
      {failed.length > 0 && (
        <details class="failures" open>
          <summary>{s.failures(failed.length)}</summary>
          <ul>
            {failed.map((i) => (
              <li key={i.url}>
                <a href={i.url} target="_blank" rel="noreferrer">
                  {i.title}
                </a>
                <span class="fail">{i.problem ? s.problem(i.problem) : ''}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {error && <p class="fail">{error}</p>}
    </section>
  );
}
