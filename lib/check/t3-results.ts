// T3-RESULTS: for each column, （七）总计 = the sum of every result row (（一）…（六）).
import { resultRows, T3_COLUMNS } from '../format/t3';
import { t3Cell } from '../format/cells';
import { checkRelation } from './relation';
import { defineRule } from './rule';

export const t3Results = defineRule({
  id: 'T3-RESULTS',
  title: {
    zh: '表三办理结果：总计 = 各项办理结果之和',
    en: 'Table 3 results: total = sum of the results',
  },
  severity: 'error',
  run: (report, rule) => {
    if (!report.t3) return [];
    // The result rows the page actually prints: a 2021 report on the old template has one （六）.
    const rows = [...new Set([...resultRows('2019'), ...resultRows('2021')])].filter(
      (k) => report.t3 && k in report.t3,
    );
    return T3_COLUMNS.flatMap((c) => {
      const f = checkRelation(report, rule, {
        scope: c.key,
        where: `表三「${c.label}」列（总计 = 各项办理结果之和）`,
        by: 'row',
        reported: [t3Cell('total', c.key)],
        parts: rows.map((r) => t3Cell(r, c.key)),
      });
      return f ? [f] : [];
    });
  },
});
