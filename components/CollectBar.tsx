// The popup on a page that is not a report: if it lists reports, collect the reports it links to.
// A list over several pages is read to its end first (the background follows its pager); every report
// found is offered with a checkbox, those already saved marked and unchecked. The background does the
// work; this shows how far it is, pauses and resumes it, and lists what failed for a retry. Closing
// the popup does not stop it: opened again, it finds the collection.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground, sendToContent, type ListingPage } from '@/lib/messages';
import type { CollectJob, Gathered, ReportLink } from '@/lib/model';
import { POLITE_DELAY_MS, progressOf } from '@/lib/collect/job';
import type { Strings } from '@/lib/i18n';
import { AttachmentOffer } from './AttachmentOffer';
import { ChooseReports } from './ChooseReports';

const POLL_MS = 500;

/** The library on the scorecard of what this list's collection saved. */
const openScorecard = (source: string) =>
  void browser.tabs.create({
    url: browser.runtime.getURL(`/library.html?view=scorecard&source=${encodeURIComponent(source)}`),
  });

export function CollectBar({ tabId, s }: { tabId: number; s: Strings }) {
  /** undefined: still asking the page. */
  const [page, setPage] = useState<ListingPage | null | undefined>(undefined);
  const [job, setJob] = useState<CollectJob | null>(null);
  const [error, setError] = useState('');
  /** The list's other pages read: every report of the list. */
  const [gathered, setGathered] = useState<Gathered | 'reading' | null>(null);
  /** Of the reports found, those already in the library, and those chosen to collect (null: not known yet,
   * until the library has said which it holds; the button does not say 0 meanwhile). */
  const [saved, setSaved] = useState<Set<string>>(new Set());
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const source = page?.url ?? '';
  const links: ReportLink[] = gathered && gathered !== 'reading' ? gathered.links : (page?.links ?? []);

  useEffect(() => {
    sendToContent(tabId, { type: 'get-links' }).then(setPage, () => setPage(null));
  }, [tabId]);
  // Whenever the reports found change, or a collection ends: which are saved already; the others chosen.
  useEffect(() => {
    if (!links.length) return;
    setChosen(null);
    const urls = links.map((l) => l.url);
    sendToBackground({ type: 'saved-among', urls }).then(
      (found) => {
        const have = new Set(found);
        setSaved(have);
        setChosen(new Set(urls.filter((u) => !have.has(u))));
      },
      () => setChosen(new Set(urls)),
    );
  }, [links, job?.state === 'done']);
  const gather = async () => {
    if (!page) return;
    setGathered('reading');
    try {
      setGathered(await sendToBackground({ type: 'list-gather', source, links: page.links, pages: page.pager.pages }));
    } catch {
      setGathered(null);
      setError(s.collectFailed(s.problem({ code: 'disconnected' })));
    }
  };
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
  const picked = chosen ? links.filter((l) => chosen.has(l.url)) : [];
  const start = () =>
    page && act(sendToBackground({ type: 'collect-start', source, title: page.title, links: picked }));
  const change = (action: 'pause' | 'resume' | 'retry') =>
    job && act(sendToBackground({ type: 'collect-change', id: job.id!, action }));

  const failed = job?.items.filter((i) => i.status === 'failed') ?? [];
  // Offered on a listing page with no collection under way; again once one ended without failures.
  const offer = !!links.length && (!job || (job.state === 'done' && failed.length === 0));
  if (page === undefined) return null;
  const files = page?.attachments ?? [];
  const intro = (
    <>
      {files.length > 0 && <AttachmentOffer files={files} from={page!.url} s={s} />}
      {(files.length === 0 || !!page?.links.length) && (
        <p class="empty">{page?.links.length ? s.listingPage(page.links.length) : s.notReport}</p>
      )}
      {!!page?.more && <p class="note">{s.listingMore(page.more, page.links.length)}</p>}
      {(page?.pager.scripted || (gathered && gathered !== 'reading' && gathered.scripted)) && (
        <p class="pager-note" data-note="scripted">
          {s.pagerScripted(page!.links.length, page!.pager.records)}
        </p>
      )}
      {!!page?.pager.pages.length && gathered === null && (
        <p class="pager-note">
          {s.pagerMore}{' '}
          <button type="button" class="secondary" data-action="gather" onClick={() => void gather()}>
            {s.gatherPages}
          </button>
        </p>
      )}
      {gathered === 'reading' && (
        <p class="pager-note" role="status">
          {s.gathering}
        </p>
      )}
      {gathered && gathered !== 'reading' && (
        <p class="pager-note" role="status">
          {s.gathered(gathered.pages, gathered.links.length)}
          {gathered.skipped > 0 && ` ${s.gatherSkipped(gathered.skipped)}`}
          {gathered.failed.map((f) => (
            <span class="fail" key={f.url}>
              {' '}
              {s.gatherFailed(f.url, s.problem(f.problem))}
            </span>
          ))}
        </p>
      )}
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
          <button type="button" class="primary" data-action="collect" onClick={start} disabled={!picked.length}>
            {!chosen || picked.length === links.length ? s.collect(links.length) : s.collectChosen(picked.length)}
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
      {job?.state === 'done' && (
        <p>
          <button type="button" class="link" data-action="scorecard" onClick={() => openScorecard(source)}>
            {s.scorecardOfColumn}
          </button>
        </p>
      )}
      {offer && gathered !== 'reading' && chosen && (
        <ChooseReports links={links} saved={saved} chosen={chosen} onChange={setChosen} s={s} />
      )}
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
