// T3-BALANCE: for each column, 本年新收 + 上年结转 = 总计 + 结转下年度 (the table's own 勾稽关系).
import { T3_COLUMNS } from '../format/t3';
import { t3Cell } from '../format/cells';
import { checkRelation } from './relation';
import { defineRule } from './rule';

export const t3Balance = defineRule({
  id: 'T3-BALANCE',
  title: {
    zh: '表三收支平衡：本年新收 + 上年结转 = 办理结果总计 + 结转下年度',
    en: 'Table 3 balance: new + carried over = total handled + carried forward',
  },
  severity: 'error',
  run: (report, rule) =>
    T3_COLUMNS.flatMap((c) => {
      const f = checkRelation(report, rule, {
        scope: c.key,
        where: `表三「${c.label}」列（新收 + 上年结转 = 总计 + 结转下年度）`,
        by: 'row',
        reported: [t3Cell('total', c.key), t3Cell('carried_forward', c.key)],
        parts: [t3Cell('new', c.key), t3Cell('carried_over', c.key)],
      });
      return f ? [f] : [];
    }),
});
