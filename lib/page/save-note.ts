// What the page says after a save from the shortcut or the context menu, which have no popup: the
// report's counts stay (a red chip stays red), with what became of the save after them.
import type { Finding, SaveOutcome } from '../model';
import type { PageStrings } from '../i18n/page';
import { chipOf, type Tone } from './summary-text';

/** `findings`: those of the report on the page, or null when the page holds none. */
export function saveNote(
  outcome: SaveOutcome | null,
  s: PageStrings,
  findings: Finding[] | null,
): { text: string; tone: Tone } {
  if (outcome === null || findings === null) return { text: s.notReportShortcut, tone: 'warning' };
  const chip = chipOf(findings, s);
  if (outcome.status === 'failed')
    return { text: `${chip.text} · ${s.saveFailed(s.problem(outcome.problem))}`, tone: 'error' };
  const said =
    outcome.status === 'duplicate'
      ? s.duplicateNote
      : outcome.status === 'version'
        ? s.versionNote(outcome.version)
        : s.savedNote;
  return { text: `${chip.text} · ${said}`, tone: chip.tone };
}
