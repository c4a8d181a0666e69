// The command line's readable Chinese summary of one report.
import type { Finding, Report } from '../model';
import { strings } from '../i18n';
import { formatName } from '../view/format';
import { countSeverity } from '../base/severity';

const ZH = strings('zh');

export function summarize(report: Report, source: string): string {
  if (report.kind !== 'report') {
    return `${source}\n  不是政府信息公开工作年度报告（未找到年报标题，也未找到表三或表四）\n`;
  }
  const { meta } = report;
  const lines = [`${meta.title ?? '（无标题）'}  ${source}`];
  const identity = [
    meta.body ?? '报送机关不详',
    meta.year ? `${meta.year}年度` : '年度不详',
    formatName(report.format, ZH) ?? '格式不详',
    meta.published ? `发布于 ${meta.published}` : null,
  ].filter(Boolean);
  lines.push(`  ${identity.join(' · ')}`);
  const size = (t: Record<string, unknown> | null, unit: string) => (t ? `${Object.keys(t).length}${unit}` : '未找到');
  lines.push(`  表二 ${size(report.t2, '行')} · 表三 ${size(report.t3, '行')} · 表四 ${size(report.t4, '块')}`);
  const count = (s: Finding['severity']) => countSeverity(report.findings, s);
  if (report.findings.length === 0) lines.push('  ✔ 未发现问题');
  else {
    lines.push(`  错误 ${count('error')} · 提示 ${count('warning')} · 说明 ${count('info')}`);
    for (const s of ['error', 'warning', 'info'] as const) {
      for (const f of report.findings.filter((x) => x.severity === s)) lines.push(`  [${ZH[s]}] ${f.rule}  ${f.message}`);
    }
  }
  return lines.join('\n') + '\n';
}
