// One saved report in the library: identity, CROSS-YEAR findings, findings, the body's chart over
// the years, the tables as the format lays them out with the flagged cells, and delete.
import { BodyChart } from '@/components/BodyChart';
import { FindingList } from '@/components/FindingList';
import { KeyFigures } from '@/components/KeyFigures';
import { ReportTables } from '@/components/ReportTables';
import { keyFigures } from '@/lib/view/key-figures';
import { flaggedCells } from '@/lib/view/flagged';
import type { Strings } from '@/lib/i18n';
import type { YearFigures } from '@/lib/library/query';
import type { Finding, SavedReport } from '@/lib/model';
import { fmtTime } from '@/lib/view/format';
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
}

export function ReportDetail({ report: r, cross, series, s, lang, zh, onBack, onDelete }: Props) {
  const flagged = flaggedCells([...r.report.findings, ...cross]);
  return (
    <main class="library detail">
      <button type="button" class="link" onClick={onBack}>
        ← {s.back}
      </button>
      <h1>{r.title ?? r.body}</h1>
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
      </p>
      {cross.length > 0 && (
        <div class="cross-year">
          <FindingList findings={cross} s={s} zh={zh} marked={null} title={s.crossYear} />
        </div>
      )}
      <FindingList findings={r.report.findings} s={s} zh={zh} marked={null} />
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
