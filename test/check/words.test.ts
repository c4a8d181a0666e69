// The checks that read the words: TEXT-SUM and section numbering, on real sentences; and each
// seed giving exactly the findings the domain document lists for it.
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../lib/inputs/text-doc';
import { analyze } from '../../lib/analyze';
import { analyzeFixture, analyzeHtml, analyzeSeed, fixture, REPORTS, TABLED_REPORTS } from '../helpers';

const seed = analyzeSeed;
const inText = (text: string) => analyze(docFromText(`某县2016年政府信息公开工作年度报告\n${text}`)).findings;
const only = (rule: string, text: string) => inText(text).filter((f) => f.rule === rule);

describe('TEXT-SUM', () => {
  it('其中 with a narrower subject lists part of the total, even closed by 其他 (a sentence of another portal)', () => {
    const sentence =
      '2025年政府网站发布各类信息共196条，其中部门网站发布发展规划3条、组织机构14条、政策文件20条、其他主动公开2条。';
    expect(only('TEXT-SUM', sentence)).toEqual([]);
    // The same list as a partition of the total (no narrower subject) is checked.
    const partition =
      '2025年政府网站发布各类信息共196条，其中发展规划3条、组织机构14条、政策文件20条、其他主动公开2条。';
    expect(only('TEXT-SUM', partition)).toMatchObject([{ reported: 196, computed: 39, difference: 157 }]);
  });

  it('seed 000: 主动公开62984条 but its parts make 62986', () => {
    const f = seed('000_179aec6b059d2134').findings.filter((x) => x.rule === 'TEXT-SUM');
    expect(f).toEqual([
      expect.objectContaining({
        severity: 'warning',
        reported: 62984,
        computed: 62986,
        difference: -2,
        message:
          '「市行政审批局通过鞍山政务服务网、大厅一楼LED大屏幕主动公开政府信息62984条」，但所列各项 62219 + 2 + 765 = 62986，相差 2',
      }),
    ]);
  });

  it.each([
    [
      'seed 000',
      '审批局办理市人大代表建议和市政协委员提案共15件,其中协办市人大代表建议3件,主办市政协委员提案2件、协办10件,相关回复全部在鞍山政务服务网进行公开。',
    ],
    ['seed 001', '2016年全年共受理依申请公开12件(网上受理2件,书面受理10件),全部依法办结。'],
    ['seed 003', '区政府信息公开行政复议案件4件,其中,重新作答1件,待审结3件。'],
    [
      'seed 003',
      '全年申请数量分别为:6件、7件、62件,其中,办结并答复75件,已主动公开17件,同意公开5件、“部分公开”31件,“不予公开”10件(非政府信息、法律法规规定的其他情形、涉及个人隐私等)。',
    ],
  ])('holds or is not a breakdown: %s', (_, sentence) => {
    expect(only('TEXT-SUM', sentence)).toEqual([]);
  });

  it.each([
    ['percentages', '共收到申请20件,其中网上申请占60%,当面申请8件。'],
    ['同比', '共收到申请20件,其中网上申请同比增长5件,当面申请8件,其他4件。'],
    ['a subset after 其中', '共收到申请20件,其中涉及征地拆迁12件。'],
    ['a subset of two after 其中', '共收到申请20件,其中涉及征地拆迁12件,涉及社保3件。'],
  ])('does not fire on %s', (_, sentence) => {
    expect(only('TEXT-SUM', sentence)).toEqual([]);
  });

  it.each([
    ['parts exceeding the total', '共收到申请20件,其中网上申请12件,当面申请9件。', 20, 21],
    ['a bracketed breakdown', '共受理依申请公开12件(网上受理2件,书面受理9件),全部依法办结。', 12, 11],
    ['分别为', '共办理建议提案15件,分别为人大代表建议3件、政协委员提案11件。', 15, 14],
    ['a residual item', '主动公开政府信息100条,其中:动态信息60条,规范性文件2个,其它信息30条。', 100, 92],
  ])('fires on %s', (_, sentence, reported, computed) => {
    expect(only('TEXT-SUM', sentence).map((f) => [f.reported, f.computed])).toEqual([[reported, computed]]);
  });
});

describe('STRUCTURE: section numbering', () => {
  it('seed 001: subsection （四） printed as （）', () => {
    const f = seed('001_c2cef3dbede2db47').findings.filter((x) => x.rule === 'STRUCTURE');
    expect(f.map((x) => x.message)).toEqual([
      '小节编号为空：「() 强化指导督促,不断提高系统运行整体能力。把…」，按顺序应为（四）',
    ]);
  });

  it('a skipped number', () => {
    const f = only('STRUCTURE', '（一）甲。\n（二）乙。\n（四）丁。\n');
    expect(f.map((x) => [x.reported, x.computed, x.message])).toEqual([
      [4, 3, '小节编号跳号：「(四)丁。…」前一节为（二），缺少（三）'],
    ]);
  });

  it('numbering that restarts under a new section is fine, and so are the real pages', () => {
    expect(only('STRUCTURE', '一、总体\n（一）甲\n（二）乙\n二、主动\n（一）丙\n（二）丁\n')).toEqual([]);
    for (const name of REPORTS) {
      expect(analyzeFixture(`${name}.html`).findings.filter((x) => x.rule === 'STRUCTURE')).toEqual([]);
    }
  });
});

