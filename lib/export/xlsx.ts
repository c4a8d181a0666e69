// The XLSX export as sheet data: one sheet per table in the format's own layout (one row per
// report, one column per cell of the table) and a sheet of findings. The extension page writes it
// with write-excel-file; tests read it back with read-excel-file.
import { CSV_HEADER, csvRows, sourceKind } from './csv';
import { asCell, verdictCells, VERDICT_COLUMNS, type Cell } from './cells';
import { rangeOf } from './xlsx-filter';
import type { Finding, SavedReport, TableKey } from '../model';
import { compareRows, type CompareKey } from '../view/compare';
import { strings } from '../i18n';
import { verdictOf } from '../base/verdicts';
import { exportedFigures } from './figures';
import { cellIdName, cellName, COLUMNS, rowsWith } from '../format/names';
import { findingWords, type FindingWords } from './findings';

export interface SheetSpec {
  sheet: string;
  data: Cell[][];
  /** The header row frozen, so that it stays in view. */
  stickyRowsCount?: number;
  /** Each column as wide as its content (in characters), within bounds. */
  columns?: { width: number }[];
  /** The range under the header row's filter buttons (xlsx-filter.ts). */
  filterRange?: string;
}

/** A text's width in characters as a spreadsheet draws it: a Chinese character takes two. */
const widthOf = (c: Cell) => [...String(c ?? '')].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);

/** A sheet with its header row frozen and filtered, its columns fitted to their content (6 to 50
 * characters, judged on the first 500 rows). */
export function laidOut(spec: SheetSpec): SheetSpec {
  const head = spec.data.slice(0, 500);
  const cols = head.reduce((n, r) => Math.max(n, r.length), 0);
  const columns = Array.from({ length: cols }, (_, i) => ({
    width: Math.min(
      50,
      head.reduce((w, r) => Math.max(w, widthOf(r[i] ?? null) + 2), 6),
    ),
  }));
  return { ...spec, stickyRowsCount: 1, columns, filterRange: rangeOf(spec.data.length, cols) };
}

/** The long form (the CSV's rows) as a sheet up to this many rows: beyond, the workbook would take
 * more memory than a page should, and the sheet says to export the CSV instead. */
export const LONG_SHEET_ROWS = 100_000;

/** The CSV's long form, one row per figure, as its own sheet. */
function longSheet(reports: SavedReport[]): SheetSpec {
  const data: Cell[][] = [CSV_HEADER];
  for (const r of reports) {
    const rows = csvRows([r]);
    if (data.length - 1 + rows.length > LONG_SHEET_ROWS) {
      return {
        sheet: '长表',
        data: [['说明 note'], [`长表超过 ${LONG_SHEET_ROWS} 行，未放入本工作簿；请导出 CSV（长表）。`]],
      };
    }
    for (const row of rows) data.push(row.map(asCell));
  }
  return { sheet: '长表', data };
}

const IDENTITY = ['机关', '年度', '格式', '来源', '来源类型'];
const identity = (r: SavedReport): Cell[] => [r.body, r.year, r.format, r.url, sourceKind(r)].map(asCell);

/** Every (row, column) of a table the reports hold, in the format's printed order. */
function layout(table: TableKey, reports: SavedReport[]): { row: string; col: string; label: string }[] {
  const seen = new Set<string>();
  for (const r of reports)
    for (const [row, cols] of Object.entries(r.report[table] ?? {}))
      for (const col of Object.keys(cols)) seen.add(`${row}\u0000${col}`);
  const out: { row: string; col: string; label: string }[] = [];
  for (const { key, label } of rowsWith(
    table,
    [...seen].map((k) => k.split('\u0000')[0]),
  )) {
    for (const { key: col } of COLUMNS[table]) {
      if (seen.has(`${key}\u0000${col}`)) out.push({ row: key, col, label: cellName({ table, label, col }) });
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

/** `cross`: the findings the library runs across reports (CROSS-YEAR, REUSE) per report id, listed with
 * the rest; `reuse`: the REUSE shares of the 比较 sheet, where the texts were read; `words`: the findings'
 * severity and rule in the UI's language. */
export function xlsxSheets(
  reports: SavedReport[],
  cross: Map<number, Finding[]> = new Map(),
  reuse?: Map<number, number>,
  words: FindingWords = findingWords('zh'),
): SheetSpec[] {
  const tableSheet = (table: TableKey, of: SavedReport[], name: string): SheetSpec => {
    const cols = layout(table, of);
    const data: Cell[][] = [[...IDENTITY, ...cols.map((c) => c.label)]];
    for (const r of of) {
      const values = r.report[table];
      if (!values) continue;
      data.push([...identity(r), ...cols.map((c) => asCell(values[c.row]?.[c.col]))]);
    }
    return { sheet: name, data };
  };
  // Table 2's columns differ between the 2019 and the 2021 formats: one sheet per format.
  const t2Eras = (['2021', '2019'] as const)
    .map((era) => ({ era, of: reports.filter((r) => r.format === era) }))
    .filter(({ of }) => of.some((r) => r.report.t2));
  const sheets: SheetSpec[] = [
    tableSheet('t3', reports, SHEET_NAMES.t3),
    tableSheet('t4', reports, SHEET_NAMES.t4),
    ...t2Eras.map(({ era, of }) => tableSheet('t2', of, `${SHEET_NAMES.t2}（${era}年版）`)),
  ];
  // The compare view's figures and rates, one row per report.
  const rows = compareRows(reports, '', reuse);
  const keys = Object.keys(COMPARE_NAMES) as CompareKey[];
  sheets.push({
    sheet: '比较',
    data: [
      [...IDENTITY, ...keys.map((k) => COMPARE_NAMES[k])],
      ...reports.map((r, i) => [...identity(r), ...keys.map((k) => asCell(rows[i].values[k]))]),
    ],
  });
  const findings: Cell[][] = [
    [
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
    ],
  ];
  for (const r of reports) {
    for (const f of [...r.report.findings, ...(cross.get(r.id!) ?? [])])
      findings.push([
        ...identity(r),
        ...[f.rule, words.rule(f.rule), words.severity(f.severity), f.message].map(asCell),
        ...[f.reported, f.computed, f.difference, f.cells.join(' '), f.cells.map(cellIdName).join('；')].map(asCell),
        ...verdictCells(verdictOf(f, r.verdicts)),
      ]);
  }
  sheets.push({ sheet: '核对结果', data: findings });
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
  sheets.push({ sheet: '标签与备注', data: notes });
  const figures: Cell[][] = [[...IDENTITY, '指标', '键', '数值', '单位', '出处']];
  for (const r of reports) {
    for (const f of exportedFigures(r)) {
      figures.push([
        ...identity(r),
        ...[f.label, f.key, f.value, f.unit, f.source === 'text' ? '正文' : '统计表'].map(asCell),
      ]);
    }
  }
  sheets.push({ sheet: '正文数字', data: figures });
  sheets.push(longSheet(reports));
  return sheets.map(laidOut);
}
