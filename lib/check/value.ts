// VALUE: a cell where a count belongs holds something that is not a count: words, a negative
// number, a fraction. The reader keeps such cells null rather than guess.
import { T2_NON_COUNT } from '../format/t2';
import { cellName, tableName } from '../format/names';
import type { CellRecord, Finding } from '../model';
import { defineRule } from './rule';

function problem(c: CellRecord): string | null {
  if (c.invalid) {
    return /^[+-]?[\d,]{16,}(\.\d+)?$/.test(c.text.normalize('NFKC').replace(/\s+/g, ''))
      ? `「${c.text}」位数过多，超出能精确计算的范围，未核对`
      : `「${c.text}」不是数字`;
  }
  if (c.value === null || (c.table === 't2' && T2_NON_COUNT.has(c.col))) return null;
  if (c.value < 0) return `${c.value} 是负数，件数不能为负`;
  if (!Number.isInteger(c.value)) return `${c.value} 不是整数，件数应为整数`;
  return null;
}

export const value = defineRule({
  id: 'VALUE',
  title: {
    zh: '数值：件数须为非负整数',
    en: 'Values: counts must be whole, non-negative numbers',
  },
  severity: 'error',
  run: (report, rule) => {
    const out: Finding[] = [];
    for (const c of report.cells.values()) {
      const what = problem(c);
      if (!what) continue;
      out.push(
        rule.finding(`${tableName(c.table)}「${cellName(c)}」：${what}`, {
          scope: c.id,
          reported: c.invalid ? null : c.value,
          cells: [c.id],
        }),
      );
    }
    return out;
  },
});
