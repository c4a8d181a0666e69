// The viewer: an attachment (PDF, DOCX; RTF, Word 2003 XML, a web page or a saved page sent as a .doc)
// fetched from the page that linked it, or a saved report's file, read with the same reader and checks as
// a page, shown with its findings marked on the document itself (the same marks and tooltips as on a web
// page), the findings list beside it, and Save. Wiring only: fetching is lib/collect/attachment, reading
// lib/inputs, marking lib/page.
import { useEffect, useRef, useState } from 'preact/hooks';
import { FindingList } from '@/components/FindingList';
import { Identity } from '@/components/Identity';
import { KeyFigures } from '@/components/KeyFigures';
import { SaveBar } from '@/components/SaveBar';
import { analyzeReadings, isReadReport, toJson } from '@/lib/analyze';
import { siteOf } from '@/lib/base/address';
import { fromBase64, toBase64 } from '@/lib/base/base64';
import { fetchAttachment, fileKind, fileView, type FetchedFile, type FileView } from '@/lib/collect/attachment';
import { CollectError, problemOf } from '@/lib/collect/fetch-file';
import { isZh, strings } from '@/lib/i18n';
import { readInput } from '@/lib/inputs';
import { decodePage } from '@/lib/inputs/decode';
import { mhtHtml } from '@/lib/inputs/mht';
import { readPage } from '@/lib/inputs/dom';
import { InputError } from '@/lib/inputs/kind';
import { pageEngines } from '@/lib/inputs/page-engines';
import { sendToBackground } from '@/lib/messages';
import type { Annotations, CellId, Problem, Report, ReportJson } from '@/lib/model';
import { describeMark } from '@/lib/page/describe-mark';
import { cleanDocument, overlayCells, type Placer } from '@/lib/page/document-view';
import { applyHighlights, elementMarks } from '@/lib/page/highlight';
import { revealCells } from '@/lib/page/reveal';
import { installTooltips } from '@/lib/page/tooltip';
import { isElement } from '@/lib/page/element';
import { showText, textCells } from '@/lib/page/text-view';
import type { LibraryDb } from '@/lib/store/db';
import { keyFigures } from '@/lib/view/key-figures';
import { viewerTarget, type ViewerTarget } from '@/lib/view/viewer-url';

/** pdf.js's viewport turns a rectangle of the page's space into the drawn page's. */
interface ConvertRect {
  convertToViewportRectangle(rect: number[]): number[];
}

/** CSS pixels per PDF point: an A4 page 774 px wide. */
const SCALE = 1.3;

interface Shown {
  state: 'shown';
  file: FetchedFile;
  /** The report with the document's elements as its cells' nodes. */
  report: Report<unknown>;
  json: ReportJson;
  url: string;
  from: string | null;
  saved: boolean;
  pages: number | null;
}
type Failed = { state: 'failed'; problem: Problem | null; notReport?: boolean };
type State = { state: 'loading' } | Failed | Shown;

/** The file to show: fetched from its site, or the saved copy. */
async function load(
  db: LibraryDb,
  target: ViewerTarget,
): Promise<{ file: FetchedFile; url: string; from: string | null; saved: boolean }> {
  if ('id' in target) {
    const [report, file] = await Promise.all([db.reports.get(target.id), db.files.get(target.id)]);
    if (!report || !file) throw new InputError({ code: 'no-tab' });
    const bytes = fromBase64(file.base64);
    const kind = fileKind({ name: file.name, mime: file.mime, bytes });
    return {
      file: { bytes, mime: file.mime, name: file.name, kind },
      url: report.url,
      from: report.from ?? null,
      saved: true,
    };
  }
  // The page that linked the file and the file are of one site: a viewer address cannot fetch elsewhere.
  if (target.from && siteOf(target.from) !== siteOf(target.src)) {
    throw new CollectError({ code: 'off-site', origin: siteOf(target.from)! });
  }
  return { file: await fetchAttachment(target.src), url: target.src, from: target.from, saved: false };
}

