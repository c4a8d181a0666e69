// Chinese names of cells, for messages and exports.
import type { CellRecord, TableKey } from '../model';
import { T2_COLUMNS, T2_ROWS } from './t2';
import { T3_COLUMNS, T3_ROWS } from './t3';
import { T4_BLOCKS, T4_COLUMNS } from './t4';

type Named = { readonly key: string; readonly label: string };

/** Each table's rows (blocks for table 4) and columns, in the format's printed order. */
export const ROWS: Record<TableKey, readonly Named[]> = { t2: T2_ROWS, t3: T3_ROWS, t4: [...T4_BLOCKS] };
export const COLUMNS: Record<TableKey, readonly Named[]> = { t2: T2_COLUMNS, t3: T3_COLUMNS, t4: [...T4_COLUMNS] };

const EXTRA = 'extra:';

/** A row's Chinese name: the format's, or the page's own label for a row the page added. */
export function rowName(table: TableKey, key: string): string {
  return ROWS[table].find((r) => r.key === key)?.label ?? (key.startsWith(EXTRA) ? key.slice(EXTRA.length) : key);
}

/** The format's rows, then the rows of their own that these keys add, each with its name. */
export function rowsWith(table: TableKey, keys: Iterable<string>): Named[] {
  const extra = [...new Set(keys)].filter((k) => k.startsWith(EXTRA));
  return [...ROWS[table], ...extra.map((key) => ({ key, label: rowName(table, key) }))];
}
const TABLE_NAMES: Record<TableKey, string> = { t2: '表二', t3: '表三', t4: '表四' };

export function tableName(table: TableKey): string {
  return TABLE_NAMES[table];
}

export function columnName(table: TableKey, col: string): string {
  return COLUMNS[table].find((c) => c.key === col)?.label ?? col;
}

/** 予以公开·自然人 */
export function cellName(cell: Pick<CellRecord, 'table' | 'label' | 'col'>): string {
  return `${cell.label}·${columnName(cell.table, cell.col)}`;
}

/** A cell's name from its id alone: 表四 行政诉讼／复议后起诉·总计 for t4.suit_after_review.total. */
export function cellIdName(id: string): string {
  const parts = id.split('.');
  const table = parts[0] as TableKey;
  if (!(table in TABLE_NAMES) || parts.length < 3) return id;
  const col = parts[parts.length - 1];
  return `${tableName(table)} ${cellName({ table, label: rowName(table, parts.slice(1, -1).join('.')), col })}`;
}
