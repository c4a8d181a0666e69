// Each rule fires on a real page with one number changed, with the reported and computed values
// and the cells of the relation.
import { describe, expect, it } from 'vitest';
import { analyzeHtml, fixture, withCell } from '../helpers';

const p2021 = fixture('pingtan-2021.html');
const p2019 = fixture('pingtan-2019.html');
const run = (html: string) => analyzeHtml(html).findings;

describe('T3-BALANCE', () => {
  it('fires for the column whose carried-forward no longer balances (pingtan-2021, 结转下年度·自然人 1 → 2)', () => {
    const findings = run(withCell(p2021, 't3.carried_forward.natural', '2'));
    const f = findings.find((x) => x.rule === 'T3-BALANCE')!;
    expect(f).toMatchObject({ severity: 'error', scope: 'natural', reported: 65, computed: 64, difference: 1 });
    expect(f.cells).toEqual([
      't3.total.natural',
      't3.carried_forward.natural',
      't3.new.natural',
      't3.carried_over.natural',
    ]);
    expect(f.message).toBe(
      '表三「自然人」列（新收 + 上年结转 = 总计 + 结转下年度）：总计 63 + 结转下年度 2 = 65，但 本年新收 64 + 上年结转 0 = 64，相差 1',
    );
    // The same cell also breaks its row's total: 结转下年度 total 1 ≠ 2 + 0 + …
    expect(findings.map((x) => x.rule)).toEqual(['T3-BALANCE', 'T3-ROW']);
  });
});

describe('T3-RESULTS', () => {
  it('fires when a result row no longer adds up to （七）总计 (pingtan-2019, 予以公开·自然人 7 → 8)', () => {
    const findings = run(withCell(p2019, 't3.granted.natural', '8'));
    const f = findings.find((x) => x.rule === 'T3-RESULTS')!;
    expect(f).toMatchObject({ severity: 'error', scope: 'natural', reported: 23, computed: 24, difference: -1 });
    expect(f.cells[0]).toBe('t3.total.natural');
    expect(f.cells).toHaveLength(1 + 19);
    expect(f.cells).toContain('t3.other.natural');
    expect(f.message).toContain('予以公开 8 + 部分公开 1 + 本机关不掌握 7 + 补正后仍不明确 5 + 重复申请 3');
    expect(findings.map((x) => [x.rule, x.scope])).toEqual([
      ['T3-RESULTS', 'natural'],
      ['T3-ROW', 'granted'],
    ]);
  });

  it('sums the three （六） rows of the 2021 format (pingtan-2025, 3.其他·自然人 1 → 0)', () => {
    const f = run(withCell(fixture('pingtan-2025.html'), 't3.other.misc.natural', '0')).find(
      (x) => x.rule === 'T3-RESULTS',
    )!;
    expect(f).toMatchObject({ reported: 147, computed: 146, difference: 1 });
    expect(f.cells).toEqual(
      expect.arrayContaining(['t3.other.no_correction.natural', 't3.other.no_fee.natural', 't3.other.misc.natural']),
    );
  });
});

describe('T3-ROW', () => {
  it('fires when a row total is not the sum of the applicants (pingtan-2024, 本年新收·总计 218 → 219)', () => {
    const findings = run(withCell(fixture('pingtan-2024.html'), 't3.new.total', '219'));
    const row = findings.find((x) => x.rule === 'T3-ROW')!;
    expect(row).toMatchObject({ severity: 'error', scope: 'new', reported: 219, computed: 218, difference: 1 });
    expect(row.cells).toEqual([
      't3.new.total',
      't3.new.natural',
      't3.new.commercial',
      't3.new.research',
      't3.new.nonprofit',
      't3.new.legal',
      't3.new.other_org',
    ]);
    expect(row.message).toBe(
      '表三「本年新收」行（总计 = 各类申请人之和）：总计 219，但 自然人 217 + 商业企业 1（其余4项为 0） = 218，相差 1',
    );
    // The total column's balance breaks too.
    expect(findings.find((x) => x.rule === 'T3-BALANCE')).toMatchObject({
      scope: 'total',
      reported: 218,
      computed: 219,
    });
  });
});

describe('T4-SUM', () => {
  it('fires for the block whose total is wrong (pingtan-2024, 复议后起诉·总计 19 → 18)', () => {
    const findings = run(withCell(fixture('pingtan-2024.html'), 't4.suit_after_review.total', '18'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'T4-SUM',
      severity: 'error',
      scope: 'suit_after_review',
      reported: 18,
      computed: 19,
      difference: -1,
    });
    expect(findings[0].cells).toEqual([
      't4.suit_after_review.total',
      't4.suit_after_review.upheld',
      't4.suit_after_review.corrected',
      't4.suit_after_review.other',
      't4.suit_after_review.pending',
    ]);
    expect(findings[0].message).toBe(
      '表四「行政诉讼／复议后起诉」（总计 = 维持 + 纠正 + 其他 + 尚未审结）：总计 18，但 结果维持 13 + 结果纠正 2 + 其他结果 4 + 尚未审结 0 = 19，相差 1',
    );
  });
});

