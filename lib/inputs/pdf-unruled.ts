// Tables printed without ruling lines, put back into rows: on such a page a label that wraps in its
// cell spreads over the lines above and below its figures (which sit on the cell's middle line), a
// group label (（三）不予公开) stands in the middle of its rows, and a figure can sit a line lower
// than its row. Rows are rebuilt from the figures' lines: the pieces of a wrapped label joined to
// the row whose figures they surround, a group label given to the first row of its group (where
// the numbering starts again at 1.), and a figure a line off joined to its row. Each row comes out
// as its cells, for the text reader (flat.ts) as a copied page's rows do.
import { isValueText } from '../base/numbers';
import type { PdfText } from './pdf-layout';

/** One cell's words on one line: items closer than a character's width. */
export type Piece = PdfText[];

const left = (p: Piece) => p[0].box.x;
const right = (p: Piece) => p[p.length - 1].box.x + p[p.length - 1].box.w;
const mid = (p: Piece) => (left(p) + right(p)) / 2;
const size = (p: Piece) => p[0].size;
const text = (p: Piece) => p.map((t) => t.str).join('');
const isValue = (p: Piece) => isValueText(text(p));

/** A line's pieces: its items split where the gap is wider than `gap` characters (a cell's
 * padding; the letters of a justified label stand closer). */
export function piecesOf(line: PdfText[], gap = 1): Piece[] {
  const out: Piece[] = [];
  for (const t of line) {
    const last = out[out.length - 1];
    if (last && t.box.x - right(last) <= gap * t.size) last.push(t);
    else out.push([t]);
  }
  return out;
}

/** Numbering that starts a row's label (1. （三） 二、). */
const NUMBERED = /^(?:\d+[.．、]|[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)/;
const FIRST = /^1[.．、]/;

/**
 * Header lines whose columns wrap their words over several lines (本年新/制作数量, or 结/果/维/持 a
 * character a line): the pieces of each column, no wider than it, joined top to bottom into its
 * word, on one line after the header's other lines (words that span columns).
 */
function stacked(
  lines: Piece[][],
  colOf: (p: Piece) => number,
  width: number,
  isFigureColumn: (c: number) => boolean,
): Piece[][] {
  const fits = (p: Piece) => right(p) - left(p) <= 1.2 * width && colOf(p) >= 0;
  // Lines with a word over a figure column take part, with their label; other lines stay.
  const taking = lines.filter((l) => l.some((p) => fits(p) && isFigureColumn(colOf(p))));
  if (taking.length < 2) return lines;
  const chars = taking.flatMap((l) => l.filter(fits));
  const columns = new Map<number, Piece[]>();
  for (const p of chars) columns.set(colOf(p), [...(columns.get(colOf(p)) ?? []), p]);
  const words = [...columns.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, ps]) => ps.sort((a, b) => a[0].box.y - b[0].box.y).flat());
  const rest = lines.map((l) => l.filter((p) => !chars.includes(p))).filter((l) => l.length > 0);
  return [...rest, words];
}

/** A piece that ends in figures (a label's last line and its row's first figure, close together)
 * cut before each of them. A figure that words follow (2013 年, 4970 条) is prose, left whole. */
function splitFigures(p: Piece): Piece[] {
  const figure = (k: number) => isValueText(p[k].str) && p.slice(k + 1).every((t) => isValueText(t.str));
  const out: Piece[] = [];
  for (const [k, t] of p.entries()) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    const words = prev && !figure(k) && !figure(k - 1);
    // A figure a writer set in two runs (7 2804) is one figure.
    const digits =
      prev && /^[\d.,]+$/.test(t.str) && /[\d.,]$/.test(prev.str) && t.box.x - (prev.box.x + prev.box.w) < 0.5 * t.size;
    if (last && (words || digits)) last.push(t);
    else out.push([t]);
  }
  return out;
}

interface Row {
  /** Label pieces by band, in band order; the figures after them. */
  bands: Map<number, Piece[]>;
  values: Piece[];
  line: number;
}

/**
 * The lines of a page region, as rows of cells where figures stand in columns; null when the lines
 * hold no such columns (prose), so that the caller keeps them as they are.
 */
