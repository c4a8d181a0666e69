// The library's tables show each flagged cell in its finding's severity, as the page does.
import { describe, expect, it } from 'vitest';
import { flaggedCells } from '../../lib/view/flagged';
import { analyzeFixture, analyzeHtml, fixture, withCell } from '../helpers';

describe('flagged cells', () => {
  it('shuyang-fgj-2023 (a BLANK warning and a T3-ROW note): amber and blue, no red', () => {
    const flagged = flaggedCells(analyzeFixture('shuyang-fgj-2023.html').findings);
    const severities = new Set(flagged.values());
    expect(severities.has('error')).toBe(false);
    expect(flagged.get('t3.new.commercial')).toBe('warning');
    expect([...flagged.values()].filter((v) => v === 'warning')).toHaveLength(125);
  });

  it('a cell named by an error and a note is shown as the error (pingtan-2024, 复议后起诉·总计 changed)', () => {
    const report = analyzeHtml(withCell(fixture('pingtan-2024.html'), 't4.suit_after_review.total', '18'));
    const flagged = flaggedCells([{ severity: 'info', cells: ['t4.suit_after_review.total'] }, ...report.findings]);
    expect(flagged.get('t4.suit_after_review.total')).toBe('error');
    expect(flagged.get('t4.suit_after_review.upheld')).toBe('error');
  });
});
