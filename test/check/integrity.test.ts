import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../lib/inputs/text-doc';
import { analyze } from '../../lib/analyze';
import { analyzeFixture, analyzeHtml, fixture } from '../helpers';

const seeds = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));
const readSeed = (name: string) => analyze(docFromText(readFileSync(seeds + name, 'utf8')));

describe('INTEGRITY', () => {
  it('seed 002: 即时比分 where 辽宁省人民政府 should stand, twice, quoted', () => {
    const f = readSeed('002_e67d0018f5985882.txt').findings.filter((x) => x.rule === 'INTEGRITY');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', scope: '即时比分', reported: 2 });
    expect(f[0].message).toContain('《即时比分办公厅关于做好2019年');
    expect(f[0].message).toContain('《即时比分办公厅关于印发辽宁省政府');
  });

  it('no false alarm on any other seed or real page', () => {
    for (const name of readdirSync(seeds).filter((n) => n.endsWith('.txt') && !n.startsWith('002'))) {
      expect(readSeed(name).findings.filter((x) => x.rule === 'INTEGRITY')).toEqual([]);
    }
    for (const name of ['pingtan-2013.html', 'pingtan-2021.html', 'pingtan-czj-2009.html', 'shuyang-fgj-2023.html']) {
      expect(analyzeFixture(name).findings.filter((x) => x.rule === 'INTEGRITY')).toEqual([]);
    }
  });

  it('counts each word on its own, where two overlap (即时比分直播: 即时比分 and 比分直播)', () => {
    const text = '平潭县2015年政府信息公开工作年度报告\n即时比分直播，足球比分。即时比分。';
    const found = analyze(docFromText(text)).findings.filter((x) => x.rule === 'INTEGRITY');
    expect(found.map((f) => [f.scope, f.reported])).toEqual([
      ['即时比分', 2],
      ['比分直播', 1],
      ['足球比分', 1],
    ]);
  });

  it('words that only look close do not fire', () => {
    const text =
      '平潭县2015年政府信息公开工作年度报告\n成人教育招生信息12条；体育彩票公益金使用情况；金沙县、太阳城社区的比分统计。';
    expect(analyze(docFromText(text)).findings.filter((x) => x.rule === 'INTEGRITY')).toEqual([]);
  });
});

describe('INTEGRITY: the host a report comes from', () => {
  it('a saved portal page that names a government address passes (pingtan-2021: www.pingtan.gov.cn)', () => {
    const r = analyzeFixture('pingtan-2021.html');
    expect(r.url).toBe('https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202202/t20220208_80613.htm');
    expect(r.findings).toEqual([]);
  });

  it('the same report served from another host is flagged', () => {
    const html = fixture('pingtan-2021.html').replace(
      'content="https://www.pingtan.gov.cn/zwgk',
      'content="https://pingtan-gov.example.com/zwgk',
    );
    const f = analyzeHtml(html).findings.filter((x) => x.rule === 'INTEGRITY');
    expect(f.map((x) => [x.scope, x.message])).toEqual([
      [
        'host',
        '这份政府信息公开年报不是从政府网站（.gov.cn）取得的，而是来自 pingtan-gov.example.com：请到发布机关的门户网站核对原文',
      ],
    ]);
  });
});

describe('fees from the prose', () => {
  it.each([
    ['pingtan-2024.html', '无收取信息处理费'],
    ['shuyang-fgj-2023.html', '未发生收费'],
  ])('%s: none charged', (name, words) => {
    expect(analyzeFixture(name).figures.filter((f) => f.key === 'fees')).toEqual([
      { key: 'fees', label: words, value: 0, unit: '元', source: 'text' },
    ]);
  });

  it('an amount, and a table label that only mentions 收费 does not count', () => {
    const f = (text: string) =>
      analyze(docFromText(`某县2016年政府信息公开工作年度报告\n${text}`)).figures.filter((x) => x.key === 'fees');
    expect(f('全年共收取信息处理费用120元。').map((x) => [x.value, x.unit])).toEqual([[120, '元']]);
    expect(f('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请')).toEqual([]);
  });
});
