// A report's table as tab-separated text that pastes into Excel or WPS as cells: the format's rows in
// its order with their Chinese names, its columns named in the first row; a blank cell stays empty
// (a blank is not a zero); any text a spreadsheet would run as a formula is neutralised.
import type { ReportJson, TableKey } from '../model';
import { COLUMNS, columnName, rowsWith, tableName } from '../format/names';
import { neutralise } from './csv';

/** Tabs and line breaks inside a cell would split it: they become spaces. */
const cell = (text: string) => neutralise(text.replace(/[\t\r\n]+/g, ' '));

export function tableTsv(report: ReportJson, table: TableKey): string | null {
  const values = report[table];
  if (!values) return null;
  const rows = rowsWith(table, Object.keys(values)).filter(({ key }) => values[key]);
  const cols = COLUMNS[table].filter(({ key }) => rows.some((r) => values[r.key]?.[key] !== undefined));
  const lines = [[tableName(table), ...cols.map((c) => columnName(table, c.key))].map(cell).join('\t')];
  for (const r of rows) {
    const row = values[r.key];
    lines.push(
      [
        cell(r.label),
        ...cols.map((c) => (row[c.key] === null || row[c.key] === undefined ? '' : String(row[c.key]))),
      ].join('\t'),
    );
  }
  return lines.join('\r\n');
}

/** Tables 3, 4 and 2 one after the other, a blank line between. */
export function allTablesTsv(report: ReportJson): string | null {
  const parts = (['t3', 't4', 't2'] as const).map((t) => tableTsv(report, t)).filter((t): t is string => t !== null);
  return parts.length ? parts.join('\r\n\r\n') : null;
}
