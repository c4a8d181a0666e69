// The popup's figures at a glance, from real reports.
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../lib/inputs/text-doc';
import { analyzePage, toJson } from '../../lib/analyze';
import { keyFigures } from '../../lib/view/key-figures';
import { analyzeFixture, seedText } from '../helpers';

describe('key figures', () => {
  it('pingtan-2019: table 3 totals, table 4 blocks, table 2 rows, each with its cell', () => {
    const groups = keyFigures(toJson(analyzeFixture('pingtan-2019.html'), 'x'));
    expect(groups.map((g) => g.table)).toEqual(['t3', 't4', 't2']);
    const [t3, t4, t2] = groups;
    expect(t3.rows.map((r) => [r.label, r.items[0].value, r.items[0].cell])).toEqual([
      ['本年新收', 23, 't3.new.total'],
      ['上年结转', 0, 't3.carried_over.total'],
      ['予以公开', 7, 't3.granted.total'],
      ['部分公开', 1, 't3.partial.total'],
      ['总计', 23, 't3.total.total'],
      ['结转下年度', 0, 't3.carried_forward.total'],
    ]);
    expect(t4.rows[0]).toEqual({
      label: '行政复议',
      items: [
        { label: '总计', value: 0, cell: 't4.review.total' },
        { label: '结果纠正', value: 0, cell: 't4.review.corrected' },
        { label: '尚未审结', value: 0, cell: 't4.review.pending' },
      ],
    });
    expect(t2.rows.find((r) => r.label === '规范性文件')!.items.map((i) => i.value)).toEqual([89, 89, 89]);
    expect(t2.rows.find((r) => r.label === '政府集中采购')!.items).toContainEqual({
      label: '金额',
      value: 75394432.52,
      cell: 't2.procurement.amount',
    });
  });

  it('a pre-2019 report without table 3 shows its prose figures (seed 001: 826 proactive, 12 requests)', () => {
    const groups = keyFigures(toJson(analyzePage(docFromText(seedText('001_c2cef3dbede2db47'))), 'x'));
    const prose = groups.find((g) => g.table === 'prose')!;
    expect(prose.rows.map((r) => [r.label, r.items[0].value])).toEqual(
      expect.arrayContaining([
        ['主动公开信息', 826],
        ['收到公开申请', 12],
      ]),
    );
  });
});
