// The compare view: one row per report listed (a body and a year), its key figures, rates and REUSE
// share, sortable by every column (a rate's formula on hover; "—" where its denominator is zero or
// blank), a bar chart of the chosen column across the rows, and the table and chart exported as shown.
import { pinyinRanks } from '@/lib/base/collate';
import { Fragment } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { mapInParts } from '@/lib/base/pause';
import type { Strings } from '@/lib/i18n';
import type { FigureKey, RateKey, SavedReport } from '@/lib/model';
import { compareRows, RATES, type CompareKey, type CompareRow } from '@/lib/view/compare';
import { fmtNumber } from '@/lib/view/format';
import { usePaged } from '../Pager';

/** The figures shown, in the order of table 3 then 4. */
export const COMPARE_FIGURES: FigureKey[] = [
  'new',
  'handled',
  'granted',
  'partial',
  'withheld',
  'unable',
  'declined',
  'reviews',
  'reviews_corrected',
  'suits',
  'suits_corrected',
];
export const COMPARE_RATES = Object.keys(RATES) as RateKey[];

type Column = CompareKey;
/** Reports whose figures and rates are worked out between two pauses. */
const ROWS_PART = 1000;
const isRate = (c: Column): c is RateKey => c in RATES;
/** Shown as a percentage: the rates and the REUSE share. */
const isShare = (c: Column) => isRate(c) || c === 'reuse';

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
const show = (c: Column, v: number | null) => (isShare(c) ? pct(v) : v === null ? '—' : fmtNumber(v));

/** Buttons side by side, each with its `data-action`, its words and what it does. */
const actions = (list: [action: string, words: string, run: () => unknown][]) =>
  list.map(([action, words, run]) => (
    <Fragment key={action}>
      {' '}
      <button type="button" class="secondary" data-action={action} onClick={run}>
        {words}
      </button>
    </Fragment>
  ));

interface Props {
  reports: SavedReport[];
  /** The REUSE share of each report by id; null while the saved pages' text is being read. */
  reuse: Map<number, number> | null;
  s: Strings;
  onBack: () => void;
  onOpen: (id: number) => void;
  onExport: (rows: CompareRow[], columns: Column[], kind: 'csv' | 'xlsx') => void;
  /** The chart as a standalone SVG file, or a PNG drawn from it. */
  onExportChart: (svg: SVGSVGElement, kind: 'svg' | 'png') => void;
}

