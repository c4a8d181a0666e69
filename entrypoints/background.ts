// Background: the badge per tab, the library's one writer (saving from the popup, the keyboard
// shortcut and the context menu; the library page's deletes, undo, imports and re-checks),
// collecting a listing page's reports, and the sites enabled. Wiring only; the work is in lib/.
import { browser } from 'wxt/browser';
import { injectReader } from '@/lib/background/reader';
import { setBadge } from '@/lib/background/badge';
import { saveTab } from '@/lib/background/save-tab';
import { disableSite, enableSite, enabledSites, patternOf } from '@/lib/background/sites';
import { GOV_SITES, pageAddress, siteOf } from '@/lib/base/address';
import { bodyKey } from '@/lib/base/body';
import { changeJob, latestJob, startJob } from '@/lib/collect/jobs';
import { createRunner } from '@/lib/collect/runner';
import { createRevisitor } from '@/lib/collect/revisit';
import { gatherList } from '@/lib/collect/list-pages';
import {
  annotateReport,
  storeTexts,
  deleteReport,
  importBackup,
  recheckReports,
  restoreReport,
  saveReport,
} from '@/lib/library/repository';
import { dismissedOnPage } from '@/lib/background/verdicts';
import { sameContent } from '@/lib/library/versions';
import { readOptions, writeOptions } from '@/lib/library/settings';
import { DEFAULT_OPTIONS } from '@/lib/base/options';
import {
  dispatch,
  senderOf,
  sendToContent,
  type BackgroundReplies,
  type Handlers,
  type Sender,
  type ToBackground,
} from '@/lib/messages';
import type { SaveOutcome } from '@/lib/model';
import { openLibrary } from '@/lib/store/db';
import { findDuplicate } from '@/lib/store/save';
import { recentTags } from '@/lib/store/tags';
import { installEngines } from '@/lib/inputs/engines';
import { offscreenEngines } from '@/lib/inputs/offscreen';
import { sendOffscreen } from '@/lib/background/offscreen';
import { viewerPath } from '@/lib/view/viewer-url';

const MENU_SAVE = 'save-report';

