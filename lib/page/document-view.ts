// An attachment shown in the viewer with its findings marked as on a web page: a PDF's cells get an
// element each, laid over the page's rendering where the reader found them, so that the same marks,
// tooltips and flashes apply; a DOCX's HTML rendering is cleaned down to text and tables first (a
// file is hostile input: nothing of it runs, links nowhere, loads nothing).
import type { CellRecord, Report } from '../model';
import type { PdfBox } from '../inputs/pdf-layout';

const isBox = (node: unknown): node is PdfBox =>
  typeof node === 'object' && node !== null && typeof (node as PdfBox).page === 'number' && 'w' in node;

/** Where a box of the reader's falls on a page as drawn (turned, when the page says /Rotate), in
 * fractions of the drawn page's width and height. */
export type Placer = (box: PdfBox) => { left: number; top: number; width: number; height: number };

/** An element over each cell the reader placed on a page (`pages[i]` is page i + 1, `place` where a
 * box falls on it), in percentages of the page so that it stays over its figure at any zoom, and
 * the report with those elements as its cells' nodes. */
export function overlayCells(report: Report<unknown>, pages: HTMLElement[], place: Placer): Report<unknown> {
  const cells = new Map<string, CellRecord<unknown>>();
  for (const [id, cell] of report.cells) {
    const box = cell.node;
    const page = isBox(box) ? pages[box.page - 1] : undefined;
    if (!isBox(box) || !page) {
      cells.set(id, cell);
      continue;
    }
    const el = page.ownerDocument.createElement('div');
    el.className = 'cell';
    el.dataset.cell = id;
    const at = place(box);
    const pct = (n: number) => `${(n * 100).toFixed(3)}%`;
    Object.assign(el.style, { left: pct(at.left), top: pct(at.top), width: pct(at.width), height: pct(at.height) });
    page.append(el);
    cells.set(id, { ...cell, node: el });
  }
  return { ...report, cells };
}

/** What a Word document's rendering may keep: text, headings, lists and tables. */
const KEEP = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'ul',
  'ol',
  'li',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'br',
  'span',
  'sup',
  'sub',
]);
/** Elements dropped with their content (what runs or embeds), the rest unwrapped to their text. */
const DROP = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'img',
  'svg',
  'math',
  'template',
  'link',
  'meta',
]);

/** The HTML of a converted document, parsed inert and cleaned: only KEEP elements, and of attributes
 * only colspan and rowspan. The document comes back detached, to be read and then shown. */
export function cleanDocument(html: string, parse: (html: string) => Document): Document {
  const doc = parse(html);
  const walk = (el: Element) => {
    for (const child of [...el.children]) {
      const name = child.localName;
      if (DROP.has(name)) {
        child.remove();
        continue;
      }
      walk(child);
      if (!KEEP.has(name)) {
        child.replaceWith(...child.childNodes);
        continue;
      }
      for (const attr of [...child.attributes]) {
        if (attr.name !== 'colspan' && attr.name !== 'rowspan') child.removeAttribute(attr.name);
      }
    }
  };
  if (doc.body) walk(doc.body);
  return doc;
}
