// Previous and next page of a long table, with where the page is; nothing for a table of one page.
import type { Strings } from '@/lib/i18n';
import { clampPage, pageCount, PAGE_ROWS } from '@/lib/view/paging';

interface Props {
  s: Strings;
  page: number;
  total: number;
  from: number;
  to: number;
  onPage: (page: number) => void;
}

export function Pager({ s, page, total, from, to, onPage }: Props) {
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
