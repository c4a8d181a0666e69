// Which report this is, in one line: body · year · format · publication date. The popup, the
// library's detail and the command line all print it.
import type { ReportJson } from '../model';
import type { Strings } from '../i18n';
import { formatName } from './format';

export function identityLine(report: Pick<ReportJson, 'meta' | 'format'>, s: Strings, unknownFormat?: string): string {
  const { meta } = report;
  return [
    meta.body ?? s.unknownBody,
    meta.year ? s.yearOf(meta.year) : s.unknownYear,
    formatName(report.format, s) ?? unknownFormat,
    meta.published ? s.published(meta.published) : null,
  ]
    .filter(Boolean)
    .join(' · ');
}
