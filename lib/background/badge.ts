// The toolbar badge of a tab whose page was read as a report: the number of errors on red, or a
// neutral mark when there are none. Pages that are not reports never get one.
import { browser } from 'wxt/browser';

export function badgeFor(errors: number): { text: string; color: string } {
  return errors > 0
    ? { text: errors > 999 ? '999+' : String(errors), color: '#d93025' }
    : { text: '✓', color: '#5f6368' };
}

export async function setBadge(tabId: number, errors: number): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const { text, color } = badgeFor(errors);
  await action.setBadgeBackgroundColor({ tabId, color });
  await action.setBadgeText({ tabId, text });
}
