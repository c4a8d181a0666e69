// Every real page: every cell of tables 3 and 4, table 2 of five pages, meta, and the exact findings.
import { describe, expect, it } from 'vitest';
import { T3_COLUMNS } from '../../lib/format/t3';
import { T4_BLOCKS, T4_COLUMNS } from '../../lib/format/t4';
import type { TableValues } from '../../lib/model';
import { EXPECTED } from '../fixtures/expected-tables';
import { analyzeFixture, analyzeHtml, fixture, TABLED_REPORTS } from '../helpers';

const rowsOf = (t: TableValues | null) =>
  Object.fromEntries(Object.entries(t ?? {}).map(([row, cols]) => [row, T3_COLUMNS.map((c) => cols[c.key])]));

const flatT4 = (t: TableValues | null) => T4_BLOCKS.flatMap((b) => T4_COLUMNS.map((c) => t?.[b.key]?.[c.key]));

describe('tables 3 and 4 of every 2019/2021-format fixture, cell by cell', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(name, () => {
      const report = analyzeFixture(`${name}.html`);
      expect(report.kind).toBe('report');
      expect(rowsOf(report.t3)).toEqual(expected.t3);
      expect(flatT4(report.t4)).toEqual(expected.t4);
    });
  }
});

describe('format and meta', () => {
  const cases: [string, string, string, number, string | null][] = [
    ['pingtan-2019', '2019', '平潭综合实验区', 2019, '2020-01-20'],
    ['pingtan-2021', '2021', '平潭综合实验区', 2021, '2022-02-08'],
    ['pingtan-2024', '2021', '平潭综合实验区', 2024, null],
    ['pingtan-2025', '2021', '平潭综合实验区', 2025, '2026-03-10'],
    ['pingtan-gyz-2023', '2021', '平潭综合实验区国有资产管理局', 2023, '2024-01-26'],
    ['pingtan-hzs-2025', '2021', '平潭综合实验区行政审批局', 2025, '2026-01-30'],
    ['pingtan-jjf-2020', '2019', '平潭综合实验区经济发展局', 2020, '2021-01-27'],
    ['pingtan-nyn-2019', '2019', '平潭综合实验区农业农村局', 2019, '2020-01-03'],
    ['shuyang-fgj-2023', '2021', '沭阳县发展和改革局', 2023, null],
    ['pingtan-2013', 'pre2019', '平潭综合实验区', 2013, null],
    ['pingtan-czj-2009', 'pre2019', '平潭县财政局', 2009, '2010-05-12'],
  ];
  for (const [name, format, body, year, published] of cases) {
    it(name, () => {
      const r = analyzeFixture(`${name}.html`);
      expect(r.format).toBe(format);
      expect(r.meta).toMatchObject({ body, year, published });
      expect(r.meta.title).toMatch(new RegExp(`^${body}${year}年`));
    });
  }
});

describe('table 2', () => {
  it('2019 format, with money in 元 (pingtan-2019)', () => {
    const r = analyzeFixture('pingtan-2019.html');
    expect(r.t2).toEqual({
      regulations: { made: 0, published: 0, total: 0 },
      normative: { made: 89, published: 89, total: 89 },
      licensing: { prev_count: 396, change: 0, decisions: 181 },
      other_services: { prev_count: 10, change: 0, decisions: 153 },
      penalty: { prev_count: 2648, change: 0, decisions: 430 },
      coercion: { prev_count: 126, change: 0, decisions: 25 },
      fees: { prev_count: 35, change: 0 },
      procurement: { projects: 135, amount: 75394432.52 },
    });
    expect(r.figures.filter((f) => f.source === 'table')).toEqual([
      {
        key: 't2.procurement.amount',
        label: '政府集中采购 采购总金额',
        value: 75394432.52,
        unit: '元',
        source: 'table',
      },
    ]);
  });

  it('2019 format, a decrease written 减12 (pingtan-nyn-2019)', () => {
    const r = analyzeFixture('pingtan-nyn-2019.html');
    expect(r.t2?.fees).toEqual({ prev_count: 16, change: -12 });
    expect(r.t2?.licensing).toEqual({ prev_count: 77, change: 0, decisions: 0 });
    expect(r.t2?.procurement).toEqual({ projects: 48, amount: 38518699.09 });
  });

  it('2021 format, fees in 万元 from the header (pingtan-2021)', () => {
    const r = analyzeFixture('pingtan-2021.html');
    expect(r.t2).toEqual({
      regulations: { issued: 0, repealed: 0, in_force: 0 },
      normative: { issued: 69, repealed: 3, in_force: 665 },
      licensing: { decisions: 2293 },
      penalty: { decisions: 1282 },
      coercion: { decisions: 42 },
      fees: { amount: 24252.311082 },
    });
    expect(r.figures.filter((f) => f.source === 'table')).toEqual([
      {
        key: 't2.fees.amount',
        label: '行政事业性收费 本年收费金额(单位:万元)',
        value: 24252.311082,
        unit: '万元',
        source: 'table',
      },
    ]);
  });

  it('2021 format without a 规章 row (pingtan-hzs-2025)', () => {
    const r = analyzeFixture('pingtan-hzs-2025.html');
    expect(r.t2).toEqual({
      normative: { issued: 3, repealed: 0, in_force: 24 },
      licensing: { decisions: 0 },
      penalty: { decisions: 0 },
      coercion: { decisions: 0 },
      fees: { amount: 0 },
    });
  });

  it('2021 columns under the old label 规范性文件 (shuyang-fgj-2023)', () => {
    const r = analyzeFixture('shuyang-fgj-2023.html');
    expect(r.t2?.normative).toEqual({ issued: 8, repealed: 0, in_force: 18 });
    expect(r.t2?.regulations).toEqual({ issued: 0, repealed: 0, in_force: 0 });
  });

  it('tables nested in a layout table are read as tables of their own (pingtan-jjf-2020)', () => {
    const r = analyzeFixture('pingtan-jjf-2020.html');
    expect(r.t2?.normative).toEqual({ made: 10, published: 10, total: 10 });
    expect(r.t2?.procurement).toEqual({ projects: 0, amount: 0 });
  });
});

