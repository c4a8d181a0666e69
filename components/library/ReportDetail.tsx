// One saved report in the library: identity, tags and note, CROSS-YEAR findings, findings with their
// verdicts, the versions when it changed, the body's chart over the years, the tables as the format
// lays them out with the flagged cells; the review sheet, the evidence pack, and delete.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { BodyChart } from '@/components/BodyChart';
import { FindingList, type VerdictChoice } from '@/components/FindingList';
import { KeyFigures } from '@/components/KeyFigures';
import { ReportTables } from '@/components/ReportTables';
import { keyFigures } from '@/lib/view/key-figures';
import { flaggedCells } from '@/lib/view/flagged';
import type { Strings } from '@/lib/i18n';
import type { YearFigures } from '@/lib/library/query';
import type { Annotations, Finding, SavedReport, SavedVersion } from '@/lib/model';
import { splitTags, verdictOn, verdictState, withVerdict, findingKey } from '@/lib/base/verdicts';
import { Versions } from './Versions';
import type { Rollup } from '@/lib/view/rollup';
import { REUSE_WARNING, type Reuse } from '@/lib/check/reuse';
import { TagsNote } from '@/components/TagsNote';
import { fmtNumber, fmtTime } from '@/lib/view/format';
import { identityLine } from '@/lib/view/identity';
import { viewerPath } from '@/lib/view/viewer-url';

interface Props {
  report: SavedReport;
  cross: Finding[];
  series: YearFigures[];
  s: Strings;
  lang: string;
  zh: boolean;
  onBack: () => void;
  onDelete: (r: SavedReport) => void;
  onAnnotate: (r: SavedReport, a: Annotations) => Promise<void>;
  onEvidence: (r: SavedReport) => void;
  /** The page's HTML ('' for a file) and the earlier versions, read on demand. */
  pageOf: (r: SavedReport) => Promise<string>;
  versionsOf: (r: SavedReport) => Promise<SavedVersion[]>;
  /** REUSE against the same body's report of the year before and the closest of other bodies' reports of
   * the year, where the pages are saved. */
  reuseOf: (r: SavedReport) => Promise<{
    previous: { year: number; reuse: Reuse } | null;
    peer: { body: string; reuse: Reuse } | null;
    /** What the text-pair rules (REUSE) find against the year before. */
    findings: Finding[];
  } | null>;
  /** The region's own report beside its departments' sum, where the library holds departments. */
  rollup: Rollup | null;
  /** What the library says (an evidence pack made, a failure), shown under the title. */
  children?: ComponentChildren;
}

function AnnotationForm({ r, s, onAnnotate }: Pick<Props, 's' | 'onAnnotate'> & { r: SavedReport }) {
  const [tags, setTags] = useState((r.tags ?? []).join('，'));
  const [note, setNote] = useState(r.note ?? '');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setTags((r.tags ?? []).join('，'));
    setNote(r.note ?? '');
  }, [r.id]);
  return (
    <form
      class="annotations"
      onSubmit={async (e) => {
        e.preventDefault();
        await onAnnotate(r, { tags: splitTags(tags), note: note.trim() });
        setSaved(true);
      }}
    >
      <TagsNote s={s} tags={tags} note={note} onTags={setTags} onNote={setNote} rows={3} />
      <p>
        <button type="submit" class="secondary">
          {s.saveNotes}
        </button>{' '}
        {saved && <span role="status">{s.notesSaved}</span>}
      </p>
    </form>
  );
}

