// Libraries of older versions, filled with real saved reports as those versions wrote them, opened by
// the current code: upgraded in place, nothing lost, what the new version adds filled in.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../lib/analyze';
import { openLibrary, SCHEMA_VERSION } from '../../lib/store/db';
import { toSaved } from '../../lib/store/save';
import { strings } from '../../lib/i18n';
import { analyzeHtml, fixture } from '../helpers';

const PAGES: [string, string][] = [
  ['pingtan-2024.html', 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202503/t20250310_97791.htm'],
  ['pingtan-2025.html', 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202603/t20260313_105587.htm'],
  ['shuyang-fgj-2023.html', 'http://www.shuyang.gov.cn/sygfj/gknb/202401/2ecfb31a335f4d689220a3a23e24a986.shtml'],
  [
    'pingtan-czj-2009.html',
    'https://www.pingtan.gov.cn/zwgk/zfxxgk/dfbmptlj/ptzhsyqbm/ptzhsyqczj/zfxxgknb/201005/t20100512_80646.htm',
  ],
];

/** What version 1 stored: a SavedReport without the fields later versions added. */
async function v1Records() {
  return Promise.all(
    PAGES.map(async ([file, url], i) => {
      const html = fixture(file);
      // v1 kept the HTML in the report and had no body key.
      const { bodyKey: _added, ...v1 } = await toSaved(
        { url, html, report: toJson(analyzeHtml(html), url) },
        1_700_000_000_000 + i,
      );
      return { ...v1, html };
    }),
  );
}

describe('upgrading a version-1 library', () => {
  it('keeps every saved report, adds the body key and moves the HTML to its own table (v1 → v2)', async () => {
    const name = 'test-migrate-v1';
    const old = new Dexie(name);
    old.version(1).stores({ reports: '++id, url, [body+year], savedAt, hash' });
    const records = await v1Records();
    await old.table('reports').bulkAdd(records);
    old.close();

    const db = openLibrary(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const upgraded = await db.reports.orderBy('id').toArray();
    const pages = await db.pages.toArray();
    expect(
      upgraded.map(({ bodyKey: _k, id, ...rest }) => ({ ...rest, html: pages.find((p) => p.id === id)!.html })),
    ).toEqual(records);
    expect(upgraded.every((r) => !('html' in r))).toBe(true);
    expect(upgraded.map((r) => [r.id, r.bodyKey, r.year])).toEqual([
      [1, '平潭综合实验区', 2024],
      [2, '平潭综合实验区', 2025],
      [3, '沭阳县发展和改革局', 2023],
      [4, '平潭县财政局', 2009],
    ]);
    // The new index answers.
    expect(await db.reports.where('[bodyKey+year]').equals(['平潭综合实验区', 2025]).count()).toBe(1);
    await db.delete();
  });

  it('keeps every report and page, and adds an empty table of collections (v2 → v3)', async () => {
    const name = 'test-migrate-v2';
    const old = new Dexie(name);
    // Version 2 as released: v1's reports, then the body key index and the pages table.
    old.version(1).stores({ reports: '++id, url, [body+year], savedAt, hash' });
    old.version(2).stores({ reports: '++id, url, [body+year], [bodyKey+year], savedAt, hash', pages: 'id' });
    const v1 = await v1Records();
    const reports = v1.map(({ html: _h, ...r }, i) => ({
      ...r,
      id: i + 1,
      bodyKey: ['平潭综合实验区', '平潭综合实验区', '沭阳县发展和改革局', '平潭县财政局'][i],
    }));
    const pages = v1.map(({ html }, i) => ({ id: i + 1, html }));
    await old.table('reports').bulkAdd(reports);
    await old.table('pages').bulkAdd(pages);
    old.close();

    const db = openLibrary(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.reports.orderBy('id').toArray()).toEqual(reports);
    expect(await db.pages.orderBy('id').toArray()).toEqual(pages);
    expect(await db.jobs.count()).toBe(0);
    const id = await db.jobs.add({
      source: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/',
      title: '政府信息公开年报',
      origin: 'https://www.pingtan.gov.cn',
      state: 'running',
      createdAt: 1,
      items: [],
    });
    expect(await db.jobs.where('state').equals('running').primaryKeys()).toEqual([id]);
    await db.delete();
  });

  it('turns the bilingual failure sentences of collections into codes shown in either language (v3 → v4)', async () => {
    const name = 'test-migrate-v3';
    const old = new Dexie(name);
    old.version(1).stores({ reports: '++id, url, [body+year], savedAt, hash' });
    old.version(2).stores({ reports: '++id, url, [body+year], [bodyKey+year], savedAt, hash', pages: 'id' });
    old.version(3).stores({ jobs: '++id, source, state' });
    const v1 = await v1Records();
    const reports = v1.map(({ html: _h, ...r }, i) => ({
      ...r,
      id: i + 1,
      bodyKey: ['平潭综合实验区', '平潭综合实验区', '沭阳县发展和改革局', '平潭县财政局'][i],
    }));
    await old.table('reports').bulkAdd(reports);
    await old.table('pages').bulkAdd(v1.map(({ html }, i) => ({ id: i + 1, html })));
    // The sentences version 3 wrote, word for word (lib/collect/fetch-report.ts and runner.ts of v3).
    const base = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/';
    const failed = (path: string, message: string) => ({
      url: base + path,
      title: `${path} 年度报告`,
      status: 'failed',
      message,
    });
    const items = [
      { url: PAGES[0][1], title: '平潭综合实验区2024年度政府信息公开工作年度报告', status: 'saved', reportId: 1 },
      failed('202403/t20240308_87885.htm', '服务器返回 HTTP 404 · the server answered HTTP 404'),
      failed('moved.htm', '跳转到其他网站，未读取 · redirected to https://elsewhere.example'),
      failed('index.htm', '此页面未识别为年度报告 · not recognised as an annual report'),
      failed('offline.htm', '无法连接 · network error: Failed to fetch'),
      failed('full.htm', '存储空间已满，未能保存。请删除部分已保存的报告后重试。Storage is full: nothing was saved.'),
      failed('odd.htm', '某个旧版本的说法'),
    ];
    await old.table('jobs').add({
      source: base,
      title: '政府信息公开年报',
      origin: 'https://www.pingtan.gov.cn',
      state: 'done',
      createdAt: 1,
      items,
    });
    old.close();

    const db = openLibrary(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.reports.orderBy('id').toArray()).toEqual(reports);
    const [job] = await db.jobs.toArray();
    expect(job.items[0]).toEqual(items[0]);
    expect(job.items.slice(1).map((i) => [i.status, i.problem, 'message' in i])).toEqual([
      ['failed', { code: 'http', status: 404 }, false],
      ['failed', { code: 'redirected', origin: 'https://elsewhere.example' }, false],
      ['failed', { code: 'not-report' }, false],
      ['failed', { code: 'network', detail: 'Failed to fetch' }, false],
      ['failed', { code: 'storage-full' }, false],
      ['failed', { code: 'legacy', text: '某个旧版本的说法' }, false],
    ]);
    const words = (lang: string) => job.items.slice(1).map((i) => strings(lang).problem(i.problem!));
    expect(words('zh')).toEqual([
      '服务器返回 HTTP 404',
      '跳转到其他网站（https://elsewhere.example），未读取',
      '此页面未识别为年度报告',
      '无法连接：Failed to fetch',
      '存储空间已满，未能保存。请删除部分已保存的报告后重试。',
      '某个旧版本的说法',
    ]);
    expect(words('en')).toEqual([
      'The server answered HTTP 404',
      'Redirected to another site (https://elsewhere.example): not read',
      'Not recognised as an annual report',
      'Could not connect: Failed to fetch',
      'Storage is full: nothing was saved. Delete some saved reports and try again.',
      '某个旧版本的说法',
    ]);
    await db.delete();
  });
});
