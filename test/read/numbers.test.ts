import { describe, expect, it } from 'vitest';
import { memoized } from '../../lib/base/memo';
import { parseNumber } from '../../lib/base/numbers';

describe('parseNumber', () => {
  it.each([
    ['23', 23, null],
    ['２３', 23, null],
    ['1,262', 1262, null],
    ['１，２６２', 1262, null],
    ['75394432.52元', 75394432.52, '元'],
    ['24252.311082', 24252.311082, null],
    ['18件', 18, '件'],
    ['3.5万元', 3.5, '万元'],
    ['增63', 63, null],
    ['减12', -12, null],
    ['+3', 3, null],
    ['-2', -2, null],
    ['?1', 1, null],
    ['0?', 0, null],
    ['0？', 0, null],
    [' 4 ', 4, null],
  ])('%s → %s', (text, value, unit) => {
    expect(parseNumber(text)).toEqual({ kind: 'number', value, unit });
  });

  it.each(['', ' ', '\u00a0', '/', '—', '——', '-', '－', '无'])('blank form %j is blank, never 0', (text) => {
    expect(parseNumber(text)).toEqual({ kind: 'blank' });
  });

  it.each(['若干', '1,23', '12-3', '增-3', 'abc', '一百', '3件次5'])('%j is not a number', (text) => {
    expect(parseNumber(text)).toEqual({ kind: 'invalid' });
  });
});

describe('numbers past 2^53', () => {
  it('are not rounded silently: unreadable, and a VALUE error says why', async () => {
    const { parseNumber } = await import('../../lib/base/numbers');
    expect(parseNumber('9007199254740991')).toEqual({ kind: 'number', value: 9007199254740991, unit: null });
    expect(parseNumber('9007199254740993')).toEqual({ kind: 'invalid' });
    const { analyzeHtml, fixture, withCell } = await import('../helpers');
    const report = analyzeHtml(withCell(fixture('pingtan-2024.html'), 't3.granted.natural', '99999999999999999999'));
    const value = report.findings.find((f) => f.rule === 'VALUE')!;
    expect(value).toMatchObject({ severity: 'error', cells: ['t3.granted.natural'] });
    expect(value.message).toBe(
      '表三「予以公开·自然人」：「99999999999999999999」位数过多，超出能精确计算的范围，未核对',
    );
    expect(report.t3?.granted.natural).toBeNull();
  });
});

describe('memoized', () => {
  it('works a text out once, false and null answers too, and forgets all when full', () => {
    const asked: string[] = [];
    const cells = ['1,262', '若干', '1,262', '若干', '', ''];
    const value = memoized((text: string) => (asked.push(text), parseNumber(text).kind === 'number'), 2);
    expect(cells.map(value)).toEqual([true, false, true, false, false, false]);
    // The third text finds the memory full: emptied, so the first is worked out again.
    expect(asked).toEqual(['1,262', '若干', '']);
    expect(value('1,262')).toBe(true);
    expect(asked).toEqual(['1,262', '若干', '', '1,262']);
  });
});
