// A saved report's tables laid out as the format prints them: table 3 rows by applicant column,
// table 4 blocks by result, table 2 rows by their columns. Blank cells stay blank.
import type { ReportJson, TableKey, TableValues } from '@/lib/model';
import { columnName } from '@/lib/format/names';
import { T2_ROWS } from '@/lib/format/t2';
import { T3_COLUMNS, T3_ROWS } from '@/lib/format/t3';
import { T4_BLOCKS, T4_COLUMNS } from '@/lib/format/t4';
import type { Strings } from '@/lib/i18n';
import { fmtNumber } from '@/lib/view/format';

function Grid({ table, values, rows, cols, caption, flagged }: { table: TableKey; values: TableValues; rows: { key: string; label: string }[]; cols: string[]; caption: string; flagged: Set<string> }) {
  const present = rows.filter((r) => values[r.key]);
  return (
    <table class="grid" data-table={table}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th />
          {cols.map((c) => (
            <th key={c} class="num">{columnName(table, c)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {present.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            {cols.map((c) => (
              <td key={c} class={`num${flagged.has(`${table}.${r.key}.${c}`) ? ' flagged' : ''}`}>
                {c in values[r.key] ? fmtNumber(values[r.key][c]) : ''}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReportTables({ report, s, flagged }: { report: ReportJson; s: Strings; flagged: Set<string> }) {
  const t2cols = [...new Set(Object.values(report.t2 ?? {}).flatMap((cols) => Object.keys(cols)))];
  const t2rows = [...T2_ROWS, ...Object.keys(report.t2 ?? {}).filter((k) => k.startsWith('extra:')).map((k) => ({ key: k, label: k.slice(6) }))];
  return (
    <div class="tables">
      {report.t3 && <Grid table="t3" values={report.t3} rows={T3_ROWS} cols={T3_COLUMNS.map((c) => c.key)} caption={s.t3} flagged={flagged} />}
      {report.t4 && <Grid table="t4" values={report.t4} rows={[...T4_BLOCKS]} cols={T4_COLUMNS.map((c) => c.key)} caption={s.t4} flagged={flagged} />}
      {report.t2 && <Grid table="t2" values={report.t2} rows={t2rows} cols={t2cols} caption={s.t2} flagged={flagged} />}
    </div>
  );
}
