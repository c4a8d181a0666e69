// Which report this is: title, body, year, format, publication date, and the count of findings still
// open (those a verdict in the library dismissed are said apart).
import type { ReportJson, Verdict } from '@/lib/model';
import type { Strings } from '@/lib/i18n';
import { identityLine } from '@/lib/view/identity';
import { countSeverity } from '@/lib/base/severity';
import { openFindings } from '@/lib/base/verdicts';

export function Identity({ report, s, verdicts }: { report: ReportJson; s: Strings; verdicts?: Verdict[] }) {
  const { meta } = report;
  const findings = openFindings(report.findings, verdicts);
  const dismissed = report.findings.length - findings.length;
  const errors = countSeverity(findings, 'error');
  const warnings = countSeverity(findings, 'warning');
  return (
    <header class="identity">
      <h1 class="title">{meta.title ?? s.unknownBody}</h1>
      <p class="meta">{identityLine(report, s)}</p>
      <p class={`counts ${errors ? 'has-errors' : warnings ? 'has-warnings' : 'clean'}`}>
        {findings.length === 0 ? s.noProblems : s.counts(errors, warnings, countSeverity(findings, 'info'))}
        {dismissed > 0 && ` · ${s.dismissedCount(dismissed)}`}
      </p>
    </header>
  );
}
