// The toolbar badge of a tab whose page was read as a report: the number of errors on red, or a
// neutral mark when there are none; 附 on blue for a page whose report is an attachment to read;
// ▤ and a count on green for a page that lists reports to collect. Other pages never get one.
import { browser } from 'wxt/browser';

export function badgeFor(errors: number): { text: string; color: string } {
  return errors > 0
    ? { text: errors > 999 ? '999+' : String(errors), color: '#d93025' }
    : { text: '✓', color: '#5f6368' };
}

/** A page that is no report but offers its report as a file: a mark that there is something to read. */
export function fileBadge(): { text: string; color: string } {
  return { text: '附', color: '#1a73e8' };
}

/** A page that lists reports to collect: a list mark and how many, so that collecting is found. */
export function listBadge(count: number): { text: string; color: string } {
  return { text: `▤${count > 99 ? '99+' : count}`, color: '#137333' };
}

export async function setBadge(tabId: number, errors: number | null, listed?: number): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const { text, color } = listed !== undefined ? listBadge(listed) : errors === null ? fileBadge() : badgeFor(errors);
  await action.setBadgeBackgroundColor({ tabId, color });
  await action.setBadgeText({ tabId, text });
}
