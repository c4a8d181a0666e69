// The other pages of a list, found on real list markup, alike in the live page (linkedom here) and in
// fetched HTML (cheerio): pingtan's column, whose pager a script draws from an API (no address to
// follow: said so); the same markup with the pager drawn as a portal draws it (numbered links and
// 下一页); TRS's createPageHTML call with its page count in a variable; links that are not pages.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { listSource } from '../../lib/inputs/anchors';
import { listSourceOf, readListPage } from '../../lib/page/links';
import { pagerOf } from '../../lib/view/list-pages';
import { fixture } from '../helpers';

const LIST = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/';
const SHELL =
  '<div class="page_base mar_t_base" ms-controller="list_pagebar" ms-include-src="pgTemp" ms-if="pageCount>0"></div>';
const real = fixture('pingtan-report-list.html');
/** The real page with its pager as the portal's script fills it on page one of two. */
const drawn = real.replace(
  SHELL,
  '<div class="page_base" ms-controller="list_pagebar"><span>1</span> <a href="index_1.htm">2</a> ' +
    '<a href="index_1.htm" title="下一页">下一页</a> <a href="/zwgk/zfxxgk/zfxxgknb/index_1.htm">尾页</a></div>',
);

const both = (html: string, url = LIST) => {
  const dom = readListPage(parseHTML(html).document as unknown as Document, url).pager;
  const fetched = pagerOf(listSource(html), url, url);
  expect(fetched).toEqual(dom);
  return dom;
};

describe('the pages of a list', () => {
  it('pingtan: 10 of 20 reports, a pager only a script fills: no page to follow, and said so', () => {
    expect(real).toContain(SHELL);
    expect(both(real)).toEqual({ pages: [], scripted: true });
    expect(listSourceOf(parseHTML(real).document as unknown as Document).shells).toBe(1);
    // The list script the fixture's comment records (removed from the copy): its count of entries read.
    const script =
      '<script>new list2.trsapi({ quickMode: "动静结合", maxStaticIndex: 1, pagebar: { prepage: 10 }, ' +
      'recordCount: \'20\', pgTemp: "pgBar_xxgk.html" });</script>';
    expect(both(real.replace('</body>', `${script}</body>`))).toEqual({ pages: [], scripted: true, records: 20 });
    // Drawn by its script with links that only run it: still no address to follow.
    const drawnByScript = real.replace(
      SHELL,
      '<div ms-controller="list_pagebar"><a href="javascript:void(0)">2</a><a href="javascript:;">下一页</a></div>',
    );
    expect(both(drawnByScript)).toEqual({ pages: [], scripted: true });
  });

  it('the same markup with its pager drawn: page two by its number and by 下一页, once', () => {
    expect(both(drawn)).toEqual({ pages: [`${LIST}index_1.htm`], scripted: false });
    // Page two links back to page one and on to nothing: page one found, this page left out.
    const two = drawn.replace('<span>1</span> <a href="index_1.htm">2</a>', '<a href="index.htm">1</a> <span>2</span>');
    expect(both(two.replace(/<a href="index_1.htm" title="下一页">下一页<\/a>/, ''), `${LIST}index_1.htm`)).toEqual({
      pages: [`${LIST}index.htm`],
      scripted: false,
    });
  });

  it('TRS: createPageHTML with the count in a variable gives index_1 … index_(n−1), not the current page', () => {
    const script =
      '<script>var currentPage = 0;var countPage = 4\n' +
      ' createPageHTML(countPage, currentPage, "index", "html");</script>';
    expect(both(real.replace('</body>', `${script}</body>`))).toEqual({
      pages: [1, 2, 3].map((i) => `${LIST}index_${i}.html`),
      scripted: false,
    });
    // On page three (index_2.html) the current page is 2; page one is index.html.
    const third = script.replace('currentPage = 0', 'currentPage = 2');
    expect(both(real.replace('</body>', `${third}</body>`), `${LIST}index_2.html`).pages).toEqual([
      `${LIST}index.html`,
      `${LIST}index_1.html`,
      `${LIST}index_3.html`,
    ]);
  });

  it('numbered links in the list’s folder are pages; years, other folders, other sites and scripts are not', () => {
    const html =
      '<html><body><a href="?page=2">2</a><a href="list.htm?page=3">[3]</a><a href="?year=2024">2024</a>' +
      '<a href="/other/4.htm">4</a><a href="https://www.example.org/zfxxgknb/5.htm">5</a>' +
      '<a href="javascript:goPage(6)">下一页</a><a href="next.htm">›</a></body></html>';
    expect(both(html, `${LIST}list.htm`)).toEqual({
      pages: [`${LIST}list.htm?page=2`, `${LIST}list.htm?page=3`, `${LIST}next.htm`],
      scripted: false,
    });
  });
});
