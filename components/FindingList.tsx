// The findings grouped by severity, each as a careful reviewer's note: the rule, what is wrong and
// where, reported vs computed. Clicking one shows its cells on the page.
import type { CellId, Finding, Severity } from '@/lib/model';
import { ruleTitle } from '@/lib/check';
import type { Strings } from '@/lib/i18n';
import { fmtNumber } from '@/lib/view/format';

interface Props {
  findings: Finding[];
  s: Strings;
  zh: boolean;
  marked: Set<CellId> | null;
  onReveal?: (cells: CellId[]) => void;
  /** The heading; the findings of the report by default. */
  title?: string;
}

const ORDER: Severity[] = ['error', 'warning', 'info'];

export function FindingList({ findings, s, zh, marked, onReveal, title }: Props) {
  if (findings.length === 0) return null;
  return (
    <section class="findings">
      <h2>{title ?? s.findings}</h2>
      {ORDER.map((sev) => {
        const group = findings.filter((f) => f.severity === sev);
        if (group.length === 0) return null;
        return (
          <div class={`group ${sev}`} key={sev}>
            <h3>
              {s[sev]} <span class="n">{group.length}</span>
            </h3>
            <ol>
              {group.map((f, i) => {
                const cells = marked ? f.cells.filter((c) => marked.has(c)) : [];
                const body = (
                  <>
                    <span class="rule" title={ruleTitle(f.rule, zh)}>
                      {f.rule}
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
                  <li key={i} class="finding" data-rule={f.rule}>
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
              })}
            </ol>
          </div>
        );
      })}
    </section>
  );
}