describe('each seed gives exactly the findings of the domain document', () => {
  const warnings = (name: string) =>
    seed(name)
      .findings.filter((f) => f.severity !== 'info')
      .map((f) => [f.rule, f.severity, f.scope]);
  it('000: TEXT-SUM', () => expect(warnings('000_179aec6b059d2134')).toEqual([['TEXT-SUM', 'warning', null]]));
  it('001: DEADLINE and STRUCTURE', () =>
    expect(warnings('001_c2cef3dbede2db47')).toEqual([
      ['STRUCTURE', 'warning', 'sections'],
      ['DEADLINE', 'warning', '2017-03-31'],
    ]));
  it('002: T3-BALANCE ×2, BLANK, INTEGRITY, TEXT-TABLE', () =>
    expect(warnings('002_e67d0018f5985882')).toEqual([
      ['T3-BALANCE', 'error', 'commercial'],
      ['T3-BALANCE', 'error', 'other_org'],
      ['BLANK', 'warning', 't4'],
      ['INTEGRITY', 'warning', '即时比分'],
      ['TEXT-TABLE', 'warning', 'requests_received'],
    ]));
  it('003: PERIOD', () => expect(warnings('003_7302e5d13d14c9bc')).toEqual([['PERIOD', 'warning', 'signed']]));
  it('004: T2-PUBLISHED', () =>
    expect(warnings('004_d92904f95ce501ba')).toEqual([['T2-PUBLISHED', 'warning', 'normative']]));
});

describe('STRUCTURE: required sections', () => {
  it('a 2021-format page without its section 五 (pingtan-2021, heading removed)', () => {
    const html = fixture('pingtan-2021.html').replace('五、存在的主要问题及改进情况', '');
    const f = analyzeHtml(html).findings.filter((x) => x.rule === 'STRUCTURE');
    expect(f.map((x) => x.message)).toEqual(['缺少格式要求的章节：五、存在的主要问题及改进情况']);
  });

  it('the varied wording of real pages is accepted (every 2019/2021 fixture and seeds 002, 004)', () => {
    for (const name of TABLED_REPORTS) {
      expect(analyzeFixture(`${name}.html`).findings.filter((x) => x.rule === 'STRUCTURE')).toEqual([]);
    }
    for (const name of ['002_e67d0018f5985882', '004_d92904f95ce501ba']) {
      expect(seed(name).findings.filter((x) => x.rule === 'STRUCTURE')).toEqual([]);
    }
  });
});

describe('figures stated as none', () => {
  it('seed 000: no review and no suit happened', () => {
    const figures = seed('000_179aec6b059d2134').figures;
    expect(figures.filter((f) => f.key === 'reviews' || f.key === 'lawsuits').map((f) => [f.key, f.value])).toEqual([
      ['reviews', 0],
      ['lawsuits', 0],
    ]);
  });
  it('the sentence of a none runs from the last stop before it (。；; or a line end)', () => {
    const none = (text: string) =>
      analyze(docFromText(`某县2016年政府信息公开工作年度报告\n${text}`))
        .figures.filter((x) => x.value === 0)
        .map((x) => [x.key, x.label]);
    // The 行政诉讼 of the sentence before is not the none's; a text without ；or ; is no different.
    expect(none('本年度有行政诉讼。本年度未发生行政复议')).toEqual([['reviews', '本年度未发生行政复议']]);
    expect(none('行政诉讼；本年度未发生行政复议')).toEqual([['reviews', '本年度未发生行政复议']]);
    expect(none('行政诉讼;本年度未发生行政复议')).toEqual([['reviews', '本年度未发生行政复议']]);
    expect(none('行政诉讼\n未发生行政复议。')).toEqual([['reviews', '未发生行政复议']]);
    expect(none('行政诉讼、行政复议均未发生')).toEqual([
      ['reviews', '行政诉讼、行政复议均未发生'],
      ['lawsuits', '行政诉讼、行政复议均未发生'],
    ]);
  });
  it('a sentence that states a count is not read as none', () => {
    const f = analyze(docFromText('某县2016年政府信息公开工作年度报告\n未发生行政诉讼，行政复议2件。')).figures;
    expect(f.filter((x) => x.key === 'reviews').map((x) => x.value)).toEqual([2]);
  });
});
