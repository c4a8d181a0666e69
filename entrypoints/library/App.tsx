// The library page: every saved report. (Sorting, filters, details and export build on this.)
import { useEffect, useState } from 'preact/hooks';
import type { SavedReport } from '@/lib/model';
import { fill, strings } from '@/lib/i18n';
import type { LibraryDb } from '@/lib/store/db';
import { fmtTime, formatName } from '@/lib/view/format';

export function App({ db, lang }: { db: LibraryDb; lang: string }) {
  const s = strings(lang);
  const [reports, setReports] = useState<SavedReport[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    db.reports.orderBy('savedAt').reverse().toArray().then(setReports, (e) => setError(String(e?.message ?? e)));
  }, [db]);
  return (
    <main class="library">
      <h1>年报透镜 · {s.libraryTitle}</h1>
      {error && <p class="fail">{error}</p>}
      {reports && reports.length === 0 && <p class="empty">{s.libraryEmpty}</p>}
      {reports && reports.length > 0 && (
        <>
          <p class="meta">{fill(s.libraryCount, { n: reports.length })}</p>
          <table class="reports">
            <thead>
              <tr>
                <th>{s.colBody}</th>
                <th class="num">{s.colYear}</th>
                <th>{s.colFormat}</th>
                <th class="num">{s.colErrors}</th>
                <th class="num">{s.colWarnings}</th>
                <th>{s.colSaved}</th>
                <th>{s.colSource}</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr key={r.id} data-id={r.id}>
                  <td class="body" title={r.title ?? ''}>{r.body ?? s.unknownBody}</td>
                  <td class="num">{r.year ?? '—'}</td>
                  <td>{formatName(r.format, s) ?? '—'}</td>
                  <td class={`num ${r.errors ? 'has-errors' : ''}`}>{r.errors}</td>
                  <td class="num">{r.warnings}</td>
                  <td>{fmtTime(r.savedAt, lang)}</td>
                  <td class="source">
                    <a href={r.url} target="_blank" rel="noreferrer noopener">{r.url}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </main>
  );
}
