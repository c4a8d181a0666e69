// The DOM adapter (content script) and the cheerio adapter (Node, background) read the same page
// into the same report.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { docFromHtml } from '../../lib/inputs/cheerio-tree';
import { docFromDom } from '../../lib/inputs/dom-tree';
import { MAX_TABLE_ROWS } from '../../lib/inputs/tree';
import { docFromText } from '../../lib/inputs/text-doc';
import { analyze, toJson } from '../../lib/analyze';
import { chipOf } from '../../lib/page/summary-text';
import { strings } from '../../lib/i18n';
import { analyzeFixture, fixture } from '../helpers';

const names = [
  'pingtan-2013',
  'pingtan-2019',
  'pingtan-2021',
  'pingtan-2024',
  'pingtan-jjf-2020',
  'pingtan-report-list',
  'shuyang-fgj-2023',
];

describe('DOM and cheerio adapters agree', () => {
  it.each(names)('%s', (name) => {
    const { document } = parseHTML(fixture(`${name}.html`));
    const viaDom = toJson(analyze(docFromDom(document as unknown as Document)), name);
    expect(viaDom).toEqual(toJson(analyzeFixture(`${name}.html`), name));
  });

  it('the DOM adapter leaves out tables hidden by markup', () => {
    const html = fixture('pingtan-2024.html').replace(/<table/g, '<table style="display: none"');
    const { document } = parseHTML(html);
    const report = analyze(docFromDom(document as unknown as Document));
    expect([report.t2, report.t3, report.t4]).toEqual([null, null, null]);
  });
});

describe('text adapter', () => {
  it('takes the first line for the title', () => {
    const doc = docFromText('平潭综合实验区2024年度政府信息公开工作年度报告\r\n\r\n一、总体情况\n2024年，……');
    expect(doc.titles).toEqual(['平潭综合实验区2024年度政府信息公开工作年度报告']);
    expect(analyze(doc)).toMatchObject({
      kind: 'report',
      format: '2021',
      meta: { body: '平潭综合实验区', year: 2024 },
    });
  });
});

describe('chip summary', () => {
  const f = (severity: 'error' | 'warning' | 'info') => ({
    rule: 'X',
    severity,
    message: '',
    scope: null,
    reported: null,
    computed: null,
    difference: null,
    cells: [],
  });
  it.each([
    [[f('error'), f('error'), f('warning'), f('info')], 'zh-CN', '年报透镜：2处错误，1处提示'],
    [[f('warning')], 'zh-CN', '年报透镜：1处提示'],
    [[f('info')], 'zh-TW', '年报透镜：未发现问题'],
    [[f('error')], 'en-US', 'Nianbao Lens: 1 error'],
    [[f('error'), f('warning'), f('warning')], 'en', 'Nianbao Lens: 1 error, 2 warnings'],
  ])('%#', (findings, lang, text) => {
    expect(chipOf(findings, strings(lang)).text).toBe(text);
  });
});

describe('an enormous table', () => {
  const rows = Array.from({ length: 20000 }, (_, i) => `<tr><td>第${i}行</td>${'<td>1</td>'.repeat(9)}</tr>`).join('');
  const page = fixture('pingtan-2024.html').replace('</body>', `<table>${rows}</table></body>`);

  it('is read only far enough to know it is no report table, and leaves the report as it was', () => {
    const doc = docFromHtml(page);
    expect(doc.tables.at(-1)!.rows).toHaveLength(MAX_TABLE_ROWS + 1);
    expect(doc.text).not.toContain('第19999行');
    expect(toJson(analyze(doc), 'p')).toEqual(toJson(analyzeFixture('pingtan-2024.html'), 'p'));
  });
});
