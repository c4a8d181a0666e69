// One arithmetic relation, checked the way XBRL calculation checks are: the reported side, the
// side computed from its parts, their difference, and every contributing cell with its value.
// Blank (or unreadable) terms make the relation uncheckable: that is an info, never an error,
// saying whether the relation would hold with blanks counted as zero.
import type { CellRecord, Finding, Report } from '../model';
import type { KnownCell } from '../format/cells';
import { cellName, columnName } from '../format/names';
import type { RuleContext } from './rule';

export interface Relation {
  scope: string;
  /** Where, in words: 表三「商业企业」列. */
  where: string;
  /** Cells whose sum the table reports, and the cells it should equal the sum of. */
  reported: KnownCell[];
  parts: KnownCell[];
  /** Name terms by their row (down a column) or by their column (along a row). */
  by: 'row' | 'col';
}

const fmt = (n: number) => String(Math.round(n * 1e6) / 1e6);

/** "予以公开 7 + 部分公开 1 = 8": terms with value, zeros left out beyond the first few. */
function terms(cells: CellRecord[], by: Relation['by']): string {
  const show = cells.length > 4 ? cells.filter((c) => c.value !== 0) : cells;
  const name = (c: CellRecord) => (by === 'row' ? c.label : columnName(c.table, c.col));
  const text = show.map((c) => `${name(c)} ${fmt(c.value ?? 0)}`).join(' + ');
  const hidden = cells.length - show.length;
  return (text || '各项均为 0') + (hidden > 0 && show.length > 0 ? `（其余${hidden}项为 0）` : '');
}

/** The sum of the cells' values (blank ones as 0) and how many are blank; null where a cell is missing. */
function tally(report: Report, ids: KnownCell[]): { sum: number; blank: number } | null {
  let sum = 0;
  let blank = 0;
  for (const id of ids) {
    const cell = report.cells.get(id);
    if (!cell) return null;
    if (cell.value === null) blank++;
    else sum += cell.value;
  }
  return { sum, blank };
}

export function checkRelation(report: Report, rule: RuleContext, rel: Relation): Finding | null {
  // Most relations hold: they are settled on the sums alone, the cells' lists made only for a finding.
  const reported = tally(report, rel.reported);
  const parts = tally(report, rel.parts);
  // A row the page does not have: STRUCTURE says so; nothing to compute here.
  if (!reported || !parts) return null;
  const blank = reported.blank + parts.blank;
  if (blank === rel.reported.length + rel.parts.length) return null;
  const [r, p] = [reported.sum, parts.sum];
  const diff = Math.round((r - p) * 1e6) / 1e6;
  if (blank === 0 && diff === 0) return null;
  const get = (ids: KnownCell[]) => ids.map((id) => report.cells.get(id)!);
  const [rc, pc] = [get(rel.reported), get(rel.parts)];
  const all = [...rc, ...pc];
  const fields = { scope: rel.scope, reported: r, computed: p, cells: all.map((c) => c.id) };
  if (blank > 0) {
    const unknown = all.filter((c) => c.value === null);
    const names = unknown.map((c) => `${cellName(c)}${c.invalid ? '非数字' : '空白'}`).join('、');
    const holds = diff === 0 ? '成立' : `不成立（${fmt(r)} ≠ ${fmt(p)}）`;
    return rule.finding(`${rel.where}：${names}，无法核对；按 0 计时${holds}`, fields, 'info');
  }
  const side = (cells: CellRecord[], value: number) =>
    cells.length === 1 ? terms(cells, rel.by) : `${terms(cells, rel.by)} = ${fmt(value)}`;
  return rule.finding(`${rel.where}：${side(rc, r)}，但 ${side(pc, p)}，相差 ${fmt(Math.abs(diff))}`, fields);
}
