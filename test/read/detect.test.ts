// Detection: reports are recognised; pages that are not reports say so, and every report fixture
// is a negative for the mapping mistakes of the others.
import { describe, expect, it } from 'vitest';
import { looksLikeReport } from '../../lib/read/report';
import { bodyOf, cleanTitle, isReportTitle, yearOf } from '../../lib/read/meta';
import { docFromHtml } from '../../lib/inputs/cheerio-tree';
import { FORMAT_CHARS } from '../../lib/base/format-chars';
import { bodyKey } from '../../lib/base/body';
import { tableText } from '../../lib/read/rows';
import { isT2 } from '../../lib/read/t2';
import { isT3 } from '../../lib/read/t3';
import { isT4 } from '../../lib/read/t4';
import { analyzeFixture, fixture, TABLED_REPORTS } from '../helpers';

describe('pages that are not reports', () => {
  it.each(['pingtan-report-list.html', 'pingtan-gzl-work-report-2022.html'])(
    '%s is not-report, with nothing read',
    (name) => {
      const r = analyzeFixture(name);
      expect(r).toMatchObject({
        kind: 'not-report',
        format: null,
        t2: null,
        t3: null,
        t4: null,
        figures: [],
        findings: [],
      });
    },
  );
});

describe('report titles', () => {
  it.each([
    ['平潭综合实验区2019年度政府信息公开工作年度报告_政府信息公开年报_平潭综合实验区党工委管委会', true],
    ['沭阳县发展和改革局2023年政府信息公开年度报告', true],
    ['鞍山市政府2019年度政府信息公开工作报告', true],
    ['二〇一八年沈阳市大东区政府信息公开工作年度报告', true],
    ['政府信息公开年报', false],
    ['即时比分办公厅关于做好2019年度政府信息公开工作报告编制发布等工作的通知', false],
    ['平潭综合实验区国有资产管理局关于2022年度国资国企监管工作情况的报告', false],
    // A zero-width space inside 公开 is removed before the title is judged, so it still names a report.
    ['平潭综合实验区2024年政府信息公\u200b开工作年度报告', true],
    ['政务动态_平潭综合实验区', false],
    // Judged in folded form: full-width digits, and 年 written as its compatibility ideograph (U+F98E).
    ['平潭综合实验区２０２４年度政府信息公开工作年度报告', true],
    ['平潭县财政局2009\uF98E政府信息公开工作报告', true],
    ['二OO八年平潭县财政局政府信息公开工作报告', true],
    // No year, no 报: a list of reports and a column, known before any expression runs.
    ['政府信息公开年报_政府信息公开_平潭综合实验区党工委管委会', false],
    ['2024年政府信息公开专栏', false],
  ])('%s → %s', (title, yes) => {
    expect(isReportTitle(title)).toBe(yes);
    expect(looksLikeReport([title], [])).toBe(yes);
  });

  it('body and year from the title, whichever comes first', () => {
    expect(bodyOf('平潭县财政局2009年度政府信息公开年度报告')).toBe('平潭县财政局');
    expect(bodyOf('2018年沈阳市大东区政府信息公开工作年度报告')).toBe('沈阳市大东区');
    expect(yearOf('二〇一八年沈阳市大东区政府信息公开工作年度报告')).toBe(2018);
    expect(
      cleanTitle('平潭综合实验区2021年度政府信息公开工作年度报告_政府信息公开年报_平潭综合实验区党工委管委会'),
    ).toBe('平潭综合实验区2021年度政府信息公开工作年度报告');
  });

  it('removes exactly the format characters (\\p{Cf}) from titles and body names, spelt out', () => {
    const spelt = new RegExp(`^[${FORMAT_CHARS}]$`, 'u');
    const cf = /^\p{Cf}$/u;
    const differ: number[] = [];
    for (let c = 0; c <= 0x10ffff; c++)
      if (spelt.test(String.fromCodePoint(c)) !== cf.test(String.fromCodePoint(c))) differ.push(c);
    expect(differ).toEqual([]);
    // A zero-width space and a direction mark inside a real title, and a soft hyphen in the body's name.
    expect(cleanTitle('平潭综合实验区2024年度\u200b政府信息\u200e公开工作年度报告')).toBe(
      '平潭综合实验区2024年度政府信息公开工作年度报告',
    );
    expect(bodyKey('平潭综合\u00ad实验区 管委会')).toBe('平潭综合实验区管理委员会');
  });
});

describe("every fixture is a negative for the others' table detectors", () => {
  const tabled = TABLED_REPORTS;
  const untabled = ['pingtan-2013', 'pingtan-czj-2009', 'pingtan-report-list', 'pingtan-gzl-work-report-2022'];
  const kinds = (name: string) =>
    docFromHtml(fixture(`${name}.html`))
      .tables.map(tableText)
      .map((t) => [isT2(t), isT3(t), isT4(t)].map(Number).join(''));
  it.each(tabled)('%s: exactly one table each is taken for table 2, 3 and 4, and no table for two of them', (name) => {
    const k = kinds(name).filter((x) => x !== '000');
    expect(k.sort()).toEqual(['001', '010', '100']);
  });
  it.each(untabled)('%s: no table is taken for table 2, 3 or 4 (the 统计表 of old reports included)', (name) => {
    expect(kinds(name).filter((x) => x !== '000')).toEqual([]);
  });
  it.each(tabled)('%s: the rows of one format never show up in the other', (name) => {
    const r = analyzeFixture(`${name}.html`);
    const keys = Object.keys(r.t3 ?? {});
    if (r.format === '2019') expect(keys.filter((k) => k.startsWith('other.'))).toEqual([]);
    else expect(keys).not.toContain('other');
    expect(keys.filter((k) => k.startsWith('extra:'))).toEqual([]);
  });
});
