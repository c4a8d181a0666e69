// Each rule in plain words, for tooltips and the popup: what the rule asks of the report.
export const RULE_TITLES: Record<string, { zh: string; en: string }> = {
  'T3-BALANCE': { zh: '表三收支平衡：本年新收 + 上年结转 = 办理结果总计 + 结转下年度', en: 'Table 3 balance: new + carried over = total handled + carried forward' },
  'T3-RESULTS': { zh: '表三办理结果：总计 = 各项办理结果之和', en: 'Table 3 results: total = sum of the results' },
  'T3-ROW': { zh: '表三各行：总计 = 六类申请人之和', en: 'Table 3 rows: total = sum of the six kinds of applicant' },
  'T4-SUM': { zh: '表四：总计 = 维持 + 纠正 + 其他结果 + 尚未审结', en: 'Table 4: total = upheld + corrected + other + pending' },
  VALUE: { zh: '数值：件数须为非负整数', en: 'Values: counts must be whole, non-negative numbers' },
  BLANK: { zh: '空白单元格：格式要求填写数字，没有发生的应填 0', en: 'Blank cells where the format expects a number' },
  'T2-PUBLISHED': { zh: '表二：新公开数量与公开总数量', en: 'Table 2: newly published vs total published' },
  STRUCTURE: { zh: '结构：缺少规定的部分或表格，或编号跳号、空缺', en: 'Structure: a required part is missing or misnumbered' },
  INTEGRITY: { zh: '完整性：页面含有不属于政府报告的内容或来源', en: 'Integrity: content or origin foreign to a government report' },
  'TEXT-SUM': { zh: '正文合计：所述总数与所列分项之和不符', en: 'Prose sum: a stated total vs the sum of its parts' },
  'TEXT-TABLE': { zh: '正文与表格：正文所述数字与表格不符', en: 'Prose vs table: a figure in the text contradicts the table' },
  PERIOD: { zh: '年度：标题、统计期限、落款日期的年份不一致', en: 'Period: the years of title, period and signature disagree' },
  DEADLINE: { zh: '发布期限：晚于法定期限发布', en: 'Deadline: published after the legal deadline' },
  'CROSS-YEAR': { zh: '跨年度：与上一年度报告衔接不符', en: 'Across years: does not follow from the previous year' },
};

export function ruleTitle(rule: string, zh: boolean): string {
  const t = RULE_TITLES[rule];
  return t ? (zh ? t.zh : t.en) : rule;
}
