// Maps table 4: one data row of fifteen numbers under three blocks of five columns.
import type { CellRecord, SourceTable, TableValues } from '../model';
import { T4_BLOCKS, T4_COLUMNS } from '../format/t4';
import { cellRecord, TableBuilder } from './cells';
import { keyOf } from './label';
import { tableRows } from './rows';

const WIDTH = T4_BLOCKS.length * T4_COLUMNS.length;

export function isT4(text: string): boolean {
  // 复议 and 诉讼 rather than 行政复议: reports print typos such as 行政法复议.
  return text.includes('复议') && text.includes('诉讼') && (text.includes('维持') || text.includes('纠正'));
}

function blockOf(headers: string): string | undefined {
  if (headers.includes('复议后')) return 'suit_after_review';
  if (headers.includes('直接起诉') || headers.includes('未经复议')) return 'suit_direct';
  if (headers.includes('复议')) return 'review';
  return undefined;
}

export function mapT4<N>(table: SourceTable<N>, cells: Map<string, CellRecord<N>>, structure: string[]): TableValues {
  const { rows, header, headers } = tableRows(table, T4_COLUMNS.length);
  const out = new TableBuilder(cells);
  const data = rows.find((r) => r.data && r.values.length >= T4_COLUMNS.length);
  if (!data) return out.values;
  const byOrder = data.values.length === WIDTH;
  if (!byOrder) structure.push(`表四数据行有${data.values.length}个单元格，应为${WIDTH}个；已按表头对应`);
  data.values.forEach((p, i) => {
    const block = byOrder ? T4_BLOCKS[Math.floor(i / T4_COLUMNS.length)].key : blockOf(headers(p.col));
    const col = byOrder ? T4_COLUMNS[i % T4_COLUMNS.length].key : keyOf(T4_COLUMNS, header(p.col));
    const def = T4_BLOCKS.find((b) => b.key === block);
    if (def && col && out.values[def.key]?.[col] === undefined) out.add(cellRecord('t4', def.key, col, def.label, p));
  });
  return out.values;
}
