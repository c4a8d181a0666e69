// CSV in long form: one row per figure of every report, as researchers load it into R, Stata or
// Excel. UTF-8 with a BOM so that Excel reads the Chinese; every text cell a spreadsheet could take
// for a formula is neutralised with a leading apostrophe.
import type { SavedReport } from '../model';
import { cellName, rowName } from '../format/names';
import { exportedFigures } from './figures';

export const CSV_HEADER = [
  '机关 body',
  '年度 year',
  '格式 format',
  '表 table',
  '行 row',
  '列 column',
  '名称 label',
  '数值 value',
  '来源 source_url',
  '来源类型 source_kind',
  '标签 tags',
  '备注 note',
];
export const BOM = '\uFEFF';

/** What the report was read from: a web page, or the kind of file (PDF, DOCX, DOC). */
export const sourceKind = (r: SavedReport): string => r.kind ?? 'page';

/** A text that starts like a formula (=, +, -, @, tab, CR) is kept as text. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function field(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = neutralise(value);
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The user's tags (joined by a full-width comma, which no tag holds) and note. */
const notes = (r: SavedReport): (string | null)[] => [r.tags?.length ? r.tags.join('，') : null, r.note ?? null];

export function csvRows(reports: SavedReport[]): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (const r of reports) {
    for (const table of ['t2', 't3', 't4'] as const) {
      const values = r.report[table];
      if (!values) continue;
      for (const [row, cols] of Object.entries(values)) {
        const rowLabel = rowName(table, row);
        for (const [col, value] of Object.entries(cols)) {
          rows.push([
            r.body,
            r.year,
            r.format,
            table,
            row,
            col,
            cellName({ table, label: rowLabel, col }),
            value,
            r.url,
            sourceKind(r),
            ...notes(r),
          ]);
        }
      }
    }
    // Figures the words state (and the old 统计表 of a report in prose): table "figures", row the
    // figure's key, column where it came from.
    for (const f of exportedFigures(r)) {
      rows.push([
        r.body,
        r.year,
        r.format,
        'figures',
        f.key ?? '',
        f.source,
        f.label,
        f.value,
        r.url,
        sourceKind(r),
        ...notes(r),
      ]);
    }
  }
  return rows;
}

/** One CSV line, its fields quoted where needed and neutralised. */
export const csvLine = (row: (string | number | null)[]) => row.map(field).join(',') + '\r\n';

/** The CSV in parts: its header, then the rows of `batch` reports at a time, so that a page can
 * hand control back between parts and never hold a thousand reports' text in one string. */
export function* csvParts(reports: SavedReport[], batch = 50): Generator<string> {
  yield BOM + csvLine(CSV_HEADER);
  for (let i = 0; i < reports.length; i += batch)
    yield csvRows(reports.slice(i, i + batch))
      .map(csvLine)
      .join('');
}

export function toCsv(reports: SavedReport[]): string {
  return [...csvParts(reports)].join('');
}
