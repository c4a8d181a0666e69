// Turns one placed cell into the record the checks and the page highlights share.
import type { CellRecord, TableKey } from '../model';
import type { Placement } from './grid';
import { parseNumber } from '../base/numbers';
import { cellId } from '../format/cells';

export function cellRecord<N>(
  table: TableKey,
  row: string,
  col: string,
  label: string,
  p: Placement<N>,
): CellRecord<N> {
  const parsed = parseNumber(p.cell.text);
  return {
    id: cellId(table, row, col),
    table,
    row,
    col,
    label,
    text: p.cell.text,
    value: parsed.kind === 'number' ? parsed.value : null,
    blank: parsed.kind === 'blank',
    invalid: parsed.kind === 'invalid',
    unit: parsed.kind === 'number' ? parsed.unit : null,
    node: p.cell.node,
  };
}

/** Collects cell records into ROW → COL → value and the id → record map. */
export class TableBuilder<N> {
  readonly values: Record<string, Record<string, number | null>> = {};
  constructor(private readonly cells: Map<string, CellRecord<N>>) {}

  hasRow(row: string): boolean {
    return row in this.values;
  }

  add(rec: CellRecord<N>): void {
    (this.values[rec.row] ??= {})[rec.col] = rec.value;
    this.cells.set(rec.id, rec);
  }
}
