// A list over two pages, both from pingtan's real list markup (page one as served with its pager
// drawn, page two the same markup with the ten older entries), served by a fake site: all twenty
// reports gathered once each, in page order, one request at a time with the polite pause; a page that
// fails is listed; the page limit holds; another site's page is never fetched.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { gatherList } from '../../lib/collect/list-pages';
import { readListPage } from '../../lib/page/links';
import { fakeSite, fixture } from '../helpers';

const LIST = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/';
const SHELL =
  '<div class="page_base mar_t_base" ms-controller="list_pagebar" ms-include-src="pgTemp" ms-if="pageCount>0"></div>';
const pager = (here: number, pages: number) =>
  '<div class="page_base">' +
  Array.from({ length: pages }, (_, i) =>
    i === here ? `<span>${i + 1}</span>` : `<a href="${i === 0 ? 'index' : `index_${i}`}.htm">${i + 1}</a>`,
  ).join(' ') +
  (here < pages - 1 ? ` <a href="index_${here + 1}.htm">下一页</a>` : '') +
  '</div>';
const real = fixture('pingtan-report-list.html');
/** Page k of a list of `pages`: the real markup, its entries' years moved back 10 per page. */
function page(k: number, pages: number): string {
  const years = real.replace(/(20\d\d)(年度政府信息公开工作年度报告)/g, (_, y, rest) => `${Number(y) - 10 * k}${rest}`);
  const hrefs =
    k === 0 ? years : years.replace(/href="\.\/(\d{6})\/t(\d+)_(\d+)\.htm"/g, `href="./$1/t$2_$3_${k}.htm"`);
  return hrefs.replace(SHELL, pager(k, pages));
}

const firstOf = (html: string) => {
  const found = readListPage(parseHTML(html).document as unknown as Document, `${LIST}index.htm`);
  return { url: `${LIST}index.htm`, links: found.links, pages: found.pager.pages };
};

describe('a list over pages', () => {
  it('gathers the twenty reports of two pages, each once, one request at a time', async () => {
    const one = page(0, 2);
    const site = fakeSite({ [`${LIST}index_1.htm`]: page(1, 2) });
    const first = firstOf(one);
    expect(first.links).toHaveLength(10);
    expect(first.pages).toEqual([`${LIST}index_1.htm`]);
    const got = await gatherList(first, { fetchPage: site.fetchPage, delayMs: 30 });
    expect(got).toMatchObject({ pages: 2, failed: [], skipped: 0, scripted: false });
    expect(got.links.map((l) => Number(/(\d{4})年度/.exec(l.title)![1]))).toEqual(
      Array.from({ length: 20 }, (_, i) => 2025 - i),
    );
    // Page two links back to page one: not fetched again.
    expect(site.log.map((l) => l.url)).toEqual([`${LIST}index_1.htm`]);
  });

  it('follows 下一页 from page to page, lists a page that fails, and stops at the page limit', async () => {
    const pages = Object.fromEntries([1, 2, 3, 4].map((k) => [`${LIST}index_${k}.htm`, page(k, 6)]));
    const site = fakeSite(pages);
    const got = await gatherList(firstOf(page(0, 6)), { fetchPage: site.fetchPage, delayMs: 20, maxPages: 6 });
    // Pages 2–5 read, page 6 (index_5) is not on the server.
    expect(got.pages).toBe(5);
    expect(got.failed).toEqual([{ url: `${LIST}index_5.htm`, problem: { code: 'http', status: 404 } }]);
    expect(got.links).toHaveLength(50);
    for (let i = 1; i < site.log.length; i++)
      expect(site.log[i].start - site.log[i - 1].end).toBeGreaterThanOrEqual(15);
    const again = fakeSite(pages).fetchPage;
    const capped = await gatherList(firstOf(page(0, 6)), { fetchPage: again, delayMs: 0, maxPages: 3 });
    expect([capped.pages, capped.skipped]).toEqual([3, 3]);
  });

  it('never fetches another site’s page', async () => {
    const site = fakeSite({});
    const got = await gatherList(
      { url: `${LIST}index.htm`, links: [], pages: ['https://www.example.org/zfxxgknb/index_1.htm'] },
      { fetchPage: site.fetchPage, delayMs: 0 },
    );
    expect(site.log).toEqual([]);
    expect(got.pages).toBe(1);
  });
});
