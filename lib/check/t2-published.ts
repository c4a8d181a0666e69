// T2-PUBLISHED (2019 format): 本年新公开数量 cannot exceed 对外公开总数量, and documents made
// this year are expected to be published.
import type { Finding } from '../model';
import { defineRule } from './rule';

export const t2Published = defineRule({
  id: 'T2-PUBLISHED',
  title: {
    zh: '表二：新公开数量与公开总数量',
    en: 'Table 2: newly published vs total published',
  },
  severity: 'warning',
  run: (report, rule) => {
    if (report.format !== '2019' || !report.t2) return [];
    const out: Finding[] = [];
    for (const row of ['regulations', 'normative']) {
      const v = report.t2[row];
      if (!v) continue;
      const { made, published, total } = v;
      const label = report.cells.get(`t2.${row}.published`)?.label ?? row;
      const ids = ['made', 'published', 'total'].map((c) => `t2.${row}.${c}`).filter((id) => report.cells.has(id));
      if (published != null && total != null && published > total) {
        const message = `表二「${label}」：本年新公开数量 ${published} 大于对外公开总数量 ${total}`;
        out.push(rule.finding(message, { scope: row, cells: ids, reported: total, computed: published }));
      }
      if (row === 'normative' && made != null && made > 0 && published === 0) {
        const message = `表二「${label}」：本年新制作 ${made} 件，但本年新公开数量为 0${total === 0 ? '，对外公开总数量也为 0' : ''}`;
        out.push(rule.finding(message, { scope: row, cells: ids, reported: published, computed: made }));
      }
    }
    return out;
  },
});
