// Read + check in one call, and the stable JSON form of the result.
import type { Report, ReportJson, SourceDoc } from './model';
import { checkReport } from './check';
import { flatTables, type TextSpan } from './inputs/flat';
import { readReport } from './read/report';

export function analyze<N>(doc: SourceDoc<N>): Report<N> {
  const report = readReport(doc);
  report.findings = checkReport(report);
  return report;
}

/**
 * A page whose report tables are not <table>s (paragraphs, a pasted text rendering) is read again
 * from its visible text, the tables recovered from the words; its cells then point into the text.
 */
export function analyzePage<N>(doc: SourceDoc<N>): Report<N | TextSpan> {
  const report = analyze(doc);
  if (report.kind !== 'report' || report.t3 || report.t4) return report;
  const tables = flatTables(doc.text);
  if (tables.length === 0) return report;
  const fromText = analyze<TextSpan>({ ...doc, tables });
  return fromText.t3 || fromText.t4 ? fromText : report;
}

/** A report worth showing and saving: its tables were read, or it is an older report in prose. */
export function isReadReport(report: Report<unknown>): boolean {
  return report.kind === 'report' && (!!report.t3 || !!report.t4 || report.format === 'pre2019');
}

export function toJson(report: Report, source: string): ReportJson {
  const { kind, format, meta, t2, t3, t4, figures, findings } = report;
  return { source, kind, format, meta, t2, t3, t4, figures, findings };
}
