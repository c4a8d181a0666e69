// The versions of a report that changed after it was saved: each with when it was taken and its
// SHA-256, and what changed between the one chosen and the one after it: figures side by side, findings
// that went and came, and the paragraphs of text removed and added.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ruleTitle } from '@/lib/check';
import type { Strings } from '@/lib/i18n';
import { textOfHtml } from '@/lib/page/saved-text';
import { figureChanges, findingChanges, textChanges } from '@/lib/library/versions';
import type { Finding, SavedReport, SavedVersion } from '@/lib/model';
import { fmtNumber, fmtTime } from '@/lib/view/format';

/** One version as compared: the report read, and the page it was read from ('' for a file). */
interface Taken {
  savedAt: number;
  hash: string;
  report: SavedReport['report'];
  html: string;
}

function FindingLine({ f, zh }: { f: Finding; zh: boolean }) {
  return (
    <li>
      {ruleTitle(f.rule, zh)} <code>{f.rule}</code> {f.message}
    </li>
  );
}

interface Props {
  report: SavedReport;
  /** The current page's HTML ('' for a file). */
  html: string;
  load: () => Promise<SavedVersion[]>;
  s: Strings;
  lang: string;
  zh: boolean;
}

export function Versions({ report, html, load, s, lang, zh }: Props) {
  const [earlier, setEarlier] = useState<SavedVersion[] | null>(null);
  useEffect(() => void load().then(setEarlier, () => setEarlier([])), [report]);
  const all: Taken[] = useMemo(() => [...(earlier ?? []), { ...report, html }], [earlier, report, html]);
  // Compared: version `from` (1-based) with the one after it; by default the last change.
  const [from, setFrom] = useState<number | null>(null);
  if (!earlier) return null;
  const a = all[(from ?? all.length - 1) - 1];
  const b = all[from ?? all.length - 1];
  if (!a || !b) return null;
  const figures = figureChanges(a.report, b.report);
  const { gone, added } = findingChanges(a.report.findings, b.report.findings);
  const text = a.html && b.html ? textChanges(textOfHtml(a.html), textOfHtml(b.html), 1) : null;
  return (
    <section class="versions" aria-label={s.versions}>
      <h2>{s.versions}</h2>
      <ol class="version-list">
        {all.map((v, i) => (
          <li key={v.hash + i}>
            {s.versionN(i + 1)}
            {i === all.length - 1 && ` (${s.currentVersion})`} · {fmtTime(v.savedAt, lang)} ·{' '}
            <span class="hash">SHA-256 {v.hash}</span>
            {i > 0 && (
              <>
                {' '}
                <button type="button" class="link" aria-pressed={all.indexOf(a) === i - 1} onClick={() => setFrom(i)}>
                  {s.compareWith(i)}
                </button>
              </>
            )}
          </li>
        ))}
      </ol>
      <h3>
        {s.versionN(all.indexOf(a) + 1)} → {s.versionN(all.indexOf(b) + 1)}
      </h3>
      <h3>{s.figuresChanged}</h3>
      {figures.length === 0 ? (
        <p class="meta">{s.noFigureChange}</p>
      ) : (
        <table class="diff">
          <thead>
            <tr>
              <th scope="col">{s.cellsInWords}</th>
              <th scope="col" class="num">
                {s.before}
              </th>
              <th scope="col" class="num">
                {s.after}
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.map((c) => (
              <tr key={c.id} data-cell={c.id}>
                <th scope="row">{c.label}</th>
                <td class="num">{fmtNumber(c.before)}</td>
                <td class="num">{fmtNumber(c.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {gone.length > 0 && (
        <>
          <h3>{s.findingsGone}</h3>
          <ul class="findings-gone">
            {gone.map((f, i) => (
              <FindingLine key={i} f={f} zh={zh} />
            ))}
          </ul>
        </>
      )}
      {added.length > 0 && (
        <>
          <h3>{s.findingsNew}</h3>
          <ul class="findings-new">
            {added.map((f, i) => (
              <FindingLine key={i} f={f} zh={zh} />
            ))}
          </ul>
        </>
      )}
      <h3>{s.textChanged}</h3>
      {text === null ? (
        <p class="meta">{s.textNotCompared}</p>
      ) : text.length === 0 ? (
        <p class="meta">{s.noTextChange}</p>
      ) : (
        <div class="text-diff">
          {text.map((l, i) => (
            <p key={i} class={l.op === '+' ? 'added' : l.op === '-' ? 'removed' : 'kept'}>
              {l.op === '+' ? <ins>{l.text}</ins> : l.op === '-' ? <del>{l.text}</del> : l.text}
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
