// CROSS-YEAR on the consecutive reports of one body among the fixtures: pingtan 2024 and 2025.
import { describe, expect, it } from 'vitest';
import { toJson } from '../../lib/analyze';
import { bodyKey } from '../../lib/base/body';
import { crossYear, crossYearFindings, crossYearFindingsInParts } from '../../lib/library/cross-year';
import { analyzeFixture, analyzeHtml, fixture, withCell } from '../helpers';

const json = (file: string) => toJson(analyzeFixture(file), file);

describe('CROSS-YEAR', () => {
  it('pingtan 2024 → 2025: 规范性文件 in force 546, but 440 + 58 − 45 = 453; the rest agrees', () => {
    const { prev, next } = crossYear({ prev: json('pingtan-2024.html'), next: json('pingtan-2025.html') });
    expect(next).toEqual([
      {
        rule: 'CROSS-YEAR',
        severity: 'warning',
        message: '表二「规范性文件」现行有效件数 546，但 2024 年度的 440 + 本年制发 58 − 本年废止 45 = 453，相差 93',
        scope: 'normative',
        reported: 546,
        computed: 453,
        difference: 93,
        cells: ['t2.normative.in_force', 't2.normative.issued', 't2.normative.repealed'],
      },
    ]);
    expect(prev.map((f) => [f.rule, f.scope, f.cells])).toEqual([
      ['CROSS-YEAR', 'normative', ['t2.normative.in_force']],
    ]);
  });

  it('finds a carried-over count that does not follow the year before, per column', () => {
    const changed = analyzeHtml(withCell(fixture('pingtan-2025.html'), 't3.carried_over.natural', '3'));
    const { next, prev } = crossYear({ prev: json('pingtan-2024.html'), next: toJson(changed, 'x') });
    expect(
      next.filter((f) => f.cells[0].startsWith('t3')).map((f) => [f.scope, f.reported, f.computed, f.cells]),
    ).toEqual([['natural', 3, 0, ['t3.carried_over.natural']]]);
    expect(prev.filter((f) => f.cells[0].startsWith('t3')).map((f) => f.message)).toEqual([
      '表三「自然人」列：结转下年度 0，但 2025 年度报告的上年结转为 3，相差 -3',
    ]);
  });

  it('links only the same body in consecutive years (not pingtan 2019 and 2021, not other bodies)', async () => {
    const saved = [
      'pingtan-2019.html',
      'pingtan-2021.html',
      'pingtan-2024.html',
      'pingtan-2025.html',
      'pingtan-gyz-2023.html',
    ].map((file, i) => {
      const report = json(file);
      return { id: i + 1, bodyKey: bodyKey(report.meta.body), year: report.meta.year, report };
    });
    const found = crossYearFindings(saved);
    expect([...found.keys()].sort()).toEqual([3, 4]);
    expect(found.get(4)!.map((f) => f.scope)).toEqual(['normative']);
    // As the library page works them out, in parts: the same; stopped, nothing.
    expect(await crossYearFindingsInParts(saved)).toEqual(found);
    const stop = new AbortController();
    stop.abort();
    expect(await crossYearFindingsInParts(saved, stop.signal)).toBeNull();
  });
});

describe('body names', () => {
  it('folds the forms one body goes by', () => {
    expect(bodyKey('平潭综合实验区管委会')).toBe(bodyKey('平潭综合实验区管理委员会'));
    expect(bodyKey('鞍山市人民政府')).toBe(bodyKey('鞍山市政府'));
    expect(bodyKey(' 沭阳县发展和改革局（本级） ')).toBe('沭阳县发展和改革局');
    expect(bodyKey('沭阳县发展和改革局')).not.toBe(bodyKey('沭阳县财政局'));
    expect(bodyKey(null)).toBeNull();
  });
});