export function ReportDetail(props: Props) {
  const { report: r, cross, series, s, lang, zh, onBack, onDelete, onAnnotate, onEvidence } = props;
  const flagged = flaggedCells([...r.report.findings, ...cross]);
  const [html, setHtml] = useState('');
  const [reused, setReused] = useState<Awaited<ReturnType<Props['reuseOf']>>>(null);
  useEffect(() => void props.reuseOf(r).then(setReused, () => setReused(null)), [r.id, r.hash]);
  const reuse = reused?.previous ?? null;
  // CROSS-YEAR from the figures, REUSE once the texts are read.
  const across = [...cross, ...(reused?.findings ?? [])];
  useEffect(() => void props.pageOf(r).then(setHtml, () => setHtml('')), [r.id, r.hash]);
  const verdict = (f: Finding, choice: VerdictChoice) =>
    void onAnnotate(r, {
      verdicts: withVerdict(r.verdicts, findingKey(f), choice && verdictOn(f, choice, Date.now())),
    });
  const gone = (r.verdicts ?? []).filter((v) => verdictState(v, r.report.findings) === 'gone').length;
  const dates = [...(r.earlier ?? []), r].map((v) => fmtTime(v.savedAt, lang)).join('、');
  return (
    <main class="library detail">
      <button type="button" class="link" onClick={onBack}>
        ← {s.back}
      </button>
      <h1>{r.title ?? r.body}</h1>
      {props.children}
      <p class="meta">
        {identityLine(r.report, s)} · {fmtTime(r.savedAt, lang)} ·{' '}
        <a href={r.url} target="_blank" rel="noreferrer noopener">
          {s.openSource}
        </a>
        {r.kind && (
          <>
            {' '}
            · {s.viewerKindOf(r.kind)} ·{' '}
            <a href={viewerPath({ id: r.id! })} target="_blank" rel="noopener">
              {s.viewerOpen}
            </a>
            <br />
            <span class="hash">
              {s.viewerSha} {r.hash}
            </span>
            {r.from && (
              <>
                <br />
                {s.viewerFrom}：
                <a href={r.from} target="_blank" rel="noreferrer noopener">
                  {r.from}
                </a>
              </>
            )}
          </>
        )}
        {r.earlier?.length ? (
          <>
            <br />
            <span class="revised">{s.revisedOn(dates)}</span>
          </>
        ) : null}
      </p>
      <p class="sheet-actions">
        <a class="button secondary" href={`/review.html?ids=${r.id}`} target="_blank" rel="noopener">
          {s.printSheet}
        </a>{' '}
        <button type="button" class="secondary" data-action="evidence" onClick={() => onEvidence(r)}>
          {s.evidencePack}
        </button>
      </p>
      <AnnotationForm r={r} s={s} onAnnotate={onAnnotate} />
      {across.length > 0 && (
        <div class="cross-year">
          <FindingList findings={across} s={s} zh={zh} marked={null} title={s.crossYear} />
        </div>
      )}
      <FindingList findings={r.report.findings} s={s} zh={zh} marked={null} verdicts={r.verdicts} onVerdict={verdict} />
      {gone > 0 && <p class="meta">{s.verdictsGone(gone)}</p>}
      {reuse && reuse.reuse.total > 0 && (
        <section class="reuse" aria-label={s.reuseTitle(reuse.year)}>
          <h2>{s.reuseTitle(reuse.year)}</h2>
          <p class={reuse.reuse.share > REUSE_WARNING ? 'reuse-high' : undefined}>
            {s.reuseLine(reuse.reuse.repeated.length, reuse.reuse.total, Math.round(reuse.reuse.share * 100))}
            {reuse.reuse.share > REUSE_WARNING && ` ${s.reuseHigh}`}
          </p>
          {reuse.reuse.repeated.length > 0 && (
            <ul>
              {reuse.reuse.repeated.map((t, i) => (
                <li key={i}>
                  <mark>{t}</mark>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {reused?.peer && (
        <section class="reuse" data-reuse="peer" aria-label={s.reusePeerTitle}>
          <h2>{s.reusePeerTitle}</h2>
          <p class={reused.peer.reuse.share > REUSE_WARNING ? 'reuse-high' : undefined}>
            {s.reusePeer(
              reused.peer.body,
              reused.peer.reuse.repeated.length,
              reused.peer.reuse.total,
              Math.round(reused.peer.reuse.share * 100),
            )}
          </p>
          <ul>
            {reused.peer.reuse.repeated.map((t, i) => (
              <li key={i}>
                <mark>{t}</mark>
              </li>
            ))}
          </ul>
        </section>
      )}
      {r.earlier?.length ? (
        <Versions report={r} html={html} load={() => props.versionsOf(r)} s={s} lang={lang} zh={zh} />
      ) : null}
      {props.rollup && props.rollup.departments.length + props.rollup.missing.length > 0 && (
        <details class="rollup" open>
          <summary>
            <h2>{s.rollupTitle}</h2>
          </summary>
          <p class="meta">{s.rollupNote(props.rollup.departments.length, r.year ?? 0)}</p>
          {props.rollup.missing.length > 0 && (
            <p data-rollup="missing">{s.rollupMissing(props.rollup.missing.join('、'))}</p>
          )}
          {props.rollup.departments.length > 0 && (
            <table class="diff">
              <thead>
                <tr>
                  <th scope="col">{s.cellsInWords}</th>
                  <th scope="col" class="num">
                    {s.rollupRegion}
                  </th>
                  <th scope="col" class="num">
                    {s.rollupSum}
                  </th>
                  <th scope="col" class="num">
                    {s.difference}
                  </th>
                </tr>
              </thead>
              <tbody>
                {props.rollup.lines.map((l) => (
                  <tr key={l.id} data-cell={l.id}>
                    <th scope="row">{l.label}</th>
                    <td class="num">{fmtNumber(l.region)}</td>
                    <td class="num">{fmtNumber(l.departments)}</td>
                    <td class="num">{fmtNumber(l.difference)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </details>
      )}
      {r.bodyKey && <BodyChart body={r.body ?? ''} series={series} s={s} />}
      {/* A report in prose has no tables: its figures are what the words and its 统计表 state. */}
      {r.format === 'pre2019' && <KeyFigures groups={keyFigures(r.report)} s={s} marked={null} />}
      <ReportTables report={r.report} s={s} flagged={flagged} />
      <p>
        <button type="button" class="secondary danger" onClick={() => onDelete(r)}>
          {s.delete}
        </button>
      </p>
    </main>
  );
}
