// Labels as real reports mistype them, and local rows the format does not have.
import { describe, expect, it } from 'vitest';
import { analyzeFixture, analyzeHtml, fixture } from '../helpers';

describe('loose label matching on a real page (pingtan-2021)', () => {
  const original = analyzeFixture('pingtan-2021.html');
  it('reads the same numbers with typos, half-width brackets and missing words', () => {
    const html = fixture('pingtan-2021.html')
      .replace('三、本年度办理结果', '三三、本年度办理结果')
      .replaceAll('行政复议', '行政法复议')
      .replace('（二）部分公开', '(二)部 分公开')
      .replace('二、上年结转政府信息公开申请数量', '二、上年结转政府信息申请')
      .replace('四、结转下年度继续办理', '四、结转下年度办理')
      .replace('本年制发件数', '本年制发');
    const typo = analyzeHtml(html);
    expect(typo.t3).toEqual(original.t3);
    expect(typo.t4).toEqual(original.t4);
    expect(typo.t2).toEqual(original.t2);
    expect(typo.findings).toEqual([]);
  });
});

describe('local rows', () => {
  it('a table-2 row the format lacks is kept under its label, not dropped (pingtan-2019)', () => {
    const html = fixture('pingtan-2019.html').replace(
      /(<tr>(?:(?!<\/tr>)[\s\S])*?规范性文件[\s\S]*?<\/tr>)/,
      '$1<tr><td>其他主动公开文件</td><td>12</td><td>12</td><td>30</td></tr>',
    );
    const r = analyzeHtml(html);
    expect(r.t2?.['extra:其他主动公开文件']).toEqual({ made: 12, published: 12, total: 30 });
    expect(r.t2?.normative).toEqual({ made: 89, published: 89, total: 89 });
    expect(r.findings).toEqual([]);
  });
});
