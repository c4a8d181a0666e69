// From a pile of reports to answers, end to end: eight real reports saved (the zone's 2013 in prose,
// 2024, 2025 and last year's text made into 2026; three of its departments; shuyang), the compare view
// sorted by a rate and by REUSE, its chart drawn and exported (SVG, PNG), the table exported as shown
// (CSV, XLSX), the zone's roll-up with its missing departments, and the library's exports read back:
// every long-CSV row in its columns, REUSE in the findings, each XLSX sheet frozen and filtered.
import { writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import readExcelFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_HEADER } from '../../lib/export/csv';
import { FINDINGS_HEADER } from '../../lib/export/findings';
import { parseCsv, REUSE_2026 } from '../helpers';
import { exportFile, openLibraryPage, saveFromPopup, servePages, startExtension, type Extension } from './harness';

let ext: Extension;
let pages: Awaited<ReturnType<typeof servePages>>;
let library: Page;

const SAVED = [
  ['www.pingtan.gov.cn', 'pingtan-2013.html'],
  ['www.pingtan.gov.cn', 'pingtan-2024.html'],
  ['www.pingtan.gov.cn', 'pingtan-2025.html'],
  ['www.pingtan.gov.cn', 'pingtan-2026-copy.html'],
  ['www.pingtan.gov.cn', 'pingtan-hzs-2025.html'],
  ['www.pingtan.gov.cn', 'pingtan-gyz-2023.html'],
  ['www.pingtan.gov.cn', 'pingtan-jjf-2020.html'],
  ['www.shuyang.gov.cn', 'shuyang-fgj-2023.html'],
];

/** Each row of the compare view: body, year and the cell of one column, as shown. */
const cells = (col: string) =>
  library.$$eval(
    'table.compare tbody tr',
    (trs, c) =>
      trs.map((tr) => [
        tr.querySelector('th')?.textContent,
        tr.querySelector('td')?.textContent,
        tr.querySelector(`[data-col="${c}"]`)?.textContent,
      ]),
    col,
  );

/** Every sheet of a workbook has its header row frozen and an autofilter over its data. */
function frozenAndFiltered(xlsx: Buffer): void {
  const zip = unzipSync(new Uint8Array(xlsx));
  const sheets = Object.keys(zip).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
  expect(sheets.length).toBeGreaterThan(0);
  for (const name of sheets) {
    const xml = strFromU8(zip[name]);
    expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(xml).toMatch(/<autoFilter ref="A1:[A-Z]+\d+"\/>/);
  }
  expect(strFromU8(zip['xl/workbook.xml']).match(/_xlnm\._FilterDatabase/g)?.length).toBe(sheets.length);
}

beforeAll(async () => {
  pages = await servePages();
  ext = await startExtension();
  for (const [host, file] of SAVED) await saveFromPopup(ext, pages.base(host, file));
  library = await openLibraryPage(ext);
}, 180_000);

afterAll(async () => {
  await ext?.context.close();
  pages?.close();
});

