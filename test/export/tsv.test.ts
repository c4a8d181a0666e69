// A report's tables as tab-separated cells for the clipboard (the popup's 复制表三/表四/全部表格):
// real values of pingtan-2024 and shuyang-fgj-2023, blanks left empty, formula-like labels neutralised.
import { describe, expect, it } from 'vitest';
import { toJson } from '../../lib/analyze';
import { allTablesTsv, tableTsv } from '../../lib/export/tsv';
import type { ReportJson } from '../../lib/model';
import { analyzeFixture } from '../helpers';

const json = (file: string) => toJson(analyzeFixture(file), 'x');

describe('tables as tab-separated cells', () => {
  it('table 4 of pingtan-2024: its blocks by name, its columns named, every figure', () => {
    expect(tableTsv(json('pingtan-2024.html'), 't4')).toBe(
      [
        '表四\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
        '行政复议\t2\t1\t3\t1\t7',
        '行政诉讼／未经复议直接起诉\t0\t0\t0\t0\t0',
        '行政诉讼／复议后起诉\t13\t2\t4\t0\t19',
      ].join('\r\n'),
    );
  });

  it('table 3 in the format’s order, a blank cell empty, not 0 (shuyang 2023)', () => {
    const lines = tableTsv(json('shuyang-fgj-2023.html'), 't3')!.split('\r\n');
    expect(lines[0]).toBe('表三\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计');
    expect(lines[1]).toBe('本年新收\t26\t\t\t\t\t\t26');
    expect(lines).toHaveLength(26);
  });

  it('all three tables, table 3 first, a blank line between; a report without tables has none', () => {
    const all = allTablesTsv(json('pingtan-2024.html'))!;
    expect(all.split('\r\n\r\n').map((t) => t.split('\t')[0])).toEqual(['表三', '表四', '表二']);
    expect(allTablesTsv(json('pingtan-2013.html'))).toBeNull();
  });

  it('keeps a row the page added, its label neutralised and on one line', () => {
    const report = json('pingtan-2024.html');
    const t2 = { ...report.t2!, 'extra:=1+1\t其他': { decisions: 3 } } as ReportJson['t2'];
    const lines = tableTsv({ ...report, t2 }, 't2')!.split('\r\n');
    expect(lines[lines.length - 1]).toBe("'=1+1 其他\t\t\t\t\t3");
  });
});
