// TEXT-TABLE: a figure the prose states contradicts the same figure in the tables
// (正文"共受理依申请公开59件次" against 表三 本年新收·总计 148).
import type { KnownCell } from '../format/cells';
import type { Figure, Finding, Report } from '../model';
import { defineRule, type RuleContext } from './rule';

interface Pair {
  key: string;
  cells: KnownCell[];
  what: string;
}

const PAIRS: Pair[] = [
  { key: 'requests_received', cells: ['t3.new.total'], what: '表三「本年新收·总计」' },
  { key: 'reviews', cells: ['t4.review.total'], what: '表四「行政复议·总计」' },
  {
    key: 'lawsuits',
    cells: ['t4.suit_direct.total', 't4.suit_after_review.total'],
    what: '表四「行政诉讼」两项总计之和',
  },
];

function tableSum(report: Report, ids: KnownCell[]): number | null {
  let sum = 0;
  for (const id of ids) {
    const v = report.cells.get(id)?.value;
    if (v === null || v === undefined) return null;
    sum += v;
  }
  return sum;
}

export const textTable = defineRule({
  id: 'TEXT-TABLE',
  title: {
    zh: '正文与表格：正文所述数字与表格不符',
    en: 'Prose vs table: a figure in the text contradicts the table',
  },
  severity: 'warning',
  run: (report, rule) => {
    const out: Finding[] = [];
    for (const pair of PAIRS) {
      const stated = report.figures.find((f) => f.source === 'text' && f.key === pair.key);
      const table = tableSum(report, pair.cells);
      if (!stated || table === null || stated.value === table) continue;
      out.push(contradiction(rule, stated, table, pair.what, pair.cells));
    }
    // The old 统计表: the prose against the same indicator's 本年度 value.
    for (const stated of report.figures.filter((f) => f.source === 'text' && f.key)) {
      const row = report.figures.find((f) => f.source === 'table' && f.key === stated.key);
      if (row && row.value !== stated.value)
        out.push(contradiction(rule, stated, row.value, `统计表「${row.label}」`, []));
    }
    return out;
  },
});

function contradiction(rule: RuleContext, stated: Figure, value: number, what: string, cells: KnownCell[]): Finding {
  const message = `正文称「${stated.label}」（${stated.value}），但${what}为 ${value}`;
  return rule.finding(message, { scope: stated.key, reported: stated.value, computed: value, cells });
}
