// What the page says after a save from the shortcut or the context menu, which have no popup.
import type { SaveOutcome } from '../model';
import type { Strings } from '../i18n';

export function saveNote(
  outcome: SaveOutcome | null,
  s: Strings,
): { text: string; tone: 'error' | 'warning' | 'clean' } {
  if (outcome === null) return { text: s.notReportShortcut, tone: 'warning' };
  if (outcome.status === 'duplicate') return { text: s.duplicateShortcut, tone: 'warning' };
  if (outcome.status === 'failed') return { text: s.saveFailed(s.problem(outcome.problem)), tone: 'error' };
  return { text: s.savedShortcut, tone: 'clean' };
}
