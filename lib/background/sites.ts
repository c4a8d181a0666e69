// Sites beyond *.gov.cn that the user enabled from the popup: each has an optional host permission
// (granted in the popup, revocable) and a content script registered for it here.
import { browser } from 'wxt/browser';
import { hostOf, isGovHost } from '../base/address';

export const CONTENT_SCRIPT = '/content-scripts/content.js';

/** Government portals are always on: the manifest's own content script covers them. */
export function alwaysOn(url: string | undefined): boolean {
  const host = hostOf(url);
  return host !== null && isGovHost(host);
}

export const patternOf = (origin: string) => `${origin}/*`;
const scriptId = (origin: string) => `site:${origin}`;

export async function enabledSites(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.filter((s) => s.id.startsWith('site:')).map((s) => s.id.slice(5));
}

/** After the popup obtained the permission: run on the site from now on, and on the open tab now. */
export async function enableSite(origin: string, tabId?: number): Promise<void> {
  if (!(await enabledSites()).includes(origin)) {
    await browser.scripting.registerContentScripts([
      { id: scriptId(origin), matches: [patternOf(origin)], js: [CONTENT_SCRIPT], runAt: 'document_idle' },
    ]);
  }
  if (tabId !== undefined) await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
}

export async function disableSite(origin: string): Promise<void> {
  if ((await enabledSites()).includes(origin))
    await browser.scripting.unregisterContentScripts({ ids: [scriptId(origin)] });
  // A permission already given back (in the browser's settings) is no reason to fail the rest.
  await browser.permissions.remove({ origins: [patternOf(origin)] }).catch(() => false);
}
