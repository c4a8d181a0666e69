// The numbers the UI prints, and the formatter behind them made only when a number is first printed: the
// reader injected into every report page loads this module, and the first Intl formatter a page makes
// costs it 13–31 ms of locale data.
import { describe, expect, it, vi } from 'vitest';

describe('fmtNumber', () => {
  it('makes no formatter when loaded, one when first asked, and prints the figures of pingtan-2024', async () => {
    const Real = Intl.NumberFormat;
    let made = 0;
    Intl.NumberFormat = function (...args: ConstructorParameters<typeof Real>) {
      made++;
      return new Real(...args);
    } as unknown as typeof Intl.NumberFormat;
    try {
      vi.resetModules();
      const { fmtNumber } = await import('../../lib/view/format');
      expect(made).toBe(0);
      // 行政诉讼（复议后起诉）总计 17 against the 19 its parts add up to; a fee in 万元; a blank cell.
      const printed = [17, 19, -2, 0.0215, 12345.67891, null].map(fmtNumber);
      expect(printed).toEqual(['17', '19', '-2', '0.0215', '12,345.6789', '—']);
      expect(made).toBe(1);
    } finally {
      Intl.NumberFormat = Real;
    }
  });
});
