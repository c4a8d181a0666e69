// The roll-up of a region's own report (a city, district or zone): its tables 3 and 4 side by side
// with the sum of its departments' saved reports of the same year (the bodies whose name starts with
// the region's), and the departments the library knows (from other years) that have no report of that
// year saved. A comparison, not an error: a consolidated report may count bodies the library lacks.
import { byPinyin } from '../base/collate';
import type { SavedReport, TableKey } from '../model';
import { cellIdName } from '../format/names';
import { T4_BLOCKS, T4_COLUMNS } from '../format/t4';

export interface RollupLine {
  id: string;
  label: string;
  region: number | null;
  /** The departments' sum over the values they give (a blank is not a zero: left out). */
  departments: number | null;
  difference: number | null;
}

export interface Rollup {
  departments: SavedReport[];
  /** Departments of the region saved for other years, with none for this year. */
  missing: string[];
  lines: RollupLine[];
}

/** A department of `region`: a body whose name starts with the region's and is longer. */
const isDepartment = (region: string, body: string | null) =>
  !!body && body !== region && body.startsWith(region) && body.length > region.length;

/** The roll-up, or null when the library holds no department of the region at all. */
export function rollupOf(region: SavedReport, all: SavedReport[]): Rollup | null {
  const name = region.body;
  if (!name || region.year === null) return null;
  const ofRegion = all.filter((r) => isDepartment(name, r.body));
  if (!ofRegion.length) return null;
  const departments = ofRegion.filter((r) => r.year === region.year);
  const present = new Set(departments.map((r) => r.body));
  const missing = [...new Set(ofRegion.map((r) => r.body!))].filter((b) => !present.has(b)).sort(byPinyin);
  const cells: [TableKey, string, string][] = [
    ...Object.keys(region.report.t3 ?? {}).map((row): [TableKey, string, string] => ['t3', row, 'total']),
    ...T4_BLOCKS.flatMap(({ key }) => T4_COLUMNS.map(({ key: col }): [TableKey, string, string] => ['t4', key, col])),
  ];
  const lines = cells
    .filter(([table, row, col]) => region.report[table]?.[row]?.[col] !== undefined)
    .map(([table, row, col]): RollupLine => {
      const id = `${table}.${row}.${col}`;
      const value = region.report[table]![row][col];
      const given = departments
        .map((d) => d.report[table]?.[row]?.[col])
        .filter((v): v is number => typeof v === 'number');
      const sum = given.length ? given.reduce((a, b) => a + b, 0) : null;
      return {
        id,
        label: cellIdName(id),
        region: value,
        departments: sum,
        difference: value !== null && sum !== null ? value - sum : null,
      };
    });
  return { departments, missing, lines };
}
