// CROSS-YEAR over the library: reports of the same body (by body key) in consecutive years, each
// pair checked by the rule in lib/check/cross-year.ts.
import type { Finding, ReportJson } from '../model';
import { crossYear as crossYearRule } from '../check/cross-year';
import { contextOf } from '../check/rule';
import { nextTask } from '../base/pause';
import { latestPerYear, previousYears, type Listed, type YearPair } from '../base/years';

const rule = contextOf(crossYearRule);

/** The CROSS-YEAR findings of one pair: `next` gets them on its cells, `prev` on its own. */
export function crossYear(pair: { prev: ReportJson; next: ReportJson }): { prev: Finding[]; next: Finding[] } {
  return crossYearRule.run(pair, rule);
}

/** The pairs' findings added to `out`: a report gets those of its year before and after alike. */
function addFindings<T extends Listed & { report: ReportJson }>(pairs: YearPair<T>[], out: Map<number, Finding[]>) {
  const add = (id: number, fs: Finding[]) => fs.length && out.set(id, [...(out.get(id) ?? []), ...fs]);
  for (const { report: next, before: prev } of pairs) {
    const found = crossYear({ prev: prev.report, next: next.report });
    add(next.id!, found.next);
    add(prev.id!, found.prev);
  }
  return out;
}

/** Reports of the same body in consecutive years, by body key; each report's CROSS-YEAR findings. */
export const crossYearFindings = <T extends Listed & { report: ReportJson }>(reports: T[]): Map<number, Finding[]> =>
  addFindings(previousYears(latestPerYear(reports), reports), new Map());

/** Pairs checked between two pauses: ten thousand reports make about as many pairs. */
const PAIRS_PART = 1000;

/** The same, a thousand pairs at a time with the page given back between; `stop` ends it (null). */
export async function crossYearFindingsInParts<T extends Listed & { report: ReportJson }>(
  reports: T[],
  stop?: AbortSignal,
): Promise<Map<number, Finding[]> | null> {
  const pairs = previousYears(latestPerYear(reports), reports);
  const out = new Map<number, Finding[]>();
  for (let i = 0; i < pairs.length; i += PAIRS_PART) {
    await nextTask();
    if (stop?.aborted) return null;
    addFindings(pairs.slice(i, i + PAIRS_PART), out);
  }
  return out;
}
