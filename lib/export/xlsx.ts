// The XLSX export as sheet data: one sheet per table in the format's own layout (one row per
// report, one column per cell of the table) and a sheet of findings, written by xlsx-write.ts; tests
// read it back with read-excel-file.
import { CSV_HEADER, csvRows, figureCount, sourceKind } from './csv';
import { asCell, verdictCells, VERDICT_COLUMNS, type Cell } from './cells';
import { rangeOf, type SheetSpec } from './xlsx-write';
import type { Finding, SavedReport, TableKey } from '../model';
import { compareRows, type CompareKey } from '../view/compare';
import { strings } from '../i18n';
import { verdictOf } from '../base/verdicts';
import { exportedFigures } from './figures';
import { cellIdName, cellName, COLUMNS, rowsWith } from '../format/names';
import { findingWords, type FindingWords } from './findings';

/** A sheet that holds only a note: why its rows are not in the workbook, and where they are. */
const noted = (sheet: string, note: string): SheetSpec => ({ sheet, data: [['说明 note'], [note]] });

/** A text's width in characters as a spreadsheet draws it (a Chinese character takes two), counted no further
 * than `cap`: a finding's list of cells can run to thousands of characters, and its column is capped anyway. */
function widthOf(c: Cell, cap: number): number {
  if (typeof c === 'number') return String(c).length;
  const s = c ?? '';
  let n = 0;
  for (let i = 0; i < s.length && n < cap; i++) {
    const code = s.charCodeAt(i);
    // The second half of a pair of surrogates: its character was counted with the first half.
    const low =
      code >= 0xdc00 && code <= 0xdfff && i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) < 0xdc00;
    if (!low) n += code > 0x2e80 ? 2 : 1;
  }
  return n;
}

/** The rows a sheet can have in Excel: past them it refuses the whole file. */
export const EXCEL_ROWS = 1_048_576;

/** The widest a column is fitted, in characters. */
const MAX_WIDTH = 50;

/** A sheet with its header row frozen and filtered, its columns fitted to their content (6 to 50
 * characters, judged on the first 500 rows); a sheet past Excel's rows says so instead, and where to look. */
export function laidOut(spec: SheetSpec): SheetSpec {
  if (spec.data.length > EXCEL_ROWS)
    return laidOut(
      noted(spec.sheet, `本表超过 Excel 的 ${EXCEL_ROWS.toLocaleString('en-US')} 行上限，未放入本工作簿；请导出 CSV。`),
    );
  const head = spec.data.slice(0, 500);
  const cols = head.reduce((n, r) => Math.max(n, r.length), 0);
  const columns = Array.from({ length: cols }, (_, i) => {
    let width = 6;
    for (const r of head) width = Math.max(width, widthOf(r[i] ?? null, MAX_WIDTH - 2) + 2);
    return { width: Math.min(MAX_WIDTH, width) };
  });
  return { ...spec, stickyRowsCount: 1, columns, filterRange: rangeOf(spec.data.length, cols) };
}

/** The long form (the CSV's rows) as a sheet up to this many rows: beyond, the workbook would take
 * more memory than a page should, and the sheet says to export the CSV instead. */
export const LONG_SHEET_ROWS = 100_000;

/** The CSV's long form, one row per figure, as its own sheet. */
function longSheet(reports: SavedReport[]): SheetSpec {
  // Counted before made: a library past the bound makes none of its rows.
  if (reports.reduce((n, r) => n + figureCount(r), 0) > LONG_SHEET_ROWS)
    return noted('长表', `长表超过 ${LONG_SHEET_ROWS} 行，未放入本工作簿；请导出 CSV（长表）。`);
  const data: Cell[][] = [CSV_HEADER];
  for (const row of csvRows(reports)) data.push(row.map(asCell));
  return { sheet: '长表', data };
}

const IDENTITY = ['机关', '年度', '格式', '来源', '来源类型'];
const identity = (r: SavedReport): Cell[] => [r.body, r.year, r.format, r.url, sourceKind(r)].map(asCell);

