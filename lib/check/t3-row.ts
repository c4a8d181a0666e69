// T3-ROW: for each row, 总计 = the sum of the six applicant columns.
import { t3Cell } from '../format/cells';
import { T3_APPLICANTS, type T3Row } from '../format/t3';
import { checkRelation } from './relation';
import { defineRule } from './rule';

export const t3Row = defineRule({
  id: 'T3-ROW',
  title: {
    zh: '表三各行：总计 = 六类申请人之和',
    en: 'Table 3 rows: total = sum of the six kinds of applicant',
  },
  severity: 'error',
  run: (report, rule) =>
    (Object.keys(report.t3 ?? {}) as T3Row[]).flatMap((row) => {
      const label = report.cells.get(`t3.${row}.total`)?.label ?? row;
      const f = checkRelation(report, rule, {
        scope: row,
        where: `表三「${label}」行（总计 = 各类申请人之和）`,
        by: 'col',
        reported: [t3Cell(row, 'total')],
        parts: T3_APPLICANTS.map((c) => t3Cell(row, c)),
      });
      return f ? [f] : [];
    }),
});
