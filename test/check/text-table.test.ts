// Figures from sentences, and TEXT-TABLE comparing them with the tables.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../lib/adapters/text';
import { analyze } from '../../lib/analyze';
import { proseFigures } from '../../lib/read/prose';
import { analyzeFixture, analyzeHtml, fixture } from '../helpers';

const seed = (name: string) => analyze(docFromText(readFileSync(fileURLToPath(new URL(`../fixtures/seeds/${name}.txt`, import.meta.url)), 'utf8')));

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
        rule: 'TEXT-TABLE', severity: 'warning', scope: 'requests_received', reported: 59, computed: 148, difference: -89, cells: ['t3.new.total'],
        message: '正文称「受理依申请公开59件次」（59），但表三「本年新收·总计」为 148',
      },
    ]);
  });

  it('agrees on the real pages that state the figure (pingtan-2025 154, pingtan-hzs-2025 6, shuyang 26)', () => {
    for (const [name, value] of [['pingtan-2025.html', 154], ['pingtan-hzs-2025.html', 6], ['shuyang-fgj-2023.html', 26]] as const) {
      const r = analyzeFixture(name);
      expect(r.figures.find((x) => x.key === 'requests_received')?.value).toBe(value);
      expect(r.findings.filter((x) => x.rule === 'TEXT-TABLE')).toEqual([]);
    }
  });

  it('fires on a real page when the prose is changed (pingtan-2025: 154件 → 145件)', () => {
    const r = analyzeHtml(fixture('pingtan-2025.html').replace('申请</span><span>154</span>', '申请</span><span>145</span>'));
    expect(r.findings.filter((x) => x.rule === 'TEXT-TABLE').map((x) => [x.reported, x.computed])).toEqual([[145, 154]]);
  });
});
