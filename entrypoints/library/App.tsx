// The library page: every saved report, filtered, sorted and searched; a report's details with its
// tables, findings, CROSS-YEAR findings and its body's chart; delete with undo; re-check all;
// export and import. Reads and writes the extension's own IndexedDB through Dexie.
import { useEffect, useMemo, useState } from 'preact/hooks';
import writeXlsxFile from 'write-excel-file/browser';
import { BodyChart } from '@/components/BodyChart';
import { FindingList } from '@/components/FindingList';
import { ReportTables } from '@/components/ReportTables';
import { importBackup, libraryBackup } from '@/lib/export/backup';
import { toCsv } from '@/lib/export/csv';
import { xlsxSheets } from '@/lib/export/xlsx';
import { isZh, strings } from '@/lib/i18n';
import { crossYearFindings } from '@/lib/library/cross-year';
import { bodySeries, facets, filterReports, NO_FILTERS, sortReports, type Filters, type SortKey } from '@/lib/library/query';
import { recheck } from '@/lib/library/recheck';
import type { Format, SavedPage, SavedReport } from '@/lib/model';
import type { LibraryDb } from '@/lib/store/db';
import { storageProblem } from '@/lib/store/save';
import { fmtTime, formatName } from '@/lib/view/format';
import { download, stamp } from './download';

const COLUMNS: { key: SortKey; label: 'colBody' | 'colYear' | 'colFormat' | 'colErrors' | 'colWarnings' | 'colSaved'; num?: boolean }[] = [
  { key: 'body', label: 'colBody' },
  { key: 'year', label: 'colYear', num: true },
  { key: 'format', label: 'colFormat' },
  { key: 'errors', label: 'colErrors', num: true },
  { key: 'warnings', label: 'colWarnings', num: true },
  { key: 'savedAt', label: 'colSaved' },
];

