// The findings grouped by severity (and, in a long list, by table, each part collapsible), each as
// a careful reviewer's note: the rule in plain words, what is wrong and where, reported vs
// computed. Clicking one shows its cells on the page.
import type { CellId, Finding } from '@/lib/model';
import { ruleTitle } from '@/lib/check';
import type { Strings } from '@/lib/i18n';
import { fmtNumber } from '@/lib/view/format';
import { findingGroups, type Place } from '@/lib/view/finding-groups';

interface Props {
  findings: Finding[];
  s: Strings;
  zh: boolean;
  marked: Set<CellId> | null;
  onReveal?: (cells: CellId[]) => void;
  /** The heading; the findings of the report by default. */
  title?: string;
}

function Item({ f, s, zh, marked, onReveal }: Omit<Props, 'findings' | 'title'> & { f: Finding }) {
  const cells = marked ? f.cells.filter((c) => marked.has(c)) : [];
  const body = (
    <>
      <span class="rule">
        {ruleTitle(f.rule, zh)} <code>{f.rule}</code>
      </span>
      <span class="msg">{f.message}</span>
      {(f.reported !== null || f.computed !== null) && (
        <span class="nums">
          {s.reported} <b>{fmtNumber(f.reported)}</b> · {s.computed} <b>{fmtNumber(f.computed)}</b>
          {f.difference !== null && (
            <>
              {' '}
              · {s.difference} <b>{fmtNumber(f.difference)}</b>
            </>
          )}
        </span>
      )}
    </>
  );
  return (
    <li class="finding" data-rule={f.rule}>
      {cells.length > 0 && onReveal ? (
        <button type="button" class="reveal" onClick={() => onReveal(cells)}>
          {body}
        </button>
      ) : (
        <div class="reveal static" title={marked ? s.noCells : undefined}>
          {body}
        </div>
      )}
    </li>
  );
}

export function FindingList({ findings, title, ...item }: Props) {
  const { s } = item;
  if (findings.length === 0) return null;
  const list = (fs: Finding[]) => (
    <ol>
      {fs.map((f, i) => (
        <Item key={i} f={f} {...item} />
      ))}
    </ol>
  );
  const placeName: Record<Place, string> = { t3: s.t3, t4: s.t4, t2: s.t2, text: s.inWords };
  return (
    <section class="findings" aria-label={title ?? s.findings}>
      <h2>{title ?? s.findings}</h2>
      {findingGroups(findings).map((g) => (
        <div class={`group ${g.severity}`} key={g.severity}>
          <h3>
            {s[g.severity]} <span class="n">{g.findings.length}</span>
          </h3>
          {g.places.length === 0
            ? list(g.findings)
            : g.places.map((p) => (
                <details key={p.place} open={g.severity !== 'info'} class="place" data-place={p.place}>
                  <summary>
                    {placeName[p.place]} <span class="n">{p.findings.length}</span>
                  </summary>
                  {list(p.findings)}
                </details>
              ))}
        </div>
      ))}
    </section>
  );
}
