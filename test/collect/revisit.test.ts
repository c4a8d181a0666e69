// 检查已保存报告是否有改动 on real pages served by a fake fetch: a saved report fetched again that says
// the same stays one version; one whose page changed a figure is kept as version 2; one whose page is
// gone is listed with its reason; one request at a time with the polite pause between; another site's
// address never fetched.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { toJson } from '../../lib/analyze';
import { createRevisitor } from '../../lib/collect/revisit';
import { saveReport } from '../../lib/library/repository';
import { figureChanges } from '../../lib/library/versions';
import { openLibrary, type LibraryDb } from '../../lib/store/db';
import { analyzeHtml, fakeSite, fixture, withCell } from '../helpers';

const SITE = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/';
const URL_2024 = `${SITE}202503/t20250310_97791.htm`;
const URL_2025 = `${SITE}202603/t20260313_105587.htm`;
const URL_2021 = `${SITE}202202/t20220208_80613.htm`;

let db: LibraryDb;
afterEach(async () => db?.delete());

describe('checking saved reports for changes', () => {
  it('keeps a changed page as a new version, leaves the same one alone, lists the page gone', async () => {
    db = openLibrary('test-revisit');
    const saved: Record<string, string> = {
      [URL_2024]: fixture('pingtan-2024.html'),
      [URL_2025]: fixture('pingtan-2025.html'),
      [URL_2021]: fixture('pingtan-2021.html'),
    };
    const ids: number[] = [];
    for (const [url, html] of Object.entries(saved)) {
      const outcome = await saveReport(db, { url, html, report: toJson(analyzeHtml(html), url) }, { update: false });
      ids.push((outcome as { id: number }).id);
    }
    // Since saved: the 2024 report had a figure changed; the 2021 one was taken down.
    const site = fakeSite({
      [URL_2024]: withCell(fixture('pingtan-2024.html'), 't4.suit_after_review.total', '18'),
      [URL_2025]: fixture('pingtan-2025.html'),
    });
    const revisit = createRevisitor({ db, fetchPage: site.fetchPage, delayMs: 60 });
    const results = await Promise.all(ids.map(revisit));
    expect(results).toEqual([
      { id: ids[0], status: 'changed', version: 2 },
      { id: ids[1], status: 'same' },
      { id: ids[2], status: 'failed', problem: { code: 'http', status: 404 } },
    ]);
    const [v1] = await db.versions.where('reportId').equals(ids[0]).toArray();
    const now = (await db.reports.get(ids[0]))!;
    expect(figureChanges(v1.report, now.report).map((c) => [c.id, c.before, c.after])).toEqual([
      ['t4.suit_after_review.total', 19, 18],
    ]);
    expect(now.errors).toBe(1);
    expect((await db.reports.get(ids[1]))!.earlier).toBeUndefined();
    // One at a time, each at least the polite pause after the one before ended.
    expect(site.log.map((l) => l.url)).toEqual([URL_2024, URL_2025, URL_2021]);
    for (let i = 1; i < site.log.length; i++)
      expect(site.log[i].start - site.log[i - 1].end).toBeGreaterThanOrEqual(55);
    // A second look finds nothing new.
    expect(await revisit(ids[0])).toEqual({ id: ids[0], status: 'same' });
    expect(await revisit(999)).toBeNull();
  });
});
