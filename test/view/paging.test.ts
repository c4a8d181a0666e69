// Long tables a page at a time: 450 rows make three pages of 200, 200 and 50; a page beyond the end
// (a list that shrank) shows the last one; an empty list is one empty page.
import { describe, expect, it } from 'vitest';
import { clampPage, pageCount, pageOf, PAGE_ROWS } from '../../lib/view/paging';

const rows = Array.from({ length: 450 }, (_, i) => i + 1);

describe('pages of a long table', () => {
  it('cuts 450 rows into 200, 200 and 50, saying where each page is', () => {
    expect(PAGE_ROWS).toBe(200);
    expect(pageCount(450)).toBe(3);
    expect([0, 1, 2].map((p) => pageOf(rows, p)).map(({ rows: r, from, to }) => [r.length, from, to])).toEqual([
      [200, 1, 200],
      [200, 201, 400],
      [50, 401, 450],
    ]);
    expect(pageOf(rows, 1).rows[0]).toBe(201);
  });

  it('keeps a page within the list: beyond the end is the last page, before the start the first', () => {
    expect(clampPage(7, 450)).toBe(2);
    expect(clampPage(-1, 450)).toBe(0);
    expect(pageOf(rows.slice(0, 150), 2)).toEqual({ rows: rows.slice(0, 150), from: 1, to: 150 });
    expect([pageCount(0), pageOf([], 0)]).toEqual([1, { rows: [], from: 0, to: 0 }]);
    expect(pageCount(200)).toBe(1);
    expect(pageCount(201)).toBe(2);
  });
});
