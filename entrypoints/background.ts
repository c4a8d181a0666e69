// Background: the badge per tab, the library database, and saving from the popup, the keyboard
// shortcut and the context menu. Wiring only; the work is in lib/.
import { browser } from 'wxt/browser';
import { setBadge } from '@/lib/background/badge';
import { saveTab } from '@/lib/background/save-tab';
import { disableSite, enableSite, enabledSites, patternOf } from '@/lib/background/sites';
import { strings } from '@/lib/i18n';
import { sendToContent, type BackgroundReplies, type ToBackground } from '@/lib/messages';
import { openLibrary } from '@/lib/store/db';
import { findDuplicate, pageAddress } from '@/lib/store/save';

const MENU_SAVE = 'save-report';

export default defineBackground(() => {
  const db = openLibrary();
  const s = strings(browser.i18n.getUILanguage());

  async function answer(message: ToBackground, tabId: number | undefined): Promise<BackgroundReplies[ToBackground['type']]> {
    switch (message.type) {
      case 'page-read':
        if (tabId !== undefined) await setBadge(tabId, message.errors);
        return true;
      case 'save-tab':
        return (await saveTab(db, message.tabId, message.update)) ?? { status: 'failed', message: s.notReport };
      case 'find-saved': {
        const dup = await findDuplicate(db, { url: pageAddress(message.url), body: message.body, year: message.year });
        return dup ? { id: dup.found.id!, savedAt: dup.found.savedAt, reason: dup.reason } : null;
      }
      case 'enable-site':
        await enableSite(message.origin, message.tabId);
        await refreshMenu();
        return true;
      case 'disable-site':
        await disableSite(message.origin);
        await refreshMenu();
        return true;
    }
  }
  browser.runtime.onMessage.addListener((message, sender) => answer(message as ToBackground, sender.tab?.id));

  // Shortcut and context menu: save, and say so on the page itself.
  async function saveAndTell(tabId: number | undefined): Promise<void> {
    if (tabId === undefined) return;
    const outcome = await saveTab(db, tabId, false);
    const note =
      outcome === null ? { text: s.notReportShortcut, tone: 'warning' as const }
      : outcome.status === 'duplicate' ? { text: s.duplicateShortcut, tone: 'warning' as const }
      : outcome.status === 'failed' ? { text: outcome.message, tone: 'error' as const }
      : { text: s.savedShortcut, tone: 'clean' as const };
    await sendToContent(tabId, { type: 'notify', ...note }).catch(() => undefined);
  }
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== MENU_SAVE) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    await saveAndTell(tab?.id);
  });
  // The menu shows where the content script runs: government portals and the sites enabled.
  const menuPatterns = async () => ['*://*.gov.cn/*', ...(await enabledSites()).map(patternOf)];
  async function refreshMenu(): Promise<void> {
    await browser.contextMenus.update(MENU_SAVE, { documentUrlPatterns: await menuPatterns() });
  }
  browser.runtime.onInstalled.addListener(async () => {
    browser.contextMenus.create({ id: MENU_SAVE, title: browser.i18n.getMessage('menuSave'), contexts: ['page', 'selection'], documentUrlPatterns: await menuPatterns() });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_SAVE) void saveAndTell(tab?.id);
  });
  // A site permission withdrawn in the browser's settings: stop running there too.
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    for (const pattern of origins) {
      const origin = pattern.replace(/\/\*$/, '');
      if (patternOf(origin) === pattern) void disableSite(origin).then(refreshMenu).catch(() => undefined);
    }
  });
});
