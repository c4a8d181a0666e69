// Collecting a listing page end to end: a local copy of pingtan's 政府信息公开年报 column, its
// links pointed at the report fixtures and one left broken, served from 127.0.0.1. The popup offers
// the collection; the background saves every report with progress, holds on pause across a closed
// popup, goes on after resume, lists the broken link, and a retry saves it once it is mended.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeOf,
  BROKEN_YEAR,
  LIST_PAGE,
  LISTED,
  open,
  openPopup,
  servePages,
  startExtension,
  stopWorker,
  tabIdOf,
  workerRestarted,
  type Extension,
} from './harness';

let ext: Extension;
let pages: Awaited<ReturnType<typeof servePages>>;
let tabId: number;
let listPage: Page;

const HOST = 'www.pingtan.gov.cn';
const progressText = (popup: Page) => popup.textContent('.collect .progress-text');
/** Waits, without a popup (nothing that would wake the background), until the library holds n reports. */
async function waitForDone(n: number): Promise<void> {
  const { page } = await open(ext.context, `chrome-extension://${ext.id}/library.html`);
  await page.waitForFunction(
    (want) =>
      new Promise<boolean>((resolve) => {
        const req = indexedDB.open('nianbao-lens');
        req.onsuccess = () => {
          const count = req.result.transaction('reports').objectStore('reports').count();
          count.onsuccess = () => (req.result.close(), resolve(count.result >= want));
        };
      }),
    n,
    { timeout: 10_000, polling: 200 },
  );
  await page.close();
}
const doneCount = (popup: Page) => popup.$eval('.collect progress', (p) => Number((p as HTMLProgressElement).value));

beforeAll(async () => {
  pages = await servePages();
  ext = await startExtension();
  mkdirSync('test-results', { recursive: true });
  listPage = (await open(ext.context, pages.base(HOST, LIST_PAGE))).page;
  tabId = await tabIdOf(ext, listPage);
}, 60_000);

afterAll(async () => {
  await ext?.context.close();
  pages?.close();
});