/** Draws each page of a PDF into `into` (lazily, as it comes near the screen): the page elements, and
 * where a box of the reader's (points from the unturned page's top-left) falls on each as drawn. */
async function drawPdf(
  bytes: Uint8Array,
  into: HTMLElement,
  s: ReturnType<typeof strings>,
): Promise<{ pages: HTMLElement[]; place: Placer }> {
  const pdfjs = await pageEngines.pdf!();
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    ...pageEngines.pdfOptions,
  }).promise;
  const pages: HTMLElement[] = [];
  const viewports: { view: number[]; viewport: { width: number; height: number } & ConvertRect }[] = [];
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        const el = entry.target as HTMLElement;
        void doc.getPage(Number(el.dataset.page)).then((page) => {
          const viewport = page.getViewport({ scale: SCALE * devicePixelRatio });
          const canvas = el.querySelector('canvas')!;
          canvas.width = viewport.width;
          canvas.height = viewport.height;
          return page.render({ canvas, viewport }).promise;
        });
      }
    },
    { rootMargin: '800px 0px' },
  );
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const { width, height } = viewport;
    viewports.push({ view: page.view, viewport });
    const el = document.createElement('section');
    el.className = 'page';
    el.dataset.page = String(n);
    el.setAttribute('aria-label', s.viewerPage(n));
    // As wide as the column allows, at most SCALE px per point; the cells follow in percentages.
    Object.assign(el.style, { width: `${width * SCALE}px`, aspectRatio: `${width} / ${height}` });
    const canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    const number = document.createElement('span');
    number.className = 'number';
    number.textContent = s.viewerPage(n);
    el.append(canvas, number);
    into.append(el);
    pages.push(el);
    observer.observe(el);
  }
  // The box in the page's own space (y up), then through the page's viewport (which turns it).
  const place: Placer = (box) => {
    const { view, viewport } = viewports[box.page - 1];
    const [a, b, c, d] = viewport.convertToViewportRectangle([
      view[0] + box.x,
      view[3] - box.y - box.h,
      view[0] + box.x + box.w,
      view[3] - box.y,
    ]);
    const [x1, x2, y1, y2] = [Math.min(a, c), Math.max(a, c), Math.min(b, d), Math.max(b, d)];
    const { width, height } = viewport;
    return { left: x1 / width, top: y1 / height, width: (x2 - x1) / width, height: (y2 - y1) / height };
  };
  return { pages, place };
}

/** A Word document's, a web page's or a web archive's HTML, to be cleaned and shown. */
async function htmlOf(file: FetchedFile, view: 'docx' | 'html' | 'mht'): Promise<string> {
  if (view === 'docx') {
    return (await pageEngines.docx!())(file.bytes).catch(() => {
      throw new InputError({ code: 'corrupt', kind: 'DOCX' });
    });
  }
  return view === 'mht' ? mhtHtml(file.bytes).text : decodePage(file.bytes, file.mime);
}

/** Reads the file and lays it out in `into`: the report whose cells are elements of the view. */
async function show(file: FetchedFile, view: FileView, url: string, into: HTMLElement, s: ReturnType<typeof strings>) {
  if (view === 'text') {
    // Read as the command line reads it; the cells' spans of text then point at the elements that show them.
    const readings = await readInput({ name: file.name, mime: file.mime, bytes: file.bytes, url });
    const report = analyzeReadings(readings);
    const body = document.createElement('article');
    body.className = 'docx';
    const at = showText(readings.doc.text, body);
    into.append(body);
    return { report: textCells(report, at), pages: null };
  }
  if (view !== 'pdf') {
    // Read from the cleaned rendering itself, so that the cells found are the elements shown.
    const html = await htmlOf(file, view);
    const doc = cleanDocument(html, (h) => new DOMParser().parseFromString(h, 'text/html'));
    const report = analyzeReadings(readPage(doc));
    const body = document.createElement('article');
    body.className = 'docx';
    body.append(...[...doc.body.childNodes].map((n) => document.adoptNode(n)));
    into.append(body);
    return { report: { ...report, url }, pages: null };
  }
  const readings = await readInput({ name: file.name, mime: file.mime, bytes: file.bytes, url });
  const read = analyzeReadings(readings);
  const { pages, place } = await drawPdf(file.bytes, into, s);
  return { report: overlayCells(read, pages, place), pages: pages.length };
}

