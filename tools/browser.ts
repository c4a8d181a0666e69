// Debian's Chromium with the built extension, government host names mapped to the local server.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchWithExtension(opts: { headless: boolean; userDataDir?: string; lang?: string }): Promise<BrowserContext> {
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'nianbao-profile-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: opts.headless,
    locale: opts.lang ?? 'zh-CN',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      // Every *.gov.cn host resolves to the local server; the port stays in the URL.
      '--host-resolver-rules=MAP *.gov.cn 127.0.0.1',
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
