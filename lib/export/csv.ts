// CSV in long form: one row per figure of every report, as researchers load it into R, Stata or
// Excel. UTF-8 with a BOM so that Excel reads the Chinese; every text cell a spreadsheet could take
// for a formula is neutralised with a leading apostrophe.
import type { SavedReport } from '../model';
import { columnName, rowName } from '../format/names';
import { exportedFigures } from './figures';

export const CSV_HEADER = [
  '报告编号 report_id',
  '机关 body',
  '年度 year',
  '格式 format',
  '标题 title',
  '发布日期 published',
  '来源 source_url',
  '保存时间 saved_at',
  '来源类型 source_kind',
  '表 table',
  '行 row',
  '行名称 row_label',
  '列 column',
  '列名称 column_label',
  '数值 value',
  '单位 unit',
  '出处 origin',
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

/** Texts already made fields: a long CSV repeats the same keys, labels and units on every row. */
const FIELDS = new Map<string, string>();

function field(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  let out = FIELDS.get(value);
  if (out === undefined) {
    const safe = neutralise(value);
    out = /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
    if (FIELDS.size >= 10_000) FIELDS.clear();
    FIELDS.set(value, out);
  }
  return out;
}

/** The user's tags (joined by a full-width comma, which no tag holds) and note. */
const notes = (r: SavedReport): (string | null)[] => [r.tags?.length ? r.tags.join('，') : null, r.note ?? null];

/** What a table's cell counts in: an amount of money in the unit the report states (its figure says),
 * cases and items elsewhere. */
const unitOf = (table: string, row: string, col: string, r: SavedReport): string | null =>
  col === 'amount' ? (r.report.figures.find((f) => f.key === `${table}.${row}.${col}`)?.unit ?? null) : '件';

type Cells = (string | number | null)[];

/** Who and what: the same at the head of each of a report's rows, so that every row stands alone. */
const who = (r: SavedReport): Cells => [
  r.id ?? null,
  r.body,
  r.year,
  r.format,
  r.title,
  r.report.meta.published,
  r.url,
  new Date(r.savedAt).toISOString(),
  sourceKind(r),
];

/** Each figure of a report as the cells between who and the notes: the tables' cells, then the
 * figures the words state (and the old 统计表 of a report in prose): table "figures", row the figure's
 * key, origin where it came from (the words, or the 统计表). */
function eachFigure(r: SavedReport, emit: (cells: Cells) => void): void {
  for (const table of ['t2', 't3', 't4'] as const) {
    const values = r.report[table];
    if (!values) continue;
    for (const [row, cols] of Object.entries(values)) {
      const rowLabel = rowName(table, row);
      for (const [col, value] of Object.entries(cols)) {
        emit([table, row, rowLabel, col, columnName(table, col), value, unitOf(table, row, col, r), 'table']);
      }
    }
  }
  for (const f of exportedFigures(r)) emit(['figures', f.key ?? '', f.label, '', '', f.value, f.unit, f.source]);
}

/** How many rows a report has in the long form, without making them. */
export function figureCount(r: SavedReport): number {
  let n = exportedFigures(r).length;
  for (const table of ['t2', 't3', 't4'] as const)
    for (const cols of Object.values(r.report[table] ?? {})) n += Object.keys(cols).length;
  return n;
}

export function csvRows(reports: SavedReport[]): Cells[] {
  const rows: Cells[] = [];
  for (const r of reports) {
    const [head, tail] = [who(r), notes(r)];
    eachFigure(r, (cells) => rows.push([...head, ...cells, ...tail]));
  }
  return rows;
}

/** One report's lines of the CSV, its who and notes made fields once. */
export function reportCsv(r: SavedReport): string {
  const head = who(r).map(field).join(',');
  const tail = notes(r).map(field).join(',');
  const lines: string[] = [];
  eachFigure(r, (cells) => lines.push(`${head},${cells.map(field).join(',')},${tail}\r\n`));
  return lines.join('');
}

/** One CSV line, its fields quoted where needed and neutralised. */
export const csvLine = (row: (string | number | null)[]) => row.map(field).join(',') + '\r\n';

/** The CSV in parts: its header, then the rows of `batch` reports at a time, so that a page can
 * hand control back between parts and never hold a thousand reports' text in one string. */
export function* csvParts(reports: SavedReport[], batch = 50): Generator<string> {
  yield BOM + csvLine(CSV_HEADER);
  for (let i = 0; i < reports.length; i += batch)
    yield reports
      .slice(i, i + batch)
      .map(reportCsv)
      .join('');
}

export function toCsv(reports: SavedReport[]): string {
  return [...csvParts(reports)].join('');
}
