// The scorecard of a column on real reports: pingtan's zone (2013 in prose, 2019, 2021, 2025) with
// the years between missing, each report on time or late under the national rule and under a local
// deadline, the format of its year, read from the page or a file; 平潭县财政局's 2009 report published
// 42 days after 31 March; a 2019-format report for 2021 flagged.
import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { SCORECARD_HEADER, scorecardCsv, scorecardRows, scorecardSheet } from '../../lib/export/scorecard';
import { toJson } from '../../lib/analyze';
import { scorecards, wrongFormat } from '../../lib/view/scorecard';
import type { SavedReport } from '../../lib/model';
import { toSaved } from '../../lib/store/save';
import { previousYears } from '../../lib/base/years';
import { reuseShares } from '../../lib/check/reuse';
import { analyzeHtml, fixture, parseCsv, xlsxBuffer } from '../helpers';

let next = 1;
async function saved(file: string, html = fixture(file), kind?: 'PDF'): Promise<SavedReport> {
  const url = `https://www.pingtan.gov.cn/${file}`;
  const payload = { url, html, report: toJson(analyzeHtml(html), url) };
  return { ...(await toSaved(payload, next)), id: next++, ...(kind ? { kind } : {}) };
}

describe('the scorecard of a column', () => {
  it('years covered and missing, timeliness, format of the year, readable or attachment only', async () => {
    const reports = [
      await saved('pingtan-2013.html'),
      await saved('pingtan-2019.html', undefined, 'PDF'),
      await saved('pingtan-2021.html'),
      await saved('pingtan-2025.html'),
      await saved('pingtan-czj-2009.html'),
    ];
    const [czj, zone] = scorecards(reports, [{ prefix: '平潭综合实验区', monthDay: '01-31' }]);
    expect(czj.body).toBe('平潭县财政局');
    expect(czj.rows.map((r) => [r.year, r.published, r.national])).toEqual([
      [2009, '2010-05-12', { due: '2010-03-31', late: 42 }],
    ]);
    expect(czj.rows[0].local).toBeNull();

    expect(zone.body).toBe('平潭综合实验区');
    expect(zone.years).toEqual([2013, 2019, 2021, 2025]);
    expect(zone.missing).toEqual([2014, 2015, 2016, 2017, 2018, 2020, 2022, 2023, 2024]);
    expect(zone.rows.map((r) => [r.year, r.published, r.national.late, r.local?.late ?? null])).toEqual([
      [2013, null, null, null],
      [2019, '2020-01-20', 0, 0],
      [2021, '2022-02-08', 0, 8],
      [2025, '2026-03-10', 0, 38],
    ]);
    expect(zone.rows.map((r) => r.national.due)).toEqual(['2014-03-31', '2020-03-31', '2022-03-31', '2026-03-31']);
    expect(zone.rows.map((r) => [r.format, r.expected, wrongFormat(r)])).toEqual([
      ['pre2019', 'pre2019', false],
      ['2019', '2019', false],
      ['2021', '2021', false],
      ['2021', '2021', false],
    ]);
    expect(zone.rows.map((r) => r.readable)).toEqual(['page', 'PDF', 'page', 'page']);
  });

  it('REUSE against the year before, where both texts are at hand', async () => {
    const reports = [
      await saved('pingtan-2024.html'),
      await saved('pingtan-2025.html'),
      await saved('pingtan-2021.html'),
    ];
    const texts = new Map(reports.map((r) => [r.id!, analyzeHtml(fixture(r.url.split('/').pop()!)).text]));
    const [card] = scorecards(reports, [], texts);
    // 2021 has no report of 2020 to repeat; 2024 and 2025 each repeat one sentence of 23.
    expect(card.rows.map((r) => [r.year, r.reuse === null ? null : Math.round(r.reuse * 1000) / 1000])).toEqual([
      [2021, null],
      [2024, null],
      [2025, 0.043],
    ]);
    expect(scorecardRows([card]).map((r) => r[r.length - 1])).toEqual([null, null, null, null, 0.043]);
  });

  it('of two reports of a year, the one saved last counts, in the scorecard and across the library alike', async () => {
    // pingtan 2024 saved from its page (id 1, saved again last) and from a second address (id 2, saved in
    // between); the second's text is 2025's own, so that pairing 2025 with it would read as all repeated.
    const [page, copy, y2025] = [
      await saved('pingtan-2024.html'),
      await saved('pingtan-2024.html'),
      await saved('pingtan-2025.html'),
    ];
    const reports = [
      { ...page, savedAt: 30 },
      { ...copy, url: `${copy.url}?pdf`, savedAt: 20 },
      { ...y2025, savedAt: 10 },
    ];
    const text = (file: string) => analyzeHtml(fixture(file)).text;
    const texts = new Map([
      [page.id!, text('pingtan-2024.html')],
      [copy.id!, text('pingtan-2025.html')],
      [y2025.id!, text('pingtan-2025.html')],
    ]);
    const [card] = scorecards(reports, [], texts);
    expect(card.rows.map((r) => [r.year, r.id, r.reuse && Math.round(r.reuse * 1000) / 1000])).toEqual([
      [2024, page.id, null],
      [2025, y2025.id, 0.043],
    ]);
    const pairs = previousYears(reports, reports);
    expect(pairs.map(({ report, before }) => [report.id, before.id])).toEqual([[y2025.id, page.id]]);
    expect(reuseShares(pairs, texts).get(y2025.id!)).toBeCloseTo(0.043, 3);
    // Saved in the order listed, the last listed counts.
    expect(previousYears([y2025], [page, copy, y2025])[0].before.id).toBe(copy.id);
  });

  it('flags the 2019 tables in a report for 2021 or later', async () => {
    // pingtan's 2019 report as if it were its 2022 one: the tables of 2019 in a report of 2022.
    const html = fixture('pingtan-2019.html').replaceAll('2019年度', '2022年度');
    const [card] = scorecards([await saved('pingtan-2022-as-2019.html', html)]);
    expect(card.rows.map((r) => [r.year, r.format, r.expected, wrongFormat(r)])).toEqual([
      [2022, '2019', '2021', true],
    ]);
  });
});

describe('the scorecard exported', () => {
  it('CSV and XLSX: one row per year, the missing years as rows, numbers as numbers', async () => {
    const cards = scorecards([await saved('pingtan-2019.html'), await saved('pingtan-2021.html')]);
    const [head, ...rows] = parseCsv(scorecardCsv(cards).slice(1));
    expect(head).toEqual(SCORECARD_HEADER);
    expect(rows.map((r) => [r[1], r[2], r[4], r[6], r[9], r[11], r[12]])).toEqual([
      ['2019', 'present', '2020-01-20', '0', '2019', 'no', 'page'],
      ['2020', 'missing', '', '', '', '', ''],
      ['2021', 'present', '2022-02-08', '0', '2021', 'no', 'page'],
    ]);
    const { sheet, data } = scorecardSheet(cards);
    const buffer = await xlsxBuffer([{ sheet, data }]);
    const [book] = await readExcelFile(buffer);
    expect(book.data[0].slice(0, 4)).toEqual(['机关', '年度', '状态', '标题']);
    expect(book.data.slice(1).map((r) => [r[1], r[2], r[6]])).toEqual([
      [2019, 'present', 0],
      [2020, 'missing', null],
      [2021, 'present', 0],
    ]);
  });
});
