// Long tables a page at a time (lib/view/paging.ts): the page's rows, and previous and next page with
// where the page is (nothing for a table of one page). Back to the first page when what orders or
// filters the rows changes; a table that shrank keeps its last page.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Strings } from '@/lib/i18n';
import { clampPage, pageCount, pageOf, PAGE_ROWS } from '@/lib/view/paging';

interface Props {
  s: Strings;
  page: number;
  total: number;
  from: number;
  to: number;
  onPage: (page: number) => void;
}

function Pager({ s, page, total, from, to, onPage }: Props) {
  const pages = pageCount(total);
  if (pages < 2) return null;
  const p = clampPage(page, total);
  return (
    <nav class="pager" aria-label={s.pagerLabel}>
      <button type="button" class="secondary" data-page="prev" disabled={p === 0} onClick={() => onPage(p - 1)}>
        {s.pagePrev}
      </button>{' '}
      <span class="meta" aria-live="polite">
        {s.pageOf(p + 1, pages, from, to, PAGE_ROWS)}
      </span>{' '}
      <button type="button" class="secondary" data-page="next" disabled={p === pages - 1} onClick={() => onPage(p + 1)}>
        {s.pageNext}
      </button>
    </nav>
  );
}

/** The rows of the page shown, and its pager; `resetOn`: what, changing, goes back to the first page. */
export function usePaged<T>(rows: T[], s: Strings, resetOn: unknown[]): { rows: T[]; pager: ComponentChildren } {
  const [page, setPage] = useState(0);
  useEffect(() => setPage(0), resetOn);
  const shown = pageOf(rows, page);
  const pager = <Pager s={s} page={page} total={rows.length} from={shown.from} to={shown.to} onPage={setPage} />;
  return { rows: shown.rows, pager };
}
