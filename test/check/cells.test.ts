// Cell ids are typed over the format's keys: a misspelt cell is a compile error (`tsc` runs over
// the tests in `npm test`), and every id the builders make names a cell of a real report.
import { describe, expect, it } from 'vitest';
import { t2Cell, t3Cell, t4Cell, type KnownCell } from '../../lib/format/cells';
import { analyzeFixture } from '../helpers';

describe('typed cell ids', () => {
  it('rejects a misspelt row, column or block at compile time', () => {
    // @ts-expect-error 'naturel' is not a column of table 3
    const column: KnownCell = 't3.granted.naturel';
    // @ts-expect-error 'granted' is spelt 'granted', not 'grantd'
    const row = t3Cell('grantd', 'natural');
    // @ts-expect-error table 4 has no block 'suit'
    const block = t4Cell('suit', 'total');
    expect([column, row, block]).toEqual(['t3.granted.naturel', 't3.grantd.natural', 't4.suit.total']);
  });

  it('names cells that a real report has', () => {
    const cells = analyzeFixture('pingtan-2025.html').cells;
    for (const id of [
      t3Cell('withheld.internal', 'natural'),
      t4Cell('suit_after_review', 'pending'),
      t2Cell('normative', 'in_force'),
    ]) {
      expect(cells.has(id), id).toBe(true);
    }
    expect(cells.get(t3Cell('new', 'total'))?.value).toBe(154);
  });
});
