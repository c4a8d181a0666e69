// The collector's limits, each against a server that misbehaves the way an attack did: a link that
// never answers, a 60 MB page, a stream with no length, a PDF where a page should be, redirects to
// another host or to 127.0.0.1, and a page that kills the background every time it is fetched.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CollectError } from '../../lib/collect/fetch-file';
import { installEngines } from '../../lib/inputs/engines';
import { InputError } from '../../lib/inputs/kind';
import { nodeEngines } from '../../lib/inputs/node-engines';
import { fetchReport } from '../../lib/collect/fetch-report';
import { changeJob, latestJob, startJob } from '../../lib/collect/jobs';
import { createRunner } from '../../lib/collect/runner';
import { strings } from '../../lib/i18n';
import type { Problem } from '../../lib/model';
import { openLibrary, type LibraryDb } from '../../lib/store/db';
import { fixture } from '../helpers';

const SITE = 'https://www.pingtan.gov.cn';
const REPORT = `${SITE}/zwgk/zfxxgk/zfxxgknb/202503/t20250310_97791.htm`;
const page = () => new Response(new TextEncoder().encode(fixture('pingtan-2024.html')), { status: 200 });

/** A fetch that answers only when aborted: it never sends a byte. */
const silent = (seen: string[] = []) =>
  ((input: RequestInfo | URL, init?: RequestInit) => {
    seen.push(String(input));
    return new Promise<Response>((_, reject) =>
      init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
    );
  }) as typeof fetch;

async function problemOf(run: Promise<unknown>): Promise<Problem> {
  const e = await run.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e instanceof CollectError || e instanceof InputError).toBe(true);
  return (e as CollectError).problem;
}

describe('fetching one report', () => {
  it('gives up on a link that never answers, with its reason', async () => {
    const t0 = Date.now();
    const problem = await problemOf(fetchReport(REPORT, SITE, silent(), { limits: { timeoutMs: 300 } }));
    expect(problem).toEqual({ code: 'timeout', seconds: 0 });
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(strings('zh').problem({ code: 'timeout', seconds: 30 })).toBe('30 秒内未得到完整回应，已放弃');
  });

  it('refuses a declared 60 MB page without reading it, and stops a long stream at the limit', async () => {
    let pulled = 0;
    const big = new Response(null, { status: 200, headers: { 'content-length': String(60 * 1024 * 1024) } });
    expect(await problemOf(fetchReport(REPORT, SITE, (async () => big) as typeof fetch))).toEqual({
      code: 'too-large',
      bytes: 60 * 1024 * 1024,
      limit: 10 * 1024 * 1024,
    });
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const stream = new Response(endless, { status: 200, headers: { 'content-type': 'text/html' } });
    const problem = await problemOf(
      fetchReport(REPORT, SITE, (async () => stream) as typeof fetch, { limits: { maxBytes: 1024 * 1024 } }),
    );
    expect(problem).toMatchObject({ code: 'too-large', limit: 1024 * 1024 });
    expect(pulled).toBeLessThan(2 * 1024 * 1024);
    expect(strings('en').problem(problem)).toMatch(/^Too large for a report page \(1\.\d MB, limit 1\.0 MB\)/);
  });

  it('reads a PDF where a page should be as a PDF: a broken one is said so', async () => {
    installEngines(nodeEngines);
    const pdf = new Response('%PDF-1.7', { status: 200, headers: { 'content-type': 'application/pdf' } });
    expect(await problemOf(fetchReport(REPORT, SITE, (async () => pdf) as typeof fetch))).toEqual({
      code: 'corrupt',
      kind: 'PDF',
    });
  });

  it('reads only web pages and report files: an image is said not to be one', async () => {
    const png = new Response('\x89PNG', { status: 200, headers: { 'content-type': 'image/png' } });
    expect(await problemOf(fetchReport(REPORT, SITE, (async () => png) as typeof fetch))).toEqual({
      code: 'not-a-page',
      mime: 'image/png',
    });
  });

  it('checks each redirect before following it: elsewhere and 127.0.0.1 are never requested', async () => {
    const seen: string[] = [];
    const server = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      seen.push(url);
      expect(init?.redirect).toBe('manual');
      const to = (location: string) => new Response(null, { status: 302, headers: { location } });
      if (url.endsWith('/away.htm')) return to('https://elsewhere.example/r.htm');
      if (url.endsWith('/admin.htm')) return to('http://127.0.0.1/internal-admin?delete=1');
      if (url.endsWith('/moved.htm')) return to('/zwgk/zfxxgk/zfxxgknb/202503/t20250310_97791.htm');
      if (url.endsWith('/loop.htm')) return to('/loop.htm');
      return page();
    }) as typeof fetch;
    expect(await problemOf(fetchReport(`${SITE}/away.htm`, SITE, server))).toEqual({
      code: 'redirected',
      origin: 'https://elsewhere.example',
    });
    expect(await problemOf(fetchReport(`${SITE}/admin.htm`, SITE, server))).toEqual({
      code: 'redirected',
      origin: 'http://127.0.0.1',
    });
    const saved = await fetchReport(`${SITE}/moved.htm`, SITE, server);
    expect(saved.report.t3?.new.total).toBe(218);
    expect(await problemOf(fetchReport(`${SITE}/loop.htm`, SITE, server))).toMatchObject({ code: 'redirected' });
    expect(seen.filter((u) => u.endsWith('/loop.htm'))).toHaveLength(6);
    // The bound is the caller's when it gives one.
    await problemOf(fetchReport(`${SITE}/loop.htm`, SITE, server, { limits: { maxRedirects: 1 } }));
    expect(seen.filter((u) => u.endsWith('/loop.htm'))).toHaveLength(8);
    expect(seen.filter((u) => !u.startsWith(SITE))).toEqual([]);
    // A browser's opaque redirect hides where it leads: not followed.
    const opaque = { type: 'opaqueredirect', status: 0, ok: false, url: '', headers: new Headers() } as Response;
    expect(await problemOf(fetchReport(REPORT, SITE, (async () => opaque) as typeof fetch))).toEqual({
      code: 'redirect-hidden',
    });
  });
});