/** Every (row, column) of a table the reports hold, in the format's printed order. */
function layout(table: TableKey, reports: SavedReport[]): { row: string; col: string; label: string }[] {
  const seen = new Map<string, Set<string>>();
  // Rows whose every column of the format is seen: nothing more to learn from them (most rows of most
  // reports, at a thousand reports 175,000 columns of table 3).
  const whole = new Set<string>();
  const known = COLUMNS[table];
  for (const r of reports) {
    const values = r.report[table];
    for (const row in values) {
      if (whole.has(row)) continue;
      let of = seen.get(row);
      if (!of) seen.set(row, (of = new Set()));
      for (const col in values[row]) of.add(col);
      if (of.size >= known.length && known.every((c) => of.has(c.key))) whole.add(row);
    }
  }
  const out: { row: string; col: string; label: string }[] = [];
  for (const { key, label } of rowsWith(table, [...seen.keys()])) {
    for (const { key: col } of COLUMNS[table]) {
      if (seen.get(key)?.has(col)) out.push({ row: key, col, label: cellName({ table, label, col }) });
    }
  }
  return out;
}

const SHEET_NAMES: Record<TableKey, string> = { t2: '表二 主动公开', t3: '表三 依申请', t4: '表四 复议诉讼' };

/** The compare view's columns as a sheet names them (rates as fractions): the data's own Chinese names. */
const COMPARE_NAMES: Record<CompareKey, string> = {
  ...strings('zh').figureNames,
  ...strings('zh').rateNames,
  reuse: strings('zh').colReuse,
};

/** A sheet of the book: its place among the sheets, and how to make it. */
export interface SheetAt {
  at: number;
  make: () => SheetSpec;
}

/** The workbook's sheets, each made when asked for: `own`, those that need only the reports (they can be
 * written while the library works out what it finds across them), and `across`, the 比较 and 核对结果
 * sheets, which need that (its arguments as `xlsxSheets`'). `count`: how many sheets in all. */
export function xlsxBook(reports: SavedReport[]): {
  count: number;
  own: SheetAt[];
  across: (cross?: Map<number, Finding[]>, reuse?: Map<number, number>, words?: FindingWords) => SheetAt[];
} {
  // Table 2's columns differ between the 2019 and the 2021 formats: one sheet per format.
  const t2Eras = (['2021', '2019'] as const)
    .map((era) => ({ era, of: reports.filter((r) => r.format === era) }))
    .filter(({ of }) => of.some((r) => r.report.t2));
  const tables = [
    () => tableSheet('t3', reports, SHEET_NAMES.t3),
    () => tableSheet('t4', reports, SHEET_NAMES.t4),
    ...t2Eras.map(
      ({ era, of }) =>
        () =>
          tableSheet('t2', of, `${SHEET_NAMES.t2}（${era}年版）`),
    ),
  ];
  const n = tables.length;
  const laid = (at: number, make: () => SheetSpec): SheetAt => ({ at, make: () => laidOut(make()) });
  return {
    count: n + 5,
    own: [
      ...tables.map((make, i) => laid(i, make)),
      laid(n + 2, () => notesSheet(reports)),
      laid(n + 3, () => figuresSheet(reports)),
      laid(n + 4, () => longSheet(reports)),
    ],
    across: (cross = new Map(), reuse, words = findingWords('zh')) => [
      laid(n, () => compareSheet(reports, reuse)),
      laid(n + 1, () => findingsSheet(reports, cross, words)),
    ],
  };
}

/** Every sheet of the workbook, in its order. `cross`: the findings the library runs across reports
 * (CROSS-YEAR, REUSE) per report id, listed with the rest; `reuse`: the REUSE shares of the 比较 sheet,
 * where the texts were read; `words`: the findings' severity and rule in the UI's language. */
