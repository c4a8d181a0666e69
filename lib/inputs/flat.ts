// Tables flattened into text (copied pages, text renderings): cells separated by '|', line breaks
// or both. The labels of the format are fixed, so walking the text as runs of label tokens
// followed by value tokens recovers each row; those rows are rebuilt into plain tables that the
// HTML mappers read unchanged, each cell pointing back at its place in the text.
import type { SourceCell, SourceTable } from '../model';
import { isValueText } from '../base/numbers';

/** Where a figure stands in the text: character offsets [start, end). */
export interface TextSpan {
  start: number;
  end: number;
}

interface Token {
  text: string;
  span: TextSpan;
  value: boolean;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /[^|\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = m.index + raw.indexOf(trimmed);
    tokens.push({ text: trimmed, span: { start, end: start + trimmed.length }, value: isValueText(trimmed) });
  }
  return tokens;
}

interface Run {
  labels: Token[];
  values: Token[];
}

/** Label tokens followed by value tokens; a run ends where labels start again. */
function runs(tokens: Token[]): Run[] {
  const out: Run[] = [];
  let cur: Run = { labels: [], values: [] };
  for (const t of tokens) {
    if (!t.value && cur.values.length > 0) {
      out.push(cur);
      cur = { labels: [], values: [] };
    }
    (t.value ? cur.values : cur.labels).push(t);
  }
  if (cur.labels.length || cur.values.length) out.push(cur);
  return out;
}

const cell = (t: Token | null): SourceCell<TextSpan> => ({
  text: t?.text ?? '',
  rowSpan: 1,
  colSpan: 1,
  node: t?.span ?? { start: 0, end: 0 },
});
const row = (cells: SourceCell<TextSpan>[]) => ({ cells, group: 0 });
const table = (rows: ReturnType<typeof row>[]): SourceTable<TextSpan> => ({ rows, node: { start: 0, end: 0 } });

// Headings of table 3's groups, which a rowspan carries down in HTML: 三、本年度办理结果, （三）不予公开 …
const GROUP = /^(?:[一二三四]、|[(（][一二三四五六七][)）])/;

/** Table 3: two label columns (the group carried down, the row's own label), then the values. */
function table3(rs: Run[]): SourceTable<TextSpan> {
  let group: Token | null = null;
  return table(
    rs.map(({ labels, values }) => {
      const own = labels[labels.length - 1] ?? null;
      const before = labels.slice(0, -1).filter((t) => GROUP.test(t.text));
      if (before.length) group = before[before.length - 1];
      else if (own && GROUP.test(own.text)) group = null;
      return row([cell(group), cell(own), ...values.map(cell)]);
    }),
  );
}

/** Table 2: a block header (信息内容 | column names) may precede a row's own label. */
function table2(rs: Run[]): SourceTable<TextSpan> {
  const rows: ReturnType<typeof row>[] = [];
  for (const { labels, values } of rs) {
    const h = labels.findIndex((t) => t.text.includes('信息内容'));
    if (h >= 0) rows.push(row(labels.slice(h, values.length ? -1 : undefined).map(cell)));
    if (values.length) rows.push(row([cell(labels[labels.length - 1] ?? null), ...values.map(cell)]));
  }
  return table(rows);
}

/** Table 4: the header words, then one row of values. */
function table4(rs: Run[]): SourceTable<TextSpan> {
  return table(
    rs.flatMap(({ labels, values }) => [row(labels.map(cell)), ...(values.length ? [row(values.map(cell))] : [])]),
  );
}

/** The old 统计表 (指标名称 | 计量单位 | 本年度 | 历年累计) as its lines give it: from its header line,
 * one row per line of cells split on '|', while the lines have cells. */
function statsTable(text: string): SourceTable<TextSpan> | null {
  const lines = [...text.matchAll(/[^\n]+/g)];
  const head = lines.findIndex((m) => m[0].includes('指标名称') && m[0].includes('|'));
  if (head < 0) return null;
  const rows = [];
  for (const m of lines.slice(head)) {
    if (!m[0].includes('|')) break;
    rows.push(
      row(
        tokenize(m[0]).map((t) => cell({ ...t, span: { start: t.span.start + m.index, end: t.span.end + m.index } })),
      ),
    );
  }
  return rows.length > 1 ? table(rows) : null;
}

/** Tables 2, 3 and 4 (and a prose report's 统计表) recovered from text, as far as the text holds them. */
export function flatTables(text: string): SourceTable<TextSpan>[] {
  const stats = statsTable(text);
  return stats ? [...reportTables(text), stats] : reportTables(text);
}

function reportTables(text: string): SourceTable<TextSpan>[] {
  const tokens = tokenize(text);
  const find = (from: number, test: (t: string) => boolean) => {
    for (let i = Math.max(0, from); i < tokens.length; i++) if (test(tokens[i].text)) return i;
    return -1;
  };
  // Table 3's own words: its note, its header, its first row; not prose that says 本年新收到….
  const t3Start = find(
    0,
    (t) => (t.includes('勾稽关系') && t.length < 60) || t === '申请人情况' || /^[一1][、.．]?\s*本年新收/.test(t),
  );
  // Table 2's own words (第二十条第（一）项, its header's 信息内容), not prose that mentions 信息内容.
  const t2Start = find(0, (t) => /^第二十条/.test(t) || t === '信息内容');
  // No table 3 in the text (a PDF whose ruled tables 3 and 4 were read apart): table 2 alone, up
  // to the next section heading.
  if (t3Start < 0) {
    if (t2Start < 0) return [];
    const end = find(t2Start, (t) => /^[三四五六]、/.test(t));
    return [table2(runs(tokens.slice(t2Start, end < 0 ? undefined : end)))];
  }
  const t3End = find(t3Start, (t) => t.includes('结转下年'));
  const t3Stop = t3End < 0 ? tokens.length : t3End + 1;
  // The values of 结转下年度 follow its label.
  let afterT3 = t3Stop;
  while (afterT3 < tokens.length && tokens[afterT3].value) afterT3++;
  const t4Start = find(afterT3, (t) => t.includes('复议'));
  const t4End = t4Start < 0 ? -1 : find(t4Start, (t) => /^[五六]、/.test(t));

  const tables: SourceTable<TextSpan>[] = [];
  if (t2Start >= 0 && t2Start < t3Start) tables.push(table2(runs(tokens.slice(t2Start, t3Start))));
  tables.push(table3(runs(tokens.slice(t3Start, afterT3))));
  if (t4Start >= 0) tables.push(table4(runs(tokens.slice(t4Start, t4End < 0 ? undefined : t4End))));
  return tables;
}
