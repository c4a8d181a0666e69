// The findings grouped by severity (and, in a long list, by table, each part collapsible), each as
// a careful reviewer's note: the rule in plain words, what is wrong and where, reported vs
// computed. Clicking one shows its cells on the page. In the library each also takes a verdict:
// confirmed, or dismissed with a reason (struck through, out of the counts).
import { useState } from 'preact/hooks';
import type { CellId, DismissReason, Finding, Verdict } from '@/lib/model';
import { ruleTitle } from '@/lib/check';
import type { Strings } from '@/lib/i18n';
import { verdictOf } from '@/lib/base/verdicts';
import { fmtNumber } from '@/lib/view/format';
import { findingGroups, type Place } from '@/lib/view/finding-groups';

/** What a reviewer decides on a finding; null withdraws the verdict. */
export type VerdictChoice = Pick<Verdict, 'verdict' | 'reason' | 'text'> | null;

interface Props {
  findings: Finding[];
  s: Strings;
  zh: boolean;
  marked: Set<CellId> | null;
  onReveal?: (cells: CellId[]) => void;
  /** The heading; the findings of the report by default. */
  title?: string;
  /** The saved report's verdicts, shown on their findings. */
  verdicts?: Verdict[];
  /** Given: each finding offers 确认 / 排除 / 撤回. */
  onVerdict?: (f: Finding, choice: VerdictChoice) => void;
}

const REASONS: DismissReason[] = ['format', 'reader', 'explained', 'other'];

/** The verdict's words: 已确认, or 已排除：reason · text. */
function verdictWords(v: Verdict, s: Strings): string {
  const said = v.verdict === 'confirmed' ? s.confirmed : s.dismissed;
  const why = [v.reason && s.reasons[v.reason], v.text].filter(Boolean).join(' · ');
  return why ? `${said}：${why}` : said;
}

function VerdictActions({
  f,
  s,
  held,
  onVerdict,
}: {
  f: Finding;
  s: Strings;
  held: boolean;
  onVerdict: Props['onVerdict'];
}) {
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState<DismissReason>('format');
  const [text, setText] = useState('');
  const label = `${ruleTitle(f.rule, true)} ${f.scope ?? ''}`.trim();
  if (dismissing)
    return (
      <form
        class="verdict-actions"
        onSubmit={(e) => {
          e.preventDefault();
          onVerdict!(f, { verdict: 'dismissed', reason, text: text.trim() || undefined });
          setDismissing(false);
        }}
      >
        <label>
          {s.reasonLabel}{' '}
          <select value={reason} onChange={(e) => setReason(e.currentTarget.value as DismissReason)}>
            {REASONS.map((r) => (
              <option key={r} value={r}>
                {s.reasons[r]}
              </option>
            ))}
          </select>
        </label>
        <input
          type="text"
          aria-label={s.reasonText}
          placeholder={s.reasonText}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" class="secondary">
          {s.dismiss}
        </button>
      </form>
    );
  return (
    <div class="verdict-actions">
      <button
        type="button"
        class="link"
        data-verdict="confirm"
        aria-label={`${s.confirm}：${label}`}
        onClick={() => onVerdict!(f, { verdict: 'confirmed' })}
      >
        {s.confirm}
      </button>
      <button
        type="button"
        class="link"
        data-verdict="dismiss"
        aria-label={`${s.dismiss}：${label}`}
        onClick={() => setDismissing(true)}
      >
        {s.dismiss}
      </button>
      {held && (
        <button type="button" class="link" data-verdict="withdraw" onClick={() => onVerdict!(f, null)}>
          {s.withdraw}
        </button>
      )}
    </div>
  );
}

function Item({ f, s, zh, marked, onReveal, verdicts, onVerdict }: Omit<Props, 'findings' | 'title'> & { f: Finding }) {
  const cells = marked ? f.cells.filter((c) => marked.has(c)) : [];
  const { holds, changed } = verdictOf(f, verdicts);
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
  const dismissed = holds?.verdict === 'dismissed';
  return (
    <li class={`finding${dismissed ? ' dismissed' : ''}`} data-rule={f.rule} data-verdict={holds?.verdict}>
      {cells.length > 0 && onReveal ? (
        <button type="button" class="reveal" onClick={() => onReveal(cells)}>
          {body}
        </button>
      ) : (
        <div class="reveal static" title={marked ? s.noCells : undefined}>
          {body}
        </div>
      )}
      {holds && <span class="verdict">{verdictWords(holds, s)}</span>}
      {changed && <span class="verdict changed">{s.verdictChanged(verdictWords(changed, s))}</span>}
      {onVerdict && (
        <VerdictActions f={f} s={s} held={holds !== undefined || changed !== undefined} onVerdict={onVerdict} />
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
