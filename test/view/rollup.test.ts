// The roll-up of pingtan's zone for 2025 on real reports: its own report beside the sum of its
// departments' 2025 reports saved (行政审批局: 6 new requests of the zone's 154), and the departments the
// library holds for other years listed as missing (国有资产管理局 2023, 经济发展局 2020, 农业农村局 2019).
import { describe, expect, it } from 'vitest';
import { toJson } from '../../lib/analyze';
import type { SavedReport } from '../../lib/model';
import { toSaved } from '../../lib/store/save';
import { rollupOf } from '../../lib/view/rollup';
import { analyzeHtml, fixture } from '../helpers';

let next = 1;
async function saved(file: string): Promise<SavedReport> {
  const url = `https://www.pingtan.gov.cn/${file}`;
  const html = fixture(file);
  return { ...(await toSaved({ url, html, report: toJson(analyzeHtml(html), url) }, next)), id: next++ };
}

describe('the roll-up of a region', () => {
  it('pingtan 2025: the zone beside its departments’ sum, the departments missing that year listed', async () => {
    const zone = await saved('pingtan-2025.html');
    const all = [
      zone,
      await saved('pingtan-2024.html'),
      await saved('pingtan-hzs-2025.html'),
      await saved('pingtan-gyz-2023.html'),
      await saved('pingtan-jjf-2020.html'),
      await saved('pingtan-nyn-2019.html'),
      await saved('shuyang-fgj-2023.html'),
    ];
    const r = rollupOf(zone, all)!;
    expect(r.departments.map((d) => d.body)).toEqual(['平潭综合实验区行政审批局']);
    expect(r.missing).toEqual(['平潭综合实验区国有资产管理局', '平潭综合实验区经济发展局', '平潭综合实验区农业农村局']);
    const line = (id: string) => r.lines.find((l) => l.id === id);
    expect(line('t3.new.total')).toEqual({
      id: 't3.new.total',
      label: '表三 本年新收·总计',
      region: 154,
      departments: 6,
      difference: 148,
    });
    expect(line('t4.review.total')).toMatchObject({ region: 36, departments: 0, difference: 36 });
    expect(r.lines.filter((l) => l.id.startsWith('t4.'))).toHaveLength(15);
    // A body with no department in the library has no roll-up; nor has a department itself.
    expect(rollupOf(all[6], all)).toBeNull();
    expect(rollupOf(all[2], all)).toBeNull();
  });
});
