// REUSE on real reports: pingtan's zone year on year repeats one sentence of 23 (无收取信息处理费情况,
// its number aside); two departments' reports share none; a report made of last year's text with new
// numbers repeats all of it; and the format's own phrases (headings, table names and rows, the
// 勾稽关系 line) never count, even when two reports share nothing else.
import { describe, expect, it } from 'vitest';
import { closestPeer, REUSE_WARNING, reportSentences, reuseOf } from '../../lib/check/reuse';
import { analyzeFixture, analyzeHtml, fixture } from '../helpers';

const text = (file: string) => analyzeFixture(file).text;

describe('REUSE', () => {
  it('pingtan’s zone, year on year: one sentence of its own in 23 repeated', () => {
    const r = reuseOf(text('pingtan-2024.html'), text('pingtan-2025.html'));
    expect([r.repeated, r.total]).toEqual([['2025年,无收取信息处理费情况。'], 23]);
    expect(r.share).toBeCloseTo(1 / 23, 6);
    expect(reuseOf(text('pingtan-2021.html'), text('pingtan-2024.html')).repeated).toEqual([
      '2024年,无收取信息处理费情况。',
    ]);
  });

  it('two departments of the zone share no sentence', () => {
    expect(reuseOf(text('pingtan-gyz-2023.html'), text('pingtan-hzs-2025.html'))).toEqual({
      repeated: [],
      total: 20,
      share: 0,
    });
  });

  it('last year’s text with new numbers is all repeated, above the warning', () => {
    // pingtan's 2025 report as a 2026 one that only changed its figures: every number one more.
    const copy = fixture('pingtan-2025.html').replace(/\d+/g, (n) => String(Number(n) + 1));
    const r = reuseOf(text('pingtan-2025.html'), analyzeHtml(copy).text);
    expect([r.repeated.length, r.total, r.share]).toEqual([23, 23, 1]);
    expect(r.share).toBeGreaterThan(REUSE_WARNING);
  });

  it('against other bodies of the same year: none among the zone’s real reports; a department’s copy found', () => {
    const peers = [
      { body: '平潭综合实验区行政审批局', text: text('pingtan-hzs-2025.html') },
      { body: '沭阳县发展和改革局', text: text('shuyang-fgj-2023.html') },
    ];
    expect(closestPeer(text('pingtan-2025.html'), peers)).toBeNull();
    // Another department's report made of 行政审批局's with its name and figures changed.
    const copy = fixture('pingtan-hzs-2025.html')
      .replaceAll('行政审批局', '某某局')
      .replace(/\d+/g, (n) => String(Number(n) + 2));
    const found = closestPeer(analyzeHtml(copy).text, peers)!;
    expect(found.peer.body).toBe('平潭综合实验区行政审批局');
    // All but the two sentences that name the body.
    expect([found.reuse.repeated.length, found.reuse.total]).toEqual([18, 20]);
    expect(found.reuse.repeated.some((t) => t.includes('行政审批局') || t.includes('某某局'))).toBe(false);
  });

  it('the format’s own phrases never count', () => {
    const shared = [
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '5.要求行政机关确认或重新出具已获取信息',
      '1.申请人无正当理由逾期不补正、行政机关',
      '不再处理其政府信息公开申请',
      '（四）政府信息公开平台建设方面。',
      '本年新收政府信息公开申请数量 12 0 0 0 0 0 12',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
    ];
    const a = [...shared, '本年度我局围绕营商环境优化推进政务公开，发布政策文件三十余件。'].join('\n');
    const b = [...shared, '今年重点推进基层政务公开标准化规范化建设，覆盖全部乡镇街道。'].join('\n');
    expect(reportSentences(a)).toEqual(['本年度我局围绕营商环境优化推进政务公开，发布政策文件三十余件。']);
    expect(reuseOf(a, b)).toEqual({ repeated: [], total: 1, share: 0 });
  });
});
