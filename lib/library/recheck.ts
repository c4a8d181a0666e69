// Re-reading a saved report's HTML with the current reader: what it finds now, and whether that
// differs from what was saved (a better reader, or a fixed rule).
import { analyzeReadings, toJson } from '../analyze';
import { readInput } from '../inputs';
import type { ReportJson, SavedReport } from '../model';
import { countSeverity } from '../base/severity';

export interface Rechecked {
  id: number;
  before: { errors: number; warnings: number };
  after: { errors: number; warnings: number };
  report: ReportJson;
  changed: boolean;
}

export async function recheck(saved: SavedReport, html: string): Promise<Rechecked> {
  // The saved article does not carry its address: the check of the host needs it.
  const report = toJson(analyzeReadings(await readInput({ mime: 'text/html', text: html, url: saved.url })), saved.url);
  const same =
    JSON.stringify([report.t2, report.t3, report.t4, report.findings, report.meta]) ===
    JSON.stringify([saved.report.t2, saved.report.t3, saved.report.t4, saved.report.findings, saved.report.meta]);
  return {
    id: saved.id!,
    before: { errors: saved.errors, warnings: saved.warnings },
    after: { errors: countSeverity(report.findings, 'error'), warnings: countSeverity(report.findings, 'warning') },
    report,
    changed: !same,
  };
}