describe('the runner', () => {
  let db: LibraryDb;
  afterEach(async () => db?.delete());

  it('a pause aborts the request in flight at once; the item stays to do', async () => {
    db = openLibrary('test-limits-pause');
    const seen: string[] = [];
    const runner = createRunner({ db, fetchPage: silent(seen), delayMs: 0 });
    const job = await startJob(db, `${SITE}/list.htm`, '年报', [{ url: REPORT, title: '2024年度报告' }]);
    const done = runner.kick();
    while (seen.length === 0) await new Promise((r) => setTimeout(r, 10));
    const t0 = Date.now();
    await changeJob(db, job.id!, 'pause');
    runner.pause(job.id!);
    await done;
    expect(Date.now() - t0).toBeLessThan(1000);
    const after = (await latestJob(db, `${SITE}/list.htm`))!;
    expect(after.state).toBe('paused');
    expect(after.items[0]).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('an item the background died in twice is failed, not fetched a third time', async () => {
    db = openLibrary('test-limits-crash');
    const seen: string[] = [];
    const fetchPage = (async (input: RequestInfo | URL) => (seen.push(String(input)), page())) as typeof fetch;
    const links = [
      { url: REPORT, title: '2024年度报告' },
      { url: `${SITE}/kills-the-worker.htm`, title: '2023年度报告' },
    ];
    const job = await startJob(db, `${SITE}/list.htm`, '年报', links);
    // As a background that died twice while fetching the second item leaves the job.
    await db.jobs.update(job.id!, { items: [job.items[0], { ...job.items[1], attempts: 2 }] });
    await createRunner({ db, fetchPage, delayMs: 0 }).kick();
    const after = (await latestJob(db, `${SITE}/list.htm`))!;
    expect(after.state).toBe('done');
    expect(after.items.map((i) => [i.status, i.problem?.code])).toEqual([
      ['saved', undefined],
      ['failed', 'interrupted'],
    ]);
    expect(seen).toEqual([REPORT]);
  });

  it('an item the background died in once is tried once more', async () => {
    db = openLibrary('test-limits-once');
    const job = await startJob(db, `${SITE}/list.htm`, '年报', [{ url: REPORT, title: '2024年度报告' }]);
    await db.jobs.update(job.id!, { items: [{ ...job.items[0], attempts: 1 }] });
    let fetched = 0;
    await createRunner({ db, fetchPage: (async () => (fetched++, page())) as typeof fetch, delayMs: 0 }).kick();
    expect((await latestJob(db, `${SITE}/list.htm`))!.items[0]).toMatchObject({ status: 'saved', reportId: 1 });
    expect(fetched).toBe(1);
  });
});
