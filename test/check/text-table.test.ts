// Figures from sentences, and TEXT-TABLE comparing them with the tables.
import { describe, expect, it } from 'vitest';
import { proseFigures } from '../../lib/read/prose';
import { analyzeFixture, analyzeHtml, analyzeSeed, fixture } from '../helpers';

const seed = analyzeSeed;

describe('prose figures from real sentences', () => {
  it.each([
    ['2018年,市行政审批局共通过书面形式,受理政府信息公开申请14条,按照相关规定', 'requests_received', 14, '条'],
    ['2016年全年共受理依申请公开12件(网上受理2件,书面受理10件),全部依法办结', 'requests_received', 12, '件'],
    ['今年区政府共收到依申请公开政府信息75件次284份申请', 'requests_received', 75, '件次'],
    ['区政府信息公开行政复议案件4件,其中,重新作答1件,待审结3件', 'reviews', 4, '件'],
  ])('%s', (sentence, key, value, unit) => {
    expect(proseFigures(sentence)).toEqual([expect.objectContaining({ key, value, unit, source: 'text' })]);
  });

  it.each([
    '受理政府信息公开申请较上年增加3件',
    '收到政府信息公开申请同比增长15%',
    '区政府收到申请人投诉职能部门信息公开1件',
  ])('no figure from %s', (sentence) => {
    expect(proseFigures(sentence)).toEqual([]);
  });
});

describe('TEXT-TABLE', () => {
  it('seed 002: 依申请59件次 in the prose, 148 in table 3', () => {
    const f = seed('002_e67d0018f5985882').findings.filter((x) => x.rule === 'TEXT-TABLE');
    expect(f).toEqual([
      {
        rule: 'TEXT-TABLE',
        severity: 'warning',
        scope: 'requests_received',
        reported: 59,
        computed: 148,
        difference: -89,
        cells: ['t3.new.total'],
        message: '正文称「受理依申请公开59件次」（59），但表三「本年新收·总计」为 148',
      },
    ]);
  });

  it('agrees on the real pages that state the figure (pingtan-2025 154, pingtan-hzs-2025 6, shuyang 26)', () => {
    for (const [name, value] of [
      ['pingtan-2025.html', 154],
      ['pingtan-hzs-2025.html', 6],
      ['shuyang-fgj-2023.html', 26],
    ] as const) {
      const r = analyzeFixture(name);
      expect(r.figures.find((x) => x.key === 'requests_received')?.value).toBe(value);
      expect(r.findings.filter((x) => x.rule === 'TEXT-TABLE')).toEqual([]);
    }
  });

  it('fires on a real page when the prose is changed (pingtan-2025: 154件 → 145件)', () => {
    const r = analyzeHtml(
      fixture('pingtan-2025.html').replace('申请</span><span>154</span>', '申请</span><span>145</span>'),
    );
    expect(r.findings.filter((x) => x.rule === 'TEXT-TABLE').map((x) => [x.reported, x.computed])).toEqual([
      [145, 154],
    ]);
  });
});

describe('the old 统计表 (指标名称 | 计量单位 | 本年度 | 历年累计)', () => {
  it('pingtan-2013: 本年度 and 历年累计 kept apart, parts without a key', () => {
    const figures = analyzeFixture('pingtan-2013.html').figures.filter((f) => f.source === 'table');
    expect(figures.filter((f) => f.key).map((f) => [f.key, f.value, f.unit])).toEqual([
      ['proactive_total', 72804, '条'],
      ['proactive_total.cumulative', 76424, '条'],
      ['requests_received', 0, '条'],
      ['requests_received.cumulative', 0, '条'],
      ['requests_answered', 0, '条'],
      ['requests_answered.cumulative', 0, '条'],
      ['reviews', 0, '件'],
      ['reviews.cumulative', 0, '件'],
      ['lawsuits', 0, '件'],
      ['lawsuits.cumulative', 0, '件'],
      ['complaints', 0, '件'],
      ['complaints.cumulative', 0, '件'],
    ]);
    // 2、政府公报公开 has a blank 历年累计: no figure is invented for it.
    expect(figures.filter((f) => f.label.startsWith('2、政府公报公开')).map((f) => f.label)).toEqual([
      '2、政府公报公开（本年度）',
    ]);
  });

  it('pingtan-czj-2009: a 年末统计 column only', () => {
    const figures = analyzeFixture('pingtan-czj-2009.html').figures.filter((f) => f.key && f.source === 'table');
    expect(figures.map((f) => [f.key, f.value])).toEqual([
      ['proactive_total', 6],
      ['requests_received', 0],
      ['requests_answered', 0],
      ['reviews', 0],
      ['lawsuits', 0],
      ['complaints', 0],
    ]);
  });

  it('pingtan-2013: the prose says 4970条, its own 统计表 says 72804', () => {
    const f = analyzeFixture('pingtan-2013.html').findings.filter((x) => x.rule === 'TEXT-TABLE');
    expect(f.map((x) => [x.scope, x.reported, x.computed, x.message])).toEqual([
      [
        'proactive_total',
        4970,
        72804,
        '正文称「主动公开政府信息4970条」（4970），但统计表「主动公开信息数（本年度）」为 72804',
      ],
    ]);
  });

  it('seeds 000 and 001: 主动公开 from the prose', () => {
    expect(seed('000_179aec6b059d2134').figures.find((f) => f.key === 'proactive_total')?.value).toBe(62984);
    expect(seed('001_c2cef3dbede2db47').figures.find((f) => f.key === 'proactive_total')?.value).toBe(826);
  });
});

describe('figures counted in 篇', () => {
  it('seed 003: 主动公开政府信息9165篇 is read, and its findings stay PERIOD only', () => {
    const report = analyzeSeed('003_7302e5d13d14c9bc');
    expect(report.figures.find((f) => f.key === 'proactive_total')).toMatchObject({ value: 9165, unit: '篇' });
    expect(report.findings.filter((f) => f.severity !== 'info').map((f) => f.rule)).toEqual(['PERIOD']);
  });
});
