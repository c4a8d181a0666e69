// The compare view's figures and rates on real reports, worked out by hand from their tables:
// pingtan 2024 (公开率 (71 + 29) / 218; 复议纠错率 1 / (7 − 1); 诉讼纠错率 2 / (0 + 19 − 0)), shuyang 2023
// (its one review still pending: 1 − 1 = 0, so no rate, not 0 %), a department with nothing handled
// (0 / 0: no rate), and pingtan 2013 in prose taking part with its 统计表's figures.
import { strFromU8, unzipSync } from 'fflate';
import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../lib/analyze';
import { compareCsv, compareSheet } from '../../lib/export/compare';
import { strings } from '../../lib/i18n';
import { toSaved } from '../../lib/store/save';
import { compareRows, figuresOf, ratesOf, type CompareKey } from '../../lib/view/compare';
import { analyzeFixture, fixture, parseCsv, xlsxBuffer } from '../helpers';

const of = (file: string) => figuresOf(toJson(analyzeFixture(file), 'https://www.pingtan.gov.cn/x.htm'));

describe('figures and rates', () => {
  it('pingtan 2024: every figure from its tables, and the rates by their formulas', () => {
    const f = of('pingtan-2024.html');
    expect(f).toEqual({
      new: 218,
      carried_over: 0,
      handled: 218,
      granted: 71,
      partial: 29,
      withheld: 4 + 3 + 32,
      unable: 75,
      declined: 1,
      other: 1 + 0 + 2,
      carried_forward: 0,
      reviews: 7,
      reviews_corrected: 1,
      reviews_pending: 1,
      suits: 0 + 19,
      suits_corrected: 0 + 2,
      suits_pending: 0,
      fees: 18651.06,
    });
    expect(ratesOf(f)).toEqual({
      open_rate: (71 + 29) / 218,
      withheld_rate: 39 / 218,
      unable_rate: 75 / 218,
      declined_rate: 1 / 218,
      review_fix: 1 / (7 - 1),
      suit_fix: 2 / (19 - 0),
    });
  });

  it('a zero or blank denominator is no rate, never 0 %', () => {
    const shuyang = ratesOf(of('shuyang-fgj-2023.html'));
    expect(shuyang.open_rate).toBe(1);
    // One review, still pending: 0 / (1 − 1).
    expect([shuyang.review_fix, shuyang.suit_fix]).toEqual([null, null]);
    // A department that handled no request: 0 / 0.
    expect(Object.values(ratesOf(of('pingtan-jjf-2020.html')))).toEqual([null, null, null, null, null, null]);
  });

  it('a report in prose takes part with its 统计表', () => {
    const f = of('pingtan-2013.html');
    expect([f.new, f.handled, f.reviews, f.suits, f.granted]).toEqual([0, 0, 0, 0, null]);
    expect(ratesOf(f).open_rate).toBeNull();
  });
});

describe('the compare view exported as shown', () => {
  const zh = strings('zh');
  const names = (c: CompareKey) =>
    c === 'reuse' ? zh.colReuse : c in zh.rateNames ? zh.rateNames[c as 'open_rate'] : zh.figureNames[c as 'new'];
  const columns: CompareKey[] = ['new', 'handled', 'open_rate', 'review_fix', 'reuse'];

  it('as CSV and as a sheet: numbers as numbers, rates as fractions, no rate and no REUSE left empty', async () => {
    const reports = await Promise.all(
      (['pingtan-2025.html', 'shuyang-fgj-2023.html'] as const).map(async (file, i) => {
        const url = `https://www.pingtan.gov.cn/${i}.htm`;
        const html = fixture(file);
        return { ...(await toSaved({ url, html, report: toJson(analyzeFixture(file), url) }, 0)), id: i + 1 };
      }),
    );
    // pingtan 2025 repeats 1 of its 23 sentences of 2024 (test/check/reuse.test.ts); shuyang has no year before.
    const rows = compareRows(reports, '', new Map([[1, 1 / 23]]));
    const [head, ...body] = parseCsv(compareCsv(rows, columns, names).slice(1));
    expect(head).toEqual([
      '机关 body',
      '年度 year',
      '本年新收 new',
      '办理总计 handled',
      '公开率 open_rate',
      '复议纠错率 review_fix',
      '与上年重复 reuse',
    ]);
    expect(body).toEqual([
      // 公开率 (33 + 38) / 148; 复议纠错率 3 / (36 − 0); REUSE 1 / 23, four places.
      ['平潭综合实验区', '2025', '154', '148', '0.4797', '0.0833', '0.0435'],
      ['沭阳县发展和改革局', '2023', '26', '26', '1', '', ''],
    ]);
    const buffer = await xlsxBuffer([compareSheet(rows, columns, names)]);
    const [sheet] = await readExcelFile(buffer);
    expect(sheet.sheet).toBe('比较');
    expect(sheet.data.slice(1)).toEqual(body.map((r) => r.map((v, i) => (v === '' ? null : i === 0 ? v : Number(v)))));
    const xml = strFromU8(unzipSync(new Uint8Array(buffer))['xl/worksheets/sheet1.xml']);
    expect(xml).toContain('<autoFilter ref="A1:G3"/>');
    expect(xml).toMatch(/state="frozen"/);
  });
});
