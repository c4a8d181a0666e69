// The library's list: search, filters, exports, import and re-check, then the reports shown as rows,
// sortable by each column, a page of them at a time (lib/view/paging.ts).
import type { Strings } from '@/lib/i18n';
import { type Facets, type Filters, type SortKey } from '@/lib/library/query';
import type { Format, SavedReport } from '@/lib/model';
import { memo } from 'preact/compat';
import { usePaged } from '../Pager';
import { ProgressText } from './Progress';
import { fmtTime, formatName } from '@/lib/view/format';

type Label = 'colBody' | 'colYear' | 'colFormat' | 'colErrors' | 'colWarnings' | 'colSaved';

const COLUMNS: { key: SortKey; label: Label; num?: boolean }[] = [
  { key: 'body', label: 'colBody' },
  { key: 'year', label: 'colYear', num: true },
  { key: 'format', label: 'colFormat' },
  { key: 'errors', label: 'colErrors', num: true },
  { key: 'warnings', label: 'colWarnings', num: true },
  { key: 'savedAt', label: 'colSaved' },
];

export type ExportKind = 'csv' | 'xlsx' | 'json' | 'findings';

const EXPORTS: [ExportKind, 'exportCsv' | 'exportXlsx' | 'exportJson' | 'exportFindings'][] = [
  ['csv', 'exportCsv'],
  ['xlsx', 'exportXlsx'],
  ['findings', 'exportFindings'],
  ['json', 'exportJson'],
];

export interface Sort {
  key: SortKey;
  desc: boolean;
}

interface Props {
  s: Strings;
  lang: string;
  total: number;
  shown: SavedReport[];
  facets: Facets;
  filters: Filters;
  sort: Sort;
  /** CROSS-YEAR findings per report id, counted with its warnings. */
  crossCount: (id: number) => number;
  /** CROSS-YEAR is still being worked out: the warnings shown may grow. */
  counting: boolean;
  /** A re-check or an export is under way (its progress: ./Progress). */
  busy: boolean;
  /** Stops the re-check or export under way. */
  onCancel?: () => void;
  onFilters: (patch: Partial<Filters>) => void;
  onSort: (sort: Sort) => void;
  onOpen: (id: number) => void;
  onExport: (kind: ExportKind) => void;
  onImport: (file: File | undefined) => void;
  onRecheck: () => void;
  /** The evidence pack of the reports shown. */
  onEvidence: () => void;
  /** Fetch the shown reports' addresses again, for changes. */
  onRevisit: () => void;
  /** The scorecard of the reports shown. */
  onScorecard: () => void;
  /** The compare view of the reports shown. */
  onCompare: () => void;
}

/** Review sheets printed for at most this many reports at once: a page of thousands would not draw. */
export const SHEET_MAX = 100;

interface RowProps {
  r: SavedReport;
  s: Strings;
  lang: string;
  cross: number;
  onOpen: (id: number) => void;
}

/** One report's row, drawn again only when the report or its CROSS-YEAR count changed: a progress
 * line or a filter elsewhere on the page does not redraw a thousand rows. */
const Row = memo(
  ({ r, s, lang, cross, onOpen }: RowProps) => (
    <tr data-id={r.id}>
      <td class="body" title={r.title ?? ''}>
        <button type="button" class="link" onClick={() => onOpen(r.id!)}>
          {r.body ?? s.unknownBody}
        </button>
        {r.kind && (
          <span class="kind" title={s.viewerKindOf(r.kind)}>
            {r.kind}
          </span>
        )}
        {r.earlier?.length ? (
          <span class="kind revised" title={s.versionN(r.earlier.length + 1)}>
            {s.revisedMark}
          </span>
        ) : null}
        {r.tags?.map((t) => (
          <span class="tag" key={t}>
            {t}
          </span>
        ))}
      </td>
      <td class="num">{r.year ?? '—'}</td>
      <td>{formatName(r.format, s) ?? '—'}</td>
      <td class={`num ${r.errors ? 'has-errors' : ''}`}>{r.errors}</td>
      <td class="num">{r.warnings + cross}</td>
      <td>{fmtTime(r.savedAt, lang)}</td>
      <td class="source">
        <a href={r.url} target="_blank" rel="noreferrer noopener">
          {r.url}
        </a>
      </td>
    </tr>
  ),
  // The handler is the page's state setter, the same in effect on every render.
  (a, b) => a.r === b.r && a.cross === b.cross && a.lang === b.lang && a.s === b.s,
);

