// BLANK: cells left blank where the format expects a number (a zero must be written as 0).
import { cellName, tableName } from '../format/names';
import type { Finding, TableKey } from '../model';
import { defineRule } from './rule';

const SHOWN = 6;

export const blank = defineRule({
  id: 'BLANK',
  title: {
    zh: '空白单元格：格式要求填写数字，没有发生的应填 0',
    en: 'Blank cells where the format expects a number',
  },
  severity: 'warning',
  run: (report, rule) => {
    const byTable = new Map<TableKey, string[]>();
    const names = new Map<TableKey, string[]>();
    for (const c of report.cells.values()) {
      if (!c.blank) continue;
      byTable.set(c.table, [...(byTable.get(c.table) ?? []), c.id]);
      names.set(c.table, [...(names.get(c.table) ?? []), cellName(c)]);
    }
    const out: Finding[] = [];
    for (const [table, cells] of byTable) {
      const list = names.get(table)!;
      const shown = list.slice(0, SHOWN).join('、') + (list.length > SHOWN ? ` 等` : '');
      out.push(
        rule.finding(
          `${tableName(table)}有 ${cells.length} 个空白单元格（${shown}），格式要求填写数字，没有发生的应填 0`,
          { scope: table, cells },
        ),
      );
    }
    return out;
  },
});
