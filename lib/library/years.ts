// A body's consecutive years in the library: each report with its body's report of the year before (by
// body key, the last listed where a year has two). CROSS-YEAR compares their figures, REUSE their words.

export interface Listed {
  id?: number;
  bodyKey: string | null;
  year: number | null;
}

const keyOf = (bodyKey: string, year: number) => `${bodyKey}\u0000${year}`;

/** A report and its body's report of the year before. */
export interface YearPair<T> {
  report: T;
  before: T;
}

/** Each report of `reports` with its body's report of the year before among `all`, where there is one. */
export function previousYears<T extends Listed>(reports: T[], all: T[]): YearPair<T>[] {
  const byKey = new Map<string, T>();
  for (const r of all) if (r.bodyKey && r.year !== null && r.id !== undefined) byKey.set(keyOf(r.bodyKey, r.year), r);
  return reports.flatMap((report) => {
    const before = report.bodyKey && report.year !== null && byKey.get(keyOf(report.bodyKey, report.year - 1));
    return before && report.id !== undefined ? [{ report, before }] : [];
  });
}

/** One report per body and year: the last listed. */
export function latestPerYear<T extends Listed>(reports: T[]): T[] {
  const byKey = new Map<string, T>();
  for (const r of reports)
    if (r.bodyKey && r.year !== null && r.id !== undefined) byKey.set(keyOf(r.bodyKey, r.year), r);
  return [...byKey.values()];
}
