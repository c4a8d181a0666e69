// Re-reading a saved report's HTML, or the file it was read from, with the current reader: what it
// finds now, and whether that differs from what was saved (a better reader, or a fixed rule).
import { analyzeReadings, toJson } from '../analyze';
import { readInput } from '../inputs';
import type { InputFile } from '../inputs/kind';
import type { ReportJson, SavedFile, SavedPage, SavedReport } from '../model';
import { fromBase64 } from '../base/base64';

/** What a saved report reads as now, and whether that differs from what was saved. */
export interface Rechecked {
  report: ReportJson;
  changed: boolean;
}

/** What a saved report is read again from: its file as taken, else its page's HTML. The saved article
 * does not carry its address: the check of the host needs it. */
export function savedInput(
  saved: SavedReport,
  page: SavedPage | undefined,
  file: SavedFile | undefined,
): InputFile | null {
  if (file) return { name: file.name, mime: file.mime, bytes: fromBase64(file.base64), url: saved.url };
  return page ? { mime: 'text/html', text: page.html, url: saved.url } : null;
}

export async function recheck(saved: SavedReport, input: InputFile): Promise<Rechecked> {
  const report = toJson(analyzeReadings(await readInput(input)), saved.url);
  const same =
    JSON.stringify([report.t2, report.t3, report.t4, report.findings, report.meta]) ===
    JSON.stringify([saved.report.t2, saved.report.t3, saved.report.t4, saved.report.findings, saved.report.meta]);
  return { report, changed: !same };
}
