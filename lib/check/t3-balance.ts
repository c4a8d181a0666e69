// T3-BALANCE: for each column, 本年新收 + 上年结转 = 总计 + 结转下年度 (the table's own 勾稽关系).
import { T3_COLUMNS } from '../format/t3';
import { checkRelation } from './relation';
import type { Rule } from './rule';

export const t3Balance: Rule = {
  id: 'T3-BALANCE',
  run: (report) =>
    T3_COLUMNS.flatMap((c) => {
      const f = checkRelation(report, {
        rule: 'T3-BALANCE',
        scope: c.key,
        where: `表三「${c.label}」列（新收 + 上年结转 = 总计 + 结转下年度）`,
        by: 'row',
        reported: [`t3.total.${c.key}`, `t3.carried_forward.${c.key}`],
        parts: [`t3.new.${c.key}`, `t3.carried_over.${c.key}`],
      });
      return f ? [f] : [];
    }),
};
