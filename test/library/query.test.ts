// The library list over real saved reports: filters, search, sort, and a body's series by year.
import { describe, expect, it } from 'vitest';
import { toJson } from '../../lib/analyze';
import fc from 'fast-check';
import { byPinyin } from '../../lib/base/collate';
import { bodySeries, facets, filterReports, NO_FILTERS, sortReports } from '../../lib/library/query';
import type { SavedReport } from '../../lib/model';
import { toSaved } from '../../lib/store/save';
import { analyzeHtml, fixture, withCell } from '../helpers';

const FILES = [
  'pingtan-2021.html',
  'pingtan-2024.html',
  'pingtan-2025.html',
  'shuyang-fgj-2023.html',
  'pingtan-czj-2009.html',
];

async function library(): Promise<SavedReport[]> {
  const changed = withCell(fixture('pingtan-2024.html'), 't4.suit_after_review.total', '18');
  return Promise.all(
    FILES.map(async (file, i) => {
      const html = file === 'pingtan-2024.html' ? changed : fixture(file);
      return { ...(await toSaved({ url: file, html, report: toJson(analyzeHtml(html), file) }, 1000 + i)), id: i + 1 };
    }),
  );
}

describe('the library list', () => {
  it('filters by year, format, errors and a search that ignores width and spaces', async () => {
    const all = await library();
    const bodies = (rs: SavedReport[]) => rs.map((r) => `${r.body} ${r.year}`);
    expect(bodies(filterReports(all, { ...NO_FILTERS, year: 2024 }))).toEqual(['平潭综合实验区 2024']);
    expect(bodies(filterReports(all, { ...NO_FILTERS, format: 'pre2019' }))).toEqual(['平潭县财政局 2009']);
    expect(bodies(filterReports(all, { ...NO_FILTERS, hasErrors: true }))).toEqual(['平潭综合实验区 2024']);
    expect(bodies(filterReports(all, { ...NO_FILTERS, search: ' 沭阳 县' }))).toEqual(['沭阳县发展和改革局 2023']);
    expect(filterReports(all, NO_FILTERS)).toHaveLength(5);
    expect(facets(all)).toEqual({ years: [2025, 2024, 2023, 2021, 2009], formats: ['2021', 'pre2019'], tags: [] });
  });

  it('sorts by any column, both ways, ties by id', async () => {
    const all = await library();
    expect(sortReports(all, 'year', false).map((r) => r.year)).toEqual([2009, 2021, 2023, 2024, 2025]);
    expect(sortReports(all, 'errors', true)[0].year).toBe(2024);
    // Chinese names in pinyin order: 平 (píng) before 沭 (shù).
    expect(sortReports(all, 'body', false).map((r) => r.body)).toEqual([
      '平潭县财政局',
      '平潭综合实验区',
      '平潭综合实验区',
      '平潭综合实验区',
      '沭阳县发展和改革局',
    ]);
  });

  it('sorts names by their pinyin ranks exactly as comparing every pair would', async () => {
    const [base] = await library();
    const NAMES = [
      '平潭县财政局',
      '平潭综合实验区',
      '沭阳县发展和改革局',
      '鞍山市',
      '阿城区',
      'Anshan',
      '沈阳市大东区',
      '平潭',
    ];
    const reports = fc.array(
      fc.record({ body: fc.option(fc.constantFrom(...NAMES)), id: fc.integer({ min: 1, max: 50 }) }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(reports, fc.boolean(), (rs, desc) => {
        const saved = rs.map((r) => ({ ...base, ...r }));
        // The order before ranks: the collator on every pair.
        const byPairs = [...saved].sort(
          (a, b) =>
            (a.body === b.body ? 0 : a.body === null ? -1 : b.body === null ? 1 : byPinyin(a.body, b.body)) ||
            a.id - b.id,
        );
        const expected = desc ? byPairs.reverse() : byPairs;
        const got = sortReports(saved, 'body', desc);
        expect(got.map((r) => [r.body, r.id])).toEqual(expected.map((r) => [r.body, r.id]));
      }),
    );
  });

  it("gives a body's key figures by year for its chart, as the compare view has them", async () => {
    const html = fixture('pingtan-2013.html');
    const prose = { ...(await toSaved({ url: 'p', html, report: toJson(analyzeHtml(html), 'p') }, 2000)), id: 9 };
    const series = bodySeries([...(await library()), prose], '平潭综合实验区');
    expect(series.map((p) => [p.year, p.requests, p.granted, p.reviews, p.suits])).toEqual([
      // 2013 in prose: what its 统计表 states (no request, review or suit), not blanks.
      [2013, 0, null, 0, 0],
      [2021, 70, 30, 3, 12],
      // 2024 with its suits after review changed to 18.
      [2024, 218, 71, 7, 18],
      [2025, 154, 33, 36, 9],
    ]);
  });
});