export function xlsxSheets(
  reports: SavedReport[],
  cross: Map<number, Finding[]> = new Map(),
  reuse?: Map<number, number>,
  words: FindingWords = findingWords('zh'),
): SheetSpec[] {
  const book = xlsxBook(reports);
  const sheets: SheetSpec[] = [];
  for (const { at, make } of [...book.own, ...book.across(cross, reuse, words)]) sheets[at] = make();
  return sheets;
}

function tableSheet(table: TableKey, of: SavedReport[], name: string): SheetSpec {
  const cols = layout(table, of);
  // The columns by their row of the table, in order: each report's row looked up once, not once a column.
  const byRow: { row: string; cols: string[] }[] = [];
  for (const { row, col } of cols) {
    if (byRow.at(-1)?.row !== row) byRow.push({ row, cols: [] });
    byRow.at(-1)!.cols.push(col);
  }
  const data: Cell[][] = [[...IDENTITY, ...cols.map((c) => c.label)]];
  for (const r of of) {
    const values = r.report[table];
    if (!values) continue;
    const line = identity(r);
    for (const { row, cols } of byRow) {
      const at = values[row];
      for (const col of cols) line.push(asCell(at?.[col]));
    }
    data.push(line);
  }
  return { sheet: name, data };
}

/** The compare view's figures and rates, one row per report. */
function compareSheet(reports: SavedReport[], reuse?: Map<number, number>): SheetSpec {
  const rows = compareRows(reports, '', reuse);
  const keys = Object.keys(COMPARE_NAMES) as CompareKey[];
  return {
    sheet: '比较',
    data: [
      [...IDENTITY, ...keys.map((k) => COMPARE_NAMES[k])],
      ...reports.map((r, i) => [...identity(r), ...keys.map((k) => asCell(rows[i].values[k]))]),
    ],
  };
}

const FINDINGS_HEADER = [
  ...IDENTITY,
  '规则',
  '规则名称',
  '严重程度',
  '说明',
  '报告值',
  '计算值',
  '差',
  '单元格',
  '单元格名称',
  ...VERDICT_COLUMNS,
];

function findingsSheet(reports: SavedReport[], cross: Map<number, Finding[]>, words: FindingWords): SheetSpec {
  const findings: Cell[][] = [FINDINGS_HEADER];
  // The same few cells are named over and over: each name made once.
  const names = new Map<string, string>();
  const nameOf = (id: string) => names.get(id) ?? names.set(id, cellIdName(id)).get(id)!;
  for (const r of reports) {
    for (const f of [...r.report.findings, ...(cross.get(r.id!) ?? [])])
      findings.push([
        ...identity(r),
        ...[f.rule, words.rule(f.rule), words.severity(f.severity), f.message].map(asCell),
        ...[f.reported, f.computed, f.difference, f.cells.join(' '), f.cells.map(nameOf).join('；')].map(asCell),
        ...verdictCells(verdictOf(f, r.verdicts)),
      ]);
  }
  return { sheet: '核对结果', data: findings };
}

function notesSheet(reports: SavedReport[]): SheetSpec {
  const notes: Cell[][] = [[...IDENTITY, '标签', '备注', '版本数', '各版保存时间']];
  for (const r of reports) {
    if (!r.tags?.length && !r.note && !r.earlier?.length) continue;
    const times = [...(r.earlier ?? []), r].map((v) => new Date(v.savedAt).toISOString());
    notes.push([
      ...identity(r),
      ...[(r.tags ?? []).join('，'), r.note ?? null].map(asCell),
      times.length,
      times.join(' '),
    ]);
  }
  return { sheet: '标签与备注', data: notes };
}

function figuresSheet(reports: SavedReport[]): SheetSpec {
  const figures: Cell[][] = [[...IDENTITY, '指标', '键', '数值', '单位', '出处']];
  for (const r of reports) {
    for (const f of exportedFigures(r)) {
      figures.push([
        ...identity(r),
        ...[f.label, f.key, f.value, f.unit, f.source === 'text' ? '正文' : '统计表'].map(asCell),
      ]);
    }
  }
  return { sheet: '正文数字', data: figures };
}
