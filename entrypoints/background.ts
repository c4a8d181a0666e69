// Background: the badge per tab, the library database, saving from the popup, the keyboard
// shortcut and the context menu, and collecting a listing page's reports. Wiring only; the work is in lib/.
import { browser } from 'wxt/browser';
import { setBadge } from '@/lib/background/badge';
import { saveTab } from '@/lib/background/save-tab';
import { disableSite, enableSite, enabledSites, patternOf } from '@/lib/background/sites';
import { sendToContent, type BackgroundReplies, type ToBackground } from '@/lib/messages';
import type { SaveOutcome } from '@/lib/model';
import { bodyKey } from '@/lib/base/body';
import { GOV_SITES } from '@/lib/base/address';
import { changeJob, latestJob, startJob } from '@/lib/collect/jobs';
import { createRunner } from '@/lib/collect/runner';
import { openLibrary } from '@/lib/store/db';
import { findDuplicate } from '@/lib/store/save';
import { pageAddress } from '@/lib/base/address';

const MENU_SAVE = 'save-report';

export default defineBackground(() => {
  const db = openLibrary();
  // An extension call per report keeps a service worker awake while a collection runs.
  const runner = createRunner({ db, onStep: () => browser.runtime.getPlatformInfo() });
  void runner.kick();

  async function answer(message: ToBackground, tabId: number | undefined): Promise<BackgroundReplies[ToBackground['type']]> {
    switch (message.type) {
      case 'page-read':
        if (tabId !== undefined) await setBadge(tabId, message.errors);
        return true;
      case 'save-tab': {
        const outcome = await saveTab(db, message.tabId, message.update);
        if (message.tell) await tell(message.tabId, outcome);
        return outcome;
      }
      case 'find-saved': {
        const dup = await findDuplicate(db, { url: pageAddress(message.url), bodyKey: bodyKey(message.body), year: message.year });
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
      case 'collect-start': {
        const job = await startJob(db, message.source, message.title, message.links);
        void runner.kick();
        return job;
      }
      case 'collect-status':
        // The popup asks while it shows a collection: a background that was stopped goes on.
        void runner.kick();
        return latestJob(db, message.source);
      case 'collect-change': {
        const job = await changeJob(db, message.id, message.action);
        void runner.kick();
        return job;
      }
    }
  }
  browser.runtime.onMessage.addListener((message, sender) => answer(message as ToBackground, sender.tab?.id));

  // Shortcut and context menu have no popup: the page itself says what happened.
  async function tell(tabId: number, outcome: SaveOutcome | null): Promise<void> {
    await sendToContent(tabId, { type: 'notify', outcome }).catch(() => undefined);
  }
  const saveAndTell = (tabId: number | undefined) => tabId !== undefined && answer({ type: 'save-tab', tabId, update: false, tell: true }, undefined);
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== MENU_SAVE) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    await saveAndTell(tab?.id);
  });
  // The menu shows where the content script runs: government portals and the sites enabled.
  const menuPatterns = async () => [GOV_SITES, ...(await enabledSites()).map(patternOf)];
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
