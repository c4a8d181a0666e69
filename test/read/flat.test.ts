// Tables flattened into text: the seeds 002 (cells on lines after '|', stray '?') and 004
// (cells before '|') read completely, each figure tied to its place in the text.
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../lib/inputs/text-doc';
import { docFromHtml } from '../../lib/inputs/cheerio-tree';
import { analyze, analyzePage } from '../../lib/analyze';
import { T3_COLUMNS } from '../../lib/format/t3';
import { T4_BLOCKS, T4_COLUMNS } from '../../lib/format/t4';
import type { TextSpan } from '../../lib/inputs/flat';
import { EXPECTED_SEEDS } from '../fixtures/expected-seeds';
import { fixture, seedText } from '../helpers';

const seed = seedText;
const read = (name: string) => analyze(docFromText(seed(name)));

describe('flattened tables 3 and 4, cell by cell', () => {
  for (const [name, expected] of Object.entries(EXPECTED_SEEDS)) {
    it(name, () => {
      const r = read(name);
      expect(r.format).toBe('2019');
      expect(
        Object.fromEntries(Object.entries(r.t3 ?? {}).map(([k, v]) => [k, T3_COLUMNS.map((c) => v[c.key])])),
      ).toEqual(expected.t3);
      expect(T4_BLOCKS.flatMap((b) => T4_COLUMNS.map((c) => r.t4?.[b.key]?.[c.key]))).toEqual(expected.t4);
    });
  }
});

describe('seed 002: 鞍山市人民政府 2019, tables flattened with | and stray ?', () => {
  const r = read('002_e67d0018f5985882');
  it('table 2 with signed changes and truncated headers', () => {
    expect(r.t2?.regulations).toEqual({ made: 1, published: 1, total: 180 });
    expect(r.t2?.normative).toEqual({ made: 28, published: 28, total: 1262 });
    expect(r.t2?.licensing).toEqual({ prev_count: 643, change: 63, decisions: 918197 });
    expect(r.t2?.penalty).toEqual({ prev_count: 534, change: 95, decisions: 5516 });
  });
  it('the table findings of the domain document, and no other error', () => {
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.scope, f.reported, f.computed])).toEqual([
      ['T3-BALANCE', 'commercial', 0, 1],
      ['T3-BALANCE', 'other_org', 1, 0],
    ]);
    const blank = r.findings.find((f) => f.rule === 'BLANK')!;
    expect(blank.cells).toEqual(['t4.suit_after_review.corrected', 't4.suit_after_review.pending']);
  });
  it('each figure points at its place in the text', () => {
    const text = seed('002_e67d0018f5985882');
    const at = (id: string) => {
      const span = r.cells.get(id)!.node as TextSpan;
      return text.slice(span.start, span.end);
    };
    expect(at('t3.new.total')).toBe('?148');
    expect(at('t3.total.total')).toBe('142?');
    expect(at('t4.review.total')).toBe('36?');
    expect(at('t4.suit_after_review.corrected')).toBe('?');
  });
  it('meta from the report naming itself', () => {
    expect(r.meta).toMatchObject({ title: '鞍山市政府2019年度政府信息公开工作报告', body: '鞍山市政府', year: 2019 });
  });
});

describe('seed 004: 梁子湖区行政审批局 2020, tables flattened', () => {
  const r = read('004_d92904f95ce501ba');
  it('table 2 with its extra row 其他主动公开文件', () => {
    expect(r.t2?.normative).toEqual({ made: 6, published: 0, total: 0 });
    expect(r.t2?.['extra:其他主动公开文件']).toEqual({ made: 0, published: 0, total: 0 });
    expect(r.t2?.procurement).toEqual({ projects: 0, amount: 0 });
  });
  it('T2-PUBLISHED, and tables 3 and 4 all zero and consistent', () => {
    expect(r.findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      ['T2-PUBLISHED', 'warning', '表二「规范性文件」：本年新制作 6 件，但本年新公开数量为 0，对外公开总数量也为 0'],
    ]);
  });
  it('the year from the statistics period when no title is printed', () => {
    expect(r.meta).toMatchObject({ title: null, year: 2020 });
  });
});

describe('prose seeds have no tables to invent', () => {
  it.each(['000_179aec6b059d2134', '001_c2cef3dbede2db47', '003_7302e5d13d14c9bc'])('%s', (name) => {
    const r = read(name);
    expect(r).toMatchObject({ kind: 'report', format: 'pre2019', t2: null, t3: null, t4: null });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('a page whose tables are paragraphs, not <table>s', () => {
  // Seed 002 as a portal would show it: one <p> per line, titled with the name the report gives itself.
  const html = `<html><head><title>鞍山市政府2019年度政府信息公开工作报告</title></head><body>${seed(
    '002_e67d0018f5985882',
  )
    .split('\n')
    .map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('')}</body></html>`;

  it('is read again from its visible text, with the same tables and findings as the text', () => {
    const page = analyzePage(docFromHtml(html));
    const text = read('002_e67d0018f5985882');
    expect(page.t3).toEqual(text.t3);
    expect(page.t4).toEqual(text.t4);
    expect(page.t2).toEqual(text.t2);
    expect(page.findings.map((f) => [f.rule, f.scope])).toEqual(text.findings.map((f) => [f.rule, f.scope]));
  });

  it('a page with real tables is not read twice', () => {
    const r = analyzePage(docFromHtml(fixture('pingtan-2021.html')));
    expect([...r.cells.values()].every((c) => typeof (c.node as { type?: string }).type === 'string')).toBe(true);
  });
});
