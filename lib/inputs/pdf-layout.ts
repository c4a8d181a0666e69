// A PDF's pages, as positioned text and ruling lines, turned into the neutral document the HTML
// reader takes: the cells of ruled tables from the lines the PDF draws (merged cells where a line
// is missing), tables that run over pages joined into one (a repeated header dropped), and the
// text in reading order, its lines joined into paragraphs, for the prose rules and for tables
// printed without lines (read from the text, as a copied page is). Pure: pdf.ts gets the pages.
import type { SourceCell, SourceDoc, SourceRow, SourceTable } from '../model';
import { isValueText } from '../base/numbers';
import { flatTables, type TextSpan } from './flat';
import { piecesOf, unruledRows, type Piece } from './pdf-unruled';

/** A place on a page, in points from its top-left corner (pages counted from 1). */
export interface PdfBox {
  page: number;
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface PdfText {
  str: string;
  box: PdfBox;
  /** Font size in points: what "a gap" and "a line" mean are relative to it. */
  size: number;
}
/** A horizontal (y1 = y2) or vertical (x1 = x2) line drawn on a page, top-left coordinates. */
export interface PdfRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface PdfPage {
  width: number;
  height: number;
  texts: PdfText[];
  rules: PdfRule[];
}

/** Lines closer than this (points) are one line: double borders, a border drawn by both cells. */
const SAME = 2.5;

function uniq(values: number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) {
    if (out.length === 0 || v - out[out.length - 1] > SAME) out.push(v);
  }
  return out;
}

const isH = (r: PdfRule) => Math.abs(r.y1 - r.y2) < 0.5;

/** Pieces of one line (a border drawn cell by cell) joined into the line. */
function joinPieces(rules: PdfRule[]): PdfRule[] {
  const out: PdfRule[] = [];
  const key = (r: PdfRule) => (isH(r) ? [0, r.y1, r.x1, r.x2] : [1, r.x1, r.y1, r.y2]);
  for (const r of [...rules].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
  })) {
    const last = out[out.length - 1];
    const [k, at, from] = key(r);
    const [lk, lat, lfrom, lto] = last ? key(last) : [-1, 0, 0, 0];
    if (last && k === lk && Math.abs(at - lat) < 0.5 && from >= lfrom && from <= lto + SAME) {
      if (k === 0) last.x2 = Math.max(last.x2, r.x2);
      else last.y2 = Math.max(last.y2, r.y2);
    } else out.push({ ...r });
  }
  return out;
}

