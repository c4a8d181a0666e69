// Tables 3, 4 and 2 at a glance (or the prose figures of an old report). A number with a cell on
// the page is a button that shows it there. Table 2 is long and folded by default.
import type { CellId } from '@/lib/model';
import type { Strings } from '@/lib/i18n';
import { fmtNumber } from '@/lib/view/format';
import type { KeyGroup, KeyItem } from '@/lib/view/key-figures';

interface Props {
  groups: KeyGroup[];
  s: Strings;
  /** Cells the page can show; null in the library, where there is no page. */
  marked: Set<CellId> | null;
  onReveal?: (cells: CellId[]) => void;
}

function Value({
  item,
  marked,
  onReveal,
}: {
  item: KeyItem;
  marked: Set<CellId> | null;
  onReveal?: (cells: CellId[]) => void;
}) {
  const value = fmtNumber(item.value);
  const cell = item.cell;
  if (!cell || !marked?.has(cell) || !onReveal) return <b>{value}</b>;
  return (
    <button type="button" class="value" onClick={() => onReveal([cell])}>
      {value}
    </button>
  );
}

export function KeyFigures({ groups, s, marked, onReveal }: Props) {
  if (groups.length === 0) return null;
  return (
    <section class="figures" id="key-figures">
      <h2>{s.keyFigures}</h2>
      {groups.map((g) => (
        <details key={g.table} open={g.table !== 't2'}>
          <summary>{s[g.table]}</summary>
          <table class="key-table" data-table={g.table}>
            <tbody>
              {g.rows.map((r) => (
                <tr key={r.label}>
                  <th scope="row">{r.label}</th>
                  <td class="items">
                    {r.items.map((item) => (
                      <span class="item num" key={item.label}>
                        {r.items.length > 1 && <span class="item-label">{item.label}</span>}
                        <Value item={item} marked={marked} onReveal={onReveal} />
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ))}
    </section>
  );
}
