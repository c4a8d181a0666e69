// Maps table 2. Each block prints its own header row (信息内容 | 本年新制作数量 …); a data row's
// cells take their column from the header above them, or from the format's column order when
// the header is missing or ambiguous.
import type { CellRecord, Figure, Format, SourceTable, TableValues } from '../model';
import { T2_COLUMNS, T2_ERA_WORDS, T2_ROWS, type T2RowDef } from '../format/t2';
import type { Placement } from './grid';
import { cellRecord, TableBuilder } from './cells';
import { keyOf, keysOf, matchLabel } from './label';
import { headerUnit } from '../base/numbers';
import { tableRows, type MappedRow } from './rows';

export function isT2(text: string): boolean {
  return (
    (text.includes('规范性文件') || text.includes('规章')) &&
    (text.includes('行政许可') || text.includes('行政处罚') || text.includes('事业性收费'))
  );
}

/** The format table 2's header words belong to, if they say. */
export function t2Era(text: string): '2019' | '2021' | null {
  const count = (era: '2019' | '2021') => T2_ERA_WORDS[era].filter((w) => text.includes(w)).length;
  const [a, b] = [count('2019'), count('2021')];
  return a > b ? '2019' : b > a ? '2021' : null;
}

interface HeaderRow<N> {
  cells: Placement<N>[];
}

export function mapT2<N>(
  table: SourceTable<N>,
  format: Format,
  cells: Map<string, CellRecord<N>>,
  figures: Figure[],
  structure: string[],
): TableValues {
  const { rows } = tableRows(table, 1);
  const out = new TableBuilder(cells);
  let header: HeaderRow<N> | null = null;
  for (const row of rows) {
    if (!row.data) {
      // 信息内容 | 本年新制作数量 | …: the header of the block that follows.
      const all = [...row.labels, ...row.values];
      if (all.length > 1 && all.some((p) => keyOf(T2_COLUMNS, p.cell.text.normalize('NFKC')))) header = { cells: all };
      continue;
    }
    if (!row.full) continue;
    const def: T2RowDef | undefined = matchLabel(T2_ROWS, row.last, row.full);
    const key = def?.key ?? `extra:${row.last}`;
    const label = def?.label ?? row.last;
    if (out.hasRow(key)) {
      structure.push(`表二「${label}」行出现了两次，只读取了第一次`);
      continue;
    }
    const cols = columnsFor(row, header, def?.columns[format], (words) =>
      structure.push(`表二「${label}」的表头「${words}」与${format}年版格式的列不符，已按格式的列读取`),
    );
    if (!cols) {
      structure.push(`表二「${label}」行的${row.values.length}个数值无法对应到列`);
      continue;
    }
    row.values.forEach((p, i) => {
      const rec = cellRecord('t2', key, cols[i], label, p);
      if (cols[i] === 'amount') {
        rec.unit ??= headerUnit(headerText(header, p)) ?? (format === '2021' ? '万元' : null);
        if (rec.value !== null)
          figures.push({
            key: rec.id,
            label: `${label} ${headerText(header, p) || '金额'}`,
            value: rec.value,
            unit: rec.unit,
            source: 'table',
          });
      }
      out.add(rec);
    });
  }
  return out.values;
}

function headerText<N>(header: HeaderRow<N> | null, p: Placement<N>): string {
  const h = header?.cells.find((q) => q.col <= p.col && p.col < q.col + q.colSpan);
  return h ? h.cell.text.normalize('NFKC').replace(/\s+/g, '') : '';
}

/**
 * Columns by header when every value has a distinct known one, else by the format's order. A header
 * is read by every column word it holds, the format's own column preferred: 上一年项目本年收费金额 (a
 * 2019 column name run into the 2021 one) is the 2021 fee row's 金额, not a count of projects.
 */
function columnsFor<N>(
  row: MappedRow<N>,
  header: HeaderRow<N> | null,
  order: readonly string[] | undefined,
  garbled: (words: string) => void,
): readonly string[] | null {
  const byHeader = row.values.map((p) => {
    const keys = keysOf(T2_COLUMNS, headerText(header, p));
    return keys.find((k) => order?.includes(k)) ?? keys[0];
  });
  if (byHeader.every(Boolean) && new Set(byHeader).size === byHeader.length) {
    // A header naming columns this row does not have in its format: garbled, a STRUCTURE warning,
    // and the format's own columns read instead (a count read as money, or the reverse, would be a
    // false VALUE error).
    if (!order || byHeader.every((k) => order.includes(k!))) return byHeader as string[];
    if (order.length === row.values.length) {
      garbled(row.values.map((p) => headerText(header, p)).join('、'));
      return order;
    }
  }
  if (order && order.length === row.values.length) return order;
  // A local row with no usable header: numbered columns keep its figures.
  return order ? null : row.values.map((_, i) => `c${i + 1}`);
}
