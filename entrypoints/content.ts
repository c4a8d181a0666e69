// Content script: a thin loader. A cheap title test on every page it runs on; the full read only
// when that says yes, again when the portal fills the article in by script, then it stops.
// It marks the page, tells the background (for the badge) and answers the popup.
import { browser } from 'wxt/browser';
import { readPage } from '@/lib/inputs/dom';
import { analyzeReadings, isReadReport, toJson } from '@/lib/analyze';
import { strings } from '@/lib/i18n';
import { sendToBackground, type PageState, type Timing, type ToContent } from '@/lib/messages';
import type { Report } from '@/lib/model';
import { isElement } from '@/lib/page/element';
import { articleHtml } from '@/lib/page/article';
import { reportLinks } from '@/lib/page/links';
import { removeChip, showChip } from '@/lib/page/chip';
import { applyHighlights, clearHighlights, elementMarks } from '@/lib/page/highlight';
import { pageMayBeReport } from '@/lib/page/probe';
import { revealCells } from '@/lib/page/reveal';
import { saveNote } from '@/lib/page/save-note';
import { summaryText } from '@/lib/page/summary-text';
import { installTooltips } from '@/lib/page/tooltip';
import { countSeverity } from '@/lib/base/severity';
import { GOV_SITES } from '@/lib/base/address';

const SETTLE_MS = 400;
const GIVE_UP_MS = 30_000;

export default defineContentScript({
  matches: [GOV_SITES],
  runAt: 'document_idle',
  main() {
    // Injected again when the user enables a site whose script already runs: one reader per page.
    const world = globalThis as { nianbaoLensLoaded?: boolean };
    if (world.nianbaoLensLoaded) return;
    world.nianbaoLensLoaded = true;
    const lang = navigator.language;
    let read: { report: Report<unknown>; state: PageState; stop: () => void } | null = null;

    let timing: Timing | null = null;

    const tryRead = (): boolean => {
      const t0 = performance.now();
      const maybe = pageMayBeReport(document);
      const t1 = performance.now();
      timing = { probeMs: t1 - t0, readMs: null };
      if (!maybe) return false;
      const report = analyzeReadings(readPage(document));
      timing.readMs = performance.now() - t1;
      if (!isReadReport(report)) return false;
      read?.stop();
      const marks = elementMarks(report);
      applyHighlights(document, marks);
      const stopTips = installTooltips(document, report, marks, lang);
      const errors = countSeverity(report.findings, 'error');
      const warnings = countSeverity(report.findings, 'warning');
      showChip(document, summaryText(report.findings, lang), errors ? 'error' : warnings ? 'warning' : 'clean', strings(lang).close);
      const marked = [...report.cells].filter(([, c]) => isElement(c.node)).map(([id]) => id);
      read = { report, state: { report: toJson(report, location.href), marked }, stop: stopTips };
      void sendToBackground({ type: 'page-read', errors }).catch(() => undefined);
      return true;
    };

    const answer = (message: ToContent): unknown => {
      switch (message.type) {
        case 'get-state':
          return read?.state ?? null;
        case 'get-timing':
          return timing;
        case 'get-payload':
          return read ? { url: location.href, html: articleHtml(document, read.report), report: read.state.report } : null;
        case 'get-links':
          return { url: location.href, title: document.title.trim(), links: read ? [] : reportLinks(document, location.href) };
        case 'reveal':
          return read ? revealCells(read.report, message.cells) : 0;
        case 'clear':
          read?.stop();
          clearHighlights(document);
          removeChip(document);
          return true;
        case 'notify': {
          const note = saveNote(message.outcome, strings(lang));
          showChip(document, note.text, note.tone, strings(lang).close);
          return true;
        }
      }
    };
    browser.runtime.onMessage.addListener((message) => Promise.resolve(answer(message as ToContent)));

    if (tryRead()) return;
    // Portals that fill the article by script: read when the page settles, stop once read.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver((records) => {
      if (records.every((r) => (r.target as Element).closest?.('nianbao-lens-chip, nianbao-lens-tip'))) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (tryRead()) observer.disconnect();
      }, SETTLE_MS);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    setTimeout(() => observer.disconnect(), GIVE_UP_MS);
  },
});
