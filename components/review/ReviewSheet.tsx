// The review sheet of one saved report, to print and send to the compiling office: which report, where
// and when it was taken and the SHA-256 of what was saved; each open finding with reported, computed,
// difference and its cells in words; the verdicts and the note; the tables with the flagged cells; and
// lines for the reviewer's conclusion. Static: the same markup is printed and put in the evidence pack.
import { ReportTables } from '@/components/ReportTables';
import { ruleTitle } from '@/lib/check';
import type { Strings } from '@/lib/i18n';
import { cellIdName } from '@/lib/format/names';
import { openFindings, verdictOf } from '@/lib/base/verdicts';
import type { Finding, SavedReport, Verdict } from '@/lib/model';
import { flaggedCells } from '@/lib/view/flagged';
import { fmtNumber, fmtTime } from '@/lib/view/format';
import { identityLine } from '@/lib/view/identity';

/** Cells named, the first few of a long list. */
const SHOWN_CELLS = 6;

function cellsInWords(f: Finding, s: Strings): string {
  const names = f.cells.slice(0, SHOWN_CELLS).map(cellIdName).join('；');
  return f.cells.length > SHOWN_CELLS ? `${names} ${s.cellsMore(f.cells.length)}` : names;
}

function verdictLine(v: Verdict, s: Strings): string {
  const said = v.verdict === 'confirmed' ? s.confirmed : s.dismissed;
  return [said, v.reason && s.reasons[v.reason], v.text].filter(Boolean).join(' · ');
}

interface Props {
  r: SavedReport;
  s: Strings;
  lang: string;
  zh: boolean;
  /** When the sheet was made. */
  now: number;
}

export function ReviewSheet({ r, s, lang, zh, now }: Props) {
  const open = openFindings(r.report.findings, r.verdicts);
  const judged = r.report.findings.filter((f) => verdictOf(f, r.verdicts).holds);
  return (
    <article class="sheet" data-report={r.id}>
      <header>
        <p class="sheet-kind">{s.reviewSheet}</p>
        <h1>{r.title ?? r.body ?? s.untitled}</h1>
        <p>{identityLine(r.report, s)}</p>
      </header>
      <dl class="taken">
        <dt>{s.sourceAddress}</dt>
        <dd class="address">{r.url}</dd>
        {r.from && (
          <>
            <dt>{s.linkingPage}</dt>
            <dd class="address">{r.from}</dd>
          </>
        )}
        <dt>{s.takenAt}</dt>
        <dd>{fmtTime(r.savedAt, lang)}</dd>
        <dt>SHA-256</dt>
        <dd class="hash">{r.hash}</dd>
        {r.earlier?.length ? (
          <>
            <dt>{s.versions}</dt>
            <dd>
              <ol class="sheet-versions">
                {r.earlier.map((v, i) => (
                  <li key={v.hash}>
                    {s.versionN(i + 1)} · {fmtTime(v.savedAt, lang)} · <span class="hash">{v.hash}</span>
                  </li>
                ))}
                <li>
                  {s.versionN(r.earlier.length + 1)} ({s.currentVersion}) · {fmtTime(r.savedAt, lang)}
                </li>
              </ol>
            </dd>
          </>
        ) : null}
        {r.tags?.length ? (
          <>
            <dt>{s.tags}</dt>
            <dd>{r.tags.join('，')}</dd>
          </>
        ) : null}
      </dl>
      <h2>
        {s.openFindings} <span class="n">{open.length}</span>
      </h2>
      {open.length === 0 ? (
        <p>{s.noOpenFindings}</p>
      ) : (
        <table class="sheet-findings">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{s.findings}</th>
              <th scope="col" class="num">
                {s.reported}
              </th>
              <th scope="col" class="num">
                {s.computed}
              </th>
              <th scope="col" class="num">
                {s.difference}
              </th>
              <th scope="col">{s.cellsInWords}</th>
            </tr>
          </thead>
          <tbody>
            {open.map((f, i) => (
              <tr key={i} class={f.severity} data-rule={f.rule}>
                <td class="num">{i + 1}</td>
                <td>
                  <b>
                    {s[f.severity]} · {ruleTitle(f.rule, zh)}
                  </b>
                  <br />
                  {f.message}
                  {verdictOf(f, r.verdicts).changed && (
                    <em> {s.verdictChanged(verdictLine(verdictOf(f, r.verdicts).changed!, s))}</em>
                  )}
                </td>
                <td class="num">{fmtNumber(f.reported)}</td>
                <td class="num">{fmtNumber(f.computed)}</td>
                <td class="num">{fmtNumber(f.difference)}</td>
                <td class="cells">{cellsInWords(f, s)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(judged.length > 0 || r.note) && (
        <>
          <h2>{s.verdictsAndNotes}</h2>
          <ul class="sheet-verdicts">
            {judged.map((f, i) => (
              <li key={i}>
                {ruleTitle(f.rule, zh)} · {f.message} — {verdictLine(verdictOf(f, r.verdicts).holds!, s)}
              </li>
            ))}
          </ul>
          {r.note && <p class="sheet-note">{r.note}</p>}
        </>
      )}
      <ReportTables report={r.report} s={s} flagged={flaggedCells(open)} />
      <section class="conclusion">
        <h2>{s.conclusion}</h2>
        <div class="write-here" />
        <div class="write-here" />
        <div class="write-here" />
        <p>
          {s.reviewer}：<span class="blank-line" /> {s.signDate}：<span class="blank-line" />
        </p>
      </section>
      <footer>{s.sheetFooter(fmtTime(now, lang))}</footer>
    </article>
  );
}
