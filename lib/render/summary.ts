// The command line's readable summary of one report, in Chinese unless asked for English. The
// findings stay in the report's words, as the checks wrote them.
import type { Report, ReportJson } from '../model';
import type { Strings } from '../i18n';
import { identityLine } from '../view/identity';
import { countSeverity, SEVERITIES } from '../base/severity';

export function summarize(report: Report & Pick<ReportJson, 'places'>, source: string, s: Strings): string {
  if (report.kind !== 'report') return `${source}\n  ${s.notReportSummary}\n`;
  const lines = [`${report.meta.title ?? s.untitled}  ${source}`];
  lines.push(`  ${identityLine(report, s, s.unknownFormat)}`);
  const size = (t: Record<string, unknown> | null) => (t ? Object.keys(t).length : null);
  lines.push(`  ${s.tableSizes({ t2: size(report.t2), t3: size(report.t3), t4: size(report.t4) })}`);
  const count = (severity: 'error' | 'warning' | 'info') => countSeverity(report.findings, severity);
  if (report.findings.length === 0) lines.push(`  ✔ ${s.noProblems}`);
  else {
    lines.push(`  ${s.counts(count('error'), count('warning'), count('info'))}`);
    for (const severity of SEVERITIES) {
      for (const f of report.findings.filter((x) => x.severity === severity)) {
        lines.push(`  [${s[severity]}] ${f.rule}  ${f.message}`);
        // In a PDF, where its cells are printed: the page, and the first cell's place on it.
        const place = f.cells.map((id) => report.places?.[id]).find((p) => p !== undefined);
        if (place) lines.push(`      ${s.placeOnPage(place.page, Math.round(place.x), Math.round(place.y))}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}
