// Debian's Chromium with the built extension, government host names mapped to the local server.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

// The extension's APIs as its service worker sees them (evaluated there, not here).
declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchWithExtension(opts: {
  headless: boolean;
  userDataDir?: string;
  lang?: string;
}): Promise<BrowserContext> {
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'nianbao-profile-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: opts.headless,
    locale: opts.lang ?? 'zh-CN',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      // Every *.gov.cn host resolves to the local server (and www.example.org, a site beyond government
      // portals); the port stays in the URL.
      '--host-resolver-rules=MAP *.gov.cn 127.0.0.1, MAP www.example.org 127.0.0.1',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Extension {
  context: BrowserContext;
  worker: Worker;
  id: string;
}

/** Chromium with the extension, and its service worker (headless unless told otherwise). */
export async function startExtension(
  opts: { headless?: boolean; userDataDir?: string; lang?: string } = {},
): Promise<Extension> {
  const context = await launchWithExtension({
    headless: opts.headless ?? true,
    userDataDir: opts.userDataDir,
    lang: opts.lang,
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, id: new URL(worker.url()).host };
}

/** The browser's id of a page's tab: brought to the front, it is the active tab. */
export async function tabIdOf(ext: Extension, page: Page): Promise<number> {
  await page.bringToFront();
  return ext.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id!);
}