export function unruledRows(textLines: PdfText[][]): Piece[][] | null {
  // Figures stand apart from the words of their row: split at every item that is one.
  const lines = textLines.map((line) => piecesOf(line, 0.6).flatMap(splitFigures));
  // Columns of figures: figures whose middles line up on at least three lines.
  const figures = lines.flatMap((l) => l.filter(isValue));
  const columns: number[][] = [];
  for (const f of [...figures].sort((a, b) => mid(a) - mid(b))) {
    const col = columns[columns.length - 1];
    if (col && mid(f) - col[col.length - 1] <= 1.5 * size(f)) col.push(mid(f));
    else columns.push([mid(f)]);
  }
  const kept = columns.filter((c) => c.length >= 3);
  const figureLine = (l: Piece[]) => l.length >= 4 && l.every(isValue);
  if (kept.length === 0 && !lines.some(figureLine)) return null;
  const colOf = (p: Piece) =>
    kept.findIndex((c) => mid(p) >= c[0] - 1.5 * size(p) && mid(p) <= c[c.length - 1] + 1.5 * size(p));
  // Where the figures' columns begin (none found: no labels either, every line as it stands).
  const inColumns = figures.filter((f) => colOf(f) >= 0).map(left);
  const valueLeft = inColumns.length ? Math.min(...inColumns) : -Infinity;
  /** Words left of the figures' columns: a row's label, or a header's. */
  const isLabel = (p: Piece) => right(p) <= valueLeft + size(p) && !(isValue(p) && colOf(p) >= 0);
  // Bands of labels: where label pieces start, left of the figures: at a line's start, or where a
  // numbered label follows another cell on its line (a justified label's letter spacing, as wide as
  // the gap between cells, starts no band).
  const starts = lines
    .flatMap((l) => l.filter((p, k) => isLabel(p) && (k === 0 || NUMBERED.test(text(p)))))
    .map(left)
    .sort((a, b) => a - b);
  const em = size(figures[0]);
  const bands: number[] = [];
  for (const x of starts) if (bands.length === 0 || x - bands[bands.length - 1] > 1.5 * em) bands.push(x);
  const bandOf = (p: Piece) => bands.reduce((best, x, i) => (left(p) >= x - 3 ? i : best), 0);
  const fills = (p: Piece) => {
    // Wrapped at a band's edge (its own, or a further one it spans to).
    const edges = [...bands.slice(bandOf(p) + 1), valueLeft];
    return edges.some((e) => Math.abs(right(p) - e) <= 2 * size(p));
  };

  const rows: Row[] = [];
  const plain: { at: number; pieces: Piece[] }[] = [];
  /** Pieces waiting for the row below (a label's first lines, above its figures), by band. */
  const pending = new Map<number, { line: number; pieces: Piece[] }>();
  /** The row each band's last piece went to, and whether that piece filled its band (wrapped). */
  const lastIn = new Map<number, { row: Row | null; filled: boolean; line: number }>();
  /** Group labels (a band left of the row labels, beside no figures), by their line. */
  const groups: { line: number; piece: Piece; band: number }[] = [];

  /** A line's label pieces, those of one band made one (a justified label's letters spread). */
  const byBand = (ps: Piece[]): Piece[] => {
    const out = new Map<number, Piece>();
    for (const p of ps) out.set(bandOf(p), [...(out.get(bandOf(p)) ?? []), ...p]);
    return [...out.values()];
  };
  lines.forEach((line, i) => {
    // A line of figures only, in no column found (table 4's one row of fifteen), is a row of its own.
    if (figureLine(line) && !line.some((p) => colOf(p) >= 0)) {
      rows.push({ bands: new Map(), values: line, line: i });
      pending.clear();
      return;
    }
    const labels = byBand(line.filter(isLabel));
    const others = line.filter((p) => !isLabel(p));
    // A line with a figure in a column is a row: everything right of the labels is its cells (the
    // figures, and a unit such as 条 between them), in a column or not.
    const values = others.some((p) => isValue(p) && colOf(p) >= 0) ? others : [];
    if (values.length > 0) {
      const prev = rows[rows.length - 1];
      const cols = values.map(colOf);
      // Figures alone, a line below their row, in columns the row left empty: that row's.
      const free = (c: number) => c >= 0 && !prev.values.some((v) => colOf(v) === c);
      if (labels.length === 0 && prev && prev.line === i - 1 && cols.every(free)) {
        prev.values.push(...values);
        prev.values.sort((a, b) => left(a) - left(b));
        return;
      }
      const row: Row = { bands: new Map(), values, line: i };
      // A label's first lines go with the figures just below them; older ones were a header's.
      for (const [b, waiting] of pending) if (i - waiting.line <= 2) row.bands.set(b, [...waiting.pieces]);
      pending.clear();
      for (const p of labels) {
        const b = bandOf(p);
        row.bands.set(b, [...(row.bands.get(b) ?? []), p]);
        lastIn.set(b, { row, filled: fills(p), line: i });
      }
      for (const b of row.bands.keys())
        if (!labels.some((p) => bandOf(p) === b)) lastIn.set(b, { row, filled: true, line: i });
      rows.push(row);
      return;
    }
    if (others.length > 0 || labels.length === 0) {
      plain.push({ at: rows.length, pieces: line });
      return;
    }
    for (const p of labels) {
      const b = bandOf(p);
      const last = lastIn.get(b);
      const near = last && i - last.line <= 2;
      if (last?.row && last.filled && near && !NUMBERED.test(text(p))) {
        // The rest of a label that wrapped: its row's.
        last.row.bands.set(b, [...(last.row.bands.get(b) ?? []), p]);
        lastIn.set(b, { row: last.row, filled: fills(p), line: i });
      } else if (fills(p) || (NUMBERED.test(text(p)) && b === bands.length - 1)) {
        // A label's first line, above its figures.
        pending.set(b, { line: i, pieces: [...(pending.get(b)?.pieces ?? []), p] });
        lastIn.set(b, { row: null, filled: fills(p), line: i });
      } else if (b < bands.length - 1 && rows.length > 0) {
        groups.push({ line: i, piece: p, band: b });
      } else {
        plain.push({ at: rows.length, pieces: [p] });
      }
    }
  });
  if (rows.length === 0) return null;

  // A piece left of a row's own numbered label (5.属于…), beside its figures, is a part of its
  // group's label.
  const last = bands.length - 1;
  for (const row of rows) {
    const own = row.bands.get(last);
    if (!own || !NUMBERED.test(text([...own].sort((a, b) => a[0].box.y - b[0].box.y)[0]))) continue;
    for (const [b, ps] of row.bands) {
      if (b === last) continue;
      for (const piece of ps) groups.push({ line: row.line, piece, band: b });
      row.bands.delete(b);
    }
  }
  groups.sort((a, b) => a.line - b.line);
  // A group label stands beside its rows: it goes to the first of them, where numbering restarts.
  const firsts = rows.filter((r) => {
    const own = r.bands.get(last);
    return own && FIRST.test(text(own[0]));
  });
  for (const g of groups) {
    const first = [...firsts].reverse().find((r) => r.line <= g.line) ?? firsts[0];
    // No group to give it to: the words stay, on a line of their own before the next row.
    if (!first) {
      const at = rows.findIndex((r) => r.line > g.line);
      plain.push({ at: at < 0 ? rows.length : at, pieces: [g.piece] });
      continue;
    }
    first.bands.set(g.band, [...(first.bands.get(g.band) ?? []), g.piece]);
  }

  // In the order of the rows they stand before (words given back above came last); stable.
  plain.sort((a, b) => a.at - b.at);
  const out: Piece[][] = [];
  const flushPlain = (upTo: number) => {
    const before: Piece[][] = [];
    while (plain.length && plain[0].at <= upTo) before.push(plain.shift()!.pieces);
    // The figures of the row below say where the header's columns are.
    const row = rows[upTo];
    const below = row ? [...[...row.bands.values()].flat(), ...row.values].sort((a, b) => left(a) - left(b)) : [];
    // Under a figure: centred on it, or (cells set flush left) starting where it starts.
    const under = (p: Piece) => {
      const d = below.map((v) => Math.min(Math.abs(mid(v) - mid(p)), 2 * Math.abs(left(v) - left(p))));
      const k = d.indexOf(Math.min(...d));
      return k >= 0 && d[k] <= 2 * size(p) ? k : -1;
    };
    const spacing = Math.min(...below.slice(1).map((v, k) => mid(v) - mid(below[k])));
    out.push(...stacked(before, under, Number.isFinite(spacing) ? spacing : 0, (c) => isValue(below[c])));
  };
  rows.forEach((row, r) => {
    flushPlain(r);
    // Each band's pieces top to bottom, left to right: a label as it reads.
    const reading = (a: Piece, b: Piece) => a[0].box.y - b[0].box.y || left(a) - left(b);
    const cells = [...row.bands.entries()].sort(([a], [b]) => a - b).map(([, ps]) => [...ps].sort(reading).flat());
    out.push([...cells, ...row.values]);
  });
  flushPlain(Infinity);
  return out;
}
