// Content script: a small probe. A cheap title test on every page it runs on; only when that says the
// page may be a report does it have the background inject the reader (entrypoints/reader.ts), again
// when the portal fills the article in by script, then it stops. On other pages it answers the popup
// about the page's report links and tells the badge of a list of reports. When the extension is
// reloaded or updated (WXT's context invalidated), it has the reader take its marks away.
import { browser } from 'wxt/browser';
import {
  dispatch,
  sendToBackground,
  type ContentReplies,
  type Handlers,
  type Timing,
  type ToContent,
} from '@/lib/messages';
import { findReportLinks, readListPage } from '@/lib/page/links';
import { findAttachments } from '@/lib/page/attachments';
import { PageNames, pageMayBeReport } from '@/lib/page/probe';
import { GOV_SITES } from '@/lib/base/address';
import { isRelevant } from '@/lib/page/relevant';
import { world } from '@/lib/content-world';

const SETTLE_MS = 400;
/** A page that never settles (a clock, a ticker) is read anyway this long after it first changed. */
const MAX_WAIT_MS = 2000;
/** Full reads of a page that keeps changing without becoming a report; then it is left alone. */
const MAX_READS = 8;
const GIVE_UP_MS = 30_000;

export default defineContentScript({
  matches: [GOV_SITES],
  runAt: 'document_idle',
  main(ctx) {
    // Injected again when the user enables a site whose script already runs: one per page.
    if (world.nianbaoLensLoaded) return;
    world.nianbaoLensLoaded = true;
    let probeMs = 0;
    /** The last look at a page the probe said no to, whole: the probe and the look for the page's files. */
    let passMs: number | null = null;
    let injectMs: number | null = null;
    let mayBeReport = false;

    /** The page lists reports to collect (a portal's 年报 column): the badge says how many. Its links
     * are walked only when its title names annual reports. */
    let listed = 0;
    const offerList = () => {
      if (world.nianbaoLensReader?.offersFile() || !/年报|年度报告/.test(document.title)) return;
      const count = findReportLinks(document, location.href).links.length;
      if (count < 2 || count === listed) return;
      listed = count;
      void sendToBackground({ type: 'page-list', count }).catch(() => undefined);
    };

    /** The reader, injected by the background the first time the probe says yes; null where it could
     * not be (the page shows no marks, as on a page the extension may not touch). */
    const reader = async () => {
      if (!world.nianbaoLensReader) {
        const t0 = performance.now();
        await sendToBackground({ type: 'load-reader' }).catch(() => null);
        injectMs = performance.now() - t0;
      }
      return world.nianbaoLensReader ?? null;
    };

    /** Probe, then read where the probe says so; resolves true once a report is read. A page that is no
     * report but links its report's file has the reader offer it. */
    const tryRead = async (): Promise<boolean> => {
      const t0 = performance.now();
      // What the page says it is, looked up once for the probe and the offer of its files.
      const names = new PageNames(document);
      const maybe = pageMayBeReport(document, names);
      probeMs = performance.now() - t0;
      mayBeReport ||= maybe;
      if (maybe) {
        const found = (await reader())?.read() ?? false;
        if (!found) offerList();
        return found;
      }
      const files = findAttachments(document, location.href, names);
      passMs = performance.now() - t0;
      if (files.length) (await reader())?.offerFiles(files);
      offerList();
      return false;
    };

    const handlers: Handlers<ToContent, ContentReplies, void> = {
      'get-state': () => world.nianbaoLensReader?.state() ?? null,
      'get-timing': (): Timing => ({
        probeMs,
        passMs,
        injectMs,
        mayBeReport,
        readMs: null,
        ...world.nianbaoLensReader?.timing(),
      }),
      'get-payload': () => world.nianbaoLensReader?.payload() ?? null,
      'get-links': () => ({
        url: location.href,
        title: document.title.trim(),
        ...(world.nianbaoLensReader?.isReport()
          ? { links: [], more: 0, pager: { pages: [], scripted: false } }
          : readListPage(document, location.href)),
        attachments: world.nianbaoLensReader?.isReport() ? [] : findAttachments(document, location.href),
      }),
      reveal: (m) => world.nianbaoLensReader?.reveal(m.cells) ?? 0,
      clear: () => {
        world.nianbaoLensReader?.clear();
        return true as const;
      },
      // The shortcut's save, said in the chip: on a page that is no report the reader comes to say so.
      notify: (m) => {
        void reader().then((r) => r?.notify(m.outcome));
        return true as const;
      },
    };
    // Only the extension itself (the popup, the background) talks to the content script.
    const listener = (message: unknown, sender: { id?: string }) =>
      sender.id === browser.runtime.id ? dispatch(handlers, message as ToContent, undefined) : undefined;
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      world.nianbaoLensReader?.clear();
      world.nianbaoLensLoaded = false;
    });

    // Portals that fill the article by script: read when the page settles, or at the latest
    // MAX_WAIT_MS after it began changing; stop once read, after MAX_READS reads, or after GIVE_UP_MS.
    let timer: number | undefined;
    let firstChange = 0;
    let done = false;
    const stop = () => {
      done = true;
      observer.disconnect();
      clearTimeout(timer);
    };
    const attempt = () => {
      timer = undefined;
      firstChange = 0;
      void tryRead().then((found) => {
        if (found || (world.nianbaoLensReader?.timing().reads ?? 0) >= MAX_READS) stop();
      });
    };
    const observer = new MutationObserver((records) => {
      // An extension reloaded or updated under the page: this reads as invalid and cleans up.
      if (ctx.isInvalid || done) return;
      // A clock or a ticker (text changing in place) is no reason to read again.
      if (!isRelevant(records)) return;
      const now = performance.now();
      firstChange ||= now;
      clearTimeout(timer);
      timer = ctx.setTimeout(attempt, Math.min(SETTLE_MS, Math.max(0, firstChange + MAX_WAIT_MS - now)));
    });
    void tryRead().then((found) => {
      if (found || done) return;
      // The document itself, not its root element: a page that is no report has then had no element touched
      // by this script (the first sets up the world's DOM bindings, 0.5 ms).
      observer.observe(document, { childList: true, subtree: true, characterData: true });
      ctx.setTimeout(stop, GIVE_UP_MS);
      ctx.onInvalidated(stop);
    });
  },
});
