// The figures an export lists beside the tables: every figure the words state, and for a report in
// prose (before 2019) the figures of its 统计表 too; the tables' own figures are already there.
import type { Figure, SavedReport } from '../model';

export function exportedFigures(r: SavedReport): Figure[] {
  return r.report.figures.filter((f) => f.source === 'text' || r.format === 'pre2019');
}