describe('collecting a listing page', () => {
  it('offers the five reports the page lists, and says so on the badge', async () => {
    await expect.poll(() => badgeOf(ext, tabId)).toBe('▤5');
    const { popup, errors } = await openPopup(ext, tabId);
    expect(await popup.textContent('.empty')).toBe('此页面是年度报告的列表，列出 5 份报告。');
    expect(await popup.textContent('[data-action="collect"]')).toBe('收集此页列出的 5 份报告');
    expect(await popup.textContent('.collect .note')).toContain('每份间隔 1 秒');
    // pingtan's pager is drawn by its script from an API: no address for page two, and the popup says so.
    expect(await popup.textContent('[data-note="scripted"]')).toBe(
      '年报透镜只看到本页的 5 份；其余各页由网页脚本生成，没有可供读取的地址。可在网页上翻到下一页，再打开年报透镜收集该页。',
    );
    expect(await popup.$('[data-action="gather"]')).toBeNull();
    expect(errors).toEqual([]);
    await popup.close();
  });

  it('shows progress, holds on pause with the popup closed, and goes on after resume', async () => {
    let { popup } = await openPopup(ext, tabId);
    await popup.click('[data-action="collect"]');
    await popup.waitForSelector('.collect[data-state="running"] progress');
    expect(await popup.$eval('.collect progress', (p) => (p as HTMLProgressElement).max)).toBe(5);
    await popup.waitForFunction(
      () => Number((document.querySelector('.collect progress') as HTMLProgressElement).value) >= 1,
    );
    await popup.click('[data-action="pause"]');
    await popup.waitForSelector('.collect[data-state="paused"]');
    await popup.close();

    // Paused, with no popup: nothing moves for longer than two polite delays.
    await new Promise((r) => setTimeout(r, 2500));
    ({ popup } = await openPopup(ext, tabId));
    await popup.waitForSelector('.collect[data-state="paused"]');
    const held = await doneCount(popup);
    expect(held).toBeGreaterThanOrEqual(1);
    expect(held).toBeLessThan(5);
    expect(await popup.textContent('.collect .note')).toBe('已暂停。');
    await popup.waitForTimeout(1500);
    expect(await doneCount(popup)).toBe(held);

    // Resumed, then the popup closed at once: the background goes on alone.
    await popup.click('[data-action="resume"]');
    await popup.waitForSelector('.collect[data-state="running"]');
    await popup.close();
    await waitForDone(held + 1);
    // The browser stops the idle service worker mid-collection; the next popup wakes a new one,
    // which finds the running collection in the library and finishes it.
    await stopWorker(ext, listPage);
    ({ popup } = await openPopup(ext, tabId));
    await popup.waitForSelector('.collect[data-state="done"]', { timeout: 20_000 });
    expect(await workerRestarted(ext)).toBe(true);
    expect(await progressText(popup)).toBe('已处理 5/5：新保存 4，已在库中 0，失败 1');
    expect(await popup.textContent('.collect .note')).toBe('收集完成。');
    await popup.close();
  }, 60_000);

  it('lists the broken link with its reason, and saves it on retry once mended', async () => {
    let { popup } = await openPopup(ext, tabId);
    await popup.waitForSelector('.collect[data-state="done"]');
    const failures = await popup.$$eval('.failures li', (lis) =>
      lis.map((li) => [
        li.querySelector('a')!.textContent,
        li.querySelector('a')!.getAttribute('href'),
        li.querySelector('.fail')!.textContent,
      ]),
    );
    expect(failures).toEqual([
      [
        `平潭综合实验区${BROKEN_YEAR}年度政府信息公开工作年度报告`,
        expect.stringMatching(/\/zfxxgknb\/202403\/t20240308_87885\.htm$/),
        expect.stringContaining('HTTP 404'),
      ],
    ]);
    await popup.screenshot({ path: 'test-results/popup-collect-done.png' });

    // The portal puts the page back (here: another real 2023 report, of a pingtan bureau).
    const mended = join(pages.dir, 'zfxxgknb/202403/t20240308_87885.htm');
    mkdirSync(dirname(mended), { recursive: true });
    copyFileSync(join(pages.dir, 'pingtan-gyz-2023.html'), mended);
    await popup.click('[data-action="retry"]');
    await popup.waitForFunction(
      () => document.querySelector('.collect[data-state="done"] .progress-text')?.textContent?.endsWith('失败 0'),
      null,
      { timeout: 15_000 },
    );
    expect(await progressText(popup)).toBe('已处理 5/5：新保存 5，已在库中 0，失败 0');
    expect(await popup.$('.failures')).toBeNull();
    await popup.close();
    ({ popup } = await openPopup(ext, tabId));
    // Done without failures: the page can be collected again (nothing new would be saved).
    await popup.waitForSelector('[data-action="collect"]');
    await popup.close();
  }, 40_000);

  it('has saved every report in the library, and re-reading the saved pages changes nothing', async () => {
    const { page: library } = await open(ext.context, `chrome-extension://${ext.id}/library.html`);
    await library.waitForSelector('table.reports[aria-busy="false"]');
    await library.click('[data-sort="year"]');
    const rows = await library.$$eval('table.reports tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent)),
    );
    expect(rows.map((r) => r[1])).toEqual(['2019', '2021', '2023', '2024', '2025']);
    expect(rows.filter((r) => r[0] === '平潭综合实验区').map((r) => r[1])).toEqual(Object.keys(LISTED));
    const sources = await library.$$eval('table.reports tbody tr a[href^="http"]', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(sources).toEqual(expect.arrayContaining(Object.values(LISTED).map((f) => pages.base(HOST, f))));
    // The pages were saved as fetched, minus scripts: read again in the page, they give the same reports.
    await library.click('[data-action="recheck"]');
    expect(await (await library.waitForSelector('.note-bar.ok')).textContent()).toBe(
      '已重新核对 5 份：0 份结果有变化。',
    );
  });
});
