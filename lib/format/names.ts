// Chinese names of cells, for messages and exports.
import type { CellRecord, TableKey } from '../model';
import { T2_COLUMNS } from './t2';
import { T3_COLUMNS } from './t3';
import { T4_COLUMNS } from './t4';

const COLUMNS: Record<TableKey, { key: string; label: string }[]> = { t2: T2_COLUMNS, t3: T3_COLUMNS, t4: [...T4_COLUMNS] };
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
