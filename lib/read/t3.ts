// Maps table 3 onto its canonical rows and columns.
import type { CellRecord, SourceTable, TableValues } from '../model';
import { T3_COLUMNS, T3_ROWS } from '../format/t3';
import { cellRecord, TableBuilder } from './cells';
import { keyOf, matchLabel } from './label';
import { tableRows } from './rows';

export function isT3(text: string): boolean {
  return text.includes('新收') && (text.includes('办理结果') || text.includes('予以公开')) && text.includes('结转');
}

export function mapT3<N>(table: SourceTable<N>, cells: Map<string, CellRecord<N>>, structure: string[]): TableValues {
  const { rows, header } = tableRows(table, T3_COLUMNS.length);
  const out = new TableBuilder(cells);
  for (const row of rows) {
    if (!row.data || !row.full) continue;
    const def = matchLabel(T3_ROWS, row.last, row.full);
    // A row the format does not have is kept under its own label when it carries figures.
    const key = def?.key ?? `extra:${row.last}`;
    const label = def?.label ?? row.last;
    if (!def && !row.values.some((p) => /\d/.test(p.cell.text))) continue;
    if (out.hasRow(key)) {
      structure.push(`表三「${label}」行出现了两次，只读取了第一次`);
      continue;
    }
    // Seven value cells are the seven columns in order, whatever the header spans say (real
    // headers often misalign); otherwise each cell goes by the header above its first column.
    const byOrder = row.values.length === T3_COLUMNS.length;
    if (!byOrder)
      structure.push(`表三「${label}」行有${row.values.length}个数值单元格，应为${T3_COLUMNS.length}个；已按表头对应`);
    row.values.forEach((p, i) => {
      const col = byOrder ? T3_COLUMNS[i].key : keyOf(T3_COLUMNS, header(p.col));
      if (col && out.values[key]?.[col] === undefined) out.add(cellRecord('t3', key, col, label, p));
    });
  }
  return out.values;
}
