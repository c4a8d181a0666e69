// Long tables shown a page at a time: the library's list and the compare view hold thousands of
// reports, and a page of a few hundred rows keeps every step quick while the browser's find-in-page,
// keyboard order and a screen reader's row count stay true to what is on screen (a virtual list that
// swaps rows while scrolling would break all three).

/** Rows on one page. */
export const PAGE_ROWS = 200;

/** How many pages `n` rows make (at least one). */
export const pageCount = (n: number, size = PAGE_ROWS): number => Math.max(1, Math.ceil(n / size));

/** A page number kept within the pages `n` rows make (a list that shrank keeps its last page). */
export const clampPage = (page: number, n: number, size = PAGE_ROWS): number =>
  Math.min(Math.max(0, page), pageCount(n, size) - 1);

/** The rows of page `page` (from 0), and their place: from and to, counted from 1. */
export function pageOf<T>(rows: T[], page: number, size = PAGE_ROWS): { rows: T[]; from: number; to: number } {
  const p = clampPage(page, rows.length, size);
  const part = rows.slice(p * size, (p + 1) * size);
  return { rows: part, from: part.length ? p * size + 1 : 0, to: p * size + part.length };
}
