// A body's key figures over the years as a small line chart (SVG, drawn from numbers only): a legend,
// the axis at 0, half and the top, and every point labelled on hover (and for screen readers).
import type { Strings } from '@/lib/i18n';
import type { YearFigures } from '@/lib/library/query';
import { fmtNumber } from '@/lib/view/format';

const SERIES = [
  { key: 'requests', color: '#1a73e8', label: 'seriesRequests' },
  { key: 'granted', color: '#137333', label: 'seriesGranted' },
  { key: 'reviews', color: '#b06000', label: 'seriesReviews' },
  { key: 'suits', color: '#b3261e', label: 'seriesSuits' },
] as const;

const W = 520;
const H = 180;
const PAD = { left: 40, right: 24, top: 12, bottom: 24 };

export function BodyChart({ body, series, s }: { body: string; series: YearFigures[]; s: Strings }) {
  if (series.length < 2) return null;
  const years = series.map((p) => p.year);
  const [y0, y1] = [Math.min(...years), Math.max(...years)];
  const max = Math.max(1, ...series.flatMap((p) => SERIES.map((k) => p[k.key] ?? 0)));
  const x = (year: number) => PAD.left + ((year - y0) / Math.max(1, y1 - y0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom);
  return (
    <figure class="chart">
      <figcaption>{s.chartTitle(body)}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={s.chartTitle(body)}>
        <line x1={PAD.left} y1={y(0)} x2={W - PAD.right} y2={y(0)} stroke="#dadce0" />
        {[0, Math.round(max / 2), max].map((v) => (
          <g key={v}>
            <line x1={PAD.left} y1={y(v)} x2={W - PAD.right} y2={y(v)} stroke="#f1f3f4" />
            <text x={PAD.left - 6} y={y(v) + 4} text-anchor="end" font-size="11" fill="#5f6368">
              {fmtNumber(v)}
            </text>
          </g>
        ))}
        {years.map((yr) => (
          <text key={yr} x={x(yr)} y={H - 6} text-anchor="middle" font-size="11" fill="#5f6368">
            {yr}
          </text>
        ))}
        {SERIES.map((k) => {
          const points = series.filter((p) => p[k.key] !== null).map((p) => `${x(p.year)},${y(p[k.key]!)}`);
          return (
            points.length > 0 && (
              <g key={k.key} data-series={k.key}>
                <polyline points={points.join(' ')} fill="none" stroke={k.color} stroke-width="2" />
                {series
                  .filter((p) => p[k.key] !== null)
                  .map((p) => (
                    <circle key={p.year} cx={x(p.year)} cy={y(p[k.key]!)} r="4" fill={k.color} data-point={p.year}>
                      <title>{`${s[k.label]} ${p.year}：${fmtNumber(p[k.key])}`}</title>
                    </circle>
                  ))}
              </g>
            )
          );
        })}
      </svg>
      <ul class="legend">
        {SERIES.map((k) => (
          <li key={k.key}>
            <span class="swatch" style={{ background: k.color }} /> {s[k.label]}
          </li>
        ))}
      </ul>
    </figure>
  );
}
