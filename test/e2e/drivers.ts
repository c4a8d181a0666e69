// One small interface over both browsers, so that a journey is written once and run in Chromium
// (Playwright) and Firefox (puppeteer-core over WebDriver BiDi): `describe.each(DRIVERS)`.
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage, Browser } from 'puppeteer-core';
import { FIREFOX_UUID, startFirefox } from '../../tools/firefox';
import { startExtension, tabIdOf, type Extension } from './harness';

/** A tab: a web page or an extension page. */
export interface Tab {
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  waitFor(selector: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** The text of every element matching. */
  texts(selector: string): Promise<string[]>;
  count(selector: string): Promise<number>;
  close(): Promise<void>;
}

export interface Driver {
  name: 'chromium' | 'firefox';
  open(url: string): Promise<Tab>;
  /** popup.html?tab=ID, library.html … */
  extensionPage(path: string): Promise<Tab>;
  tabIdOf(tab: Tab): Promise<number>;
  badge(tabId: number): Promise<string>;
  screenshot(t: Tab, path: string): Promise<void>;
  close(): Promise<void>;
}

type AnyPage = PwPage | PpPage;

function tab(page: AnyPage): Tab {
  const p = page as PwPage;
  return {
    evaluate: (fn, arg) => p.evaluate(fn as never, arg as never) as never,
    waitFor: async (selector) => void (await p.waitForSelector(selector, { timeout: 15_000 })),
    click: (selector) => p.click(selector),
    texts: (selector) => p.$$eval(selector, (els) => els.map((e) => (e.textContent ?? '').trim())),
    count: (selector) => p.$$eval(selector, (els) => els.length),
    close: () => p.close(),
  };
}

const pages = new WeakMap<Tab, AnyPage>();
const wrap = (page: AnyPage) => {
  const t = tab(page);
  pages.set(t, page);
  return t;
};

export async function chromiumDriver(): Promise<Driver> {
  const ext: Extension = await startExtension();
  const open = async (url: string) => {
    const page = await ext.context.newPage();
    await page.goto(url);
    return wrap(page);
  };
  return {
    name: 'chromium',
    open,
    extensionPage: (path) => open(`chrome-extension://${ext.id}/${path}`),
    tabIdOf: (t) => tabIdOf(ext, pages.get(t) as PwPage),
    badge: (tabId) =>
      ext.worker.evaluate(
        (id) =>
          (
            globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
          ).chrome.action.getBadgeText({ tabId: id }),
        tabId,
      ),
    screenshot: async (t, path) => void (await (pages.get(t) as PwPage).screenshot({ path, fullPage: true })),
    close: () => ext.context.close(),
  };
}

type FirefoxApi = {
  browser: {
    tabs: { query(q: object): Promise<{ id: number; url?: string }[]> };
    browserAction: { getBadgeText(d: object): Promise<string> };
  };
};

export async function firefoxDriver(): Promise<Driver> {
  const browser: Browser = await startFirefox();
  const open = async (url: string) => {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return wrap(page);
  };
  const base = `moz-extension://${FIREFOX_UUID}/`;
  // Firefox sends no load event for extension pages over BiDi: wait for their own markup instead.
  const extensionPage = async (path: string) => {
    const page = await browser.newPage();
    void page.goto(base + path, { timeout: 0 }).catch(() => undefined);
    // Firefox's remote agent can fail an evaluation in a page still navigating ("right-hand side of
    // 'in' should be an object, got null"), which ends puppeteer's wait: asked again a moment later.
    for (let attempt = 1; ; attempt++) {
      try {
        await page.waitForFunction(() => document.readyState === 'complete' && !!document.getElementById('app'));
        break;
      } catch (e) {
        if (attempt >= 5 || !/Protocol error|Waiting failed/.test(String(e))) throw e;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    return wrap(page);
  };
  /** Asked from an extension page, which sees the tabs on the hosts the add-on may read. */
  const fromExtension = async <T>(ask: (page: Tab) => Promise<T>): Promise<T> => {
    const page = await extensionPage('library.html');
    try {
      return await ask(page);
    } finally {
      await page.close();
    }
  };
  return {
    name: 'firefox',
    open,
    extensionPage,
    tabIdOf: (t) =>
      fromExtension((page) =>
        page.evaluate(
          async (url) =>
            (await (globalThis as unknown as FirefoxApi).browser.tabs.query({})).find((x) => x.url === url)!.id,
          (pages.get(t) as PpPage).url(),
        ),
      ),
    badge: (tabId) =>
      fromExtension((page) =>
        page.evaluate(
          (id) => (globalThis as unknown as FirefoxApi).browser.browserAction.getBadgeText({ tabId: id }),
          tabId,
        ),
      ),
    screenshot: async (t, path) => {
      await (pages.get(t) as PpPage).screenshot({ path: path as `${string}.png`, fullPage: true });
    },
    close: () => browser.close(),
  };
}

export const DRIVERS: [string, () => Promise<Driver>][] = [
  ['chromium', chromiumDriver],
  ['firefox', firefoxDriver],
];