export function ReportList(p: Props) {
  const { s, filters, sort } = p;
  // A page at a time, back to the first when the filters or the order change.
  const onPage = usePaged(p.shown, s, [filters, sort]);
  const { pager } = onPage;
  const nextSort = (key: SortKey): Sort => ({
    key,
    desc: sort.key === key ? !sort.desc : key === 'savedAt' || key === 'errors',
  });
  return (
    <>
      <div class="toolbar">
        <input
          type="search"
          placeholder={s.search}
          value={filters.search}
          onInput={(e) => p.onFilters({ search: e.currentTarget.value })}
        />
        <select
          value={filters.year ?? ''}
          onChange={(e) => p.onFilters({ year: e.currentTarget.value ? Number(e.currentTarget.value) : null })}
          aria-label={s.colYear}
        >
          <option value="">{s.allYears}</option>
          {p.facets.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <select
          value={filters.format ?? ''}
          onChange={(e) => p.onFilters({ format: (e.currentTarget.value || null) as Format | null })}
          aria-label={s.colFormat}
        >
          <option value="">{s.allFormats}</option>
          {p.facets.formats.map((f) => (
            <option key={f} value={f}>
              {formatName(f, s)}
            </option>
          ))}
        </select>
        <label>
          <input
            type="checkbox"
            checked={filters.hasErrors}
            onChange={(e) => p.onFilters({ hasErrors: e.currentTarget.checked })}
          />{' '}
          {s.onlyErrors}
        </label>
        {p.facets.tags.length > 0 && (
          <select
            value={filters.tag ?? ''}
            onChange={(e) => p.onFilters({ tag: e.currentTarget.value || null })}
            aria-label={s.tags}
            data-filter="tag"
          >
            <option value="">{s.allTags}</option>
            {p.facets.tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        )}
        <label>
          <input
            type="checkbox"
            checked={filters.revised}
            data-filter="revised"
            onChange={(e) => p.onFilters({ revised: e.currentTarget.checked })}
          />{' '}
          {s.onlyRevised}
        </label>
        <span class="spacer" />
        {EXPORTS.map(([kind, label]) => (
          <button
            key={kind}
            type="button"
            class="secondary"
            data-action={kind}
            onClick={() => p.onExport(kind)}
            // A backup of an empty list is still a backup (of nothing); a table of nothing is not.
            disabled={kind !== 'json' && p.shown.length === 0}
          >
            {s[label]}
          </button>
        ))}
        <label class="secondary file">
          {s.importJson}
          <input
            type="file"
            accept="application/json,.json"
            data-action="import"
            onChange={(e) => {
              const input = e.currentTarget;
              p.onImport(input.files?.[0]);
              // The same file chosen again is a new import, not "no change".
              input.value = '';
            }}
          />
        </label>
        <button
          type="button"
          class="secondary"
          data-action="recheck"
          onClick={p.onRecheck}
          disabled={p.busy || p.total === 0}
        >
          {p.busy ? <ProgressText idle={s.recheckAll} /> : s.recheckAll}
        </button>
        <button
          type="button"
          class="secondary"
          data-action="revisit"
          onClick={p.onRevisit}
          disabled={p.busy || p.shown.length === 0}
        >
          {s.revisitAll}
        </button>
        {p.busy && p.onCancel && (
          <button type="button" class="secondary" data-action="cancel" onClick={p.onCancel}>
            {s.cancel}
          </button>
        )}
      </div>
      {p.total === 0 && <p class="empty">{s.libraryEmpty}</p>}
      {p.total > 0 && (
        <>
          <p class="meta">
            {s.shown(p.shown.length, p.total)}{' '}
            {p.shown.length > 0 && (
              <>
                ·{' '}
                <a
                  href={`/review.html?ids=${p.shown
                    .slice(0, SHEET_MAX)
                    .map((r) => r.id)
                    .join(',')}`}
                  target="_blank"
                  rel="noopener"
                  data-action="sheets"
                >
                  {s.printSelection(Math.min(SHEET_MAX, p.shown.length))}
                </a>{' '}
                ·{' '}
                <button type="button" class="link" data-action="evidence" onClick={p.onEvidence} disabled={p.busy}>
                  {s.evidenceSelection(p.shown.length)}
                </button>{' '}
                ·{' '}
                <button type="button" class="link" data-action="scorecard" onClick={p.onScorecard}>
                  {s.scorecardOf(p.shown.length)}
                </button>{' '}
                ·{' '}
                <button type="button" class="link" data-action="compare" onClick={p.onCompare}>
                  {s.compareOf(p.shown.length)}
                </button>
              </>
            )}
          </p>
          {pager}
          <div class="table-scroll">
            <table class="reports" aria-busy={p.counting}>
              <thead>
                <tr>
                  {COLUMNS.map((c) => (
                    <th
                      key={c.key}
                      class={c.num ? 'num' : ''}
                      aria-sort={sort.key === c.key ? (sort.desc ? 'descending' : 'ascending') : undefined}
                    >
                      <button type="button" class="sort" data-sort={c.key} onClick={() => p.onSort(nextSort(c.key))}>
                        {s[c.label]}
                        {sort.key === c.key ? (sort.desc ? ' ▼' : ' ▲') : ''}
                      </button>
                    </th>
                  ))}
                  <th>{s.colSource}</th>
                </tr>
              </thead>
              <tbody>
                {onPage.rows.map((r) => (
                  <Row key={r.id} r={r} s={s} lang={p.lang} cross={p.crossCount(r.id!)} onOpen={p.onOpen} />
                ))}
              </tbody>
            </table>
          </div>
          {pager}
        </>
      )}
    </>
  );
}
