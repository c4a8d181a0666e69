// The files a page offers its report in (the real gaj notice links its 2017 report as a .doc), the
// cleaning of a converted Word document before it is shown, and the viewer's address.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { namesDisclosure } from '../../lib/base/attachment-links';
import { findAttachments } from '../../lib/page/attachments';
import { PageNames, pageMayBeReport } from '../../lib/page/probe';
import { cleanDocument } from '../../lib/page/document-view';
import { viewerPath, viewerTarget } from '../../lib/view/viewer-url';
import { fixture } from '../helpers';

const GAJ = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/dfbmptlj/ptzhsyqbm/ptzhsyqgaj/zfxxgknb/201801/t20180102_80511.htm';
const doc = (html: string) => parseHTML(html).document as unknown as Document;
const filesOf = (html: string, url = GAJ) => findAttachments(doc(html), url);
const page = (title: string, body: string) => `<html><head><title>${title}</title></head><body>${body}</body></html>`;

describe('attachments of a page', () => {
  it('finds the .doc the real gaj notice links as its 2017 report', () => {
    expect(filesOf(fixture('pingtan-gaj-2017-notice.html'))).toEqual([
      {
        url: 'https://www.pingtan.gov.cn/ptwzq/ewebeditor/uploadfile/2018/01/24/20180124162728231.doc',
        kind: 'DOC',
        text: '2017年政府信息公开公报.doc',
      },
    ]);
  });

  it('resolves against the page itself when its <base href> is malformed (hostile markup throws nothing)', () => {
    const html = fixture('pingtan-gaj-2017-notice.html').replace('</head>', '<base href="http://["></head>');
    expect(html).toContain('<base href="http://[">');
    expect(filesOf(html).map((f) => f.url)).toEqual([
      'https://www.pingtan.gov.cn/ptwzq/ewebeditor/uploadfile/2018/01/24/20180124162728231.doc',
    ]);
  });

  it('offers nothing on a report page or a page about something else', () => {
    expect(filesOf(fixture('pingtan-2024.html'))).toEqual([]);
    expect(filesOf(fixture('pingtan-gzl-work-report-2022.html'))).toEqual([]);
    const notice = page('关于召开会议的通知', '<a href="/a.pdf">2024年政府信息公开工作年度报告.pdf</a>');
    expect(filesOf(notice)).toEqual([]);
  });

  it('lists a PDF first, by the extension of its address or words, or a download address by the words near it', () => {
    const html = page(
      '平潭综合实验区2024年度政府信息公开工作年度报告',
      `<p>附件：<a href="/upload/a.docx">年报（Word 版）</a></p>
       <p><a href="/upload/b.PDF?v=2">全真版</a></p>
       <p>附件下载：<a href="/download.jsp?fileid=77">点击下载</a></p>
       <p><a href="/other.htm">上一篇</a> <a href="javascript:void(0)">x.pdf</a> <a href="mailto:a@b.cn">y.pdf</a></p>
       <p><a href="/upload/b.PDF?v=2#p3">全真版</a></p>`,
    );
    expect(filesOf(html, 'https://www.pingtan.gov.cn/r.htm').map((f) => [f.url, f.kind])).toEqual([
      ['https://www.pingtan.gov.cn/upload/b.PDF?v=2', 'PDF'],
      ['https://www.pingtan.gov.cn/upload/a.docx', 'DOCX'],
      ['https://www.pingtan.gov.cn/download.jsp?fileid=77', null],
    ]);
  });

  it('looks at the headings once for the probe and the files, and for a <base> only where a report is named', () => {
    /** The page with every selector the document is asked for written down. */
    const watched = (html: string) => {
      const d = doc(html);
      const asked: string[] = [];
      const [all, one] = [d.querySelectorAll.bind(d), d.querySelector.bind(d)];
      Object.assign(d, {
        querySelectorAll: (s: string) => (asked.push(s), all(s)),
        querySelector: (s: string) => (asked.push(s), one(s)),
      });
      return { d, asked };
    };
    // The real listing page: no report, no files; its headings are looked at once, one tag at a time.
    const list = watched(fixture('pingtan-report-list.html'));
    const names = new PageNames(list.d);
    expect(pageMayBeReport(list.d, names)).toBe(false);
    expect(findAttachments(list.d, GAJ, names)).toEqual([]);
    expect(list.asked).toEqual(['h1', 'h2', 'h3']);
    // The real gaj notice names its report: its <base> and its links are looked for too.
    const notice = watched(fixture('pingtan-gaj-2017-notice.html'));
    expect(findAttachments(notice.d, GAJ).map((f) => f.kind)).toEqual(['DOC']);
    expect(notice.asked).toEqual(['h1', 'h2', 'h3', 'base[href]', 'a[href]']);
  });

  it('knows the words of a disclosure report, looser than a title', () => {
    expect(namesDisclosure('关于报送《平潭综合实验区公安局2017年政府信息公开工作情况》的函')).toBe(true);
    expect(namesDisclosure('2017年政府信息公开公报')).toBe(true);
    expect(namesDisclosure('平潭综合实验区国有资产管理局关于2022年度国资国企监管工作情况的报告')).toBe(false);
  });
});

describe('a converted Word document, cleaned before it is shown', () => {
  it('keeps text, headings and tables with their spans, and nothing that runs, loads or links', () => {
    const html =
      '<h1 onclick="x()">报告</h1><p style="color:red">正文<a href="javascript:alert(1)">链接</a>' +
      '<img src="http://evil.example/t.png"></p><script>window.__pwned=1</script>' +
      '<table class="x"><tr><td colspan="2" rowspan="3" onmouseover="y()" data-x="1">合并</td></tr></table>' +
      '<iframe src="http://evil.example"></iframe><svg><script>1</script></svg>';
    const cleaned = cleanDocument(html, (h) => doc(`<html><body>${h}</body></html>`));
    expect(cleaned.body.innerHTML).toBe(
      '<h1>报告</h1><p>正文链接</p><table><tr><td colspan="2" rowspan="3">合并</td></tr></table>',
    );
  });
});

describe('the viewer address', () => {
  it('carries an attachment and its page, or a saved report, and takes only http(s) addresses', () => {
    const src = 'https://www.pingtan.gov.cn/a b.pdf';
    const path = viewerPath({ src, from: GAJ });
    expect(viewerTarget(path.slice(path.indexOf('?')))).toEqual({ src, from: GAJ });
    expect(viewerTarget('?id=12')).toEqual({ id: 12 });
    expect(viewerTarget('?src=javascript:alert(1)')).toBeNull();
    expect(viewerTarget(`?src=${encodeURIComponent(src)}&from=file:///etc/passwd`)).toEqual({ src, from: null });
    expect(viewerTarget('?id=-1')).toBeNull();
  });
});
