// Table 3 (三、收到和处理政府信息公开申请情况): its columns and rows as data, with the words that
// identify each row label. Labels are matched loosely: a row matches when its normalised label
// contains one of the row's keywords (and its group word where the item alone is ambiguous).
// Order matters: the first row that matches wins, so '其他处理' (2019) is tried before '3.其他' (2021).
import type { Format } from '../model';

export interface ColumnDef {
  readonly key: string;
  readonly label: string;
  readonly keywords: readonly string[];
}

export const T3_COLUMNS = [
  { key: 'natural', label: '自然人', keywords: ['自然人'] },
  { key: 'commercial', label: '商业企业', keywords: ['商业企业', '商业'] },
  { key: 'research', label: '科研机构', keywords: ['科研机构', '科研'] },
  { key: 'nonprofit', label: '社会公益组织', keywords: ['社会公益组织', '公益'] },
  { key: 'legal', label: '法律服务机构', keywords: ['法律服务机构', '法律服务'] },
  { key: 'other_org', label: '其他', keywords: ['其他'] },
  { key: 'total', label: '总计', keywords: ['总计', '合计'] },
] as const satisfies readonly ColumnDef[];

export type T3Col = (typeof T3_COLUMNS)[number]['key'];

export const T3_APPLICANTS: T3Col[] = T3_COLUMNS.slice(0, 6).map((c) => c.key);

export interface RowDef {
  readonly key: string;
  /** Short Chinese name, as findings and exports print it. */
  readonly label: string;
  /** Any of these in the normalised label identifies the row … */
  readonly keywords: readonly string[];
  /** … provided one of these is in it too (the group heading carried down by rowspan). */
  readonly group?: readonly string[];
  /** Rows that exist only in one format. */
  readonly only?: Format;
}

export const T3_ROWS = [
  { key: 'new', label: '本年新收', keywords: ['本年新收', '新收'] },
  { key: 'carried_over', label: '上年结转', keywords: ['上年结转'] },
  { key: 'granted', label: '予以公开', keywords: ['予以公开'] },
  { key: 'partial', label: '部分公开', keywords: ['部分公开'] },
  { key: 'withheld.state_secret', label: '属于国家秘密', keywords: ['国家秘密'] },
  { key: 'withheld.law_forbidden', label: '法律法规禁止公开', keywords: ['禁止公开', '法律行政法规'] },
  { key: 'withheld.security', label: '危及“三安全一稳定”', keywords: ['三安全', '一稳定', '危及'] },
  { key: 'withheld.third_party', label: '保护第三方合法权益', keywords: ['第三方'] },
  { key: 'withheld.internal', label: '属于三类内部事务信息', keywords: ['内部事务'] },
  { key: 'withheld.process', label: '属于四类过程性信息', keywords: ['过程性'] },
  { key: 'withheld.enforcement_file', label: '属于行政执法案卷', keywords: ['执法案卷'] },
  { key: 'withheld.query', label: '属于行政查询事项', keywords: ['查询事项', '行政查询'] },
  { key: 'unable.not_held', label: '本机关不掌握', keywords: ['不掌握'] },
  { key: 'unable.needs_creation', label: '需要另行制作', keywords: ['另行制作', '没有现成'] },
  { key: 'unable.unclear', label: '补正后仍不明确', keywords: ['不明确', '补正后'] },
  { key: 'declined.petition', label: '信访举报投诉', keywords: ['信访', '举报投诉'] },
  { key: 'declined.duplicate', label: '重复申请', keywords: ['重复申请'] },
  { key: 'declined.publication', label: '要求提供出版物', keywords: ['出版物'] },
  { key: 'declined.excessive', label: '大量反复申请', keywords: ['大量反复', '反复申请'] },
  { key: 'declined.confirmation', label: '要求确认或重新出具', keywords: ['重新出具', '确认或'] },
  { key: 'other.no_correction', label: '逾期不补正', keywords: ['不补正', '逾期不补'], only: '2021' },
  { key: 'other.no_fee', label: '逾期未缴费', keywords: ['缴纳费用', '收费通知'], only: '2021' },
  { key: 'other', label: '其他处理', keywords: ['其他处理'], only: '2019' },
  { key: 'other.misc', label: '其他处理／其他', keywords: ['其他'], group: ['其他处理'], only: '2021' },
  { key: 'total', label: '总计', keywords: ['总计', '合计'] },
  { key: 'carried_forward', label: '结转下年度', keywords: ['结转下年', '继续办理'] },
] as const satisfies readonly RowDef[];

/** A row of the format, or one a page adds (kept under its own label). */
export type T3Row = (typeof T3_ROWS)[number]['key'] | `extra:${string}`;

/** The result rows whose sum is （七）总计, per format. */
export function resultRows(format: Format): T3Row[] {
  const results = T3_ROWS.filter(
    (r) => !(['new', 'carried_over', 'total', 'carried_forward'] as string[]).includes(r.key),
  );
  return results.filter((r: RowDef) => !r.only || r.only === format).map((r) => r.key);
}

/** Rows the format requires, in printed order. */
export function t3RowKeys(format: Format): T3Row[] {
  return T3_ROWS.filter((r: RowDef) => !r.only || r.only === format).map((r) => r.key);
}