export function App({ db, lang }: { db: LibraryDb; lang: string }) {
  const s = strings(lang);
  const zh = isZh(lang);
  const [state, setState] = useState<State>({ state: 'loading' });
  const docRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = s.viewerTitle;
    const target = viewerTarget(location.search);
    if (!target) return setState({ state: 'failed', problem: null });
    let stop = () => undefined as void;
    void (async () => {
      try {
        const { file, url, from, saved } = await load(db, target);
        // OFD and WPS are not read yet; a page where a file was expected is none.
        const view = fileView(file);
        if (!view || !file.kind) {
          const problem: Problem = file.kind ? { code: 'unsupported-kind', kind: file.kind } : { code: 'not-report' };
          return setState({ state: 'failed', problem });
        }
        const { report, pages } = await show(file, view, url, docRef.current!, s);
        // A file that is no report is said so, and not offered for saving.
        if (!isReadReport(report)) {
          docRef.current!.replaceChildren();
          return setState({ state: 'failed', problem: null, notReport: true });
        }
        const marks = elementMarks(report);
        applyHighlights(document, marks, (mark) => describeMark(mark, lang));
        stop = installTooltips(document, report, marks, lang);
        setState({ state: 'shown', file, report, json: toJson(report, url), url, from, saved, pages });
      } catch (e) {
        setState({ state: 'failed', problem: problemOf(e) });
      }
    })();
    return () => stop();
  }, []);

  const shown = state.state === 'shown' ? state : null;
  const marked = shown
    ? new Set([...shown.report.cells].filter(([, c]) => isElement(c.node)).map(([id]) => id as CellId))
    : null;
  const save = (update: boolean, annotations?: Annotations) => {
    const { file, json, url, from, report } = shown!;
    const payload = {
      url,
      html: '',
      report: json,
      text: report.text,
      file: { name: file.name, mime: file.mime, kind: file.kind!, from, base64: toBase64(file.bytes) },
    };
    return sendToBackground({ type: 'save-file', payload, update, annotations });
  };
  return (
    <main class="viewer">
      <div class="document" ref={docRef} aria-busy={state.state === 'loading'} />
      <aside>
        {state.state === 'loading' && <p role="status">{s.viewerLoading}</p>}
        {state.state === 'failed' && (
          <p class="fail" role="alert">
            {state.notReport ? s.viewerNotReport : state.problem ? s.problem(state.problem) : s.viewerNoFile}
          </p>
        )}
        {shown && (
          <>
            <Identity report={shown.json} s={s} />
            <p class="source">
              {s.viewerKindOf(shown.file.kind!)} · {shown.file.name}
              {shown.pages !== null && <> · {s.viewerPages(shown.pages)}</>}
              <br />
              {s.viewerFile}：<a href={shown.url}>{shown.url}</a>
              {shown.from && (
                <>
                  <br />
                  {s.viewerFrom}：<a href={shown.from}>{shown.from}</a>
                </>
              )}
            </p>
            {!shown.saved && <SaveBar report={shown.json} s={s} lang={lang} onSave={save} />}
            <FindingList
              findings={shown.json.findings}
              s={s}
              zh={zh}
              marked={marked}
              onReveal={(cells) => revealCells(shown.report, cells)}
            />
            <KeyFigures
              groups={keyFigures(shown.json)}
              s={s}
              marked={marked}
              onReveal={(cells) => revealCells(shown.report, cells)}
            />
          </>
        )}
      </aside>
    </main>
  );
}