/** Rules that touch each other, grouped: each group with lines both ways is one table's frame. */
function frames(drawn: PdfRule[]): { h: PdfRule[]; v: PdfRule[] }[] {
  const rules = joinPieces(drawn);
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const hs = rules.map((r, i) => [r, i] as const).filter(([r]) => isH(r));
  const vs = rules.map((r, i) => [r, i] as const).filter(([r]) => !isH(r));
  for (const [h, i] of hs) {
    for (const [v, j] of vs) {
      const touch = v.x1 >= h.x1 - SAME && v.x1 <= h.x2 + SAME && h.y1 >= v.y1 - SAME && h.y1 <= v.y2 + SAME;
      if (touch) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, { h: PdfRule[]; v: PdfRule[] }>();
  rules.forEach((r, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    (isH(r) ? g.h : g.v).push(r);
    groups.set(find(i), g);
  });
  // One horizontal line is enough where the page cut the table: its side lines close the rest.
  const tables = [...groups.values()].filter((g) => g.h.length >= 1 && uniq(g.v.map((r) => r.x1)).length >= 2);
  // A line that touches none of its table's lines (a writer left the crossing lines out) still
  // divides the table it lies in.
  const boxes = tables.map((g) => ({
    g,
    x1: Math.min(...g.v.map((r) => r.x1)),
    x2: Math.max(...g.v.map((r) => r.x1)),
    y1: Math.min(...g.v.map((r) => r.y1), ...g.h.map((r) => r.y1)),
    y2: Math.max(...g.v.map((r) => r.y2), ...g.h.map((r) => r.y1)),
  }));
  for (const g of groups.values()) {
    if (tables.includes(g)) continue;
    for (const r of [...g.h, ...g.v]) {
      const inside = boxes.find(
        (b) => r.x1 >= b.x1 - SAME && r.x2 <= b.x2 + SAME && r.y1 >= b.y1 - SAME && r.y2 <= b.y2 + SAME,
      );
      if (inside) (isH(r) ? inside.g.h : inside.g.v).push(r);
    }
  }
  return tables;
}

interface Placed {
  cell: SourceCell<PdfBox>;
  r: number;
  c: number;
}
/** One page's part of a table: its cells placed on the grid of its own lines. A part cut by the
 * page (its side lines run past its first or last horizontal line) has that edge open. */
interface Part {
  lastPage: number;
  top: number;
  left: number;
  right: number;
  xs: number[];
  rows: number;
  cells: Placed[];
  cutTop: boolean;
  cutBottom: boolean;
}

const center = (t: PdfText) => ({ x: t.box.x + t.box.w / 2, y: t.box.y + t.box.h / 2 });

/** The words of a set of text items in reading order: lines by baseline, each left to right. */
function joinText(items: PdfText[]): string {
  const lines = toLines(items);
  return lines
    .map((line) => line.reduce((s, t, i) => s + (i > 0 && spaced(line[i - 1], t) ? ' ' : '') + t.str, ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
const gap = (a: PdfText, b: PdfText) => b.box.x - (a.box.x + a.box.w);
/** A space between two items: a visible gap between two Latin words or figures. The gap a writer
 * leaves between Han characters and a figure (2013 年, 信息 4970 条: Word's and LibreOffice's
 * autospace) is no space in the text, as the page it was printed from has none. */
const LATIN_END = /[A-Za-z0-9.,%)]$/;
const LATIN_START = /^[A-Za-z0-9(+-]/;
const spaced = (a: PdfText, b: PdfText) =>
  gap(a, b) > 0.25 * b.size && LATIN_END.test(a.str) && LATIN_START.test(b.str);

function toLines(items: PdfText[]): PdfText[][] {
  const sorted = [...items].sort((a, b) => a.box.y + a.box.h - (b.box.y + b.box.h) || a.box.x - b.box.x);
  const lines: PdfText[][] = [];
  for (const t of sorted) {
    const last = lines[lines.length - 1];
    const base = last?.[0];
    const same = base && Math.abs(base.box.y + base.box.h - (t.box.y + t.box.h)) < 0.5 * Math.min(base.size, t.size);
    if (same) last.push(t);
    else lines.push([t]);
  }
  return lines.map((l) => l.sort((a, b) => a.box.x - b.box.x));
}

/** The cells of one frame: grid slots joined where the line between them is missing. */
function partOf(page: number, frame: { h: PdfRule[]; v: PdfRule[] }, texts: Set<PdfText>): Part | null {
  const left = Math.min(...frame.v.map((r) => r.x1));
  const right = Math.max(...frame.v.map((r) => r.x1));
  const hs = uniq(frame.h.map((r) => r.y1));
  const vTop = Math.min(...frame.v.map((r) => r.y1));
  const vBottom = Math.max(...frame.v.map((r) => r.y2));
  // Where the page cut the table, no line closes it: the side lines say where its edge is.
  const cutTop = vTop < hs[0] - SAME;
  const cutBottom = vBottom > hs[hs.length - 1] + SAME;
  const edge = (y: number) => ({ x1: left, x2: right, y1: y, y2: y });
  const h = [...frame.h, ...(cutTop ? [edge(vTop)] : []), ...(cutBottom ? [edge(vBottom)] : [])];
  const ys = uniq(h.map((r) => r.y1));
  const xs = uniq(frame.v.map((r) => r.x1));
  const hasV = (x: number, y: number) => frame.v.some((r) => Math.abs(r.x1 - x) <= SAME && r.y1 <= y && r.y2 >= y);
  const hasH = (y: number, x: number) => h.some((r) => Math.abs(r.y1 - y) <= SAME && r.x1 <= x && r.x2 >= x);
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const used = Array.from({ length: rows }, () => new Array<boolean>(cols).fill(false));
  const taken = new Set<PdfText>();
  const cells: Placed[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (used[r][c]) continue;
      const midY = (ys[r] + ys[r + 1]) / 2;
      const midX = (xs[c] + xs[c + 1]) / 2;
      let colSpan = 1;
      while (c + colSpan < cols && !hasV(xs[c + colSpan], midY)) colSpan++;
      let rowSpan = 1;
      while (r + rowSpan < rows && !hasH(ys[r + rowSpan], midX)) rowSpan++;
      for (let i = 0; i < rowSpan; i++) for (let j = 0; j < colSpan; j++) used[r + i][c + j] = true;
      const box = { page, x: xs[c], y: ys[r], w: xs[c + colSpan] - xs[c], h: ys[r + rowSpan] - ys[r] };
      const inside = [...texts].filter((t) => {
        const p = center(t);
        return p.x > box.x && p.x < box.x + box.w && p.y > box.y && p.y < box.y + box.h;
      });
      for (const t of inside) taken.add(t);
      cells.push({ cell: { text: joinText(inside), rowSpan, colSpan, node: box }, r, c });
    }
  }
  // A box around words (a framed table whose cells have no lines, a framed paragraph) is no grid:
  // its words are left to be read as text.
  if (cells.length < 2) return null;
  for (const t of taken) texts.delete(t);
  return { lastPage: page, top: ys[0], left, right, xs, rows, cells, cutTop, cutBottom };
}

/** Cells placed again on a finer grid of columns (the union of two parts' lines). */
function regrid(p: Part, xs: number[]): Placed[] {
  const at = (x: number) => xs.reduce((best, v, i) => (Math.abs(v - x) < Math.abs(xs[best] - x) ? i : best), 0);
  return p.cells.map((x) => {
    const c = at(x.cell.node.x);
    x.cell.colSpan = Math.max(1, at(x.cell.node.x + x.cell.node.w) - c);
    return { ...x, c };
  });
}

const rowTexts = (cells: Placed[], r: number) =>
  cells
    .filter((x) => x.r === r)
    .map((x) => x.cell.text)
    .join('|');

/** The next page's part joined to the table it continues: its repeated header rows dropped; a row
 * the page cut in two made one again; the empty top of a merged cell that the page break cut (a
 * group label) added to the cell above. */
function join(a: Part, b: Part): Part {
  const xs = uniq([...a.xs, ...b.xs]);
  const mine = regrid(a, xs);
  const next = regrid(b, xs);
  let skip = 0;
  while (
    skip < Math.min(4, b.rows - 1) &&
    rowTexts(next, skip) !== '' &&
    rowTexts(next, skip) === rowTexts(mine, skip)
  ) {
    skip++;
  }
  // A row the page cut in two: the side lines run past the cut, or (a writer that closes the cut
  // with a line) the next page's first row only goes on with words where the row above has figures.
  const texts = (cells: Placed[], r: number) =>
    cells.filter((x) => x.r === r && x.cell.text !== '').map((x) => x.cell.text);
  const wordsOnly = (t: string[]) => t.length > 0 && !t.some(isValueText);
  const blanks = next.some((x) => x.r === 0 && x.cell.text === '');
  const cut =
    skip === 0 &&
    ((a.cutBottom && b.cutTop) || (wordsOnly(texts(next, 0)) && blanks && texts(mine, a.rows - 1).some(isValueText)));
  const cells = [...mine];
  const bottom = cells.filter((y) => y.r + y.cell.rowSpan === a.rows);
  const reaching = (x: Placed) => bottom.find((y) => y.c === x.c && y.cell.colSpan === x.cell.colSpan);
  const covered = (r: number, c: number) => next.some((x) => x.r === r && x.c <= c && c < x.c + x.cell.colSpan);
  // A merged cell the page cut whose rest is not drawn on the next page: it spans the rows there too.
  for (const y of bottom) {
    let k = 0;
    while (skip + k < b.rows && !covered(skip + k, y.c)) k++;
    y.cell.rowSpan += k;
  }
  for (const x of next) {
    if (x.r < skip) continue;
    const r = a.rows + x.r - skip - (cut ? 1 : 0);
    if (x.r === skip) {
      const above = reaching(x);
      if (above && (cut || (x.cell.text === '' && above.cell.rowSpan > 1))) {
        above.cell.text = `${above.cell.text}${x.cell.text}`;
        above.cell.rowSpan += x.cell.rowSpan - (cut ? 1 : 0);
        continue;
      }
    }
    cells.push({ ...x, r });
  }
  const rows = a.rows + b.rows - skip - (cut ? 1 : 0);
  return { ...b, top: a.top, left: Math.min(a.left, b.left), xs, rows, cells, cutTop: a.cutTop };
}

function toTable(p: Part): SourceTable<PdfBox> {
  const rows: SourceRow<PdfBox>[] = Array.from({ length: p.rows }, () => ({ cells: [], group: 0 }));
  for (const x of [...p.cells].sort((a, b) => a.r - b.r || a.c - b.c)) rows[x.r].cells.push(x.cell);
  return { rows: rows.filter((r) => r.cells.length > 0), node: p.cells[0].cell.node };
}

const HEADING = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;

/** Text laid out from the items, each item's place in it kept to point back at it. */
interface Laid {
  text: string;
  spans: { start: number; end: number; box: PdfBox }[];
}

/** One line's cells, split by '|' (a cell boundary for the text reader). */
function layCells(cells: Piece[], laid: Laid): void {
  cells.forEach((cell, j) => {
    if (j > 0) laid.text += ' | ';
    cell.forEach((t, k) => {
      if (k > 0 && spaced(cell[k - 1], t)) laid.text += ' ';
      laid.spans.push({ start: laid.text.length, end: laid.text.length + t.str.length, box: t.box });
      laid.text += t.str;
    });
  });
}

/** Rows of cells as lines of text. */
function layRows(rows: Piece[][], laid: Laid): void {
  for (const row of rows) {
    layCells(row, laid);
    laid.text += '\n';
  }
}

/** The words no ruled table took, for the text reader: where figures stand in columns, as rows
 * (pdf-unruled.ts); elsewhere as laid out. */
function layTables(pages: PdfPage[]): Laid {
  const laid: Laid = { text: '', spans: [] };
  for (const page of pages) {
    const lines = toLines(page.texts.filter((t) => t.str.trim() !== ''));
    layRows(unruledRows(lines) ?? lines.map((l) => piecesOf(l)), laid);
  }
  return laid;
}

/** Reading order of the pages' text: lines, items apart by more than a character's width in cells
 * of their own, a line that runs to the margin joined to the next (a paragraph). */
function layText(pages: PdfPage[]): Laid {
  const laid: Laid = { text: '', spans: [] };
  for (const page of pages) {
    const lines = toLines(page.texts.filter((t) => t.str.trim() !== ''));
    const right = Math.max(0, ...lines.map((l) => l[l.length - 1].box.x + l[l.length - 1].box.w));
    const left = Math.min(...lines.map((l) => l[0].box.x));
    // A paragraph starts indented, or with a heading's number (二、 （三）).
    const starts = (line: PdfText[] | undefined) =>
      !line ||
      line[0].box.x > left + line[0].size * 0.9 ||
      HEADING.test(
        line
          .slice(0, 4)
          .map((t) => t.str)
          .join(''),
      );
    lines.forEach((line, i) => {
      layCells(piecesOf(line), laid);
      const last = line[line.length - 1];
      const tabled = laid.text.slice(laid.text.lastIndexOf('\n') + 1).includes('|');
      // A line that runs to the right margin goes on in the next one: a paragraph, not a line.
      const full = !tabled && last.box.x + last.box.w >= right - 2 * last.size && !starts(lines[i + 1]);
      if (!full) laid.text += '\n';
    });
  }
  return laid;
}

/** The boxes of the text between two offsets, as one box (on the first page they touch). */
function boxOf(spans: Laid['spans'], span: TextSpan): PdfBox {
  const hit = spans.filter((s) => s.start < span.end && s.end > span.start);
  if (hit.length === 0) return { page: 1, x: 0, y: 0, w: 0, h: 0 };
  const onPage = hit.filter((s) => s.box.page === hit[0].box.page).map((s) => s.box);
  const x = Math.min(...onPage.map((b) => b.x));
  const y = Math.min(...onPage.map((b) => b.y));
  const w = Math.max(...onPage.map((b) => b.x + b.w)) - x;
  const h = Math.max(...onPage.map((b) => b.y + b.h)) - y;
  return { page: onPage[0].page, x, y, w, h };
}

function mapNodes(t: SourceTable<TextSpan>, spans: Laid['spans']): SourceTable<PdfBox> {
  return {
    node: boxOf(spans, t.node),
    rows: t.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, node: boxOf(spans, c.node) })) })),
  };
}

