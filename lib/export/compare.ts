// The compare view exported as shown: one row per report in the order on screen, its figures as
// numbers and its rates as fractions (0.4587), a rate with no denominator left empty.
import type { CompareKey, CompareRow } from '../view/compare';
import { BOM, csvLine } from './csv';
import { laidOut } from './xlsx';
import type { SheetSpec } from './xlsx-write';
import type { Cell } from './cells';

const round = (v: number | null) => (v === null ? null : Math.round(v * 10_000) / 10_000);

/** The header and rows as shown, each column named in the UI's words and by its key. */
function table(rows: CompareRow[], columns: CompareKey[], names: (c: CompareKey) => string): Cell[][] {
  const header = ['机关 body', '年度 year', ...columns.map((c) => `${names(c)} ${c}`)];
  return [header, ...rows.map((r) => [r.body, r.year, ...columns.map((c) => round(r.values[c]))])];
}

export const compareCsv = (rows: CompareRow[], columns: CompareKey[], names: (c: CompareKey) => string): string =>
  BOM + table(rows, columns, names).map(csvLine).join('');

/** The same as one sheet: header frozen and filtered, numbers as numbers, blanks empty. */
export const compareSheet = (rows: CompareRow[], columns: CompareKey[], names: (c: CompareKey) => string): SheetSpec =>
  laidOut({ sheet: '比较', data: table(rows, columns, names) });
