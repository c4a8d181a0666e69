// A portal's column over two pages, end to end in Chromium: pingtan's real list markup served as page
// one (2025, 2024 and the 2023 link as published, broken here) with its pager drawn, and page two
// (2021, 2019 and 2018 as published) built from the same markup. The popup finds all six reports
// across both pages, the user unchecks the two broken ones, and only the other four are fetched and
// saved; opened again, the popup marks the saved ones and leaves them unchecked.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers';
import { badgeOf, open, openPopup, servePages, startExtension, tabIdOf, type Extension } from './harness';

const HOST = 'www.pingtan.gov.cn';
const FOLDER = 'zwgk/zfxxgk/zfxxgknb';
/** Year → the fixture its entry points at; a year absent here keeps its link as published (a 404). */
const POINTED: Record<number, string> = {
  2025: '/pingtan-2025.html',
  2024: '/pingtan-2024.html',
  2021: '/pingtan-2021.html',
  2019: '/pingtan-2019.html',
};

/** Page `k` (0 or 1) of the list: the real markup with only `years` left, and its pager drawn. */
function listPage(k: number, years: number[]): string {
  const $ = cheerio.load(fixture('pingtan-report-list.html'));
  $('a[href^="./"]').each((_, a) => {
    const year = Number(/(\d{4})年度/.exec($(a).attr('title') ?? '')?.[1]);
    if (!years.includes(year)) $(a).closest('dl').remove();
    else if (POINTED[year]) $(a).attr('href', POINTED[year]);
  });
  const pager =
    k === 0
      ? '<span>1</span> <a href="index_1.htm">2</a> <a href="index_1.htm">下一页</a>'
      : '<a href="index.htm">1</a> <span>2</span>';
  $('[ms-controller="list_pagebar"]').html(pager);
  return $.html();
}

let ext: Extension;
let pages: Awaited<ReturnType<typeof servePages>>;
let list: Page;
let tabId: number;

const years = (popup: Page) => popup.$$eval('.choose li .year', (els) => els.map((e) => e.textContent));
const checked = (popup: Page) =>
  popup.$$eval('.choose li input', (els) => els.map((e) => (e as HTMLInputElement).checked));

beforeAll(async () => {
  pages = await servePages();
  mkdirSync(join(pages.dir, FOLDER), { recursive: true });
  writeFileSync(join(pages.dir, FOLDER, 'index.htm'), listPage(0, [2025, 2024, 2023]));
  writeFileSync(join(pages.dir, FOLDER, 'index_1.htm'), listPage(1, [2021, 2019, 2018]));
  ext = await startExtension();
  list = (await open(ext.context, pages.base(HOST, `${FOLDER}/index.htm`))).page;
  tabId = await tabIdOf(ext, list);
}, 60_000);

afterAll(async () => {
  await ext?.context.close();
  pages?.close();
});

describe('a column over two pages', () => {
  it('finds the reports of both pages, collects only the chosen ones', async () => {
    await expect.poll(() => badgeOf(ext, tabId)).toBe('▤3');
    const { popup, errors } = await openPopup(ext, tabId);
    expect(await popup.textContent('.empty')).toBe('此页面是年度报告的列表，列出 3 份报告。');
    await popup.click('[data-action="gather"]');
    await popup.waitForSelector('.pager-note[role="status"]:has-text("已读取")');
    expect(await popup.textContent('.pager-note[role="status"]')).toBe('已读取 2 页，共找到 6 份报告。');
    await popup.waitForSelector('.choose li');
    expect(await years(popup)).toEqual(['2025', '2024', '2023', '2021', '2019', '2018']);
    expect(await checked(popup)).toEqual([true, true, true, true, true, true]);
    expect(await popup.textContent('[data-action="collect"]')).toBe('收集此页列出的 6 份报告');
    // The two links that lead nowhere are left out.
    await popup.uncheck('.choose li:has(.year:text-is("2023")) input');
    await popup.uncheck('.choose li:has(.year:text-is("2018")) input');
    expect(await popup.textContent('.choose legend')).toContain('已选 4 / 6');
    await popup.click('[data-action="collect"]');
    await popup.waitForSelector('.collect[data-state="done"]', { timeout: 20_000 });
    expect(await popup.textContent('.collect .progress-text')).toBe('已处理 4/4：新保存 4，已在库中 0，失败 0');
    expect(errors).toEqual([]);
    await popup.screenshot({ path: 'test-results/popup-column-chosen.png', fullPage: true });
    await popup.close();
  }, 40_000);

  it('saved exactly the four chosen; opened again, marks the saved ones and leaves them unchecked', async () => {
    const { page: library } = await open(ext.context, `chrome-extension://${ext.id}/library.html`);
    await library.waitForSelector('table.reports tbody tr');
    await library.click('[data-sort="year"]');
    expect(await library.$$eval('table.reports tbody tr td:nth-child(2)', (t) => t.map((x) => x.textContent))).toEqual([
      '2019',
      '2021',
      '2024',
      '2025',
    ]);
    await library.close();
    const { popup } = await openPopup(ext, tabId);
    await popup.waitForSelector('.choose li.saved');
    expect(await years(popup)).toEqual(['2025', '2024', '2023']);
    expect(await checked(popup)).toEqual([false, false, true]);
    expect(await popup.$$eval('.choose li.saved .in-library', (e) => e.length)).toBe(2);
    expect(await popup.textContent('[data-action="collect"]')).toBe('收集选中的 1 份报告');
    await popup.close();
  });
});
