// CROSS-YEAR: a report read next to the previous year's report of the same body. What was carried
// forward at the end of year N−1 is what year N carried over, per applicant column; and (2021
// format) documents in force at the end of N are those of N−1 plus issued minus repealed in N.
import type { Finding, TableValues } from '../model';
import { columnName } from '../format/names';
import { definePairRule } from './rule';
import { T2_ROWS } from '../format/t2';
import { T3_COLUMNS } from '../format/t3';
import { t2Cell, t3Cell } from '../format/cells';

const get = (t: TableValues | null, row: string, col: string): number | null => t?.[row]?.[col] ?? null;

/** The findings of one pair, each in both reports' terms: `next` gets them on its cells, `prev` on its own. */
export const crossYear = definePairRule({
  id: 'CROSS-YEAR',
  title: { zh: '跨年度：与上一年度报告衔接不符', en: 'Across years: does not follow from the previous year' },
  severity: 'warning',
  run: ({ prev, next }, rule) => {
    const out = { prev: [] as Finding[], next: [] as Finding[] };
    const [y0, y1] = [prev.meta.year, next.meta.year];
    for (const { key: col } of T3_COLUMNS) {
      const before = get(prev.t3, 'carried_forward', col);
      const now = get(next.t3, 'carried_over', col);
      if (before === null || now === null || before === now) continue;
      const label = columnName('t3', col);
      out.next.push(
        rule.finding(
          `表三「${label}」列：本年上年结转 ${now}，但 ${y0} 年度报告的结转下年度为 ${before}，相差 ${now - before}`,
          { scope: col, reported: now, computed: before, cells: [t3Cell('carried_over', col)] },
        ),
      );
      out.prev.push(
        rule.finding(
          `表三「${label}」列：结转下年度 ${before}，但 ${y1} 年度报告的上年结转为 ${now}，相差 ${before - now}`,
          { scope: col, reported: before, computed: now, cells: [t3Cell('carried_forward', col)] },
        ),
      );
    }
    if (next.format === '2021' && prev.format === '2021') {
      for (const { key: row, label } of T2_ROWS) {
        const before = get(prev.t2, row, 'in_force');
        const [now, issued, repealed] = ['in_force', 'issued', 'repealed'].map((c) => get(next.t2, row, c));
        if (before === null || now === null || issued === null || repealed === null) continue;
        const computed = before + issued - repealed;
        if (Math.abs(now - computed) < 1e-9) continue;
        out.next.push(
          rule.finding(
            `表二「${label}」现行有效件数 ${now}，但 ${y0} 年度的 ${before} + 本年制发 ${issued} − 本年废止 ${repealed}` +
              ` = ${computed}，相差 ${now - computed}`,
            {
              scope: row,
              reported: now,
              computed,
              cells: [t2Cell(row, 'in_force'), t2Cell(row, 'issued'), t2Cell(row, 'repealed')],
            },
          ),
        );
        out.prev.push(
          rule.finding(
            `表二「${label}」现行有效件数 ${before}，与 ${y1} 年度报告不衔接：${y1} 年度现行有效 ${now}，` +
              `而 ${before} + 制发 ${issued} − 废止 ${repealed} = ${computed}`,
            { scope: row, reported: now, computed, cells: [t2Cell(row, 'in_force')] },
          ),
        );
      }
    }
    return out;
  },
});
