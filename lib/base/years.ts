// A body's consecutive years in the library: each report with its body's report of the year before (by
// body key). CROSS-YEAR compares their figures, REUSE their words, the scorecard lists one row a year.
// Where a year has two reports (a page and its PDF, saved from two addresses) the one that counts is the
// one saved last, the same everywhere; for files with no time saved (the command line), the last listed.

export interface Listed {
  id?: number;
  bodyKey: string | null;
  year: number | null;
  savedAt?: number;
}

const keyOf = (bodyKey: string, year: number) => `${bodyKey}\u0000${year}`;

/** The report that counts for each body's year among `reports`: the one saved last, else listed last. */
function byBodyYear<T extends Listed>(reports: T[]): Map<string, T> {
  const byKey = new Map<string, T>();
  for (const r of reports) {
    if (!r.bodyKey || r.year === null || r.id === undefined) continue;
    const key = keyOf(r.bodyKey, r.year);
    const held = byKey.get(key);
    if (!held || (r.savedAt ?? 0) >= (held.savedAt ?? 0)) byKey.set(key, r);
  }
  return byKey;
}

/** A report and its body's report of the year before. */
export interface YearPair<T> {
  report: T;
  before: T;
}

/** Each report of `reports` with its body's report of the year before among `all`, where there is one. */
export function previousYears<T extends Listed>(reports: T[], all: T[]): YearPair<T>[] {
  const byKey = byBodyYear(all);
  return reports.flatMap((report) => {
    const before = report.bodyKey && report.year !== null && byKey.get(keyOf(report.bodyKey, report.year - 1));
    return before && report.id !== undefined ? [{ report, before }] : [];
  });
}

/** One report per body and year: the one that counts. */
export const latestPerYear = <T extends Listed>(reports: T[]): T[] => [...byBodyYear(reports).values()];
