import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../lib/adapters/text';
import { analyze } from '../../lib/analyze';
import { analyzeFixture } from '../helpers';

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

  it('words that only look close do not fire', () => {
    const text = '平潭县2015年政府信息公开工作年度报告\n成人教育招生信息12条；体育彩票公益金使用情况；金沙县、太阳城社区的比分统计。';
    expect(analyze(docFromText(text)).findings.filter((x) => x.rule === 'INTEGRITY')).toEqual([]);
  });
});
