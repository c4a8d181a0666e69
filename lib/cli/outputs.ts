// What --out writes, through the library's own exports (one code path): the long CSV written report by
// report (memory stays flat however many files), JSON Lines likewise, and the XLSX workbook at the end
// (the writer needs every row).
import { createWriteStream, writeFileSync, type WriteStream } from 'node:fs';
import { bodyKey } from '../base/body';
import { kindOfName } from '../base/attachment-kinds';
import { countSeverity } from '../base/severity';
import { BOM, CSV_HEADER, csvLine, reportCsv } from '../export/csv';
import { xlsxSheets } from '../export/xlsx';
import { xlsxChunks } from '../export/xlsx-write';
import type { ReportJson, SavedReport } from '../model';
import { crossYearFindings } from '../library/cross-year';
import { reuseShares } from '../check/reuse';
import { mergeFindings, textPairFindings } from '../library/reuse';
import { previousYears } from '../base/years';

export type OutKind = 'csv' | 'xlsx' | 'jsonl';

export const outKind = (file: string): OutKind | null =>
  (/\.(csv|xlsx|jsonl)$/i.exec(file)?.[1]?.toLowerCase() as OutKind | undefined) ?? null;

/** A report read from a file, as the library would list it: the file's path stands for its address. */
export function asSaved(json: ReportJson, path: string, id: number, savedAt: number): SavedReport {
  const kind = kindOfName(path);
  return {
    id,
    url: path,
    title: json.meta.title,
    body: json.meta.body,
    bodyKey: bodyKey(json.meta.body),
    year: json.meta.year,
    format: json.format,
    errors: countSeverity(json.findings, 'error'),
    warnings: countSeverity(json.findings, 'warning'),
    savedAt,
    hash: '',
    report: json,
    ...(kind ? { kind } : {}),
  };
}

export interface Sink {
  /** Resolves once the stream can take more: a corpus never waits in memory for the disk. `own`: the
   * report's own sentences, for the workbook's REUSE. */
  add(report: SavedReport, own?: string): Promise<void>;
  close(): Promise<void>;
}

const ended = (stream: WriteStream) =>
  new Promise<void>((resolve, reject) => stream.end((e?: Error) => (e ? reject(e) : resolve())));

export function openSink(file: string, kind: OutKind): Sink {
  if (kind === 'xlsx') {
    const all: SavedReport[] = [];
    const texts = new Map<number, string>();
    return {
      add: async (r, own) => {
        all.push(r);
        if (own) texts.set(r.id!, own);
      },
      close: async () => {
        // What the library lists across reports: CROSS-YEAR and REUSE between a body's consecutive years.
        const pairs = previousYears(all, all);
        const across = mergeFindings(crossYearFindings(all), textPairFindings(pairs, texts));
        const sheets = xlsxSheets(all, across, reuseShares(pairs, texts));
        writeFileSync(file, Buffer.concat(await xlsxChunks(sheets)));
      },
    };
  }
  const stream = createWriteStream(file);
  if (kind === 'csv') stream.write(BOM + csvLine(CSV_HEADER));
  return {
    add: (r) => {
      const text = kind === 'csv' ? reportCsv(r) : `${JSON.stringify(r.report)}\n`;
      return stream.write(text) ? Promise.resolve() : new Promise((resolve) => stream.once('drain', resolve));
    },
    close: () => ended(stream),
  };
}
