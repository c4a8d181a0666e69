import { describe, expect, it } from 'vitest';
import readExcelFile from 'read-excel-file/node';
import { strFromU8, unzipSync } from 'fflate';
import { escapeXml, xlsxBlob, XlsxWriter, XLSX_TYPE } from '../../lib/export/xlsx-write';
import { EXCEL_ROWS, laidOut, xlsxBook, xlsxSheets } from '../../lib/export/xlsx';
import { toJson } from '../../lib/analyze';
import { toSaved } from '../../lib/store/save';
import { analyzeHtml, fixture, xlsxBuffer } from '../helpers';

const partsOf = (buffer: Buffer) => unzipSync(new Uint8Array(buffer));

describe('the workbook writer', () => {
  it('writes hostile text as text: markup escaped, what XML cannot hold dropped, Excel escapes literal', async () => {
    const texts = ['a&b<c>"d"', '=HYPERLINK("x")', 'bell\u0007tab\tline\nend', '_x0041_ stays', "'quoted'"];
    const buffer = await xlsxBuffer([{ sheet: 'hostile', data: [texts] }]);
    const sst = strFromU8(partsOf(buffer)['xl/sharedStrings.xml']);
    expect(sst).toContain('a&amp;b&lt;c&gt;&quot;d&quot;');
    expect(sst).toContain('_x005F_x0041_ stays');
    expect(sst).not.toContain('\u0007');
    const [sheet] = await readExcelFile(buffer);
    expect(sheet.data[0]).toEqual([
      'a&b<c>"d"',
      '=HYPERLINK("x")',
      'belltab\tline\nend',
      // Read back as written, not as the "A" an unescaped `_x0041_` would be.
      '_x0041_ stays',
      "'quoted'",
    ]);
    // No cell is a formula: every text is a shared string.
    expect(strFromU8(partsOf(buffer)['xl/worksheets/sheet1.xml'])).not.toContain('<f>');
    expect(escapeXml('平潭综合实验区')).toBe('平潭综合实验区');
  });

  it('names sheets as Excel allows: no []:*?/\\, at most 31 characters, unique', async () => {
    const long = '表'.repeat(40);
    const book = await readExcelFile(
      await xlsxBuffer([
        { sheet: 'a[1]:b*?/\\', data: [['x']] },
        { sheet: long, data: [['y']] },
        { sheet: long, data: [['z']] },
        { sheet: "'比较'", data: [['w']] },
      ]),
    );
    expect(book.map((s) => s.sheet)).toEqual(['a_1__b____', '表'.repeat(31), `${'表'.repeat(29)}~2`, '_比较_']);
    expect(book.map((s) => s.data[0][0])).toEqual(['x', 'y', 'z', 'w']);
  });

  it('streams a sheet past its blocks of rows and reads back every figure, blanks left empty', async () => {
    const data = [['机关', '年度', '数值']];
    for (let i = 1; i <= 1234; i++)
      data.push([i % 3 ? '平潭综合实验区' : '', 2000 + (i % 26), i % 7 ? i / 4 : -i] as never);
    const buffer = await xlsxBuffer([laidOut({ sheet: '长表', data })]);
    const xml = strFromU8(partsOf(buffer)['xl/worksheets/sheet1.xml']);
    expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toContain('<autoFilter ref="A1:C1235"/>');
    expect(xml).toContain('<c r="C1235"><v>308.5</v></c>');
    // The body's name written once for its 823 cells.
    const sst = strFromU8(partsOf(buffer)['xl/sharedStrings.xml']);
    expect(sst.split('平潭综合实验区').length - 1).toBe(1);
    expect(sst).toContain('count="826" uniqueCount="4"');
    const [sheet] = await readExcelFile(buffer);
    expect(sheet.data).toHaveLength(1235);
    expect(sheet.data.slice(1).map((r) => r.map((v) => v ?? ''))).toEqual(data.slice(1));
  });

  it('fits each column to its content: a Chinese character two wide, one beyond the BMP too, at most 50', () => {
    const cells = Array.from({ length: 3000 }, (_, i) => `t3.row${i}.total`).join(' ');
    const widths = laidOut({
      sheet: '核对结果',
      data: [
        ['机关', '年度', '单元格', '说明', '扩展'],
        ['平潭综合实验区', 2024, cells, 'T3 总数 reported 45', '𠀀𠀁a'],
        ['沭阳县发展和改革局', 12345678, 't3.total.total', '', null],
      ],
    }).columns!.map((c) => c.width);
    // 沭阳县发展和改革局: 9 × 2 + 2; 12345678: 8 + 2; the list of cells capped; T3 总数 reported 45: 15 + 2 × 2 + 2.
    expect(widths).toEqual([20, 10, 50, 21, 7]);
  });

  it('says so in a sheet past the rows Excel opens, rather than write a file Excel refuses', () => {
    const row = ['平潭综合实验区', 2024];
    const fits = laidOut({ sheet: '正文数字', data: Array<typeof row>(EXCEL_ROWS).fill(row) });
    expect(fits.data).toHaveLength(EXCEL_ROWS);
    const over = laidOut({ sheet: '正文数字', data: Array<typeof row>(EXCEL_ROWS + 1).fill(row) });
    expect(over.sheet).toBe('正文数字');
    expect(over.data).toEqual([['说明 note'], ['本表超过 Excel 的 1,048,576 行上限，未放入本工作簿；请导出 CSV。']]);
  });

  it('writes the sheets that are ready first, each in its place in the book', async () => {
    const read = analyzeHtml(fixture('pingtan-2024.html'));
    const report = await toSaved({ url: 'x', html: fixture('pingtan-2024.html'), report: toJson(read, 'x') }, 0);
    const reports = [{ ...report, id: 1 }];
    const book = xlsxBook(reports);
    // 比较 and 核对结果 (places 3 and 4) wait for what the library finds across reports.
    expect(book.own.map((s) => s.at)).toEqual([0, 1, 2, 5, 6, 7]);
    const writer = new XlsxWriter(book.count);
    for (const { at, make } of book.own) void writer.sheet(at, make());
    for (const { at, make } of book.across()) void writer.sheet(at, make());
    const read2 = await readExcelFile(Buffer.concat(await writer.end()));
    const short = new XlsxWriter(2);
    void short.sheet(1, { sheet: 'b', data: [['x']] });
    await expect(short.end()).rejects.toThrow('sheet 1 of 2 was not written');
    const whole = xlsxSheets(reports);
    expect(read2.map((s) => s.sheet)).toEqual(whole.map((s) => s.sheet));
    const compare = read2[3].data;
    expect(compare[1].slice(0, 2)).toEqual(['平潭综合实验区', 2024]);
    expect(compare[1][compare[0].indexOf('本年新收')]).toBe(218);
  });

  it('makes the library workbook of a real report as a Blob of the spreadsheet type', async () => {
    const read = analyzeHtml(fixture('pingtan-2024.html'));
    const report = await toSaved({ url: 'x', html: fixture('pingtan-2024.html'), report: toJson(read, 'x') }, 0);
    const blob = await xlsxBlob(xlsxSheets([{ ...report, id: 1 }]));
    expect(blob.type).toBe(XLSX_TYPE);
    const book = await readExcelFile(Buffer.from(await blob.arrayBuffer()));
    const t3 = book.find((s) => s.sheet === '表三 依申请')!;
    expect(t3.data[1][t3.data[0].indexOf('本年新收·总计')]).toBe(218);
  });
});
