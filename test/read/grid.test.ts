// The grid follows HTML's table processing model: what a browser shows is what the reader reads.
import { describe, expect, it } from 'vitest';
import { docFromHtml } from '../../lib/inputs/cheerio-tree';
import { layoutGrid } from '../../lib/read/grid';

/** Each grid row as "text@col" of the placements covering it. */
function layout(html: string, index = 0): string[][] {
  const grid = layoutGrid(docFromHtml(html).tables[index]);
  return grid.rows.map((row) => row.map((p) => `${p.cell.text}@${p.col}`));
}

describe('layoutGrid', () => {
  it('places cells after slots held by rowspans from above', () => {
    expect(
      layout(
        '<table><tr><td rowspan=2>A</td><td>B</td><td rowspan=3>C</td></tr><tr><td>D</td></tr>' +
          '<tr><td>E</td><td>F</td></tr></table>',
      ),
    ).toEqual([
      ['A@0', 'B@1', 'C@2'],
      ['A@0', 'D@1', 'C@2'],
      ['E@0', 'F@1', 'C@2'],
    ]);
  });

  it('header spans that do not line up with the data rows (pingtan-2021 table 3)', () => {
    const html = `<table>
      <tr><td rowspan=3 colspan=3>勾稽</td><td colspan=8>申请人情况</td></tr>
      <tr><td colspan=2>自然人</td><td colspan=5>法人或其他组织</td><td rowspan=2>总计</td></tr>
      <tr><td></td><td colspan=2>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
      <tr><td colspan=3>一、本年新收</td><td>64</td><td colspan=2>0</td><td>0</td><td>2</td><td>0</td><td>4</td>
      <td>70</td></tr></table>`;
    const rows = layout(html);
    expect(rows[2]).toEqual([
      '勾稽@0',
      '@3',
      '商业企业@4',
      '科研机构@6',
      '社会公益组织@7',
      '法律服务机构@8',
      '其他@9',
      '总计@10',
    ]);
    expect(rows[3]).toEqual(['一、本年新收@0', '64@3', '0@4', '0@6', '2@7', '0@8', '4@9', '70@10']);
  });

  it('rowspan="0" reaches the end of its row group, and no span crosses a row group', () => {
    const html =
      '<table><thead><tr><td rowspan=0>H</td><td>1</td></tr><tr><td>2</td></tr>' +
      '</thead><tbody><tr><td rowspan=9>B</td><td>3</td></tr><tr><td>4</td></tr></tbody></table>';
    expect(layout(html)).toEqual([
      ['H@0', '1@1'],
      ['H@0', '2@1'],
      ['B@0', '3@1'],
      ['B@0', '4@1'],
    ]);
  });

  it('clamps absurd spans as browsers do: colspan 5000 is 1000 columns, 0 or junk is 1', () => {
    const grid = layoutGrid(
      docFromHtml(
        '<table><tr><td colspan=5000>A</td><td>B</td></tr>' +
          '<tr><td colspan=0>C</td><td colspan=x>D</td><td rowspan=-3>E</td></tr></table>',
      ).tables[0],
    );
    expect(grid.width).toBe(1001);
    expect(grid.rows[0].map((p) => [p.cell.text, p.col, p.colSpan])).toEqual([
      ['A', 0, 1000],
      ['B', 1000, 1],
    ]);
    expect(grid.rows[1].map((p) => [p.cell.text, p.col, p.rowSpan])).toEqual([
      ['C', 0, 1],
      ['D', 1, 1],
      ['E', 2, 1],
    ]);
  });

  it('keeps empty rows, and a rowspan still covers them', () => {
    expect(layout('<table><tr><td rowspan=3>A</td><td>B</td></tr><tr></tr><tr><td>C</td></tr></table>')).toEqual([
      ['A@0', 'B@1'],
      ['A@0'],
      ['A@0', 'C@1'],
    ]);
  });

  it('a nested table is its own table, not cells of the outer one', () => {
    const doc = docFromHtml(
      '<table><tr><td>外<table><tr><td>1</td><td>2</td></tr></table></td><td>3</td></tr></table>',
    );
    expect(doc.tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.text)))).toEqual([[['外', '3']], [['1', '2']]]);
  });
});
