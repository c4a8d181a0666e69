// Content script: a thin loader. A cheap title test on every page it runs on; the full read only
// when that says yes, again when the portal fills the article in by script, then it stops.
// It marks the page, tells the background (for the badge) and answers the popup. When the extension
// is reloaded or updated (WXT's context invalidated), it takes its marks, listeners and timers away.
import { browser } from 'wxt/browser';
import { readPage } from '@/lib/inputs/dom';
import { analyzeReadings, isReadReport, toJson } from '@/lib/analyze';
import { pageStrings } from '@/lib/i18n/page';
import {
  dispatch,
  PAGE_DEFAULTS,
  sendToBackground,
  type ContentReplies,
  type Handlers,
  type PageState,
  type Timing,
  type ToContent,
} from '@/lib/messages';
import type { Report } from '@/lib/model';
import { isElement } from '@/lib/page/element';
import { articleHtml } from '@/lib/page/article';
import { findReportLinks, readListPage } from '@/lib/page/links';
import { findAttachments } from '@/lib/page/attachments';
import { removeChip, showChip } from '@/lib/page/chip';
import { applyHighlights, clearHighlights, elementMarks } from '@/lib/page/highlight';
import { pageMayBeReport } from '@/lib/page/probe';
import { revealCells } from '@/lib/page/reveal';
import { saveNote } from '@/lib/page/save-note';
import { chipOf } from '@/lib/page/summary-text';
import { installTooltips } from '@/lib/page/tooltip';
import { GOV_SITES } from '@/lib/base/address';
import { isRelevant } from '@/lib/page/relevant';
import { describeMark } from '@/lib/page/describe-mark';

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
    // Injected again when the user enables a site whose script already runs: one reader per page.
    const world = globalThis as { nianbaoLensLoaded?: boolean };
    if (world.nianbaoLensLoaded) return;
    world.nianbaoLensLoaded = true;
    /** The page's language, or the one the user chose in the options (told with each reading). */
    let lang = navigator.language;
    let read: { report: Report<unknown>; state: PageState; stop: () => void } | null = null;

    let timing: Timing | null = null;
    /** Full reads so far: the first, and those after the page changed (at most MAX_READS). */
    let fullReads = 0;
    const pageUi = (show: () => void) => {
      try {
        show();
      } catch (e) {
        console.warn('Nianbao Lens: the page did not let us show our marks', e);
      }
    };

    /** The page is no report but offers its report as a file: the chip offers to read it. */
    let offered = '';
    const offerFiles = () => {
      const files = findAttachments(document, location.href);
      const first = files[0];
      if (!first || offered === first.url) return;
      offered = first.url;
      const open = () => void sendToBackground({ type: 'open-attachment', url: first.url }).catch(() => undefined);
      // The offer is the chip's only way to the file: it shows even with the report chip turned off.
      void sendToBackground({ type: 'page-files', kinds: files.map((f) => f.kind) })
        .catch(() => PAGE_DEFAULTS)
        .then((settings) => {
          if (settings.lang) lang = settings.lang;
          const s = pageStrings(lang);
          pageUi(() =>
            showChip(document, s.attachmentOffer(first.kind ?? s.fileOfUnknownKind), 'file', s.close, {
              label: s.readAttachment,
              run: open,
            }),
          );
        });
    };

    /** The page lists reports to collect (a portal's 年报 column): the badge says how many. Its links
     * are walked only when its title names annual reports. */
    let listed = 0;
    const offerList = () => {
      if (offered || !/年报|年度报告/.test(document.title)) return;
      const count = findReportLinks(document, location.href).links.length;
      if (count < 2 || count === listed) return;
      listed = count;
      void sendToBackground({ type: 'page-list', count }).catch(() => undefined);
    };
    const notReport = () => {
      offerFiles();
      offerList();
    };

    const tryRead = (): boolean => {
      const t0 = performance.now();
      const maybe = pageMayBeReport(document);
      const t1 = performance.now();
      timing = { probeMs: t1 - t0, readMs: null };
      if (!maybe) {
        notReport();
        return false;
      }
      const report = analyzeReadings(readPage(document));
      timing.readMs = performance.now() - t1;
      timing.reads = ++fullReads;
      if (!isReadReport(report)) {
        notReport();
        return false;
      }
      read?.stop();
      const marked = [...report.cells].filter(([, c]) => isElement(c.node)).map(([id]) => id);
      // What the popup, the badge and saving need comes first; the page UI may fail alone (a page
      // can break its own DOM in ways no code foresees).
      const attachments = findAttachments(document, location.href);
      const state = { report: toJson(report, location.href), marked, ...(attachments.length ? { attachments } : {}) };
      read = { report, state, stop: () => undefined };
      const findings = report.findings.map(({ rule, scope, cells, reported, computed, severity }) => ({
        rule,
        scope,
        cells,
        reported,
        computed,
        severity,
      }));
      // The marks and the chip follow the user's options (the chip off, another language), and the chip
      // counts what is still open: findings a verdict in the library dismissed leave it.
      void sendToBackground({ type: 'page-read', findings })
        .catch(() => ({ dismissed: [] as number[], settings: PAGE_DEFAULTS }))
        .then(({ dismissed, settings }) => {
          // Read again, or cleared, meanwhile: this reading's marks are not to be shown.
          if (read?.report !== report || read.state.cleared) return;
          if (settings.lang) lang = settings.lang;
          pageUi(() => {
            const marks = elementMarks(report);
            applyHighlights(document, marks, (mark) => describeMark(mark, lang));
            read!.stop = installTooltips(document, report, marks, lang);
          });
          if (!settings.chip) return;
          const said = chipOf(
            report.findings.filter((_, i) => !dismissed.includes(i)),
            pageStrings(lang),
          );
          pageUi(() => showChip(document, said.text, said.tone, pageStrings(lang).close));
        });
      return true;
    };

    const clear = () => {
      // The popup then offers no cell to show: none is marked any more.
      if (read) read.state = { ...read.state, marked: [], cleared: true };
      read?.stop();
      clearHighlights(document);
      removeChip(document);
    };
    const handlers: Handlers<ToContent, ContentReplies, void> = {
      'get-state': () => read?.state ?? null,
      'get-timing': () => timing,
      'get-payload': () =>
        read
          ? {
              url: location.href,
              html: articleHtml(document, read.report),
              report: read.state.report,
              text: read.report.text,
            }
          : null,
      'get-links': () => ({
        url: location.href,
        title: document.title.trim(),
        ...(read
          ? { links: [], more: 0, pager: { pages: [], scripted: false } }
          : readListPage(document, location.href)),
        attachments: read ? [] : findAttachments(document, location.href),
      }),
      reveal: (message) => (read && !read.state.cleared ? revealCells(read.report, message.cells) : 0),
      clear: () => {
        clear();
        return true as const;
      },
      notify: (message) => {
        const note = saveNote(message.outcome, pageStrings(lang), read?.report.findings ?? null);
        pageUi(() => showChip(document, note.text, note.tone, pageStrings(lang).close));
        return true as const;
      },
    };
    // Only the extension itself (the popup, the background) talks to the content script.
    const listener = (message: unknown, sender: { id?: string }) =>
      sender.id === browser.runtime.id ? dispatch(handlers, message as ToContent, undefined) : undefined;
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      clear();
      world.nianbaoLensLoaded = false;
    });

    if (tryRead()) return;
    // Portals that fill the article by script: read when the page settles, or at the latest
    // MAX_WAIT_MS after it began changing; stop once read, after MAX_READS reads, or after GIVE_UP_MS.
    let timer: number | undefined;
    let firstChange = 0;
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    const attempt = () => {
      timer = undefined;
      firstChange = 0;
      if (tryRead() || fullReads >= MAX_READS) stop();
    };
    const observer = new MutationObserver((records) => {
      // An extension reloaded or updated under the page: this reads as invalid and cleans up.
      if (ctx.isInvalid) return;
      // A clock or a ticker (text changing in place) is no reason to read again.
      if (!isRelevant(records)) return;
      const now = performance.now();
      firstChange ||= now;
      clearTimeout(timer);
      timer = ctx.setTimeout(attempt, Math.min(SETTLE_MS, Math.max(0, firstChange + MAX_WAIT_MS - now)));
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    ctx.setTimeout(stop, GIVE_UP_MS);
    ctx.onInvalidated(stop);
  },
});
