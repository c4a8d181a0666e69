// The compare view exported as shown: one row per report in the order on screen, its figures as
// numbers and its rates as fractions (0.4587), a rate with no denominator left empty.
import type { FigureKey, RateKey } from '../model';
import type { CompareRow } from '../view/compare';
import { BOM, csvLine } from './csv';

export function compareCsv(
  rows: CompareRow[],
  columns: (FigureKey | RateKey)[],
  names: (c: FigureKey | RateKey) => string,
): string {
  const header = ['机关 body', '年度 year', ...columns.map((c) => `${names(c)} ${c}`)];
  const round = (v: number | null) => (v === null ? null : Math.round(v * 10_000) / 10_000);
  return (
    BOM +
    [header, ...rows.map((r) => [r.body, r.year, ...columns.map((c) => round(r.values[c]))])].map(csvLine).join('')
  );
}
