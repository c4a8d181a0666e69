// STRUCTURE: what the format requires but the report lacks, and what is out of shape:
// - a table, rows of table 3, cells of table 4, and the shape problems the reader met (a row with
//   too few cells, a row twice);
// - the six sections the 2019 and 2021 formats require, each a heading line "一、…" with its words
//   (wording varies: 存在的主要问题及整改措施, 因政府信息公开工作被申请行政复议…);
// - subsection numbers printed blank (（）) or skipped (（三） after （一）); numbering restarts at
//   （一） under each section.
import type { Finding, Report } from '../model';
import { T3_ROWS, t3RowKeys } from '../format/t3';
import { T4_BLOCKS, T4_COLUMNS } from '../format/t4';
import { linesOf } from '../read/lines';
import { defineRule, type RuleContext } from './rule';

const TABLES = {
  t2: '表二（主动公开政府信息情况）',
  t3: '表三（收到和处理政府信息公开申请情况）',
  t4: '表四（行政复议、行政诉讼情况）',
} as const;

const REQUIRED: [string, RegExp][] = [
  ['一、总体情况', /总体情况|总体公开情况|概述/],
  ['二、主动公开政府信息情况', /主动公开/],
  ['三、收到和处理政府信息公开申请情况', /收到和处理|依申请|申请情况/],
  ['四、政府信息公开行政复议、行政诉讼情况', /复议|诉讼/],
  ['五、存在的主要问题及改进情况', /问题/],
  ['六、其他需要报告的事项', /其他|其它/],
];
const HEADING = /^\s*([一二三四五六])\s*[、.．]\s*(.{0,40})/;
const CN = '一二三四五六七八九十';
const MARK = /^\s*[(（]\s*([一二三四五六七八九十]{0,3})\s*[)）]/;

function tables(report: Report, rule: RuleContext): Finding[] {
  const warn = (message: string, scope: string | null = null) => rule.finding(message, { scope });
  const out = report.structure.map((m) => warn(m));
  const format = report.format;
  if (format !== '2019' && format !== '2021') return out;
  for (const t of ['t2', 't3', 't4'] as const) if (!report[t]) out.push(warn(`未找到${TABLES[t]}`, t));
  if (report.t3) {
    const missing = t3RowKeys(format).filter((k) => !(k in report.t3!));
    const names = missing.map((k) => T3_ROWS.find((r) => r.key === k)?.label ?? k);
    if (missing.length) out.push(warn(`表三缺少 ${missing.length} 行：${names.join('、')}`, 't3'));
  }
  if (report.t4) {
    const missing = T4_BLOCKS.flatMap((b) =>
      T4_COLUMNS.filter((c) => !report.cells.has(`t4.${b.key}.${c.key}`)).map((c) => `${b.label}·${c.label}`),
    );
    if (missing.length) out.push(warn(`表四缺少 ${missing.length} 个单元格：${missing.join('、')}`, 't4'));
  }
  return out;
}

function requiredSections(report: Report, rule: RuleContext): Finding[] {
  if (report.format !== '2019' && report.format !== '2021') return [];
  const headings = linesOf(report.text)
    .map((line) => HEADING.exec(line))
    .filter((m) => m !== null);
  const missing = REQUIRED.filter(
    ([, words], i) => !headings.some((m) => m[1] === '一二三四五六'[i] && words.test(m[2])),
  );
  if (missing.length === 0) return [];
  const names = missing.map(([name]) => name).join('、');
  return [rule.finding(`缺少格式要求的章节：${names}`, { scope: 'sections' })];
}

function numberOf(s: string): number {
  if (s.length === 1) return CN.indexOf(s) + 1;
  if (s.startsWith('十')) return 10 + (s.length > 1 ? CN.indexOf(s[1]) + 1 : 0);
  if (s.endsWith('十')) return (CN.indexOf(s[0]) + 1) * 10;
  return (CN.indexOf(s[0]) + 1) * 10 + CN.indexOf(s[2]) + 1;
}

function numbering(report: Report, rule: RuleContext): Finding[] {
  const out: Finding[] = [];
  let prev = 0;
  for (const line of linesOf(report.text)) {
    const m = MARK.exec(line);
    if (!m) continue;
    const quote = line.trim().slice(0, 24);
    if (m[1] === '') {
      const message = `小节编号为空：「${quote}…」，按顺序应为（${CN[prev] ?? prev + 1}）`;
      out.push(rule.finding(message, { scope: 'sections', computed: prev + 1 }));
      prev++;
      continue;
    }
    const n = numberOf(m[1]);
    if (n !== 1 && n !== prev + 1 && n > prev) {
      const message = `小节编号跳号：「${quote}…」前一节为（${CN[prev - 1] ?? prev}），缺少（${CN[prev] ?? prev + 1}）`;
      out.push(rule.finding(message, { scope: 'sections', reported: n, computed: prev + 1 }));
    }
    prev = n;
  }
  return out;
}

export const structure = defineRule({
  id: 'STRUCTURE',
  title: {
    zh: '结构：缺少规定的部分或表格，或编号跳号、空缺',
    en: 'Structure: a required part is missing or misnumbered',
  },
  severity: 'warning',
  run: (report, rule) => [...tables(report, rule), ...requiredSections(report, rule), ...numbering(report, rule)],
});
