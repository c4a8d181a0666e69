// Table 2 (二、主动公开政府信息情况) in both formats: rows by label, columns by the header row
// printed above each block. Rows not listed here are local variants, kept under a derived key.
import type { Format } from '../model';

export interface T2RowDef {
  readonly key: string;
  readonly label: string;
  readonly keywords: readonly string[];
  /** Columns in printed order for each format, used when a block prints no usable header. */
  readonly columns: Partial<Record<Format, readonly string[]>>;
}

const ITEM_2019 = ['made', 'published', 'total'];
const ITEM_2021 = ['issued', 'repealed', 'in_force'];
const SERVICE_2019 = ['prev_count', 'change', 'decisions'];

// Order matters: '其他对外管理服务事项' before anything matching on shorter words.
export const T2_ROWS = [
  { key: 'regulations', label: '规章', keywords: ['规章'], columns: { '2019': ITEM_2019, '2021': ITEM_2021 } },
  {
    key: 'normative',
    label: '规范性文件',
    keywords: ['规范性文件'],
    columns: { '2019': ITEM_2019, '2021': ITEM_2021 },
  },
  {
    key: 'other_services',
    label: '其他对外管理服务事项',
    keywords: ['其他对外管理', '对外管理服务'],
    columns: { '2019': SERVICE_2019 },
  },
  {
    key: 'licensing',
    label: '行政许可',
    keywords: ['行政许可'],
    columns: { '2019': SERVICE_2019, '2021': ['decisions'] },
  },
  {
    key: 'penalty',
    label: '行政处罚',
    keywords: ['行政处罚'],
    columns: { '2019': SERVICE_2019, '2021': ['decisions'] },
  },
  {
    key: 'coercion',
    label: '行政强制',
    keywords: ['行政强制'],
    columns: { '2019': SERVICE_2019, '2021': ['decisions'] },
  },
  {
    key: 'fees',
    label: '行政事业性收费',
    keywords: ['事业性收费', '行政事业'],
    columns: { '2019': ['prev_count', 'change'], '2021': ['amount'] },
  },
  {
    key: 'procurement',
    label: '政府集中采购',
    keywords: ['集中采购', '政府采购'],
    columns: { '2019': ['projects', 'amount'] },
  },
] as const satisfies readonly T2RowDef[];

export type T2Row = (typeof T2_ROWS)[number]['key'] | `extra:${string}`;

/** Header words → column key. The first match wins, so longer phrases stand first. */
export const T2_COLUMNS = [
  { key: 'made', label: '本年新制作数量', keywords: ['新制作'] },
  { key: 'published', label: '本年新公开数量', keywords: ['新公开'] },
  { key: 'total', label: '对外公开总数量', keywords: ['公开总数', '总数量'] },
  { key: 'prev_count', label: '上一年项目数量', keywords: ['上一年', '上年项目'] },
  { key: 'change', label: '本年增/减', keywords: ['增/减', '增减', '增/ 减'] },
  { key: 'projects', label: '采购项目数量', keywords: ['采购项目'] },
  { key: 'amount', label: '金额', keywords: ['金额'] },
  { key: 'issued', label: '本年制发件数', keywords: ['制发'] },
  { key: 'repealed', label: '本年废止件数', keywords: ['废止'] },
  { key: 'in_force', label: '现行有效件数', keywords: ['现行有效'] },
  { key: 'decisions', label: '处理决定数量', keywords: ['处理决定'] },
] as const satisfies readonly { key: string; label: string; keywords: readonly string[] }[];

export type T2Col = (typeof T2_COLUMNS)[number]['key'];

/** Columns whose values are not counts: signed changes and money. */
export const T2_NON_COUNT = new Set(['change', 'amount']);

/** Header words that mark a 2021-format table 2 (and those of a 2019 one). */
export const T2_ERA_WORDS: Record<'2019' | '2021', string[]> = {
  '2019': ['新制作', '上一年', '增/减', '采购项目'],
  '2021': ['制发', '废止', '现行有效'],
};
