// The old 政府信息公开情况统计表 of pre-2019 reports: 指标名称 | 计量单位 | 本年度 | 历年累计.
// Each row becomes a figure with a canonical key where one fits; 本年度 and 历年累计 stay apart
// (the cumulative figure's key ends in ".cumulative").
import type { Figure, SourceTable } from '../model';
import { layoutGrid } from './grid';
import { normLabel } from './label';
import { parseNumber } from '../base/numbers';

const KEYS: [RegExp, string][] = [
  [/^主动公开(?:政府)?信息(?:总)?数/, 'proactive_total'],
  [/^受理(?:依)?申请(?:公开)?(?:信息)?总?数|^(?:依)?申请(?:公开)?(?:信息)?总数/, 'requests_received'],
  [/^对申请的答复总数|^答复(?:申请)?总数/, 'requests_answered'],
  [/^行政复议/, 'reviews'],
  [/^行政诉讼/, 'lawsuits'],
  [/^行政申诉|^申诉|举报/, 'complaints'],
  [/收费/, 'fees'],
];

export function isStatsTable(text: string): boolean {
  return text.includes('指标名称') && text.includes('计量单位');
}

export function statsFigures<N>(table: SourceTable<N>): Figure[] {
  const rows = layoutGrid(table).rows.map((r) => r.map((p) => p.cell.text));
  const head = rows.findIndex((r) => r.some((t) => normLabel(t).includes('指标名称')));
  if (head < 0) return [];
  const header = rows[head].map(normLabel);
  const unitCol = header.findIndex((t) => t.includes('计量单位'));
  const cumulativeCol = header.findIndex((t) => t.includes('累计'));
  const yearCol = header.findIndex((t, i) => i > unitCol && i !== cumulativeCol && /本年|年度|年末|\d{4}年/.test(t));
  if (unitCol < 0 || yearCol < 0) return [];
  const out: Figure[] = [];
  for (const row of rows.slice(head + 1)) {
    const label = normLabel(row[0] ?? '');
    if (!label) continue;
    // 其中：1．网站公开 is a part, not the indicator itself.
    const key = /^其中|^\d/.test(label) ? null : (KEYS.find(([re]) => re.test(label))?.[1] ?? null);
    const unit = (row[unitCol] ?? '').trim() || null;
    for (const [col, suffix, note] of [
      [yearCol, '', '本年度'],
      [cumulativeCol, '.cumulative', '历年累计'],
    ] as const) {
      if (col < 0) continue;
      const parsed = parseNumber(row[col] ?? '');
      if (parsed.kind !== 'number') continue;
      out.push({ key: key && key + suffix, label: `${label}（${note}）`, value: parsed.value, unit, source: 'table' });
    }
  }
  return out;
}
