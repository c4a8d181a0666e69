// Read + check in one call, and the stable JSON form of the result.
import type { CellId, Place, Report, ReportJson, SourceDoc } from './model';
import { checkReport } from './check';
import { withTextFallback } from './inputs/fallback';
import type { Readings } from './inputs/kind';
import { readReport } from './read/report';

export function analyze<N>(doc: SourceDoc<N>): Report<N> {
  const report = readReport(doc);
  report.findings = checkReport(report);
  return report;
}

/** The first reading that finds the report's tables: the document as given, else its text. */
export function analyzeReadings<N>(readings: Readings<N>): Report<unknown> {
  const report = analyze(readings.doc);
  if (report.kind !== 'report' || report.t3 || report.t4 || !readings.fromText) return report;
  const doc = readings.fromText();
  if (doc.tables.length === 0) return report;
  const fromText = analyze(doc);
  return fromText.t3 || fromText.t4 ? fromText : report;
}

/** A page's document, with the reading of its text as the fallback. */
export const analyzePage = <N>(doc: SourceDoc<N>): Report<unknown> => analyzeReadings(withTextFallback(doc));

/** A report worth showing and saving: its tables were read, or it is an older report in prose. */
export function isReadReport(report: Report<unknown>): boolean {
  return report.kind === 'report' && (!!report.t3 || !!report.t4 || report.format === 'pre2019');
}

const isPlace = (node: unknown): node is Place =>
  typeof node === 'object' && node !== null && typeof (node as Place).page === 'number' && 'w' in node;
const round = (n: number) => Math.round(n * 10) / 10;

/** Where the cells the findings name are printed, for a report read from a PDF; else undefined. */
function placesOf(report: Report): Record<CellId, Place> | undefined {
  const places: Record<CellId, Place> = {};
  for (const id of new Set(report.findings.flatMap((f) => f.cells))) {
    const node = report.cells.get(id)?.node;
    if (isPlace(node))
      places[id] = { page: node.page, x: round(node.x), y: round(node.y), w: round(node.w), h: round(node.h) };
  }
  return Object.keys(places).length ? places : undefined;
}

export function toJson(report: Report, source: string): ReportJson {
  const { kind, format, meta, t2, t3, t4, figures, findings } = report;
  const places = placesOf(report);
  return { source, kind, format, meta, t2, t3, t4, figures, findings, ...(places ? { places } : {}) };
}
