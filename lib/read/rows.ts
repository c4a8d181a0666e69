// Splits each grid row into its label part and its value part. Value cells are recognised by
// position: the column where numbers start is the one most rows agree on, so a cell holding
// words where a number belongs is still read as a (bad) value, not mistaken for a label.
import type { SourceTable } from '../model';
import { layoutGrid, type Placement } from './grid';
import { normLabel } from './label';
import { isValueText } from '../base/numbers';

export interface MappedRow<N> {
  index: number;
  /** Label placements left of the value columns, rowspans from above included. */
  labels: Placement<N>[];
  /** Value placements that start in this row, left to right. */
  values: Placement<N>[];
  /** The value part holds figures: a digit somewhere, or nothing but numbers and blank forms. */
  data: boolean;
  /** Normalised text of the last label cell and of the whole label. */
  last: string;
  full: string;
}

export interface TableRows<N> {
  rows: MappedRow<N>[];
  /** Grid column where values start. */
  valueStart: number;
  /** Lowest non-empty header text over a column, from the rows before the first data row. */
  header: (col: number) => string;
  /** Every header text over a column, top to bottom, joined by '/'. */
  headers: (col: number) => string;
}

/** The trailing run of value-like cells that start in this row. */
function trailingValues<N>(row: Placement<N>[], r: number): Placement<N>[] {
  let i = row.length;
  while (i > 0 && row[i - 1].row === r && isValueText(row[i - 1].cell.text)) i--;
  return row.slice(i);
}

export function tableRows<N>(table: SourceTable<N>, minValues: number): TableRows<N> {
  const grid = layoutGrid(table);
  const starts = new Map<number, number>();
  grid.rows.forEach((row, r) => {
    const run = trailingValues(row, r);
    if (run.length >= minValues) starts.set(run[0].col, (starts.get(run[0].col) ?? 0) + 1);
  });
  let valueStart = grid.width;
  let best = 0;
  for (const [col, n] of starts) if (n > best || (n === best && col < valueStart)) [valueStart, best] = [col, n];

  const rows: MappedRow<N>[] = grid.rows.map((row, r) => {
    const labels = row.filter((p) => p.col < valueStart);
    const values = row.filter((p) => p.col >= valueStart && p.row === r);
    const texts = labels.map((p) => normLabel(p.cell.text)).filter(Boolean);
    const data =
      values.length > 0 &&
      (values.some((p) => /\d/.test(p.cell.text)) || values.every((p) => isValueText(p.cell.text)));
    return { index: r, labels, values, data, last: texts[texts.length - 1] ?? '', full: texts.join('') };
  });
  const firstData = rows.findIndex((row) => row.data && row.values.length >= minValues);
  const headerRows = grid.rows.slice(0, firstData < 0 ? 0 : firstData);
  const stack = (col: number) =>
    headerRows
      .map((row) => row.find((q) => q.col <= col && col < q.col + q.colSpan))
      .map((p) => (p ? normLabel(p.cell.text) : ''))
      .filter((text, i, all) => text && text !== all[i - 1]);
  const header = (col: number) => stack(col).pop() ?? '';
  const headers = (col: number) => stack(col).join('/');
  return { rows, valueStart, header, headers };
}

/** All text of a table, normalised, for telling which table it is. */
export function tableText<N>(table: SourceTable<N>): string {
  return normLabel(table.rows.map((r) => r.cells.map((c) => c.text).join('')).join(''));
}
