// Saving real reports into the library (fake-indexeddb): one click saves, a second is told it is a
// duplicate (same address, or same body and year), an update replaces, and errors come back as words.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toJson } from '../../lib/analyze';
import type { SavePayload } from '../../lib/model';
import { openLibrary, type LibraryDb } from '../../lib/store/db';
import { sha256 } from '../../lib/store/hash';
import { saveReport } from '../../lib/library/repository';
import { strings } from '../../lib/i18n';
import { pageAddress } from '../../lib/base/address';
import { analyzeHtml, fixture, withCell } from '../helpers';

const URL_2024 = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202503/t20250310_97791.htm';

function payload(name: string, url: string, html = fixture(`${name}.html`)): SavePayload {
  return { url, html, report: toJson(analyzeHtml(html), url) };
}

let db: LibraryDb;
let n = 0;
const fresh = () => (db = openLibrary(`test-save-${n++}`));
afterEach(async () => db?.delete());

describe('saving a report', () => {
  it('saves pingtan-2024 with its identity, counts, hash and html', async () => {
    fresh();
    const p = payload('pingtan-2024', URL_2024 + '#tab2');
    const outcome = await saveReport(db, p, { update: false, now: 1_763_700_000_000 });
    expect(outcome).toEqual({ status: 'saved', id: 1, savedAt: 1_763_700_000_000 });
    const saved = await db.reports.get(1);
    expect(saved).toMatchObject({
      url: URL_2024,
      title: '平潭综合实验区2024年度政府信息公开工作年度报告',
      body: '平潭综合实验区',
      year: 2024,
      format: '2021',
      errors: 0,
      warnings: 0,
      hash: await sha256(p.html),
    });
    expect(await db.pages.get(1)).toEqual({ id: 1, html: p.html });
    expect(saved!.report.t3!.new.total).toBe(p.report.t3!.new.total);
    expect(saved!.report).toEqual(p.report);
  });

  it('counts errors and warnings of a report with findings (pingtan-2024, one total changed)', async () => {
    fresh();
    const html = withCell(fixture('pingtan-2024.html'), 't4.suit_after_review.total', '18');
    await saveReport(db, payload('pingtan-2024', URL_2024, html), { update: false });
    expect(await db.reports.get(1)).toMatchObject({ errors: 1, warnings: 0 });
  });

  it('says a second save of the same address is a duplicate, and changes nothing', async () => {
    fresh();
    const first = await saveReport(db, payload('pingtan-2024', URL_2024), { update: false, now: 1 });
    const again = await saveReport(db, payload('pingtan-2024', URL_2024 + '#top'), { update: false, now: 2 });
    expect(again).toEqual({ status: 'duplicate', id: 1, savedAt: 1, reason: 'url' });
    expect(first.status).toBe('saved');
    expect(await db.reports.count()).toBe(1);
  });

  it('says the same body and year at another address is a duplicate (a mirror of the report)', async () => {
    fresh();
    await saveReport(db, payload('pingtan-2024', URL_2024), { update: false, now: 1 });
    const mirror = await saveReport(db, payload('pingtan-2024', 'http://www.pingtan.gov.cn/mirror/2024.htm'), {
      update: false,
      now: 2,
    });
    expect(mirror).toEqual({ status: 'duplicate', id: 1, savedAt: 1, reason: 'body-year' });
  });

  it('updates the saved report when asked, keeping its id (a page that says the same, cut otherwise)', async () => {
    fresh();
    await saveReport(db, payload('pingtan-2024', URL_2024), { update: false, now: 1 });
    // The same report, its page made again: other bytes, the same content, so no second version.
    const html = fixture('pingtan-2024.html').replace('</body>', '<!-- 重新生成 --></body>');
    expect((await saveReport(db, payload('pingtan-2024', URL_2024, html), { update: false, now: 4 })).status).toBe(
      'duplicate',
    );
    const updated = await saveReport(db, payload('pingtan-2024', URL_2024, html), { update: true, now: 5 });
    expect(updated).toEqual({ status: 'updated', id: 1, savedAt: 5 });
    const saved = await db.reports.get(1);
    expect(saved!.hash).toBe(await sha256(html));
    expect((await db.pages.get(1))!.html).toBe(html);
    expect(await db.reports.count()).toBe(1);
  });

  it('keeps different reports of the same body apart (pingtan 2024 and 2025)', async () => {
    fresh();
    await saveReport(db, payload('pingtan-2024', URL_2024), { update: false });
    const next = await saveReport(
      db,
      payload('pingtan-2025', 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202603/t20260313_105587.htm'),
      { update: false },
    );
    expect(next.status).toBe('saved');
    expect((await db.reports.toArray()).map((r) => r.year)).toEqual([2024, 2025]);
  });

  it('turns a full disk into a message and saves nothing', async () => {
    fresh();
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    const spy = vi.spyOn(db.reports, 'add').mockRejectedValueOnce(quota);
    const outcome = await saveReport(db, payload('pingtan-2024', URL_2024), { update: false });
    expect(outcome).toEqual({ status: 'failed', problem: { code: 'storage-full' } });
    expect(strings('zh').problem({ code: 'storage-full' })).toMatch(/^存储空间已满/);
    spy.mockRestore();
    expect(await db.reports.count()).toBe(0);
  });
});

describe('page address', () => {
  it('drops the fragment only', () => {
    expect(pageAddress('https://a.gov.cn/x.htm?id=3#p2')).toBe('https://a.gov.cn/x.htm?id=3');
  });
});

describe('undo of a delete', () => {
  it('puts the report back, but not over the same page saved again meanwhile, and twice is harmless', async () => {
    const { deleteReport, restoreReport } = await import('../../lib/library/repository');
    const db = openLibrary('test-undo');
    try {
      const first = await saveReport(db, payload('pingtan-2024', URL_2024), { update: false });
      expect(first).toMatchObject({ status: 'saved', id: 1 });
      const deleted = (await deleteReport(db, 1))!;
      expect(await db.reports.count()).toBe(0);
      // Saved again from the page before the undo.
      expect(await saveReport(db, payload('pingtan-2024', URL_2024), { update: false })).toMatchObject({
        status: 'saved',
      });
      expect(await restoreReport(db, deleted)).toMatchObject({
        status: 'duplicate',
        reason: 'url',
      });
      expect(await restoreReport(db, deleted)).toMatchObject({ status: 'duplicate' });
      expect((await db.reports.toArray()).map((r) => r.url)).toEqual([URL_2024]);
      // Without a second save, undo gives back the same record under its id, page and all.
      await db.reports.clear();
      await db.pages.clear();
      expect(await restoreReport(db, deleted)).toMatchObject({ status: 'saved', id: 1 });
      expect(await db.reports.get(1)).toEqual(deleted.report);
      expect(await db.pages.get(1)).toEqual(deleted.page);
    } finally {
      await db.delete();
    }
  });
});

describe('storage problems in words', () => {
  it("a private window's missing IndexedDB (Firefox) is said so, not shown as a raw error", async () => {
    const { storageProblem } = await import('../../lib/store/save');
    const firefox = Object.assign(
      new Error('A mutation operation was attempted on a database that did not allow mutations.'),
      {
        name: 'InvalidStateError',
      },
    );
    expect(storageProblem(firefox)).toEqual({ code: 'storage-unavailable' });
    expect(storageProblem({ name: 'DatabaseClosedError', inner: { name: 'InvalidStateError' } })).toEqual({
      code: 'storage-unavailable',
    });
    expect(strings('zh').problem({ code: 'storage-unavailable' })).toBe(
      '此窗口无法使用报告库（例如浏览器的隐私窗口）：请在普通窗口中打开。',
    );
    expect(storageProblem(new Error('disk on fire'))).toEqual({ code: 'storage', detail: 'disk on fire' });
  });
});
