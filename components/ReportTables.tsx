// A saved report's tables laid out as the format prints them: table 3 rows by applicant column,
// table 4 blocks by result, table 2 rows by their columns. Blank cells stay blank.
import type { ReportJson, Severity, TableKey, TableValues } from '@/lib/model';
import { COLUMNS, columnName, rowsWith } from '@/lib/format/names';
import type { Strings } from '@/lib/i18n';
import { fmtNumber } from '@/lib/view/format';

function Grid({
  table,
  values,
  rows,
  cols,
  caption,
  flagged,
}: {
  table: TableKey;
  values: TableValues;
  rows: { key: string; label: string }[];
  cols: string[];
  caption: string;
  flagged: Map<string, Severity>;
}) {
  const present = rows.filter((r) => values[r.key]);
  return (
    <table class="grid" data-table={table}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th />
          {cols.map((c) => (
            <th key={c} class="num">
              {columnName(table, c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {present.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            {cols.map((c) => (
              <td key={c} class={cellClass(flagged.get(`${table}.${r.key}.${c}`))}>
                {c in values[r.key] ? fmtNumber(values[r.key][c]) : ''}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const cellClass = (severity: Severity | undefined) => (severity ? `num flagged ${severity}` : 'num');

export function ReportTables({
  report,
  s,
  flagged,
}: {
  report: ReportJson;
  s: Strings;
  flagged: Map<string, Severity>;
}) {
  const t2cols = [...new Set(Object.values(report.t2 ?? {}).flatMap((cols) => Object.keys(cols)))];
  const grid = (table: TableKey, values: TableValues | null, cols: string[]) =>
    values && (
      <Grid
        table={table}
        values={values}
        rows={rowsWith(table, Object.keys(values))}
        cols={cols}
        caption={s[table]}
        flagged={flagged}
      />
    );
  return (
    <div class="tables">
      {grid(
        't3',
        report.t3,
        COLUMNS.t3.map((c) => c.key),
      )}
      {grid(
        't4',
        report.t4,
        COLUMNS.t4.map((c) => c.key),
      )}
      {grid('t2', report.t2, t2cols)}
    </div>
  );
}
