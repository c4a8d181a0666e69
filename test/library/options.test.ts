// The user's options (fake-indexeddb): defaults when none are stored (a version-6 library upgraded to
// 7), values brought within range and malformed ones dropped, and the collector honouring a pause the
// user changes while it runs (request timestamps of real report pages served by a fake site).
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanOptions, DEFAULT_OPTIONS } from '../../lib/base/options';
import { startJob } from '../../lib/collect/jobs';
import { createRunner } from '../../lib/collect/runner';
import { readOptions, writeOptions } from '../../lib/library/settings';
import { openLibrary, SCHEMA_VERSION, type LibraryDb } from '../../lib/store/db';
import { fixture } from '../helpers';

let db: LibraryDb;
afterEach(async () => db?.delete());

const LIST = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/';
const PAGES: Record<string, string> = {
  [`${LIST}202603/t20260313_105587.htm`]: 'pingtan-2025.html',
  [`${LIST}202503/t20250310_97791.htm`]: 'pingtan-2024.html',
  [`${LIST}202202/t20220208_80613.htm`]: 'pingtan-2021.html',
};

describe('options', () => {
  it('are the defaults in a library upgraded from version 6, and kept within range', async () => {
    const name = 'test-options-v6';
    const old = new Dexie(name);
    old.version(6).stores({
      reports: '++id, url, [body+year], [bodyKey+year], savedAt, hash, *tags',
      pages: 'id',
      jobs: '++id, source, state',
      files: 'id',
      versions: '++id, reportId',
    });
    await old.open();
    old.close();
    db = openLibrary(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await readOptions(db)).toEqual(DEFAULT_OPTIONS);

    const kept = await writeOptions(db, {
      delaySeconds: 0.1,
      maxListPages: 1e6,
      chip: false,
      lang: 'en',
      deadlines: [
        { prefix: ' 平潭综合实验区 ', monthDay: '01-31' },
        { prefix: '沭阳县', monthDay: '02-30' },
        { prefix: '', monthDay: '03-31' },
      ],
    });
    expect(kept).toEqual({
      delaySeconds: 0.5,
      maxListPages: 200,
      chip: false,
      lang: 'en',
      deadlines: [{ prefix: '平潭综合实验区', monthDay: '01-31' }],
    });
    expect(await readOptions(db)).toEqual(kept);
    // A second write changes only what it names.
    expect((await writeOptions(db, { chip: true })).lang).toBe('en');
    expect(cleanOptions({ delaySeconds: 'x', lang: 'fr', deadlines: 'no' })).toEqual(DEFAULT_OPTIONS);
  });

  it('the collector waits the pause the user set at the time of each request', async () => {
    db = openLibrary('test-options-delay');
    await writeOptions(db, { delaySeconds: 0.5 });
    const log: { start: number; end: number }[] = [];
    const fetchPage = (async (input: RequestInfo | URL) => {
      const entry = { start: Date.now(), end: 0 };
      log.push(entry);
      // While the second report is fetched the user sets a longer pause: the third waits it.
      if (log.length === 2) await writeOptions(db, { delaySeconds: 1.5 });
      entry.end = Date.now();
      return new Response(new TextEncoder().encode(fixture(PAGES[String(input)])), { status: 200 });
    }) as typeof fetch;
    const delayMs = () => readOptions(db).then((o) => o.delaySeconds * 1000);
    const runner = createRunner({ db, fetchPage, delayMs });
    const links = Object.keys(PAGES).map((url, i) => ({
      url,
      title: `平潭综合实验区${2025 - i}年度政府信息公开工作年度报告`,
    }));
    await startJob(db, LIST, '政府信息公开年报', links);
    await runner.kick();
    expect(log).toHaveLength(3);
    const gaps = [log[1].start - log[0].end, log[2].start - log[1].end];
    expect(gaps[0]).toBeGreaterThanOrEqual(490);
    expect(gaps[0]).toBeLessThan(1400);
    expect(gaps[1]).toBeGreaterThanOrEqual(1490);
  }, 15_000);
});