export interface PdfDoc {
  doc: SourceDoc<PdfBox>;
  /** The same document with its tables read from the text: for tables printed without lines. */
  fromText: () => SourceDoc<PdfBox>;
}

export function docFromPdf(pages: PdfPage[], title?: string): PdfDoc {
  const parts: Part[] = [];
  // The words no ruled table took: where a table printed without lines is read from.
  const free: PdfPage[] = [];
  pages.forEach((page, i) => {
    const texts = new Set(page.texts.filter((t) => t.str.trim() !== ''));
    const found = frames(page.rules)
      .map((f) => partOf(i + 1, f, texts))
      .filter((p): p is Part => p !== null)
      .sort((a, b) => a.top - b.top);
    found.forEach((p, k) => {
      const prev = parts[parts.length - 1];
      // The first table of a page goes on from the last one of the page before, if its edges are the same.
      // A cut merged cell may leave its column undrawn on the next page: the right edges say it.
      const goesOn =
        k === 0 &&
        prev &&
        prev.lastPage === i &&
        Math.abs(prev.right - p.right) <= SAME * 2 &&
        p.left >= prev.left - SAME;
      if (goesOn) parts[parts.length - 1] = join(prev, p);
      else parts.push(p);
    });
    free.push({ ...page, texts: [...texts], rules: [] });
  });
  const unruled = layTables(free);
  const byPlace = (a: SourceTable<PdfBox>, b: SourceTable<PdfBox>) => a.node.page - b.node.page || a.node.y - b.node.y;
  const tables = [
    ...parts.map(toTable),
    ...flatTables(unruled.text)
      .filter((t) => t.rows.length >= 2)
      .map((t) => mapNodes(t, unruled.spans)),
  ].sort(byPlace);
  const laid = layText(pages);
  const lines = laid.text.split('\n').map((l) => l.replace(/\s*\|\s*/g, ' ').trim());
  const first = lines.filter(Boolean);
  const headings = first.filter((l) => l.length <= 60).slice(0, 5);
  const doc: SourceDoc<PdfBox> = {
    titles: [title, first[0]].filter((t): t is string => !!t),
    headings,
    meta: {},
    text: laid.text,
    tables,
  };
  return { doc, fromText: () => ({ ...doc, tables: flatTables(laid.text).map((t) => mapNodes(t, laid.spans)) }) };
}
