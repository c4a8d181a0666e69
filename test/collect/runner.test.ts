// Collecting a listing page's reports in the background, on real report pages served by a fake
// fetch: every report saved, one request at a time with the polite delay between, a pause that
// holds, and failures listed with their reason for a retry.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { changeJob, latestJob, startJob } from '../../lib/collect/jobs';
import { progressOf } from '../../lib/collect/job';
import { createRunner } from '../../lib/collect/runner';
import { CollectError } from '../../lib/collect/fetch-file';
import { fetchReport } from '../../lib/collect/fetch-report';
import { strings } from '../../lib/i18n';
import { openLibrary, type LibraryDb } from '../../lib/store/db';
import { docFromHtml } from '../../lib/inputs/cheerio-tree';
import { analyzePage, toJson } from '../../lib/analyze';
import { fixture } from '../helpers';

const SITE = 'https://www.pingtan.gov.cn';
const LIST = `${SITE}/zwgk/zfxxgk/zfxxgknb/`;
const PAGES: Record<string, string> = {
  [`${LIST}202603/t20260313_105587.htm`]: 'pingtan-2025.html',
  [`${LIST}202503/t20250310_97791.htm`]: 'pingtan-2024.html',
  [`${LIST}202202/t20220208_80613.htm`]: 'pingtan-2021.html',
  [`${LIST}202001/t20200120_80576.htm`]: 'pingtan-2019.html',
  [`${LIST}index.htm`]: 'pingtan-report-list.html',
};
const link = (path: string, year: number) => ({
  url: `${LIST}${path}`,
  title: `平潭综合实验区${year}年度政府信息公开工作年度报告`,
});
const LINKS = [
  link('202603/t20260313_105587.htm', 2025),
  link('202503/t20250310_97791.htm', 2024),
  link('202403/t20240308_87885.htm', 2023), // not on the server: 404
  link('202202/t20220208_80613.htm', 2021),
  link('202001/t20200120_80576.htm', 2019),
];

/** A server of the fixture pages that records each request's start and end. */
function fakeSite() {
  const log: { url: string; start: number; end: number }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetchPage = (async (input: RequestInfo | URL) => {
    const url = String(input);
    const entry = { url, start: Date.now(), end: 0 };
    log.push(entry);
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    await new Promise((r) => setTimeout(r, 5));
    inFlight--;
    entry.end = Date.now();
    const file = PAGES[url];
    return file
      ? new Response(new TextEncoder().encode(fixture(file)), { status: 200 })
      : new Response('not found', { status: 404 });
  }) as typeof fetch;
  return { fetchPage, log, maxInFlight: () => maxInFlight };
}

