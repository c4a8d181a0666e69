// The reports a real listing page links to: pingtan's 政府信息公开年报 column, ten years of reports.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findReportLinks } from '../../lib/page/links';
import { fixture } from '../helpers';

const LIST = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/';
const linksOf = (html: string, url = LIST) =>
  findReportLinks(parseHTML(html).document as unknown as Document, url).links;

describe('links to reports on a listing page', () => {
  it('finds the ten reports pingtan lists, in page order, with their addresses resolved', () => {
    const links = linksOf(fixture('pingtan-report-list.html'));
    expect(links.map((l) => l.title)).toEqual(
      [2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016].map(
        (y) => `平潭综合实验区${y}年度政府信息公开工作年度报告`,
      ),
    );
    expect(links[0].url).toBe('https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202603/t20260313_105587.htm');
    expect(links[9].url).toBe('https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/201701/t20170118_80485.htm');
    // The channel's own link (javascript:;) and the script template without href are not reports.
    expect(links.some((l) => !l.url.startsWith(LIST))).toBe(false);
  });

  it('resolves against the page itself when its <base href> is malformed', () => {
    const html = fixture('pingtan-report-list.html').replace('</head>', '<base href="http://["></head>');
    expect(html).toContain('<base href="http://[">');
    const links = linksOf(html);
    expect(links).toHaveLength(10);
    expect(links[0].url).toBe('https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202603/t20260313_105587.htm');
  });

  it('keeps to the same site, reads a cut title from title="", and lists an address once', () => {
    const html = `<base href="/zfxxgknb/">
      <a href="a.htm">沭阳县发展和改革局2023年政府信息公开工作年度报告</a>
      <a href="a.htm#top">沭阳县发展和改革局2023年政府信息公开工作年度报告</a>
      <a href="https://evil.example/b.htm">沭阳县发展和改革局2022年政府信息公开工作年度报告</a>
      <a href="javascript:alert(1)">沭阳县发展和改革局2021年政府信息公开工作年度报告</a>
      <a href="c.htm" title="沭阳县发展和改革局2020年政府信息公开工作年度报告">沭阳县发展和改革局2020年政府信息...</a>
      <a href="d.htm">关于印发2023年政务公开工作要点的通知</a>`;
    expect(linksOf(html, 'http://www.shuyang.gov.cn/sygfj/gknb/index.shtml')).toEqual([
      { url: 'http://www.shuyang.gov.cn/zfxxgknb/a.htm', title: '沭阳县发展和改革局2023年政府信息公开工作年度报告' },
      { url: 'http://www.shuyang.gov.cn/zfxxgknb/c.htm', title: '沭阳县发展和改革局2020年政府信息公开工作年度报告' },
    ]);
  });
});

describe('a list whose entries are the reports’ files', () => {
  it('lists a link named for its PDF like the report itself', () => {
    const html = `<a href="/f/2024.pdf">平潭综合实验区2024年度政府信息公开工作年度报告.pdf</a>
      <a href="/f/2023.docx">平潭综合实验区2023年度政府信息公开工作年度报告.DOCX</a>`;
    expect(linksOf(html)).toEqual([
      { url: 'https://www.pingtan.gov.cn/f/2024.pdf', title: '平潭综合实验区2024年度政府信息公开工作年度报告' },
      { url: 'https://www.pingtan.gov.cn/f/2023.docx', title: '平潭综合实验区2023年度政府信息公开工作年度报告' },
    ]);
  });
});

describe('a page with more report links than one collection takes', () => {
  it('offers the first 300 and counts the rest, so that the popup can say so', async () => {
    const { MAX_LINKS } = await import('../../lib/view/list-pages');
    const items = Array.from(
      { length: 305 },
      (_, i) => `<li><a href="/r/${i}.htm">某县第${i + 1}部门2024年度政府信息公开工作年度报告</a></li>`,
    );
    const { document } = parseHTML(`<html><body><ul>${items.join('')}</ul></body></html>`);
    const found = findReportLinks(document, 'https://www.example.gov.cn/list.htm');
    expect(MAX_LINKS).toBe(300);
    expect(found.links).toHaveLength(300);
    expect(found.more).toBe(5);
    expect(found.links[299].url).toBe('https://www.example.gov.cn/r/299.htm');
    const { strings } = await import('../../lib/i18n');
    expect(strings('zh').listingMore(5, 300)).toBe('页面另有 5 份报告的链接，一次最多收集 300 份，未列入。');
  });
});
