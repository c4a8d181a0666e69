// What the page says after a save from the shortcut or the context menu, which have no popup: the
// report's counts stay (a red chip stays red), with what became of the save after them.
import type { Finding, SaveOutcome } from '../model';
import type { Strings } from '../i18n';
import { countSeverity } from '../base/severity';

type Tone = 'error' | 'warning' | 'clean';

/** `findings`: those of the report on the page, or null when the page holds none. */
export function saveNote(
  outcome: SaveOutcome | null,
  s: Strings,
  findings: Finding[] | null,
): { text: string; tone: Tone } {
  if (outcome === null || findings === null) return { text: s.notReportShortcut, tone: 'warning' };
  const errors = countSeverity(findings, 'error');
  const warnings = countSeverity(findings, 'warning');
  const counts = s.chip(errors, warnings);
  const tone: Tone = errors ? 'error' : warnings ? 'warning' : 'clean';
  if (outcome.status === 'failed')
    return { text: `${counts} · ${s.saveFailed(s.problem(outcome.problem))}`, tone: 'error' };
  return { text: `${counts} · ${outcome.status === 'duplicate' ? s.duplicateNote : s.savedNote}`, tone };
}
