// TEXT-TABLE: a figure the prose states contradicts the same figure in the tables
// (正文"共受理依申请公开59件次" against 表三 本年新收·总计 148).
import type { Figure, Finding, Report } from '../model';
import { finding, type Rule } from './rule';

interface Pair {
  key: string;
  cells: string[];
  what: string;
}

const PAIRS: Pair[] = [
  { key: 'requests_received', cells: ['t3.new.total'], what: '表三「本年新收·总计」' },
  { key: 'reviews', cells: ['t4.review.total'], what: '表四「行政复议·总计」' },
  { key: 'lawsuits', cells: ['t4.suit_direct.total', 't4.suit_after_review.total'], what: '表四「行政诉讼」两项总计之和' },
];

function tableSum(report: Report, ids: string[]): number | null {
  let sum = 0;
  for (const id of ids) {
    const v = report.cells.get(id)?.value;
    if (v === null || v === undefined) return null;
    sum += v;
  }
  return sum;
}

export const textTable: Rule = {
  id: 'TEXT-TABLE',
  run: (report) => {
    const out: Finding[] = [];
    for (const pair of PAIRS) {
      const stated = report.figures.find((f) => f.source === 'text' && f.key === pair.key);
      const table = tableSum(report, pair.cells);
      if (!stated || table === null || stated.value === table) continue;
      out.push(contradiction(stated, table, pair.what, pair.cells));
    }
    // The old 统计表: the prose against the same indicator's 本年度 value.
    for (const stated of report.figures.filter((f) => f.source === 'text' && f.key)) {
      const row = report.figures.find((f) => f.source === 'table' && f.key === stated.key);
      if (row && row.value !== stated.value) out.push(contradiction(stated, row.value, `统计表「${row.label}」`, []));
    }
    return out;
  },
};

function contradiction(stated: Figure, value: number, what: string, cells: string[]): Finding {
  const message = `正文称「${stated.label}」（${stated.value}），但${what}为 ${value}`;
  return finding('TEXT-TABLE', 'warning', message, { scope: stated.key, reported: stated.value, computed: value, cells });
}
