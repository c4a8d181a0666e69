// The article saved with a report reads back into the same report: tables, findings and identity,
// without the portal around it.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { docFromDom } from '../../lib/inputs/dom-tree';
import { analyzePage, toJson } from '../../lib/analyze';
import { articleElement, articleHtml } from '../../lib/page/article';
import { analyzeHtml, fixture, REPORTS } from '../helpers';

const reports = REPORTS;

const live = (html: string) => {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  return { document: doc, report: analyzePage(docFromDom(doc)) };
};

describe('the saved article', () => {
  it.each(reports)('%s reads back into the same report', (name) => {
    const page = fixture(`${name}.html`);
    const { document, report } = live(page);
    const saved = articleHtml(document, report);
    const reread = toJson(analyzeHtml(saved), name);
    expect(reread).toEqual(toJson(analyzeHtml(page), name));
    expect(reread.findings).toEqual(report.findings);
  });

  it('leaves the portal around the article out (pingtan-2024: the layout table and links)', () => {
    const page = fixture('pingtan-2024.html')
      .replace(
        '<body>',
        '<body><div id="nav"><a href="/">首页</a><script>var tracker = 1;</script></div><div id="main">',
      )
      .replace('</body>', '</div><div id="footer">版权所有 平潭综合实验区管理委员会</div></body>');
    const { document, report } = live(page);
    const saved = articleHtml(document, report);
    expect(saved).not.toContain('版权所有');
    expect(saved).not.toContain('tracker');
    expect(saved).toContain('<title>平潭综合实验区2024年度政府信息公开工作年度报告</title>');
    expect(articleElement(document, report).contains(document.getElementById('footer'))).toBe(false);
  });

  it('drops tables the page hides, so a re-read sees what the reader saw', () => {
    const page = fixture('pingtan-2019.html').replace(
      '<body>',
      '<body><table hidden><tr><td>三、收到和处理政府信息公开申请情况</td></tr></table>',
    );
    const { document, report } = live(page);
    expect(articleHtml(document, report)).not.toContain('<table hidden');
  });

  it('escapes the page title and meta it carries over', () => {
    const page = fixture('pingtan-2025.html').replace(
      /<title>[^<]*<\/title>/,
      '<title>平潭综合实验区2025年度政府信息公开工作年度报告 &lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;</title>',
    );
    const { document, report } = live(page);
    const saved = articleHtml(document, report);
    expect(saved).not.toContain('<script>');
    expect(analyzeHtml(saved).meta.title).toBe(report.meta.title);
  });
});
