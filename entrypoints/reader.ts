// The reader, injected by the background into a page the content script's probe found may be a report
// (entrypoints/content.ts): reads and checks it, marks its cells, shows the chip, tells the background,
// answers the popup about it, and on a report-titled page without tables offers its attached file. It
// registers itself in the extension's world of the page (lib/content-world.ts) and reads once at once.
// First: when loading began (see the module).
import { loadedAt } from '@/lib/page/loaded-at';
import { readPage } from '@/lib/inputs/dom';
import { analyzeReadings, isReadReport, toJson } from '@/lib/analyze';
import { pageStrings } from '@/lib/i18n/page';
import { PAGE_DEFAULTS, sendToBackground, type PageState } from '@/lib/messages';
import type { Report } from '@/lib/model';
import { isElement } from '@/lib/page/element';
import { articleHtml } from '@/lib/page/article';
import { findAttachments } from '@/lib/page/attachments';
import { removeChip, showChip } from '@/lib/page/chip';
import { applyHighlights, clearHighlights, elementMarks } from '@/lib/page/highlight';
import { revealCells } from '@/lib/page/reveal';
import { saveNote } from '@/lib/page/save-note';
import { chipOf } from '@/lib/page/summary-text';
import { installTooltips } from '@/lib/page/tooltip';
import { describeMark } from '@/lib/page/describe-mark';
import { world, type Reader } from '@/lib/content-world';

export default defineUnlistedScript(() => {
  if (world.nianbaoLensReader) return;
  /** What loading the reader's modules cost, up to here. */
  const loadMs = performance.now() - loadedAt;
  /** The page's language, or the one the user chose in the options (told with each reading). */
  let lang = navigator.language;
  let read: { report: Report<unknown>; state: PageState; stop: () => void } | null = null;
  let readMs: number | null = null;
  let reads = 0;
  const pageUi = (show: () => void) => {
    try {
      show();
    } catch (e) {
      console.warn('Nianbao Lens: the page did not let us show our marks', e);
    }
  };

  /** The page is no report but offers its report as a file: the chip offers to read it. */
  let offered = '';
  const offerFiles = (files = findAttachments(document, location.href)) => {
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

  const readNow = (): boolean => {
    const t0 = performance.now();
    const report = analyzeReadings(readPage(document));
    readMs = performance.now() - t0;
    reads++;
    if (!isReadReport(report)) {
      offerFiles();
      return false;
    }
    read?.stop();
    const marked = [...report.cells].filter(([, c]) => isElement(c.node)).map(([id]) => id);
    // What the popup, the badge and saving need comes first; the page UI may fail alone (a page can
    // break its own DOM in ways no code foresees).
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

  const reader: Reader = {
    read: readNow,
    isReport: () => read !== null,
    offersFile: () => offered !== '',
    offerFiles,
    clear,
    timing: () => ({ readMs, reads, loadMs }),
    state: () => read?.state ?? null,
    payload: () =>
      read
        ? {
            url: location.href,
            html: articleHtml(document, read.report),
            report: read.state.report,
            text: read.report.text,
          }
        : null,
    reveal: (cells) => (read && !read.state.cleared ? revealCells(read.report, cells) : 0),
    notify: (outcome) => {
      const note = saveNote(outcome, pageStrings(lang), read?.report.findings ?? null);
      pageUi(() => showChip(document, note.text, note.tone, pageStrings(lang).close));
    },
  };
  world.nianbaoLensReader = reader;
});