describe('VALUE', () => {
  it('a word where a count belongs: kept null, not guessed, and the relations around it become uncheckable', () => {
    const report = analyzeHtml(withCell(p2021, 't3.granted.natural', '若干'));
    expect(report.t3?.granted.natural).toBeNull();
    const value = report.findings.find((x) => x.rule === 'VALUE')!;
    expect(value).toMatchObject({
      severity: 'error',
      scope: 't3.granted.natural',
      reported: null,
      cells: ['t3.granted.natural'],
    });
    expect(value.message).toBe('表三「予以公开·自然人」：「若干」不是数字');
    // With the cell as zero, both relations through it fail: said as info, not as errors.
    const infos = report.findings
      .filter((x) => x.severity === 'info')
      .map((x) => [x.rule, x.scope, x.reported, x.computed]);
    expect(infos).toEqual([
      ['T3-RESULTS', 'natural', 63, 36],
      ['T3-ROW', 'granted', 30, 3],
    ]);
    expect(report.findings.filter((x) => x.severity === 'error').map((x) => x.rule)).toEqual(['VALUE']);
  });

  it('a negative and a fractional count', () => {
    const neg = run(withCell(p2021, 't4.review.other', '-2')).find((x) => x.rule === 'VALUE')!;
    expect(neg).toMatchObject({ reported: -2, scope: 't4.review.other' });
    expect(neg.message).toBe('表四「行政复议·其他结果」：-2 是负数，件数不能为负');
    const frac = run(withCell(p2021, 't3.partial.natural', '5.5')).find((x) => x.rule === 'VALUE')!;
    expect(frac).toMatchObject({ reported: 5.5, scope: 't3.partial.natural' });
  });

  it('a signed change and a money amount are not counts', () => {
    expect(run(fixture('pingtan-nyn-2019.html')).filter((x) => x.rule === 'VALUE')).toEqual([]);
    expect(run(p2021).filter((x) => x.rule === 'VALUE')).toEqual([]);
  });
});

describe('BLANK', () => {
  it('lists the blank cells of a table and makes the relations through them uncheckable', () => {
    const html = withCell(
      withCell(fixture('pingtan-2024.html'), 't4.suit_after_review.upheld', '　'),
      't4.suit_after_review.corrected',
      '/',
    );
    const report = analyzeHtml(html);
    expect(report.t4?.suit_after_review).toEqual({ upheld: null, corrected: null, other: 4, pending: 0, total: 19 });
    const blank = report.findings.find((x) => x.rule === 'BLANK')!;
    expect(blank).toMatchObject({
      severity: 'warning',
      scope: 't4',
      cells: ['t4.suit_after_review.upheld', 't4.suit_after_review.corrected'],
    });
    expect(blank.message).toBe(
      '表四有 2 个空白单元格（行政诉讼／复议后起诉·结果维持、行政诉讼／复议后起诉·结果纠正），格式要求填写数字，没有发生的应填 0',
    );
    const info = report.findings.find((x) => x.rule === 'T4-SUM')!;
    expect(info).toMatchObject({ severity: 'info', reported: 19, computed: 4, difference: 15 });
    expect(info.message).toBe(
      '表四「行政诉讼／复议后起诉」（总计 = 维持 + 纠正 + 其他 + 尚未审结）：行政诉讼／复议后起诉·结果维持空白、行政诉讼／复议后起诉·结果纠正空白，无法核对；按 0 计时不成立（19 ≠ 4）',
    );
  });
});

describe('T2-PUBLISHED', () => {
  it('2019 format: 规范性文件 made but none published (pingtan-2019, 本年新公开 89 → 0)', () => {
    const findings = run(withCell(p2019, 't2.normative.published', '0'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'T2-PUBLISHED',
      severity: 'warning',
      scope: 'normative',
      reported: 0,
      computed: 89,
      difference: -89,
    });
    expect(findings[0].cells).toEqual(['t2.normative.made', 't2.normative.published', 't2.normative.total']);
    expect(findings[0].message).toBe('表二「规范性文件」：本年新制作 89 件，但本年新公开数量为 0');
  });

  it('2019 format: more published this year than in total (pingtan-2019, 对外公开总数量 89 → 80)', () => {
    const findings = run(withCell(p2019, 't2.normative.total', '80'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'T2-PUBLISHED', reported: 80, computed: 89, difference: -9 });
  });

  it('does not apply to the 2021 format', () => {
    expect(run(withCell(p2021, 't2.normative.repealed', '0'))).toEqual([]);
  });
});

describe('STRUCTURE', () => {
  it('a missing table of a 2019/2021 report', () => {
    const html = p2021.replace(/<table[^>]*>(?:(?!<\/table>)[\s\S])*?行政复议[\s\S]*?<\/table>/, '');
    const report = analyzeHtml(html);
    expect(report.t4).toBeNull();
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'STRUCTURE',
        severity: 'warning',
        scope: 't4',
        message: '未找到表四（行政复议、行政诉讼情况）',
      }),
    ]);
  });

  it('a row of table 3 missing, and a row with too few cells', () => {
    // pingtan-2019's 予以公开 row loses its first value cell: six cells, read by the header above them.
    const short = p2019.replace(/(（一）予以公开[\s\S]*?<\/td>)\s*<td[^>]*>(?:(?!<\/td>)[\s\S])*<\/td>/, '$1');
    const shortReport = analyzeHtml(short);
    expect(shortReport.findings.filter((x) => x.rule === 'STRUCTURE').map((x) => x.message)).toEqual([
      '表三「予以公开」行有6个数值单元格，应为7个；已按表头对应',
    ]);
    expect(shortReport.t3?.granted).toEqual({
      natural: 0,
      commercial: 0,
      research: 0,
      nonprofit: 0,
      legal: 0,
      other_org: 7,
    });
    // A row without spans around it dropped: only STRUCTURE speaks; the balance it feeds is not guessed.
    const dropped = p2021.replace(/<tr>(?:(?!<\/tr>)[\s\S])*?上年结转[\s\S]*?<\/tr>/, '');
    expect(analyzeHtml(dropped).findings.map((x) => x.message)).toEqual(['表三缺少 1 行：上年结转']);
  });
});