describe('the exact findings of each fixture', () => {
  const clean = TABLED_REPORTS.filter((name) => name !== 'shuyang-fgj-2023');
  for (const name of clean) {
    it(`${name}: every relation holds, no finding`, () => {
      expect(analyzeFixture(`${name}.html`).findings).toEqual([]);
    });
  }

  it('pingtan-2013 (prose + 统计表): only the prose/统计表 disagreement', () => {
    expect(analyzeFixture('pingtan-2013.html').findings.map((f) => [f.rule, f.severity, f.scope])).toEqual([
      ['TEXT-TABLE', 'warning', 'proactive_total'],
    ]);
  });

  it('pingtan-czj-2009 (prose + 统计表): published after the 2008 deadline', () => {
    expect(analyzeFixture('pingtan-czj-2009.html').findings.map((f) => [f.rule, f.severity, f.scope])).toEqual([
      ['DEADLINE', 'warning', '2010-03-31'],
    ]);
  });

  it('the pages that are not reports: no finding', () => {
    expect(analyzeFixture('pingtan-report-list.html').findings).toEqual([]);
    expect(analyzeFixture('pingtan-gzl-work-report-2022.html').findings).toEqual([]);
  });

  it('shuyang-fgj-2023: the five legal-person columns are blank', () => {
    const findings = analyzeFixture('shuyang-fgj-2023.html').findings;
    expect(findings.map((f) => [f.rule, f.severity, f.scope, f.cells.length])).toEqual([
      ['T3-ROW', 'info', null, 25 * 7],
      ['BLANK', 'warning', 't3', 25 * 5],
    ]);
    expect(findings[0].message).toBe('25 处关系含空白或非数字单元格，无法核对；按 0 计时均成立');
    expect(findings[1].message).toMatch(/^表三有 125 个空白单元格（本年新收·商业企业、本年新收·科研机构/);
    expect(findings[1].cells).toContain('t3.carried_forward.other_org');
    expect(findings[1].cells).not.toContain('t3.new.natural');
  });
});

describe('table 2 headers read by every word they hold', () => {
  it('a fee header with a 2019 column name run into it (上一年项目本年收费金额) is the 2021 amount, no VALUE', () => {
    const html = fixture('pingtan-2025.html').replace(
      '本年收费金额（单位：万元）',
      '上一年项目本年收费金额（单位：万元）',
    );
    expect(html).not.toBe(fixture('pingtan-2025.html'));
    const report = analyzeHtml(html);
    expect(report.t2?.fees).toEqual({ amount: 4166.241619 });
    expect(report.findings).toEqual(analyzeFixture('pingtan-2025.html').findings);
  });

  it('a garbled fee header (上一年项目数量, a 2019 column) is a STRUCTURE warning; the 2021 amount is read', () => {
    const html = fixture('pingtan-2025.html').replace('本年收费金额（单位：万元）', '上一年项目数量');
    const report = analyzeHtml(html);
    expect(report.t2?.fees).toEqual({ amount: 4166.241619 });
    expect(report.findings.filter((f) => f.rule === 'VALUE')).toEqual([]);
    expect(report.findings.filter((f) => f.rule === 'STRUCTURE').map((f) => [f.severity, f.message])).toEqual([
      ['warning', '表二「行政事业性收费」的表头「上一年项目数量」与2021年版格式的列不符，已按格式的列读取'],
    ]);
  });
});
