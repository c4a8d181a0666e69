// Lays out a table's cells on a grid the way a browser does (HTML's table processing model):
// each cell takes the first free slot of its row, after the slots held by rowspans from above.
// The grid is sparse, a list of placements per row, so absurd spans cost nothing.
import type { SourceCell, SourceTable } from '../model';

// HTML clamps spans to these; colspan="5000" lays out as 1000 columns.
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

export interface Placement<N = unknown> {
  cell: SourceCell<N>;
  /** Grid row where the cell starts, and the column of its first slot. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface Grid<N = unknown> {
  /** For each grid row, the placements covering it (rowspans from above included), left to right. */
  rows: Placement<N>[][];
  width: number;
}

function span(value: number, max: number): number {
  return Number.isFinite(value) && value >= 1 ? Math.min(Math.floor(value), max) : 1;
}

export function layoutGrid<N>(table: SourceTable<N>): Grid<N> {
  const rows: Placement<N>[][] = table.rows.map(() => []);
  // End (exclusive) of each row's row group: rowspan="0" reaches it, no span crosses it.
  const groupEnd: number[] = new Array(table.rows.length);
  for (let r = table.rows.length - 1; r >= 0; r--) {
    const next = table.rows[r + 1];
    groupEnd[r] = next && next.group === table.rows[r].group ? groupEnd[r + 1] : r + 1;
  }
  let width = 0;
  table.rows.forEach((row, r) => {
    const taken = rows[r].slice(); // held by rowspans from above, sorted by column
    let x = 0;
    for (const cell of row.cells) {
      for (const p of taken) if (p.col <= x && x < p.col + p.colSpan) x = p.col + p.colSpan;
      const colSpan = span(cell.colSpan, MAX_COLSPAN);
      const rowSpan = cell.rowSpan === 0 ? groupEnd[r] - r : Math.min(span(cell.rowSpan, MAX_ROWSPAN), groupEnd[r] - r);
      const placement: Placement<N> = { cell, row: r, col: x, rowSpan, colSpan };
      for (let y = r; y < r + rowSpan; y++) insertSorted(rows[y], placement);
      x += colSpan;
      width = Math.max(width, x);
    }
  });
  return { rows, width };
}

function insertSorted<N>(list: Placement<N>[], p: Placement<N>): void {
  let i = list.length;
  while (i > 0 && list[i - 1].col > p.col) i--;
  list.splice(i, 0, p);
}
