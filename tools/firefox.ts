// Debian's Firefox ESR with the built Firefox package, driven over WebDriver BiDi by puppeteer-core
// (never a downloaded browser): the add-on installed as a temporary extension under a fixed
// internal UUID (so its pages have known addresses), government host names mapped to the local server.
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');
export const GECKO_ID = 'nianbao-lens@nianbao.example';
/** The add-on's internal UUID, fixed by pref: its pages are moz-extension://UUID/… */
export const FIREFOX_UUID = '3c1f5c2e-6a0d-4c57-9c3a-0b1e2f3a4b5c';

/** The host names the tests use, answered by 127.0.0.1 (Firefox has no host-resolver rules). */
const HOSTS = ['www.pingtan.gov.cn', 'www.shuyang.gov.cn', 'www.anshan.gov.cn', 'www.hostile.gov.cn'];

export async function startFirefox(opts: { headless?: boolean; lang?: string } = {}): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: opts.headless ?? true,
    // Firefox 153 lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.dns.localDomains': HOSTS.join(','),
      'intl.locale.requested': opts.lang ?? 'zh-CN',
      'intl.accept_languages': opts.lang ?? 'zh-CN',
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return browser;
}