export function App({ db, lang }: { db: LibraryDb; lang: string }) {
  const s = strings(lang);
  const [reports, setReports] = useState<SavedReport[] | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'savedAt', desc: true });
  const [selected, setSelected] = useState<number | null>(null);
  const [note, setNote] = useState<{ text: string; tone: 'ok' | 'fail'; lines?: string[] } | null>(null);
  const [undo, setUndo] = useState<{ report: SavedReport; page: SavedPage | undefined } | null>(null);
  const [busy, setBusy] = useState('');

  const load = () => db.reports.toArray().then(setReports, (e) => setNote({ text: s.problem(storageProblem(e)), tone: 'fail' }));
  useEffect(() => void load(), [db]);

  const cross = useMemo(() => crossYearFindings(reports ?? []), [reports]);
  const shown = useMemo(() => sortReports(filterReports(reports ?? [], filters), sort.key, sort.desc), [reports, filters, sort]);
  const { years, formats } = useMemo(() => facets(reports ?? []), [reports]);
  const fail = (e: unknown) => setNote({ text: s.problem(storageProblem(e)), tone: 'fail' });

  const remove = async (r: SavedReport) => {
    try {
      const page = await db.pages.get(r.id!);
      await db.transaction('rw', db.reports, db.pages, async () => {
        await db.reports.delete(r.id!);
        await db.pages.delete(r.id!);
      });
      setUndo({ report: r, page });
      setSelected(null);
      await load();
    } catch (e) {
      fail(e);
    }
  };
  const restore = async () => {
    if (!undo) return;
    try {
      await db.transaction('rw', db.reports, db.pages, async () => {
        await db.reports.add(undo.report);
        if (undo.page) await db.pages.put(undo.page);
      });
      setUndo(null);
      await load();
    } catch (e) {
      fail(e);
    }
  };
  const recheckAll = async () => {
    const all = reports ?? [];
    const lines: string[] = [];
    let changed = 0;
    try {
      for (const [i, r] of all.entries()) {
        setBusy(s.rechecking(i + 1, all.length));
        const page = await db.pages.get(r.id!);
        if (!page) continue;
        const result = recheck(r, page.html);
        if (!result.changed) continue;
        changed++;
        lines.push(s.recheckChange({ body: r.body ?? s.unknownBody, year: r.year ?? '', e0: result.before.errors, e1: result.after.errors, w0: result.before.warnings, w1: result.after.warnings }));
        await db.reports.update(r.id!, { report: result.report, errors: result.after.errors, warnings: result.after.warnings, title: result.report.meta.title });
        // Let the page breathe between reports: a large library must not freeze it.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      setNote({ text: s.rechecked(all.length, changed), tone: 'ok', lines });
    } catch (e) {
      fail(e);
    }
    setBusy('');
    await load();
  };
  const exportCsv = () => download(`nianbao-lens-${stamp()}.csv`, new Blob([toCsv(shown)], { type: 'text/csv;charset=utf-8' }));
  const exportXlsx = async () => download(`nianbao-lens-${stamp()}.xlsx`, await writeXlsxFile(xlsxSheets(shown)).toBlob());
  const exportJson = async () => download(`nianbao-lens-backup-${stamp()}.json`, new Blob([JSON.stringify(await libraryBackup(db, shown))], { type: 'application/json' }));
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await importBackup(db, await file.text());
    setNote(result.ok ? { text: s.imported(result), tone: 'ok' } : { text: s.problem(result.problem), tone: 'fail' });
    await load();
  };

  const current = reports?.find((r) => r.id === selected);
  if (current) {
    const crossFindings = cross.get(current.id!) ?? [];
    const flagged = new Set([...current.report.findings, ...crossFindings].flatMap((f) => f.cells));
    return (
      <main class="library detail">
        <button type="button" class="link" onClick={() => setSelected(null)}>← {s.back}</button>
        <h1>{current.title ?? current.body}</h1>
        <p class="meta">
          {[current.body ?? s.unknownBody, current.year ? s.yearOf(current.year) : s.unknownYear, formatName(current.format, s), fmtTime(current.savedAt, lang)].filter(Boolean).join(' · ')} ·{' '}
          <a href={current.url} target="_blank" rel="noreferrer noopener">{s.openSource}</a>
        </p>
        {crossFindings.length > 0 && (
          <div class="cross-year">
            <FindingList findings={crossFindings} s={s} zh={isZh(lang)} marked={null} title={s.crossYear} />
          </div>
        )}
        <FindingList findings={current.report.findings} s={s} zh={isZh(lang)} marked={null} />
        {current.bodyKey && <BodyChart body={current.body ?? ''} series={bodySeries(reports ?? [], current.bodyKey)} s={s} />}
        <ReportTables report={current.report} s={s} flagged={flagged} />
        <p>
          <button type="button" class="secondary danger" onClick={() => remove(current)}>{s.delete}</button>
        </p>
      </main>
    );
  }

  const set = (patch: Partial<Filters>) => setFilters({ ...filters, ...patch });
  return (
    <main class="library">
      <h1>年报透镜 · {s.libraryTitle}</h1>
      <div class="toolbar">
        <input type="search" placeholder={s.search} value={filters.search} onInput={(e) => set({ search: e.currentTarget.value })} />
        <select value={filters.year ?? ''} onChange={(e) => set({ year: e.currentTarget.value ? Number(e.currentTarget.value) : null })} aria-label={s.colYear}>
          <option value="">{s.allYears}</option>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
        <select value={filters.format ?? ''} onChange={(e) => set({ format: (e.currentTarget.value || null) as Format | null })} aria-label={s.colFormat}>
          <option value="">{s.allFormats}</option>
          {formats.map((f) => <option key={f} value={f}>{formatName(f, s)}</option>)}
        </select>
        <label><input type="checkbox" checked={filters.hasErrors} onChange={(e) => set({ hasErrors: e.currentTarget.checked })} /> {s.onlyErrors}</label>
        <span class="spacer" />
        <button type="button" class="secondary" data-action="csv" onClick={exportCsv} disabled={shown.length === 0}>{s.exportCsv}</button>
        <button type="button" class="secondary" data-action="xlsx" onClick={exportXlsx} disabled={shown.length === 0}>{s.exportXlsx}</button>
        <button type="button" class="secondary" data-action="json" onClick={exportJson}>{s.exportJson}</button>
        <label class="secondary file">
          {s.importJson}
          <input type="file" accept="application/json,.json" data-action="import" onChange={(e) => importFile(e.currentTarget.files?.[0])} />
        </label>
        <button type="button" class="secondary" data-action="recheck" onClick={recheckAll} disabled={!!busy || !reports?.length}>{busy || s.recheckAll}</button>
      </div>
      {note && (
        <div class={`note-bar ${note.tone}`} role="status">
          <p>{note.text}</p>
          {note.lines && note.lines.length > 0 && <ul>{note.lines.map((l) => <li key={l}>{l}</li>)}</ul>}
        </div>
      )}
      {undo && (
        <div class="note-bar ok" role="status">
          {s.deleted(`${undo.report.body ?? ''} ${undo.report.year ?? ''}`)}{' '}
          <button type="button" class="secondary" data-action="undo" onClick={restore}>{s.undo}</button>
        </div>
      )}
      {reports && reports.length === 0 && <p class="empty">{s.libraryEmpty}</p>}
      {reports && reports.length > 0 && (
        <>
          <p class="meta">{s.shown(shown.length, reports.length)}</p>
          <table class="reports">
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c.key} class={c.num ? 'num' : ''} aria-sort={sort.key === c.key ? (sort.desc ? 'descending' : 'ascending') : undefined}>
                    <button type="button" class="sort" data-sort={c.key} onClick={() => setSort({ key: c.key, desc: sort.key === c.key ? !sort.desc : c.key === 'savedAt' || c.key === 'errors' })}>
                      {s[c.label]}
                      {sort.key === c.key ? (sort.desc ? ' ▼' : ' ▲') : ''}
                    </button>
                  </th>
                ))}
                <th>{s.colSource}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => {
                const crossCount = cross.get(r.id!)?.length ?? 0;
                return (
                  <tr key={r.id} data-id={r.id}>
                    <td class="body" title={r.title ?? ''}>
                      <button type="button" class="link" onClick={() => setSelected(r.id!)}>{r.body ?? s.unknownBody}</button>
                    </td>
                    <td class="num">{r.year ?? '—'}</td>
                    <td>{formatName(r.format, s) ?? '—'}</td>
                    <td class={`num ${r.errors ? 'has-errors' : ''}`}>{r.errors}</td>
                    <td class="num">{r.warnings + crossCount}</td>
                    <td>{fmtTime(r.savedAt, lang)}</td>
                    <td class="source">
                      <a href={r.url} target="_blank" rel="noreferrer noopener">{r.url}</a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </main>
  );
}
