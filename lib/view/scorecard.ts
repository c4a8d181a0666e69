// The scorecard of a column (a body's annual reports), as transparency evaluations score it: the years
// covered and those missing between the first and the last; for each report whether it was published
// on time (under the national rule, and under a local deadline the user set for bodies whose name
// starts so), whether it uses the format of its year, whether it is readable in the page or only as an
// attachment, and its open errors and warnings.
import { byPinyin } from '../base/collate';
import type { AttachmentKind, Format, LocalDeadline, SavedReport } from '../model';
import { daysLate, deadlineFor } from '../check/deadline';
import { formatOfYear } from '../format/year';
import { reuseShares } from '../check/reuse';
import { latestPerYear, previousYears } from '../base/years';

/** Published against a deadline: days late (0 = on time), or null when a date is not known. */
export interface Timeliness {
  due: string | null;
  late: number | null;
}

export interface ScoreRow {
  id: number;
  year: number;
  title: string | null;
  url: string;
  published: string | null;
  national: Timeliness;
  /** Under the user's own deadline for this body, where one is set. */
  local: Timeliness | null;
  format: Format | null;
  /** The format a report of its year should use. */
  expected: Format;
  /** Read from the page itself, or only from a file it was published as. */
  readable: 'page' | AttachmentKind;
  errors: number;
  warnings: number;
  /** The share of its sentences that repeat the same body's report of the year before (REUSE), where
   * both texts are at hand; null otherwise. */
  reuse: number | null;
}

export interface Scorecard {
  body: string;
  bodyKey: string;
  /** The years with a report, oldest first. */
  years: number[];
  /** The years between the first and the last without one. */
  missing: number[];
  /** One per year (the last saved where a year has two: `latestPerYear`), oldest first. */
  rows: ScoreRow[];
}

function timeliness(due: string | null, published: string | null): Timeliness {
  return { due, late: due && published ? Math.max(0, daysLate(published, due)) : null };
}

/** A format that does not fit the year: the 2019 tables in a report for 2021 or later, tables before
 * 2019, prose after. */
export const wrongFormat = (row: Pick<ScoreRow, 'format' | 'expected'>): boolean =>
  row.format !== null && row.format !== row.expected;

/** `texts`: the text of each report by id, where it can be read (a saved page), for REUSE. */
export function scorecards(
  reports: SavedReport[],
  deadlines: LocalDeadline[] = [],
  texts: Map<number, string> = new Map(),
): Scorecard[] {
  const byBody = new Map<string, SavedReport[]>();
  for (const r of reports) {
    if (!r.bodyKey || r.year === null) continue;
    byBody.set(r.bodyKey, [...(byBody.get(r.bodyKey) ?? []), r]);
  }
  const cards: Scorecard[] = [];
  for (const [bodyKey, list] of byBody) {
    const byYear = new Map(latestPerYear(list).map((r) => [r.year!, r]));
    const reuse = reuseShares(previousYears(list, list), texts);
    const years = [...byYear.keys()].sort((a, b) => a - b);
    const missing: number[] = [];
    for (let y = years[0]; y <= years[years.length - 1]; y++) if (!byYear.has(y)) missing.push(y);
    const body = list[list.length - 1].body ?? bodyKey;
    const local = deadlines.find((d) => d.prefix && body.startsWith(d.prefix));
    const rows = years.map((year): ScoreRow => {
      const r = byYear.get(year)!;
      const published = r.report.meta.published;
      // The due date does not depend on the publication date but for the rules in force then (the 2019
      // Regulations from 2019-05-15): an unknown date is judged as published late in the next year.
      const national = deadlineFor(year, body, published ?? `${year + 1}-12-31`);
      return {
        id: r.id!,
        year,
        title: r.title,
        url: r.url,
        published,
        national: timeliness(national?.date ?? null, published),
        local: local ? timeliness(`${year + 1}-${local.monthDay}`, published) : null,
        format: r.format,
        expected: formatOfYear(year),
        readable: r.kind ?? 'page',
        errors: r.errors,
        warnings: r.warnings,
        reuse: reuse.get(r.id!) ?? null,
      };
    });
    cards.push({ body, bodyKey, years, missing, rows });
  }
  return cards.sort((a, b) => byPinyin(a.body, b.body));
}
