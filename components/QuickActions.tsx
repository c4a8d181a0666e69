// The popup's quick actions on a report: copy table 3, table 4 or all three to the clipboard as
// tab-separated cells that paste into Excel or WPS with their row and column names, and export this
// one report as CSV (the library's long form).
import { useState } from 'preact/hooks';
import type { Strings } from '@/lib/i18n';
import { toCsv } from '@/lib/export/csv';
import { allTablesTsv, tableTsv } from '@/lib/export/tsv';
import type { ReportJson, SavedReport } from '@/lib/model';
import { download } from './download';

interface Props {
  report: ReportJson;
  s: Strings;
}

/** The report as the library's export takes it (not saved: no id, no time). */
const asSaved = (report: ReportJson): SavedReport => ({
  url: report.source,
  title: report.meta.title,
  body: report.meta.body,
  bodyKey: null,
  year: report.meta.year,
  format: report.format,
  errors: 0,
  warnings: 0,
  savedAt: 0,
  hash: '',
  report,
});

export function QuickActions({ report, s }: Props) {
  const [status, setStatus] = useState('');
  const copy = async (text: string | null) => {
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      setStatus(s.copied);
    } catch {
      setStatus(s.copyFailed);
    }
  };
  const exportCsv = () => {
    const blob = new Blob([toCsv([asSaved(report)])], { type: 'text/csv;charset=utf-8' });
    download(`nianbao-lens-${report.meta.body ?? 'report'}-${report.meta.year ?? ''}.csv`, blob);
  };
  return (
    <section class="quick" aria-label={s.quickActions}>
      {report.t3 && (
        <button type="button" class="secondary" data-copy="t3" onClick={() => copy(tableTsv(report, 't3'))}>
          {s.copyT3}
        </button>
      )}
      {report.t4 && (
        <button type="button" class="secondary" data-copy="t4" onClick={() => copy(tableTsv(report, 't4'))}>
          {s.copyT4}
        </button>
      )}
      {(report.t2 || report.t3 || report.t4) && (
        <button type="button" class="secondary" data-copy="all" onClick={() => copy(allTablesTsv(report))}>
          {s.copyAll}
        </button>
      )}
      <button type="button" class="secondary" data-action="export-csv" onClick={exportCsv}>
        {s.exportThis}
      </button>
      {status && (
        <p class="note" role="status">
          {status}
        </p>
      )}
    </section>
  );
}
