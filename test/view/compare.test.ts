// The compare view's figures and rates on real reports, worked out by hand from their tables:
// pingtan 2024 (公开率 (71 + 29) / 218; 复议纠错率 1 / (7 − 1); 诉讼纠错率 2 / (0 + 19 − 0)), shuyang 2023
// (its one review still pending: 1 − 1 = 0, so no rate, not 0 %), a department with nothing handled
// (0 / 0: no rate), and pingtan 2013 in prose taking part with its 统计表's figures.
import { describe, expect, it } from 'vitest';
import { toJson } from '../../lib/analyze';
import { figuresOf, ratesOf } from '../../lib/view/compare';
import { analyzeFixture } from '../helpers';

const of = (file: string) => figuresOf(toJson(analyzeFixture(file), 'https://www.pingtan.gov.cn/x.htm'));

describe('figures and rates', () => {
  it('pingtan 2024: every figure from its tables, and the rates by their formulas', () => {
    const f = of('pingtan-2024.html');
    expect(f).toEqual({
      new: 218,
      carried_over: 0,
      handled: 218,
      granted: 71,
      partial: 29,
      withheld: 4 + 3 + 32,
      unable: 75,
      declined: 1,
      other: 1 + 0 + 2,
      carried_forward: 0,
      reviews: 7,
      reviews_corrected: 1,
      reviews_pending: 1,
      suits: 0 + 19,
      suits_corrected: 0 + 2,
      suits_pending: 0,
      fees: 18651.06,
    });
    expect(ratesOf(f)).toEqual({
      open_rate: (71 + 29) / 218,
      withheld_rate: 39 / 218,
      unable_rate: 75 / 218,
      declined_rate: 1 / 218,
      review_fix: 1 / (7 - 1),
      suit_fix: 2 / (19 - 0),
    });
  });

  it('a zero or blank denominator is no rate, never 0 %', () => {
    const shuyang = ratesOf(of('shuyang-fgj-2023.html'));
    expect(shuyang.open_rate).toBe(1);
    // One review, still pending: 0 / (1 − 1).
    expect([shuyang.review_fix, shuyang.suit_fix]).toEqual([null, null]);
    // A department that handled no request: 0 / 0.
    expect(Object.values(ratesOf(of('pingtan-jjf-2020.html')))).toEqual([null, null, null, null, null, null]);
  });

  it('a report in prose takes part with its 统计表', () => {
    const f = of('pingtan-2013.html');
    expect([f.new, f.handled, f.reviews, f.suits, f.granted]).toEqual([0, 0, 0, 0, null]);
    expect(ratesOf(f).open_rate).toBeNull();
  });
});