export default defineBackground(() => {
  // Chromium reads files on its offscreen document (pdf.js and mammoth parsed in the service worker
  // cost 60 ms of every wake); Firefox's background is a page, which holds them itself (inlined in its
  // one script, installed within the first microtask: before any message is handled).
  if (import.meta.env.FIREFOX)
    void import('@/lib/inputs/inline-engines').then(({ inlineEngines }) => installEngines(inlineEngines));
  else installEngines(offscreenEngines(sendOffscreen));
  const db = openLibrary();
  // An extension call per report keeps a service worker awake while a collection runs.
  /** The pause between requests, as the user set it now. */
  const delayMs = () => readOptions(db).then((o) => o.delaySeconds * 1000);
  const runner = createRunner({ db, delayMs, onStep: () => browser.runtime.getPlatformInfo() });
  const revisit = createRevisitor({ db, delayMs });
  const pageSettings = async () => {
    const { chip, lang } = await readOptions(db).catch(() => DEFAULT_OPTIONS);
    return { chip, lang: lang === 'auto' ? null : lang };
  };
  void runner.kick();

  const handlers: Handlers<ToBackground, BackgroundReplies, Sender> = {
    'page-read': async (message, sender) => {
      const settings = await pageSettings();
      if (sender.from !== 'content') return { dismissed: [], settings };
      const dismissed = await dismissedOnPage(db, sender.url, message.findings).catch((): number[] => []);
      const open = message.findings.filter((f, i) => f.severity === 'error' && !dismissed.includes(i));
      await setBadge(sender.tabId, open.length);
      return { dismissed, settings };
    },
    'load-reader': async (_, sender) => {
      if (sender.from !== 'content') throw new Error('load-reader: not from a content script');
      return injectReader(sender.tabId);
    },
    'page-files': async (_, sender) => {
      if (sender.from === 'content') await setBadge(sender.tabId, null);
      return pageSettings();
    },
    'page-list': async (message, sender) => {
      if (sender.from === 'content' && message.count > 0) await setBadge(sender.tabId, null, message.count);
      return true as const;
    },
    'open-attachment': async (message, sender) => {
      // Only a file of the page's own site (the browser says which page sent it, not the message).
      if (sender.from !== 'content' || !sender.url) return false;
      if (siteOf(message.url) === null || siteOf(message.url) !== siteOf(sender.url)) return false;
      const from = pageAddress(sender.url);
      const url = browser.runtime.getURL(viewerPath({ src: message.url, from }) as '/viewer.html');
      await browser.tabs.create({ url, openerTabId: sender.tabId });
      return true;
    },
    'save-file': (message) =>
      saveReport(db, message.payload, { update: message.update, annotations: message.annotations }),
    'save-tab': async (message) => {
      const outcome = await saveTab(db, message.tabId, message.update, message.annotations);
      if (message.tell) await tell(message.tabId, outcome);
      return outcome;
    },
    'find-saved': async ({ report }) => {
      const dup = await findDuplicate(db, {
        url: pageAddress(report.source),
        bodyKey: bodyKey(report.meta.body),
        year: report.meta.year,
      });
      if (!dup) return null;
      const { id, savedAt, verdicts = [] } = dup.found;
      return { id: id!, savedAt, reason: dup.reason, changed: !sameContent(dup.found.report, report), verdicts };
    },
    'recent-tags': () => recentTags(db),
    'get-options': () => readOptions(db),
    'set-options': (message) => writeOptions(db, message.options),
    'list-sites': () => enabledSites(),
    'enable-site': async (message) => {
      await enableSite(message.origin, message.tabId);
      await refreshMenu();
      return true as const;
    },
    'disable-site': async (message) => {
      await disableSite(message.origin);
      await refreshMenu();
      return true as const;
    },
    'collect-start': async (message) => {
      const job = await startJob(db, message.source, message.title, message.links);
      void runner.kick();
      return job;
    },
    'collect-status': (message) => {
      // The popup asks while it shows a collection: a background that was stopped goes on.
      void runner.kick();
      return latestJob(db, message.source);
    },
    'list-gather': async (message) => {
      const { delaySeconds, maxListPages } = await readOptions(db);
      const first = { url: message.source, links: message.links, pages: message.pages };
      return gatherList(first, { delayMs: delaySeconds * 1000, maxPages: maxListPages });
    },
    'saved-among': async (message) =>
      (await db.reports.where('url').anyOf(message.urls.map(pageAddress)).keys()).map(String),
    'collect-change': async (message) => {
      const job = await changeJob(db, message.id, message.action);
      if (message.action === 'pause') runner.pause(message.id);
      void runner.kick();
      return job;
    },
    'library-delete': (message) => deleteReport(db, message.id),
    'library-restore': (message) => restoreReport(db, message.deleted),
    'library-import': (message) => importBackup(db, message.text),
    'library-recheck': (message) => recheckReports(db, message.ids),
    'library-annotate': (message) => annotateReport(db, message.id, message.annotations),
    'library-texts': (message) => storeTexts(db, Array.isArray(message.texts) ? message.texts : []),
    'library-revisit': (message) => revisit(message.id),
  };
  const self = { id: browser.runtime.id, extensionBase: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message, sender) => {
    // Who sent it is judged from the browser's sender, never from the message: a web page, another
    // extension, or our content script asking for what only an extension page may do, gets nothing.
    const from = senderOf(message, sender, self);
    return from ? dispatch(handlers, message as ToBackground, from) : undefined;
  });

  // Shortcut and context menu have no popup: the page itself says what happened.
  async function tell(tabId: number, outcome: SaveOutcome | null): Promise<void> {
    await sendToContent(tabId, { type: 'notify', outcome }).catch(() => undefined);
  }
  const saveAndTell = (tabId: number | undefined) =>
    tabId !== undefined &&
    handlers['save-tab']({ type: 'save-tab', tabId, update: false, tell: true }, { from: 'extension' });
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
    browser.contextMenus.create({
      id: MENU_SAVE,
      title: browser.i18n.getMessage('menuSave'),
      contexts: ['page', 'selection'],
      documentUrlPatterns: await menuPatterns(),
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_SAVE) void saveAndTell(tab?.id);
  });
  // A site permission withdrawn in the browser's settings: stop running there too.
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    for (const pattern of origins) {
      const origin = pattern.replace(/\/\*$/, '');
      if (patternOf(origin) === pattern)
        void disableSite(origin)
          .then(refreshMenu)
          .catch(() => undefined);
    }
  });
});