/** Text in GBK bytes: the encoder built from the decoder's two-byte table, as Node has no GBK encoder. */
function toGbk(text: string): Uint8Array<ArrayBuffer> {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else out.push(...(table.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(out);
}

let db: LibraryDb;
afterEach(async () => db?.delete());

describe('collecting a listing page', () => {
  it('saves every report, one request at a time with the delay between, and lists the broken link', async () => {
    db = openLibrary('test-collect-all');
    const site = fakeSite();
    const runner = createRunner({ db, fetchPage: site.fetchPage, delayMs: 40 });
    const job = await startJob(db, `${LIST}#list`, '政府信息公开年报', LINKS, 1_700_000_000_000);
    expect(job.source).toBe(LIST);
    await runner.kick();

    const done = (await latestJob(db, LIST))!;
    expect(done.state).toBe('done');
    expect(progressOf(done)).toEqual({ total: 5, done: 5, saved: 4, duplicate: 0, failed: 1 });
    expect(done.items[2]).toMatchObject({ status: 'failed', problem: { code: 'http', status: 404 } });
    expect(strings('zh').problem(done.items[2].problem!)).toBe('服务器返回 HTTP 404');
    const saved = (await db.reports.toArray()).sort((a, b) => a.year! - b.year!);
    expect(saved.map((r) => [r.body, r.year, r.format, r.url])).toEqual([
      ['平潭综合实验区', 2019, '2019', LINKS[4].url],
      ['平潭综合实验区', 2021, '2021', LINKS[3].url],
      ['平潭综合实验区', 2024, '2021', LINKS[1].url],
      ['平潭综合实验区', 2025, '2021', LINKS[0].url],
    ]);
    // The figures are the pages' own: table 3's new requests, 2019 to 2025.
    expect(saved.map((r) => r.report.t3?.new.total)).toEqual([23, 70, 218, 154]);
    // Each as the command line reads its file at that address: tables and findings alike.
    for (const r of saved)
      expect(r.report).toEqual(toJson(analyzePage({ ...docFromHtml(fixture(PAGES[r.url])), url: r.url }), r.url));
    // The page is saved without its scripts, and reads back.
    const page = (await db.pages.get(saved[2].id!))!;
    expect(page.html).not.toMatch(/<script/i);
    expect(page.html).toContain('218');

    expect(site.log.map((l) => l.url)).toEqual(LINKS.map((l) => l.url));
    expect(site.maxInFlight()).toBe(1);
    for (let i = 1; i < site.log.length; i++)
      expect(site.log[i].start - site.log[i - 1].end).toBeGreaterThanOrEqual(40);
  });

  it('holds on pause and goes on from where it was on resume; a retry fetches only the failures', async () => {
    db = openLibrary('test-collect-pause');
    const site = fakeSite();
    let steps = 0;
    const job = await startJob(db, LIST, '政府信息公开年报', LINKS);
    // Paused by the user after the second report, as the popup would.
    const runner = createRunner({
      db,
      fetchPage: site.fetchPage,
      delayMs: 10,
      onStep: async () => ++steps === 2 && changeJob(db, job.id!, 'pause'),
    });
    await runner.kick();
    const paused = (await latestJob(db, LIST))!;
    expect(paused.state).toBe('paused');
    expect(progressOf(paused).done).toBe(2);
    expect(site.log).toHaveLength(2);
    expect(await db.reports.count()).toBe(2);

    // The same page asked again while paused: the paused collection, not a new one.
    expect((await startJob(db, LIST, '政府信息公开年报', LINKS)).id).toBe(job.id);
    await changeJob(db, job.id!, 'resume');
    await runner.kick();
    const done = (await latestJob(db, LIST))!;
    expect(progressOf(done)).toEqual({ total: 5, done: 5, saved: 4, duplicate: 0, failed: 1 });
    expect(site.log.map((l) => l.url)).toEqual(LINKS.map((l) => l.url));

    // The broken link is mended on the server; a retry fetches it alone.
    PAGES[LINKS[2].url] = 'pingtan-2021.html';
    try {
      expect((await changeJob(db, job.id!, 'retry'))!.state).toBe('running');
      await runner.kick();
    } finally {
      delete PAGES[LINKS[2].url];
    }
    expect(site.log.slice(5).map((l) => l.url)).toEqual([LINKS[2].url]);
    // Its page is 2021's again: same body and year, so the library keeps one and says so.
    const retried = (await latestJob(db, LIST))!;
    expect(retried.items[2]).toMatchObject({ status: 'duplicate', reportId: retried.items[3].reportId });
    expect(progressOf(retried)).toEqual({ total: 5, done: 5, saved: 4, duplicate: 1, failed: 0 });

    // Once done, the page can be collected again: a new collection, and the newest is the one shown.
    const again = await startJob(db, LIST, '政府信息公开年报', LINKS);
    expect(again.id).toBeGreaterThan(job.id!);
    expect((await latestJob(db, LIST))!.id).toBe(again.id);
  });

  it('reads a page served in GBK, as older portals serve it, into the same report', async () => {
    const page = fixture('pingtan-2024.html').replace(
      /<meta[^>]*charset[^>]*>/i,
      '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
    );
    const url = `${LIST}202503/t20250310_97791.htm`;
    const fetchPage = (async () => new Response(toGbk(page), { status: 200 })) as typeof fetch;
    const { report } = await fetchReport(url, SITE, fetchPage);
    expect(report.meta.title).toBe('平潭综合实验区2024年度政府信息公开工作年度报告');
    expect(report.t3?.new.total).toBe(218);
    expect(report).toEqual(toJson(analyzePage({ ...docFromHtml(page), url }), url));
  });

  it('says why a page is not collected: another site, a redirect away, not a report, no connection', async () => {
    const fetchPage = (async (input: RequestInfo | URL) => {
      const url = String(input);
      if (url.endsWith('offline.htm')) throw new TypeError('Failed to fetch');
      const body = new TextEncoder().encode(
        fixture(url.endsWith('moved.htm') ? 'pingtan-2024.html' : 'pingtan-report-list.html'),
      );
      const res = new Response(body, { status: 200 });
      Object.defineProperty(res, 'url', { value: url.endsWith('moved.htm') ? 'https://elsewhere.example/r.htm' : url });
      return res;
    }) as typeof fetch;
    // Both languages' words for the problem each failure records.
    const why = (url: string) =>
      fetchReport(url, SITE, fetchPage).then(
        () => '',
        (e: CollectError) => `${strings('zh').problem(e.problem)} · ${strings('en').problem(e.problem)}`,
      );
    expect(await why('https://evil.example/a.htm')).toContain('不在同一网站');
    expect(await why(`${LIST}moved.htm`)).toContain('Redirected to another site (https://elsewhere.example)');
    expect(await why(`${LIST}index.htm`)).toContain('未识别为年度报告');
    expect(await why(`${LIST}offline.htm`)).toContain('Failed to fetch');
  });
});
