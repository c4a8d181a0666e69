// Read + check in one call, and the stable JSON form of the result.
import type { Report, ReportJson, SourceDoc } from './model';
import { checkReport } from './check';
import { readReport } from './read/report';

export function analyze<N>(doc: SourceDoc<N>): Report<N> {
  const report = readReport(doc);
  report.findings = checkReport(report);
  return report;
}

export function toJson(report: Report, source: string): ReportJson {
  const { kind, format, meta, t2, t3, t4, figures, findings } = report;
  return { source, kind, format, meta, t2, t3, t4, figures, findings };
}
