// T4-SUM: for each block, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
import { T4_BLOCKS, T4_PARTS } from '../format/t4';
import { checkRelation } from './relation';
import type { Rule } from './rule';

export const t4Sum: Rule = {
  id: 'T4-SUM',
  run: (report) =>
    T4_BLOCKS.flatMap((b) => {
      const f = checkRelation(report, {
        rule: 'T4-SUM',
        scope: b.key,
        where: `表四「${b.label}」（总计 = 维持 + 纠正 + 其他 + 尚未审结）`,
        by: 'col',
        reported: [`t4.${b.key}.total`],
        parts: T4_PARTS.map((c) => `t4.${b.key}.${c}`),
      });
      return f ? [f] : [];
    }),
};
