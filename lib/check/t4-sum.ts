// T4-SUM: for each block, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
import { T4_BLOCKS, T4_PARTS } from '../format/t4';
import { t4Cell } from '../format/cells';
import { checkRelation } from './relation';
import { defineRule } from './rule';

export const t4Sum = defineRule({
  id: 'T4-SUM',
  title: {
    zh: '表四：总计 = 维持 + 纠正 + 其他结果 + 尚未审结',
    en: 'Table 4: total = upheld + corrected + other + pending',
  },
  severity: 'error',
  run: (report, rule) =>
    T4_BLOCKS.flatMap((b) => {
      const f = checkRelation(report, rule, {
        scope: b.key,
        where: `表四「${b.label}」（总计 = 维持 + 纠正 + 其他 + 尚未审结）`,
        by: 'col',
        reported: [t4Cell(b.key, 'total')],
        parts: T4_PARTS.map((c) => t4Cell(b.key, c)),
      });
      return f ? [f] : [];
    }),
});
