// The options page end to end in Chromium: the defaults shown; a local deadline for 平潭综合实验区
// (01-31) that the scorecard applies to the real 2021 report (published 2022-02-08: 8 days late); the
// page chip turned off (the report still marked, the badge still counting); the language set to
// English (the popup and the page's marks in English); the pause saved; a site enabled beyond
// government portals listed and revoked (its content script no longer registered).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeOf,
  CHIP,
  marks,
  open,
  openPopup,
  sendFrom,
  servePages,
  startExtension,
  tabIdOf,
  type Extension,
} from './harness';

let ext: Extension;
let pages: Awaited<ReturnType<typeof servePages>>;
let options: Page;

// The extension's APIs as the service worker sees them (evaluated there, not here).
declare const chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } };
const registered = () =>
  ext.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts().then((s) => s.map((x) => x.id)));

async function save(): Promise<void> {
  await options.click('[data-action="save-options"]');
  await options.waitForSelector('[role="status"]:has-text("设置已保存"), [role="status"]:has-text("Options saved")');
}

beforeAll(async () => {
  pages = await servePages();
  ext = await startExtension();
  options = (await open(ext.context, `chrome-extension://${ext.id}/options.html`)).page;
  await options.waitForSelector('main.options');
}, 60_000);

afterAll(async () => {
  await ext?.context.close();
  pages?.close();
});

describe('the options page', () => {
  it('shows the defaults', async () => {
    expect(await options.inputValue('input[name="delay"]')).toBe('1');
    expect(await options.inputValue('input[name="max-pages"]')).toBe('50');
    expect(await options.isChecked('input[name="chip"]')).toBe(true);
    expect(await options.inputValue('select[name="lang"]')).toBe('auto');
    expect(await options.textContent('section[aria-label] .note')).toBe('没有另外启用的网站。');
  });

  it('a local deadline: the scorecard shows the real 2021 report 8 days late under it', async () => {
    await options.click('[data-action="add-deadline"]');
    await options.fill('[data-deadline="0"] input[aria-label="机关名称开头"]', '平潭综合实验区');
    await options.fill('[data-deadline="0"] input[aria-label="次年月-日"]', '01-31');
    await options.fill('input[name="delay"]', '2.5');
    await save();
    expect(await sendFrom(options, { type: 'get-options' })).toMatchObject({
      delaySeconds: 2.5,
      deadlines: [{ prefix: '平潭综合实验区', monthDay: '01-31' }],
    });
    const { page } = await open(ext.context, pages.base('www.pingtan.gov.cn', 'pingtan-2021.html'));
    await page.waitForSelector(CHIP);
    const tabId = await tabIdOf(ext, page);
    expect(await sendFrom(options, { type: 'save-tab', tabId, update: false })).toMatchObject({ status: 'saved' });
    await page.close();
    const { page: card } = await open(ext.context, `chrome-extension://${ext.id}/library.html?view=scorecard`);
    await card.waitForSelector('.card tr[data-year="2021"]');
    expect(await card.textContent('.card tr[data-year="2021"] [data-col="timely"]')).toBe('按时');
    expect(await card.textContent('.card tr[data-year="2021"] [data-col="local"]')).toBe('逾期 8 天（2022-01-31）');
    await card.close();
  });

  it('the chip off: the report is still marked and counted, without a chip', async () => {
    await options.uncheck('input[name="chip"]');
    await save();
    const { page } = await open(ext.context, pages.base('www.pingtan.gov.cn', 'pingtan-2024-t4-changed.html'));
    await page.waitForSelector('[data-nianbao-severity="error"]');
    const tabId = await tabIdOf(ext, page);
    await expect.poll(() => badgeOf(ext, tabId)).toBe('1');
    expect((await marks(page)).length).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    expect(await page.$(CHIP)).toBeNull();
    await page.close();
  });

  it('English chosen: the popup and the page’s marks speak English', async () => {
    await options.check('input[name="chip"]');
    await options.selectOption('select[name="lang"]', 'en');
    await save();
    await options.reload();
    await options.waitForSelector('main.options');
    expect(await options.textContent('h1')).toBe('Nianbao Lens · Options');
    const { page } = await open(ext.context, pages.base('www.pingtan.gov.cn', 'pingtan-2024-t4-changed.html'));
    await page.waitForSelector(CHIP);
    const described = await page.$eval('[data-nianbao-severity="error"]', (e) => e.getAttribute('aria-description'));
    expect(described).toMatch(/^Error: /);
    const { popup } = await openPopup(ext, await tabIdOf(ext, page));
    expect(await popup.textContent('.save button.primary')).toBe('Save to library');
    await popup.close();
    await page.close();
    await options.selectOption('select[name="lang"]', 'auto');
    await save();
  });

  it('a site enabled beyond government portals is listed, and revoked: its content script unregistered', async () => {
    const site = new URL(pages.base('www.example.org', 'x')).origin;
    await sendFrom(options, { type: 'enable-site', origin: site });
    expect(await registered()).toEqual([`site:${site}`]);
    await options.reload();
    await options.waitForSelector(`[data-site="${site}"]`);
    await options.click(`[data-site="${site}"]`);
    await options.waitForSelector('[role="status"]:has-text("已在")');
    expect(await options.textContent('section[aria-label] .note')).toBe('没有另外启用的网站。');
    // Its content script is gone: the browser runs nothing there any more (the permission given back
    // too, tested with the browser's permissions in test/background/sites.test.ts; a headless browser
    // cannot be given an optional host permission without its prompt).
    expect(await registered()).toEqual([]);
  });
});
