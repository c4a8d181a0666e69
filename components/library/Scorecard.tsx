// The scorecard of the reports listed, a card per body: the years covered and missing, and for each
// year whether the report came on time (national rule, and the user's local deadline), in the format
// of its year, readable in the page or only as an attachment, and its open errors and warnings.
// Exported as CSV or XLSX, printed as a sheet.
import type { Strings } from '@/lib/i18n';
import type { Format } from '@/lib/model';
import { formatName } from '@/lib/view/format';
import { wrongFormat, type Scorecard as Card, type ScoreRow, type Timeliness } from '@/lib/view/scorecard';
import { REUSE_WARNING } from '@/lib/check/reuse';

interface Props {
  cards: Card[];
  s: Strings;
  onBack: () => void;
  onExport: (kind: 'csv' | 'xlsx') => void;
  onOpen: (id: number) => void;
}

function timely(t: Timeliness, published: string | null, s: Strings): { text: string; late: boolean } {
  if (!published) return { text: s.unknownDate, late: false };
  if (t.late === null) return { text: '—', late: false };
  return t.late > 0 ? { text: s.lateDays(t.late), late: true } : { text: s.onTime, late: false };
}

const name = (f: Format | null, s: Strings) => formatName(f, s) ?? '—';

function Row({ r, s, local, onOpen }: { r: ScoreRow; s: Strings; local: boolean; onOpen: (id: number) => void }) {
  const national = timely(r.national, r.published, s);
  const own = r.local && timely(r.local, r.published, s);
  const wrong = wrongFormat(r);
  return (
    <tr data-year={r.year}>
      <th scope="row" class="num">
        <button type="button" class="link" onClick={() => onOpen(r.id)}>
          {r.year}
        </button>
      </th>
      <td class="num">{r.published ?? '—'}</td>
      <td class="num">{r.national.due ?? '—'}</td>
      <td class={national.late ? 'late' : undefined} data-col="timely">
        {national.text}
      </td>
      {local && (
        <td class={own?.late ? 'late' : undefined} data-col="local">
          {own ? `${own.text}（${r.local!.due}）` : '—'}
        </td>
      )}
      <td class={wrong ? 'late' : undefined} data-col="format">
        {wrong ? s.formatWrong(name(r.format, s), name(r.expected, s)) : name(r.format, s)}
      </td>
      <td class={r.readable === 'page' ? undefined : 'late'} data-col="readable">
        {r.readable === 'page' ? s.readablePage : s.readableFile(r.readable)}
      </td>
      <td class={`num ${r.reuse !== null && r.reuse > REUSE_WARNING ? 'late' : ''}`} data-col="reuse">
        {r.reuse === null ? '—' : `${Math.round(r.reuse * 100)}%`}
      </td>
      <td class={`num ${r.errors ? 'has-errors' : ''}`}>{r.errors}</td>
      <td class="num">{r.warnings}</td>
    </tr>
  );
}

export function Scorecard({ cards, s, onBack, onExport, onOpen }: Props) {
  return (
    <main class="library scorecard-view">
      <p class="sheet-actions">
        <button type="button" class="link" onClick={onBack}>
          ← {s.backToList}
        </button>{' '}
        <button type="button" class="secondary" data-action="scorecard-csv" onClick={() => onExport('csv')}>
          {s.exportScorecardCsv}
        </button>{' '}
        <button type="button" class="secondary" data-action="scorecard-xlsx" onClick={() => onExport('xlsx')}>
          {s.exportScorecardXlsx}
        </button>{' '}
        <button type="button" class="secondary" data-action="scorecard-print" onClick={() => window.print()}>
          {s.printScorecard}
        </button>
      </p>
      <h1>
        {s.brand} · {s.scorecard}
      </h1>
      {cards.length === 0 && <p class="empty">{s.scorecardEmpty}</p>}
      {cards.map((card) => {
        const local = card.rows.some((r) => r.local);
        const count = {
          reports: card.rows.length,
          late: card.rows.filter((r) => (r.national.late ?? 0) > 0 || (r.local?.late ?? 0) > 0).length,
          wrong: card.rows.filter(wrongFormat).length,
          files: card.rows.filter((r) => r.readable !== 'page').length,
          missing: card.missing.length,
        };
        return (
          <section class="card" key={card.bodyKey} data-body={card.body} aria-label={card.body}>
            <h2>{card.body}</h2>
            <p class="summary">{s.scoreSummary(count)}</p>
            <dl class="years">
              <dt>{s.yearsCovered}</dt>
              <dd data-col="covered">{card.years.join('、')}</dd>
              <dt>{s.yearsMissing}</dt>
              <dd data-col="missing" class={card.missing.length ? 'late' : undefined}>
                {card.missing.length ? card.missing.join('、') : s.noneMissing}
              </dd>
            </dl>
            <table class="score">
              <thead>
                <tr>
                  <th scope="col" class="num">
                    {s.colYear}
                  </th>
                  <th scope="col" class="num">
                    {s.colPublished}
                  </th>
                  <th scope="col" class="num">
                    {s.colDue}
                  </th>
                  <th scope="col">{s.colTimely}</th>
                  {local && <th scope="col">{s.colLocal}</th>}
                  <th scope="col">{s.colFormat2}</th>
                  <th scope="col">{s.colReadable}</th>
                  <th scope="col" class="num">
                    {s.colReuse}
                  </th>
                  <th scope="col" class="num">
                    {s.colErrors}
                  </th>
                  <th scope="col" class="num">
                    {s.colWarnings}
                  </th>
                </tr>
              </thead>
              <tbody>
                {card.rows.map((r) => (
                  <Row key={r.id} r={r} s={s} local={local} onOpen={onOpen} />
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </main>
  );
}
