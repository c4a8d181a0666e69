// The scorecard as rows a spreadsheet pivots at once: one per year of each body, a missing year
// included (状态 missing), for the CSV (bilingual header, formula-like text neutralised by its writer)
// and the XLSX sheet.
import type { Scorecard } from '../view/scorecard';
import { wrongFormat } from '../view/scorecard';
import { BOM, csvLine } from './csv';
import { laidOut } from './xlsx';
import type { SheetSpec } from './xlsx-write';
import { asCell } from './cells';

export const SCORECARD_HEADER = [
  '机关 body',
  '年度 year',
  '状态 status',
  '标题 title',
  '发布日期 published',
  '法定期限 due',
  '逾期天数 days_late',
  '本地期限 local_due',
  '本地逾期天数 local_days_late',
  '格式 format',
  '应用格式 expected_format',
  '格式不符 wrong_format',
  '可读形式 readable',
  '错误 errors',
  '提示 warnings',
  '来源 source_url',
  '与上年重复 reuse_share',
];

export type ScoreCell = string | number | null;

export function scorecardRows(cards: Scorecard[]): ScoreCell[][] {
  const rows: ScoreCell[][] = [];
  for (const card of cards) {
    const byYear = new Map(card.rows.map((r) => [r.year, r]));
    const first = card.years[0];
    const last = card.years[card.years.length - 1];
    for (let year = first; year <= last; year++) {
      const r = byYear.get(year);
      if (!r) {
        rows.push([card.body, year, 'missing', ...Array<null>(SCORECARD_HEADER.length - 3).fill(null)]);
        continue;
      }
      rows.push([
        card.body,
        year,
        'present',
        r.title,
        r.published,
        r.national.due,
        r.national.late,
        r.local?.due ?? null,
        r.local?.late ?? null,
        r.format,
        r.expected,
        wrongFormat(r) ? 'yes' : 'no',
        r.readable,
        r.errors,
        r.warnings,
        r.url,
        r.reuse === null ? null : Math.round(r.reuse * 1000) / 1000,
      ]);
    }
  }
  return rows;
}

export const scorecardCsv = (cards: Scorecard[]): string =>
  BOM + [SCORECARD_HEADER, ...scorecardRows(cards)].map(csvLine).join('');

/** The XLSX sheet: the header's Chinese names, numbers as numbers. */
export const scorecardSheet = (cards: Scorecard[]): SheetSpec =>
  laidOut({
    sheet: '栏目评分',
    data: [SCORECARD_HEADER.map((h) => h.split(' ')[0]), ...scorecardRows(cards).map((r) => r.map(asCell))],
  });
