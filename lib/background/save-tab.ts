// Save the report of a tab: ask its content script for the report and its article, then store it.
// The popup's button, the keyboard shortcut and the context menu all come here.
import { sendToContent } from '../messages';
import type { Annotations, SaveOutcome } from '../model';
import type { LibraryDb } from '../store/db';
import { saveReport } from '../library/repository';

export async function saveTab(
  db: LibraryDb,
  tabId: number,
  update: boolean,
  annotations?: Annotations,
): Promise<SaveOutcome | null> {
  const payload = await sendToContent(tabId, { type: 'get-payload' }).catch(() => null);
  if (!payload) return null;
  return saveReport(db, payload, { update, annotations });
}
