// The figures a reader wants at a glance, per table, picked from a report's JSON for the popup
// (and the library's detail view): each with the cell it comes from, so a click can show it.
import type { CellId, ReportJson } from '../model';
import { columnName, rowName } from '../format/names';
import { T4_BLOCKS } from '../format/t4';

export interface KeyItem {
  label: string;
  value: number | null;
  cell: CellId | null;
}

export interface KeyRow {
  label: string;
  items: KeyItem[];
}

export interface KeyGroup {
  table: 't3' | 't4' | 't2' | 'prose';
  rows: KeyRow[];
}

const T3_KEY_ROWS = ['new', 'carried_over', 'granted', 'partial', 'total', 'carried_forward'];
const T4_KEY_COLUMNS = ['total', 'corrected', 'pending'];
const PROSE_LABELS: Record<string, string> = {
  proactive_total: '主动公开信息',
  requests_received: '收到公开申请',
  reviews: '行政复议',
  lawsuits: '行政诉讼',
  fees: '收取费用',
};

export function keyFigures(report: ReportJson): KeyGroup[] {
  const groups: KeyGroup[] = [];
  const { t2, t3, t4 } = report;
  if (t3) {
    const rows = T3_KEY_ROWS.filter((r) => t3[r]).map((r) => ({
      label: rowName('t3', r),
      items: [{ label: columnName('t3', 'total'), value: t3[r].total ?? null, cell: `t3.${r}.total` }],
    }));
    groups.push({ table: 't3', rows });
  }
  if (t4) {
    const rows = T4_BLOCKS.filter((b) => t4[b.key]).map((b) => ({
      label: b.label,
      items: T4_KEY_COLUMNS.map((c) => ({
        label: columnName('t4', c),
        value: t4[b.key][c] ?? null,
        cell: `t4.${b.key}.${c}`,
      })),
    }));
    groups.push({ table: 't4', rows });
  }
  if (t2) {
    const rows = Object.entries(t2).map(([key, cols]) => ({
      label: rowName('t2', key),
      items: Object.entries(cols).map(([c, value]) => ({ label: columnName('t2', c), value, cell: `t2.${key}.${c}` })),
    }));
    groups.push({ table: 't2', rows });
  }
  const prose = report.figures.filter((f) => f.source === 'text' && f.key && PROSE_LABELS[f.key]);
  if (prose.length > 0 && !t3) {
    groups.push({
      table: 'prose',
      rows: prose.map((f) => ({
        label: PROSE_LABELS[f.key!],
        items: [{ label: f.unit ?? '', value: f.value, cell: null }],
      })),
    });
  }
  return groups;
}
