// A portal's column over two pages, end to end in Chromium: pingtan's real list markup served as page
// one (2025, 2024 and the 2023 link as published, broken here) with its pager drawn, and page two
// built from the same markup (2021; 2019 pointed at that report printed to PDF, so published only as
// an attachment; 2018 as published; and one entry pointed at 平潭县财政局's real 2009 report, published
// 42 days late). The popup finds all seven reports across both pages, the user unchecks the two
// broken ones, and only the other five are fetched and saved; opened again, the popup marks the saved
// ones and leaves them unchecked. The column's scorecard shows the years covered and missing, the late
// report and the attachment-only one, and its CSV and XLSX read back.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import readExcelFile from 'read-excel-file/node';
import * as cheerio from 'cheerio';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, parseCsv } from '../helpers';
import { badgeOf, open, openPopup, sendFrom, servePages, startExtension, tabIdOf, type Extension } from './harness';

const HOST = 'www.pingtan.gov.cn';
const FOLDER = 'zwgk/zfxxgk/zfxxgknb';
/** Year → the fixture its entry points at; a year absent here keeps its link as published (a 404). */
const PDF = `${FOLDER}/P020200120.pdf`;
const POINTED: Record<number, string> = {
  2025: '/pingtan-2025.html',
  2024: '/pingtan-2024.html',
  2021: '/pingtan-2021.html',
  2019: `/${PDF}`,
  2017: '/pingtan-czj-2009.html',
};
/** The entry of 2017 retitled as the report it points at. */
const CZJ = '平潭县财政局2009年度政府信息公开工作年度报告';

