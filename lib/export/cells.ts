// A spreadsheet's cells as the exports write them: only finite numbers and strings, and a finding's
// verdict as four cells (the XLSX findings sheet and the findings CSV alike).
import type { Verdict } from '../model';

export type Cell = string | number | null;

/** Only a finite number goes into a number cell and only a string into a text cell; anything else
 * (an object from a hostile backup, which the writer would take for a formula) is left empty. */
export function asCell(value: unknown): Cell {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return typeof value === 'string' ? value : null;
}
export const VERDICT_COLUMNS = ['判定', '排除理由', '判定说明', '判定时间'];

/** A finding's verdict as cells: 已确认 / 已排除 (or 需重看 when its figures changed since), why, when. */
export function verdictCells({ holds, changed }: { holds?: Verdict; changed?: Verdict }): Cell[] {
  const v = holds ?? changed;
  if (!v) return [null, null, null, null];
  const said = changed ? '需重看' : v.verdict === 'confirmed' ? '已确认' : '已排除';
  return [said, v.reason ?? null, asCell(v.text ?? null), new Date(v.at).toISOString()];
}
