// STRUCTURE: what the format requires but the page lacks: a table, rows of table 3, cells of
// table 4; and the shape problems the reader met (a row with too few cells, a row twice).
import { T3_ROWS, t3RowKeys } from '../format/t3';
import { T4_BLOCKS, T4_COLUMNS } from '../format/t4';
import { finding, type Rule } from './rule';

const TABLES = { t2: '表二（主动公开政府信息情况）', t3: '表三（收到和处理政府信息公开申请情况）', t4: '表四（行政复议、行政诉讼情况）' } as const;

const warn = (message: string, scope: string | null = null) => finding('STRUCTURE', 'warning', message, { scope });

export const structure: Rule = {
  id: 'STRUCTURE',
  run: (report) => {
    const out = report.structure.map((m) => warn(m));
    const format = report.format;
    if (report.kind !== 'report' || (format !== '2019' && format !== '2021')) return out;
    for (const t of ['t2', 't3', 't4'] as const) if (!report[t]) out.push(warn(`未找到${TABLES[t]}`, t));
    if (report.t3) {
      const missing = t3RowKeys(format).filter((k) => !(k in report.t3!));
      const names = missing.map((k) => T3_ROWS.find((r) => r.key === k)?.label ?? k);
      if (missing.length) out.push(warn(`表三缺少 ${missing.length} 行：${names.join('、')}`, 't3'));
    }
    if (report.t4) {
      const missing = T4_BLOCKS.flatMap((b) => T4_COLUMNS.filter((c) => !report.cells.has(`t4.${b.key}.${c.key}`)).map((c) => `${b.label}·${c.label}`));
      if (missing.length) out.push(warn(`表四缺少 ${missing.length} 个单元格：${missing.join('、')}`, 't4'));
    }
    return out;
  },
};
