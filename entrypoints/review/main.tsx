// The review sheets of the reports named in the address (review.html?ids=3,5,8), to print: the
// browser's own print makes the PDF. Reads the library; writes nothing.
import { render } from 'preact';
import { uiLanguage } from '@/lib/messages';
import { ReviewSheet } from '@/components/review/ReviewSheet';
import '@/components/review/sheet.css';
import { isZh, strings } from '@/lib/i18n';
import type { SavedReport } from '@/lib/model';
import { openLibrary } from '@/lib/store/db';
import { isSavedReport } from '@/lib/store/schema';

/** The ids asked for, in their order, each once. */
const ids = [
  ...new Set(
    (new URLSearchParams(location.search).get('ids') ?? '')
      .split(',')
      .map(Number)
      .filter((n) => Number.isSafeInteger(n) && n > 0),
  ),
];

async function main(): Promise<void> {
  const lang = await uiLanguage();
  const s = strings(lang);
  document.documentElement.lang = lang;
  const found = await openLibrary().reports.bulkGet(ids);
  const reports = found.filter((r): r is SavedReport => isSavedReport(r));
  const now = Date.now();
  document.title = `${s.brand} · ${s.reviewSheet}${reports.length === 1 ? ` · ${reports[0].title ?? ''}` : ''}`;
  render(
    <>
      <div class="sheet-bar">
        <button type="button" onClick={() => window.print()} disabled={reports.length === 0}>
          {s.print}
        </button>
        <span>{reports.length ? s.sheetOf(reports.length) : s.sheetMissing}</span>
      </div>
      <main>
        {reports.map((r) => (
          <ReviewSheet key={r.id} r={r} s={s} lang={lang} zh={isZh(lang)} now={now} />
        ))}
      </main>
    </>,
    document.getElementById('app')!,
  );
}

void main();