export function Compare({ reports, reuse, s, onBack, onOpen, onExport, onExportChart }: Props) {
  const chartRef = useRef<SVGSVGElement>(null);
  const [prefix, setPrefix] = useState('');
  // Worked out a thousand reports at a time, the page given back between (ten thousand take a while the
  // first time); the rows shown stay until the new ones are ready, the table busy meanwhile.
  const [worked, setWorked] = useState<{ rows: CompareRow[]; of: SavedReport[]; reuse: typeof reuse } | null>(null);
  useEffect(() => {
    const stop = new AbortController();
    const part = (rs: SavedReport[]) =>
      new Map(compareRows(rs, s.unknownBody, reuse ?? undefined).map((r) => [r.id, r]));
    void mapInParts(reports, ROWS_PART, part, stop.signal).then(
      (rows) => !stop.signal.aborted && setWorked({ rows: [...rows.values()], of: reports, reuse }),
    );
    return () => stop.abort();
  }, [reports, reuse]);
  const all = worked?.rows ?? [];
  const busy = reuse === null || worked?.of !== reports || worked.reuse !== reuse;
  // A body-name prefix (平潭综合实验区): the zone and its departments.
  const rows = useMemo(() => all.filter((r) => r.body.startsWith(prefix.trim())), [worked, prefix]);
  const columns: Column[] = [...COMPARE_FIGURES, ...COMPARE_RATES, 'reuse'];
  const titleOf = (c: Column) =>
    c === 'reuse' ? (reuse ? s.reuseNone : s.reuseReading) : isRate(c) ? `${RATES[c].formula}；${s.noRate}` : undefined;
  const [sort, setSort] = useState<{ key: Column | 'body' | 'year'; desc: boolean }>({ key: 'open_rate', desc: true });
  const [chart, setChart] = useState<Column>('open_rate');
  const name = (c: Column) => (c === 'reuse' ? s.colReuse : isRate(c) ? s.rateNames[c] : s.figureNames[c]);
  // Blanks last whichever way; names in pinyin order (by their ranks: a few hundred bodies compared).
  const sorted = useMemo(() => {
    const by = sort.key;
    const ranks = by === 'body' ? pinyinRanks(rows.map((r) => r.body)) : null;
    const key = (r: CompareRow) => (by === 'body' ? ranks!.get(r.body)! : by === 'year' ? r.year : r.values[by]);
    return [...rows].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return sort.desc ? y - x : x - y;
    });
  }, [rows, sort]);
  const header = (key: typeof sort.key, label: string, title?: string, num = true) => (
    <th
      scope="col"
      class={num ? 'num' : undefined}
      title={title}
      aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : undefined}
    >
      <button
        type="button"
        class="sort"
        data-sort={key}
        onClick={() => setSort({ key, desc: sort.key === key ? !sort.desc : key !== 'body' })}
      >
        {label}
        {sort.key === key ? (sort.desc ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );
  // A page of rows at a time, back to the first when the order or the prefix changes; the chart draws
  // the page's rows.
  const onPage = usePaged(sorted, s, [sort, prefix]);
  const { pager } = onPage;
  const bars = onPage.rows.filter((r) => r.values[chart] !== null);
  const barLabel = (r: CompareRow) => `${r.body} ${r.year ?? ''}：${show(chart, r.values[chart])}`;
  const max = Math.max(0, ...bars.map((r) => r.values[chart]!));
  const BAR = 18;
  const TOP = 24;
  return (
    <main class="library compare-view">
      <p class="sheet-actions">
        <button type="button" class="link" onClick={onBack}>
          ← {s.backToList}
        </button>
        {actions([
          ['compare-csv', s.exportCompareCsv, () => onExport(sorted, columns, 'csv')],
          ['compare-xlsx', s.exportCompareXlsx, () => onExport(sorted, columns, 'xlsx')],
        ])}
      </p>
      <h1>
        {s.brand} · {s.compareTitle}
      </h1>
      <p class="toolbar">
        <label>
          {s.bodyPrefix}{' '}
          <input
            type="search"
            data-filter="prefix"
            value={prefix}
            placeholder="平潭综合实验区"
            onInput={(e) => setPrefix(e.currentTarget.value)}
          />
        </label>{' '}
        <span class="meta">{s.shown(rows.length, all.length)}</span>
      </p>
      {pager}
      <div class="table-scroll">
        <table class="compare" aria-busy={busy}>
          <thead>
            <tr>
              {header('body', s.colBody, undefined, false)}
              {header('year', s.colYear)}
              {columns.map((c) => header(c, name(c), titleOf(c)))}
            </tr>
          </thead>
          <tbody>
            {onPage.rows.map((r) => (
              <tr key={r.id} data-id={r.id}>
                <th scope="row">
                  <button type="button" class="link" onClick={() => onOpen(r.id)}>
                    {r.body}
                  </button>
                </th>
                <td class="num">{r.year ?? '—'}</td>
                {columns.map((c) => (
                  <td
                    key={c}
                    class="num"
                    data-col={c}
                    title={c === 'reuse' && r.values.reuse === null ? titleOf(c) : undefined}
                  >
                    {show(c, r.values[c])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pager}
      <figure class="bars">
        <figcaption>
          <label>
            {s.chartOf}{' '}
            <select value={chart} data-chart onChange={(e) => setChart(e.currentTarget.value as Column)}>
              {columns.map((c) => (
                <option key={c} value={c}>
                  {name(c)}
                </option>
              ))}
            </select>
          </label>{' '}
          {actions(
            (['svg', 'png'] as const).map((kind) => [
              `chart-${kind}`,
              kind === 'svg' ? s.exportChart : s.exportChartPng,
              () => chartRef.current && onExportChart(chartRef.current, kind),
            ]),
          )}
        </figcaption>
        <svg
          ref={chartRef}
          xmlns="http://www.w3.org/2000/svg"
          width="720"
          height={TOP + bars.length * (BAR + 6) + 10}
          // Drawn at 720 px wide and scaled down on a narrow window (200% zoom).
          viewBox={`0 0 720 ${TOP + bars.length * (BAR + 6) + 10}`}
          font-family="sans-serif"
          role="img"
          aria-label={`${name(chart)}：${bars.map((r) => barLabel(r)).join('；')}`}
        >
          {/* The chart's own title, so that an exported file says what it shows. */}
          <text x="10" y="16" font-size="13" font-weight="bold">
            {name(chart)}
          </text>
          {bars.map((r, i) => {
            const w = max > 0 ? (r.values[chart]! / max) * 380 : 0;
            const y = TOP + i * (BAR + 6) + 5;
            return (
              <g key={r.id} data-bar={r.id}>
                <title>{barLabel(r)}</title>
                <text x="250" y={y + BAR - 5} text-anchor="end" font-size="12">
                  {`${r.body} ${r.year ?? ''}`}
                </text>
                <rect x="260" y={y} width={w} height={BAR} fill="#1a73e8" />
                <text x={265 + w} y={y + BAR - 5} font-size="12">
                  {show(chart, r.values[chart])}
                </text>
              </g>
            );
          })}
        </svg>
      </figure>
    </main>
  );
}
