// PERIOD and DEADLINE on the seeds and real pages, and the rule chosen for each kind of body.
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../lib/inputs/text-doc';
import { analyze } from '../../lib/analyze';
import { deadlineFor } from '../../lib/check/deadline';
import type { Finding } from '../../lib/model';
import { signedOf } from '../../lib/read/meta';
import { analyzeFixture, seedText } from '../helpers';

const seed = (name: string) => analyze(docFromText(seedText(name)));
const rules = (findings: Finding[], ...ids: string[]) => findings.filter((f) => ids.includes(f.rule));

describe('DEADLINE', () => {
  it('seed 001: published 2017-05-22, after 31 March, under the 2008 rule', () => {
    const r = seed('001_c2cef3dbede2db47');
    expect(r.meta).toMatchObject({ body: '安庆市人民政府政务服务中心', year: 2016, published: '2017-05-22' });
    expect(rules(r.findings, 'DEADLINE', 'PERIOD')).toEqual([
      expect.objectContaining({
        rule: 'DEADLINE',
        severity: 'warning',
        scope: '2017-03-31',
        reported: 52,
        message: expect.stringContaining('国务院令第492号'),
      }),
    ]);
  });

  it('a real page published 42 days late (平潭县财政局 2009, published 2010-05-12)', () => {
    expect(
      rules(analyzeFixture('pingtan-czj-2009.html').findings, 'DEADLINE').map((f) => [f.scope, f.reported]),
    ).toEqual([['2010-03-31', 42]]);
  });

  it('on time: departments by 31 January and governments by 31 March under the 2019 rule', () => {
    for (const name of [
      'pingtan-gyz-2023',
      'pingtan-hzs-2025',
      'pingtan-jjf-2020',
      'pingtan-nyn-2019',
      'pingtan-2019',
      'pingtan-2021',
      'pingtan-2025',
    ]) {
      expect(rules(analyzeFixture(`${name}.html`).findings, 'DEADLINE', 'PERIOD')).toEqual([]);
    }
    expect(rules(seed('000_179aec6b059d2134').findings, 'DEADLINE', 'PERIOD')).toEqual([]);
  });

  it.each([
    [2018, '某市交通运输局', '2019-03-20', '2019-03-31', '492号'],
    [2018, '某市交通运输局', '2019-06-01', '2019-01-31', '第四十九条'],
    [2023, '平潭综合实验区国有资产管理局', '2024-01-26', '2024-01-31', '部门'],
    [2023, '平潭综合实验区', '2024-03-01', '2024-03-31', '地方人民政府'],
    [2020, '沈阳市大东区', '2021-02-01', '2021-03-31', '地方人民政府'],
  ])('%i %s published %s: due %s', (year, body, published, date, words) => {
    const due = deadlineFor(year, body, published)!;
    expect(due.date).toBe(date);
    expect(due.rule).toContain(words);
  });

  it('a body whose kind its name does not tell is not judged', () => {
    expect(deadlineFor(2022, '某某', '2023-06-01')).toBeNull();
  });
});

describe('PERIOD', () => {
  it('seed 003: a 2018 report signed 2018年3月6日, published 2019-03-27', () => {
    const r = seed('003_7302e5d13d14c9bc');
    expect(r.meta).toMatchObject({ body: '沈阳市大东区', year: 2018, published: '2019-03-27' });
    expect(rules(r.findings, 'PERIOD', 'DEADLINE')).toEqual([
      expect.objectContaining({
        rule: 'PERIOD',
        scope: 'signed',
        reported: 2018,
        computed: 2019,
        message: '2018年度报告的落款日期为2018-03-06，早于2018年结束；应为2019年',
      }),
    ]);
  });

  it('the signature is the last date on a line of its own', () => {
    expect(signedOf(seedText('000_179aec6b059d2134'))).toBe('2019-03-19');
    expect(signedOf('统计期限为2019年1月1日至2019年12月31日。\n某局\n2020年1月15日\n')).toBe('2020-01-15');
    expect(signedOf('时间为2019年1月1日。')).toBeNull();
    // The last such line, from the end (a later date inside a sentence is none), its year in numerals too.
    const signed = '某局\n  二〇二〇年一月\n 二〇二〇年1月15日 \n附：2020年2月1日印发';
    expect(signedOf(signed)).toBe('2020-01-15');
    // A date broken over two lines stands on neither.
    expect(signedOf('某局\n2020年\n1月15日\n')).toBeNull();
  });

  it('statistics period and title disagreeing', () => {
    const r = analyze(
      docFromText('某县2021年政府信息公开工作年度报告\n本报告所列数据统计期限为2020年1月1日至2020年12月31日。'),
    );
    expect(rules(r.findings, 'PERIOD').map((f) => f.message)).toEqual(['标题为2021年度报告，但统计期限写的是2020年']);
  });
});
