// Which report this is: title, body, year, format, publication date, and the count of findings.
import type { ReportJson } from '@/lib/model';
import type { Strings } from '@/lib/i18n';
import { identityLine } from '@/lib/view/identity';
import { countSeverity } from '@/lib/base/severity';

export function Identity({ report, s }: { report: ReportJson; s: Strings }) {
  const { meta, findings } = report;
  const errors = countSeverity(findings, 'error');
  const warnings = countSeverity(findings, 'warning');
  return (
    <header class="identity">
      <h1 class="title">{meta.title ?? s.unknownBody}</h1>
      <p class="meta">{identityLine(report, s)}</p>
      <p class={`counts ${errors ? 'has-errors' : warnings ? 'has-warnings' : 'clean'}`}>
        {findings.length === 0 ? s.noProblems : s.counts(errors, warnings, countSeverity(findings, 'info'))}
      </p>
    </header>
  );
}
