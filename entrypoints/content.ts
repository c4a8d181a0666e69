// Content script: a thin loader. A cheap title test on every government page; the full read only
// when that says yes, again when the portal fills the article in by script, then it stops.
import { docFromDom } from '@/lib/adapters/dom';
import { analyzePage } from '@/lib/analyze';
import { showChip } from '@/lib/page/chip';
import { applyHighlights } from '@/lib/page/highlight';
import { pageMayBeReport } from '@/lib/page/probe';
import { summaryText } from '@/lib/page/summary-text';

const SETTLE_MS = 400;
const GIVE_UP_MS = 30_000;

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main() {
    const read = (): boolean => {
      if (!pageMayBeReport(document)) return false;
      const report = analyzePage(docFromDom(document));
      if (report.kind !== 'report' || (!report.t3 && !report.t4 && report.format !== 'pre2019')) return false;
      applyHighlights(document, report);
      const errors = report.findings.some((f) => f.severity === 'error');
      const warnings = report.findings.some((f) => f.severity === 'warning');
      const lang = navigator.language;
      showChip(document, summaryText(report.findings, lang), errors ? 'error' : warnings ? 'warning' : 'clean', /^zh/i.test(lang) ? '关闭' : 'Close');
      return true;
    };
    if (read()) return;
    // Portals that fill the article by script: read when the page settles, stop once read.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver((records) => {
      if (records.every((r) => (r.target as Element).closest?.('nianbao-lens-chip'))) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (read()) observer.disconnect();
      }, SETTLE_MS);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    setTimeout(() => observer.disconnect(), GIVE_UP_MS);
  },
});
