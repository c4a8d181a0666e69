// T3-ROW: for each row, 总计 = the sum of the six applicant columns.
import { T3_APPLICANTS } from '../format/t3';
import { checkRelation } from './relation';
import type { Rule } from './rule';

export const t3Row: Rule = {
  id: 'T3-ROW',
  run: (report) =>
    Object.keys(report.t3 ?? {}).flatMap((row) => {
      const label = report.cells.get(`t3.${row}.total`)?.label ?? row;
      const f = checkRelation(report, {
        rule: 'T3-ROW',
        scope: row,
        where: `表三「${label}」行（总计 = 各类申请人之和）`,
        by: 'col',
        reported: [`t3.${row}.total`],
        parts: T3_APPLICANTS.map((c) => `t3.${row}.${c}`),
      });
      return f ? [f] : [];
    }),
};
