// A PDF's pages as positioned text and ruling lines, through pdf.js. Which pdf.js (the legacy build
// on a fake worker in Node, the modern one on a Web Worker in an extension page) is the host's
// choice: it hands over the module. Refusals (a password, a broken file, a scan, too many pages)
// are Problems, said in the user's words where they are shown.
import type * as PdfJs from 'pdfjs-dist';
import { isValueText } from '../base/numbers';
import { InputError } from './kind';
import type { PdfOptions, PdfRead } from './engines';
import type { PdfPage, PdfRule, PdfText } from './pdf-layout';

export type PdfJsModule = Pick<typeof PdfJs, 'getDocument' | 'OPS'>;

/** A report runs to a few dozen pages; past this it is not one, and reading it would take minutes. */
export const MAX_PAGES = 100;
/** Reading stops here, whatever the file: a page whose drawing never ends cannot hang the reader. */
export const MAX_SECONDS = 60;

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Lone figures a page has at least when it holds a part of a report's table (a table-2 block has
 * three or four): below this its drawing is not parsed for ruling lines. */
const MIN_FIGURES = 3;

/** Lines thinner than this (points) are rules; thicker filled shapes are backgrounds. */
const THIN = 2.5;

/** The ruling lines of a page from its drawing operators: stroked straight segments, and thin
 * filled rectangles (Chromium draws borders so), in page space (y up). */
function rulesOf(pdfjs: PdfJsModule, fnArray: number[], argsArray: unknown[][]): PdfRule[] {
  const { OPS } = pdfjs;
  const painted = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke]);
  const filled = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke]);
  const rules: PdfRule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const segment = (a: number[], b: number[]) => {
    if (Math.abs(a[1] - b[1]) < 0.5 || Math.abs(a[0] - b[0]) < 0.5) {
      rules.push({
        x1: Math.min(a[0], b[0]),
        y1: Math.min(a[1], b[1]),
        x2: Math.max(a[0], b[0]),
        y2: Math.max(a[1], b[1]),
      });
    }
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.paintFormXObjectBegin) {
      // A form draws in its own space: its matrix on top of the page's.
      stack.push(ctm);
      const matrix = (argsArray[i] as unknown[])[0] as Matrix | null;
      if (matrix) ctm = multiply(ctm, matrix);
    } else if (fn === OPS.transform) ctm = multiply(ctm, argsArray[i] as unknown as Matrix);
    else if (fn === OPS.constructPath) {
      const [op, [data]] = argsArray[i] as [number, [Float32Array | null]];
      if (!data || !(painted.has(op) || filled.has(op))) continue;
      const points: number[][][] = [];
      for (let k = 0; k < data.length;) {
        const code = data[k++];
        if (code === 0) points.push([apply(ctm, data[k++], data[k++])]);
        else if (code === 1) points[points.length - 1]?.push(apply(ctm, data[k++], data[k++]));
        else if (code === 2) k += 6;
        else if (code === 3) k += 4;
      }
      for (const poly of points) {
        const xs = poly.map((p) => p[0]);
        const ys = poly.map((p) => p[1]);
        const w = Math.max(...xs) - Math.min(...xs);
        const h = Math.max(...ys) - Math.min(...ys);
        if (filled.has(op) && poly.length >= 4 && (w < THIN || h < THIN)) {
          // A thin filled rectangle: its middle line.
          const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
          segment(w < h ? [(x0 + x1) / 2, y0] : [x0, (y0 + y1) / 2], w < h ? [(x0 + x1) / 2, y1] : [x1, (y0 + y1) / 2]);
        } else if (painted.has(op)) {
          for (let k = 1; k < poly.length; k++) segment(poly[k - 1], poly[k]);
          if (poly.length > 2) segment(poly[poly.length - 1], poly[0]);
        }
      }
    }
  }
  return rules;
}

/** pdf.js gives some fonts' Han characters as Kangxi radicals (⾏ for 行) or compatibility
 * ideographs: folded to the ideographs every reader and rule expects, and nothing else. */
const unifyHan = (s: string) => s.replace(/[\u2E80-\u2FDF\uF900-\uFAFF]/g, (c) => c.normalize('NFKC'));

/** Wide characters (Han, full-width punctuation) take an em, the rest about half. */
const units = (s: string) => [...s].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);

/** An item split at its spaces, each word placed by its share of the item's width: a writer may put
 * two cells' words in one item ("行政规范性文件 62"), and the cell borders fall in the spaces. */
function words(str: string, width: number): { str: string; x: number; w: number }[] {
  const total = units(str) || 1;
  const out: { str: string; x: number; w: number }[] = [];
  for (const m of str.matchAll(/\S+/g)) {
    const x = (units(str.slice(0, m.index)) / total) * width;
    out.push({ str: m[0], x, w: (units(m[0]) / total) * width });
  }
  return out;
}

function problemOf(e: unknown): InputError {
  if (e instanceof InputError) return e;
  const name = (e as { name?: string })?.name;
  if (name === 'PasswordException') return new InputError({ code: 'encrypted' });
  return new InputError({ code: 'corrupt', kind: 'PDF' });
}

export async function pdfPages(
  pdfjs: PdfJsModule,
  bytes: Uint8Array,
  options: Partial<PdfOptions> = {},
): Promise<PdfRead> {
  const started = Date.now();
  // pdf.js takes the buffer over (it detaches it), and wants a plain Uint8Array (not a Node Buffer):
  // a copy keeps the caller's bytes whole.
  let task: ReturnType<PdfJsModule['getDocument']> | null = null;
  try {
    task = pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      verbosity: 0,
      disableFontFace: true,
      ...options,
    });
    const doc = await task.promise;
    if (doc.numPages > MAX_PAGES)
      throw new InputError({ code: 'too-many-pages', pages: doc.numPages, limit: MAX_PAGES });
    const info = (await doc.getMetadata().catch(() => null))?.info as { Title?: string } | undefined;
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() - started > MAX_SECONDS * 1000) throw new InputError({ code: 'timeout', seconds: MAX_SECONDS });
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const top = (x: number, y: number) => ({ x: x - x0, y: y1 - y });
      const content = await page.getTextContent();
      const texts: PdfText[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, , , e, f] = item.transform as number[];
        const size = Math.hypot(a, b) || item.height || 10;
        const p = top(e, f);
        for (const word of words(unifyHan(item.str), item.width)) {
          texts.push({
            str: word.str,
            size,
            box: { page: n, x: p.x + word.x, y: p.y - size * 0.88, w: word.w, h: size * 1.1 },
          });
        }
      }
      // The drawing is parsed only where a table can be: a page of prose has few lone figures.
      const figures = texts.filter((t) => isValueText(t.str)).length;
      const ops = figures >= MIN_FIGURES ? await page.getOperatorList() : { fnArray: [], argsArray: [] };
      const rules = rulesOf(pdfjs, ops.fnArray, ops.argsArray as unknown[][]).map((r) => {
        const a = top(r.x1, r.y2);
        const b = top(r.x2, r.y1);
        return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
      });
      pages.push({ width: x1 - x0, height: y1 - y0, texts, rules });
      page.cleanup();
    }
    if (!pages.some((p) => p.texts.some((t) => t.str.trim() !== ''))) throw new InputError({ code: 'scanned' });
    return { pages, title: info?.Title || undefined };
  } catch (e) {
    throw problemOf(e);
  } finally {
    await task?.destroy();
  }
}