describe('comparing eight saved reports', () => {
  it('sorts by 公开率, a rate with no denominator shown "—" and last', async () => {
    expect(await library.$$eval('table.reports tbody tr', (trs) => trs.length)).toBe(8);
    await library.click('[data-action="compare"]');
    await library.waitForSelector('table.compare tbody tr');
    // By hand: shuyang 26/26; the 2026 copy (34 + 39)/149; 2025 (33 + 38)/148; 2024 (71 + 29)/218;
    // 行政审批局 0/6; then 国有资产管理局 2023 and 经济发展局 2020 (0 handled) and 2013 (prose: none).
    const open = await cells('open_rate');
    expect(open.slice(0, 5)).toEqual([
      ['沭阳县发展和改革局', '2023', '100.0%'],
      ['平潭综合实验区', '2026', '49.0%'],
      ['平潭综合实验区', '2025', '48.0%'],
      ['平潭综合实验区', '2024', '45.9%'],
      ['平潭综合实验区行政审批局', '2025', '0.0%'],
    ]);
    expect(
      open
        .slice(5)
        .map((r) => `${r[0]} ${r[1]} ${r[2]}`)
        .sort(),
    ).toEqual(['平潭综合实验区 2013 —', '平潭综合实验区国有资产管理局 2023 —', '平潭综合实验区经济发展局 2020 —']);
    // By body: in pinyin order (国 guó, 经 jīng, 行 xíng; 沭 shù last), a body's years by the order saved.
    await library.click('[data-sort="body"]');
    expect([...new Set((await cells('open_rate')).map((r) => r[0]))]).toEqual([
      '平潭综合实验区',
      '平潭综合实验区国有资产管理局',
      '平潭综合实验区经济发展局',
      '平潭综合实验区行政审批局',
      '沭阳县发展和改革局',
    ]);
    await library.click('[data-sort="open_rate"]');
  });

  it('shows REUSE against the year before once the pages are read, sortable and charted', async () => {
    // 2026 is 2025's text with new numbers: all 23 sentences; 2025 repeats one of 2024's 23.
    await library.waitForSelector('table.compare[aria-busy="false"]');
    await library.click('[data-sort="reuse"]');
    const reuse = await cells('reuse');
    expect(reuse.slice(0, 2)).toEqual([
      ['平潭综合实验区', '2026', '100.0%'],
      ['平潭综合实验区', '2025', '4.3%'],
    ]);
    expect(reuse.slice(2).every((r) => r[2] === '—')).toBe(true);
    await library.selectOption('select[data-chart]', 'reuse');
    expect(await library.$$eval('svg [data-bar] title', (t) => t.map((x) => x.textContent))).toEqual([
      '平潭综合实验区 2026：100.0%',
      '平潭综合实验区 2025：4.3%',
    ]);
    await library.selectOption('select[data-chart]', 'open_rate');
    await library.click('[data-sort="open_rate"]');
    await library.screenshot({ path: 'test-results/compare-eight.png', fullPage: true });
  });

  it('exports the chart as SVG and as PNG, and the table as shown as CSV and XLSX', async () => {
    const svg = (await exportFile(library, 'chart-svg')).toString('utf8');
    expect(svg).toContain('<title>沭阳县发展和改革局 2023：100.0%</title>');
    const png = await exportFile(library, 'chart-png');
    // A PNG twice the chart's size: 720 × (its title 24 + 5 bars × 24 + 10) drawn at 2×.
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1440, 2 * (24 + 5 * 24 + 10)]);
    writeFileSync('test-results/compare-chart.png', png);
    const [head, ...rows] = parseCsv((await exportFile(library, 'compare-csv')).toString('utf8').slice(1));
    expect(rows.map((r) => r[1])).toEqual(['2023', '2026', '2025', '2024', '2025', ...rows.slice(5).map((r) => r[1])]);
    expect(rows[1][head.indexOf('与上年重复 reuse')]).toBe('1');
    const xlsx = await exportFile(library, 'compare-xlsx');
    frozenAndFiltered(xlsx);
    const [sheet] = await readExcelFile(xlsx);
    expect(sheet.data[0]).toEqual(head);
    expect(sheet.data.slice(1, 6).map((r) => [r[1], r[head.indexOf('公开率 open_rate')]])).toEqual([
      [2023, 1],
      [2026, Math.round(((34 + 39) / 149) * 1e4) / 1e4],
      [2025, Math.round(((33 + 38) / 148) * 1e4) / 1e4],
      [2024, Math.round(((71 + 29) / 218) * 1e4) / 1e4],
      [2025, 0],
    ]);
    expect(sheet.data[8][head.indexOf('公开率 open_rate')]).toBeNull();
    await library.click('text=← 返回列表');
    await library.waitForSelector('table.reports[aria-busy="false"]');
  });

  it('the zone’s 2025 report beside its departments, the missing ones listed', async () => {
    await library.evaluate(() => {
      const row = [...document.querySelectorAll('table.reports tbody tr')].find(
        (tr) =>
          tr.querySelector('td.body button')?.textContent === '平潭综合实验区' &&
          [...tr.querySelectorAll('td')].some((td) => td.textContent === '2025'),
      );
      (row?.querySelector('td.body button') as HTMLElement).click();
    });
    await library.waitForSelector('details.rollup');
    expect(await library.textContent('[data-rollup="missing"]')).toBe(
      '库中没有本年度报告的所属部门：平潭综合实验区国有资产管理局、平潭综合实验区经济发展局',
    );
    // REUSE's line in the detail: one sentence in 23 of 2024's, below the warning: no REUSE finding.
    await library.waitForSelector('section.reuse');
    expect(await library.textContent('section.reuse p')).toContain('23 句中有 1 句');
    await library.click('text=← 返回列表');
    await library.waitForSelector('table.reports[aria-busy="false"]');
  });

  it('exports the long CSV (every row in its columns, prose figures present) and REUSE in the findings', async () => {
    const [head, ...rows] = parseCsv((await exportFile(library, 'csv')).toString('utf8').slice(1));
    expect(head).toEqual(CSV_HEADER);
    expect(rows.every((r) => r.length === CSV_HEADER.length)).toBe(true);
    const at = (name: string) => CSV_HEADER.indexOf(name);
    expect(rows.every((r) => r[at('数值 value')] === '' || Number.isFinite(Number(r[at('数值 value')])))).toBe(true);
    // No joined labels: a row label never holds the column's name after a separator.
    expect(rows.some((r) => r[at('行名称 row_label')].includes('·'))).toBe(false);
    expect(rows.map((r) => r[at('行名称 row_label')])).toContain('行政诉讼／复议后起诉');
    // The 2013 report in prose takes part with its 统计表's figures and those its words state (4970 主动公开).
    const prose = rows.filter((r) => r[at('年度 year')] === '2013');
    expect(prose.map((r) => r[at('出处 origin')])).toContain('table');
    expect(
      prose.filter((r) => r[at('出处 origin')] === 'text' && r[at('行 row')] === 'proactive_total').map((r) => r[14]),
    ).toEqual(['4970']);
    const [fhead, ...findings] = parseCsv((await exportFile(library, 'findings')).toString('utf8').slice(1));
    expect(fhead).toEqual(FINDINGS_HEADER);
    const reuse = findings.filter((r) => r[FINDINGS_HEADER.indexOf('规则 rule')] === 'REUSE');
    // The same words as the command line's: the text as the reader read it, kept when the page was saved.
    expect(reuse.map((r) => [r[2], r[8], r[9]])).toEqual([['2026', '提示', REUSE_2026]]);
  });

  it('exports the workbook: every sheet frozen and filtered, the long form, REUSE and its share', async () => {
    const xlsx = await exportFile(library, 'xlsx');
    frozenAndFiltered(xlsx);
    const book = await readExcelFile(xlsx);
    expect(book.map((s) => s.sheet)).toEqual([
      '表三 依申请',
      '表四 复议诉讼',
      '表二 主动公开（2021年版）',
      '表二 主动公开（2019年版）',
      '比较',
      '核对结果',
      '标签与备注',
      '正文数字',
      '长表',
    ]);
    const compare = book[4].data;
    const reuseCol = compare[0].indexOf('与上年重复');
    expect(
      compare
        .filter((r) => r[reuseCol] !== null)
        .map((r) => [r[1], r[reuseCol]])
        .slice(1),
    ).toEqual(
      expect.arrayContaining([
        [2026, 1],
        [2025, 1 / 23],
      ]),
    );
    expect(book[5].data.filter((r) => r[5] === 'REUSE').map((r) => r[1])).toEqual([2026]);
    const long = book[8].data;
    expect(long[0]).toEqual(CSV_HEADER);
    const newTotal = long.find((r) => r[2] === 2024 && r[9] === 't3' && r[10] === 'new' && r[12] === 'total');
    expect(newTotal?.[14]).toBe(218);
  });

  it('shows a library of 450 reports 200 at a time, the list and the compare view alike', async () => {
    // 442 more copies of the saved pingtan 2024 under bodies of their own, written straight into the
    // library's database as a large collection would leave it.
    await library.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('nianbao-lens');
          req.onsuccess = () => {
            const tx = req.result.transaction('reports', 'readwrite');
            const store = tx.objectStore('reports');
            const all = store.getAll();
            all.onsuccess = () => {
              const model = all.result.find((r) => r.year === 2024);
              for (let i = 0; i < 442; i++)
                store.put({
                  ...model,
                  id: 1000 + i,
                  url: `${model.url}?copy=${i}`,
                  body: `副本机关${i}`,
                  bodyKey: `副本${i}`,
                });
            };
            tx.oncomplete = () => (req.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await library.reload();
    await library.waitForSelector('nav.pager');
    const state = () =>
      library.evaluate(() => [
        document.querySelectorAll('table.reports tbody tr').length,
        document.querySelector('nav.pager .meta')?.textContent,
      ]);
    expect(await state()).toEqual([200, '第 1 / 3 页（第 1–200 份，每页 200 份）']);
    // By keyboard: the next-page button is in the tab order.
    await library.focus('nav.pager [data-page="next"]');
    await library.keyboard.press('Enter');
    expect(await state()).toEqual([200, '第 2 / 3 页（第 201–400 份，每页 200 份）']);
    await library.click('nav.pager [data-page="next"]');
    expect(await state()).toEqual([50, '第 3 / 3 页（第 401–450 份，每页 200 份）']);
    expect(await library.isDisabled('nav.pager [data-page="next"]')).toBe(true);
    // A search starts again from the first page; one page needs no pager.
    await library.fill('input[type="search"]', '副本机关1');
    await library.waitForFunction(() => !document.querySelector('nav.pager'));
    expect(await library.$$eval('table.reports tbody tr', (trs) => trs.length)).toBe(1 + 10 + 100);
    await library.fill('input[type="search"]', '');
    await library.click('[data-action="compare"]');
    await library.waitForSelector('table.compare[aria-busy="false"]');
    expect(await library.$$eval('table.compare tbody tr', (trs) => trs.length)).toBe(200);
    expect(await library.$$eval('svg [data-bar]', (bars) => bars.length)).toBe(200);
    await library.click('nav.pager >> nth=0 >> [data-page="next"]');
    await library.click('nav.pager >> nth=0 >> [data-page="next"]');
    expect(await library.$$eval('table.compare tbody tr', (trs) => trs.length)).toBe(50);
  });
});