/** Page `k` (0 or 1) of the list: the real markup with only `years` left, and its pager drawn. */
function listPage(k: number, years: number[]): string {
  const $ = cheerio.load(fixture('pingtan-report-list.html'));
  $('a[href^="./"]').each((_, a) => {
    const year = Number(/(\d{4})年度/.exec($(a).attr('title') ?? '')?.[1]);
    if (!years.includes(year)) $(a).closest('dl').remove();
    else if (POINTED[year]) $(a).attr('href', POINTED[year]);
    if (year === 2017 && years.includes(year)) $(a).attr('title', CZJ).text(CZJ);
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
  writeFileSync(join(pages.dir, FOLDER, 'index_1.htm'), listPage(1, [2021, 2019, 2018, 2017]));
  copyFileSync(
    fileURLToPath(new URL('../fixtures/attachments/pingtan-2019.chromium.pdf', import.meta.url)),
    join(pages.dir, PDF),
  );
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
    expect(await popup.textContent('.pager-note[role="status"]')).toBe('已读取 2 页，共找到 7 份报告。');
    await popup.waitForSelector('.choose li');
    expect(await years(popup)).toEqual(['2025', '2024', '2023', '2021', '2019', '2018', '2009']);
    expect(await checked(popup)).toEqual([true, true, true, true, true, true, true]);
    expect(await popup.textContent('[data-action="collect"]')).toBe('收集此页列出的 7 份报告');
    // The two links that lead nowhere are left out.
    await popup.uncheck('.choose li:has(.year:text-is("2023")) input');
    await popup.uncheck('.choose li:has(.year:text-is("2018")) input');
    expect(await popup.textContent('.choose legend')).toContain('已选 5 / 7');
    await popup.click('[data-action="collect"]');
    await popup.waitForSelector('.collect[data-state="done"]', { timeout: 20_000 });
    expect(await popup.textContent('.collect .progress-text')).toBe('已处理 5/5：新保存 5，已在库中 0，失败 0');
    expect(await popup.textContent('[data-action="scorecard"]')).toBe('查看此栏目的评分表');
    expect(errors).toEqual([]);
    await popup.screenshot({ path: 'test-results/popup-column-chosen.png', fullPage: true });
    await popup.close();
  }, 40_000);

  it('saved exactly the five chosen; opened again, marks the saved ones and leaves them unchecked', async () => {
    const { page: library } = await open(ext.context, `chrome-extension://${ext.id}/library.html`);
    await library.waitForSelector('table.reports tbody tr');
    await library.click('[data-sort="year"]');
    expect(await library.$$eval('table.reports tbody tr td:nth-child(2)', (t) => t.map((x) => x.textContent))).toEqual([
      '2009',
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

  it('scores the column: years covered and missing, the late report, the attachment-only one; exported', async () => {
    const source = encodeURIComponent(pages.base(HOST, `${FOLDER}/index.htm`));
    const { page: card } = await open(
      ext.context,
      `chrome-extension://${ext.id}/library.html?view=scorecard&source=${source}`,
    );
    await card.setViewportSize({ width: 1280, height: 900 });
    await card.waitForSelector('.scorecard-view .card');
    expect(await card.$$eval('.card h2', (h) => h.map((x) => x.textContent))).toEqual([
      '平潭县财政局',
      '平潭综合实验区',
    ]);
    const zone = '.card[data-body="平潭综合实验区"]';
    expect(await card.textContent(`${zone} [data-col="covered"]`)).toBe('2019、2021、2024、2025');
    expect(await card.textContent(`${zone} [data-col="missing"]`)).toBe('2020、2022、2023');
    expect(await card.textContent(`${zone} tr[data-year="2019"] [data-col="readable"]`)).toBe('仅附件（PDF）');
    expect(await card.textContent(`${zone} tr[data-year="2021"] [data-col="timely"]`)).toBe('按时');
    expect(await card.textContent(`${zone} .summary`)).toBe(
      '4 份报告：逾期 0 份，格式不符 0 份，仅附件 1 份；缺少 3 个年度。',
    );
    // REUSE: 2025 against 2024, both saved pages; 2019 is a PDF, the years before 2021 and 2024 missing.
    expect(await card.$$eval(`${zone} [data-col="reuse"]`, (t) => t.map((x) => x.textContent))).toEqual([
      '—',
      '—',
      '—',
      '4%',
    ]);
    const czj = '.card[data-body="平潭县财政局"]';
    expect(await card.textContent(`${czj} tr[data-year="2009"] [data-col="timely"]`)).toBe('逾期 42 天');
    await card.screenshot({ path: 'test-results/scorecard.png', fullPage: true });
    // The 2025 report's detail: the one sentence it repeats from 2024, marked (as the reader read it, kept
    // when the collector saved it: width folded).
    await card.click(`${zone} tr[data-year="2025"] button`);
    await card.waitForSelector('section.reuse');
    expect(await card.textContent('section.reuse p')).toBe(
      '本报告自己的 23 句中有 1 句与上一年度报告相同（数字不计），占 4%。',
    );
    expect(await card.$$eval('section.reuse mark', (m) => m.map((x) => x.textContent))).toEqual([
      '2025年,无收取信息处理费情况。',
    ]);
    await card.click('.detail > button.link');
    await card.waitForSelector('.scorecard-view .card');

    const download = async (action: string) => {
      const [file] = await Promise.all([card.waitForEvent('download'), card.click(`[data-action="${action}"]`)]);
      return readFileSync((await file.path())!);
    };
    const [head, ...rows] = parseCsv((await download('scorecard-csv')).toString('utf8').slice(1));
    expect(head.slice(0, 3)).toEqual(['机关 body', '年度 year', '状态 status']);
    expect(rows.map((r) => [r[0], r[1], r[2], r[6], r[12]])).toEqual([
      ['平潭县财政局', '2009', 'present', '42', 'page'],
      ['平潭综合实验区', '2019', 'present', '0', 'PDF'],
      ['平潭综合实验区', '2020', 'missing', '', ''],
      ['平潭综合实验区', '2021', 'present', '0', 'page'],
      ['平潭综合实验区', '2022', 'missing', '', ''],
      ['平潭综合实验区', '2023', 'missing', '', ''],
      ['平潭综合实验区', '2024', 'present', '', 'page'],
      ['平潭综合实验区', '2025', 'present', '0', 'page'],
    ]);
    const [sheet] = await readExcelFile(await download('scorecard-xlsx'));
    expect(sheet.sheet).toBe('栏目评分');
    expect(sheet.data.slice(1).map((r) => [r[1], r[6]])).toEqual([
      [2009, 42],
      [2019, 0],
      [2020, null],
      [2021, 0],
      [2022, null],
      [2023, null],
      [2024, null],
      [2025, 0],
    ]);
    await card.close();
  });

  it('sets the zone’s 2025 report beside its departments’ sum, and lists a department missing that year', async () => {
    // Two departments' real reports saved from their pages: 行政审批局 2025 and 国有资产管理局 2023.
    const { page: popupHost } = await open(ext.context, `chrome-extension://${ext.id}/library.html`);
    for (const file of ['pingtan-hzs-2025.html', 'pingtan-gyz-2023.html']) {
      const { page } = await open(ext.context, pages.base(HOST, file));
      await page.waitForSelector('[data-nianbao-severity], [data-nianbao-lens="chip"]');
      const saved = await sendFrom(popupHost, { type: 'save-tab', tabId: await tabIdOf(ext, page), update: false });
      expect(saved).toMatchObject({ status: 'saved' });
      await page.close();
    }
    await popupHost.reload();
    await popupHost.waitForSelector('table.reports tbody tr');
    await popupHost.click('tr:has(td:text-is("2025")) .body button:text-is("平潭综合实验区")');
    await popupHost.waitForSelector('details.rollup');
    expect(await popupHost.textContent('[data-rollup="missing"]')).toBe(
      '库中没有本年度报告的所属部门：平潭综合实验区国有资产管理局',
    );
    expect(
      await popupHost.$$eval('details.rollup tr[data-cell="t3.new.total"] td', (tds) => tds.map((t) => t.textContent)),
    ).toEqual(['154', '6', '148']);
    await popupHost.screenshot({ path: 'test-results/library-rollup.png', fullPage: true });
    await popupHost.close();
  });
});
