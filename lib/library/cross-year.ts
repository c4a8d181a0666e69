// CROSS-YEAR over the library: reports of the same body (by body key) in consecutive years, each
// pair checked by the rule in lib/check/cross-year.ts.
import type { Finding, ReportJson } from '../model';
import { crossYear as crossYearRule } from '../check/cross-year';
import { contextOf } from '../check/rule';
import { latestPerYear, previousYears, type Listed } from './years';

const rule = contextOf(crossYearRule);

/** The CROSS-YEAR findings of one pair: `next` gets them on its cells, `prev` on its own. */
export function crossYear(pair: { prev: ReportJson; next: ReportJson }): { prev: Finding[]; next: Finding[] } {
  return crossYearRule.run(pair, rule);
}

/** Reports of the same body in consecutive years, by body key; each report's CROSS-YEAR findings. */
export function crossYearFindings<T extends Listed & { report: ReportJson }>(reports: T[]): Map<number, Finding[]> {
  const out = new Map<number, Finding[]>();
  const add = (id: number, fs: Finding[]) => fs.length && out.set(id, [...(out.get(id) ?? []), ...fs]);
  for (const { report: next, before: prev } of previousYears(latestPerYear(reports), reports)) {
    const found = crossYear({ prev: prev.report, next: next.report });
    add(next.id!, found.next);
    add(prev.id!, found.prev);
  }
  return out;
}
