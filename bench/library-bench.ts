// npm run bench:library: the library page with N saved reports (made from the fixtures, each body and
// year varied, so that bodies have consecutive years for CROSS-YEAR and REUSE) in Chromium: opening,
// searching, sorting, the compare view (its REUSE column reads the saved pages), the exports, next to a
// baseline that reads every report raw from IndexedDB on the same page. For each step: wall-clock time
// (median of RUNS), its ratio to the baseline, and the longest task the page ran (PerformanceObserver
// 'longtask'). Each export is paired in the same run with its floor: every report read raw, then as many
// bytes written to a file (the median of the pair ratios). Memory: the page's JS heap still reachable
// after a forced garbage collection (the list open, and after all the runs), and the extension renderer's
// resident memory. The re-check is paired with its floor too: the same reports' saved pages read raw, each
// parsed by the reader's own adapter (cheerio) and its cells walked, in the background, as the re-check.
// With several sizes (--reports 1000,10000) the growth of each step from the first size to the last is
// printed beside the growth of the size: linear is the same.
import { toJson } from '../lib/analyze';
import { toSaved } from '../lib/store/save';
import { ownText } from '../lib/check/reuse';
import { analyzeHtml, fixture } from '../test/helpers';
import { open, startExtension } from '../test/e2e/harness';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { Download } from 'playwright-core';
import { build } from 'esbuild';
import { median, printTable } from './stats';

// npm run bench:library -- --reports 1000,10000 (or BENCH_REPORTS=1000,10000).
const flag = process.argv.indexOf('--reports');
const SIZES = String(flag >= 0 ? process.argv[flag + 1] : (process.env.BENCH_REPORTS ?? 1000))
  .split(',')
  .map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Libraries up to this size are re-checked whole once (ten thousand would take minutes). */
const RECHECK_ALL_UP_TO = Number(process.env.BENCH_RECHECK_ALL ?? 1000);
const FILES = [
  'pingtan-2019.html',
  'pingtan-2021.html',
  'pingtan-2024.html',
  'pingtan-2025.html',
  'shuyang-fgj-2023.html',
  'pingtan-jjf-2020.html',
  'pingtan-gyz-2023.html',
  'pingtan-czj-2009.html',
];
const STEPS = [
  'baseline',
  'open',
  'search',
  'filter',
  'sort',
  'scroll',
  'compare',
  'csv',
  'xlsx',
  'findings',
  'json',
  'recheck',
] as const;
/** Reports re-checked by the 'recheck' step (the whole library would take minutes at 10,000). */
const RECHECKED = 50;
type Step = (typeof STEPS)[number];
/** The stores an export reads besides the reports: the backup holds the pages and files; REUSE, in the findings
 * and the workbook, reads the texts kept of the saved pages. */
const FLOOR_STORES: Partial<Record<Step, string[]>> = {
  json: ['reports', 'pages', 'files'],
  findings: ['reports', 'texts'],
  xlsx: ['reports', 'texts'],
};

const bases = await Promise.all(
  FILES.map(async (file) => {
    const read = analyzeHtml(fixture(file));
    return {
      html: fixture(file),
      own: ownText(read.text),
      saved: await toSaved({ url: file, html: fixture(file), report: toJson(read, file) }, 0),
    };
  }),
);

/** The re-check's floor, installed in the background: a page parsed by the reader's adapter, its cells walked. */
const FLOOR_WALK = (
  await build({
    stdin: {
      contents:
        "import { docFromHtml } from './lib/inputs/cheerio-tree'; import { walkCells } from './bench/walk';\n" +
        '(globalThis as { nianbaoWalk?: unknown }).nianbaoWalk = (html: string) => walkCells(docFromHtml(html));',
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'warning',
  })
).outputFiles[0].text;

/** Report i: a base page under a body of its own, eleven years per body. */
function record(i: number) {
  const { html, own, saved } = bases[i % bases.length];
  const body = `${saved.body}${Math.floor(i / 11)}号`;
  return {
    report: {
      ...saved,
      id: i + 1,
      url: `https://www.example.gov.cn/${i}.htm`,
      body,
      bodyKey: body,
      year: 2015 + (i % 11),
      savedAt: 1_763_700_000_000 + i,
    },
    page: { id: i + 1, html },
    // Kept at saving since schema v8: the own sentences REUSE reads.
    text: { id: i + 1, hash: saved.hash, own },
  };
}

interface Measured {
  ms: Record<Step, number>;
  longest: Record<Step, number>;
  heapMb: number;
  /** Live JS heap (after a forced garbage collection) with the list open, and after all the runs. */
  liveOpenMb: number;
  liveAfterMb: number;
  /** The whole library re-checked from the list (sizes up to RECHECK_ALL_UP_TO): time, longest task, floor. */
  recheckAll: { ms: number; longest: number; floor: number } | null;
  /** The extension's renderer process (its pages and worker) in memory after the runs: resident MB. */
  rssMb: number;
  /** Per export: the file's size, and the median ratio to its floor (raw read + writing as many bytes). */
  bytes: Partial<Record<Step, number>>;
  floorRatio: Partial<Record<Step, number>>;
  floorMs: Partial<Record<Step, number>>;
}

/** Resident memory of the extension's renderer processes (Linux /proc), in MB; 0 elsewhere. */
function extensionRssMb(): number {
  let kb = 0;
  for (const pid of existsSync('/proc') ? readdirSync('/proc').filter((d) => /^\d+$/.test(d)) : []) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer') || !cmd.includes('--extension-process')) continue;
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // A process that ended meanwhile.
    }
  }
  return kb / 1024;
}

async function measure(n: number): Promise<Measured> {
  const ext = await startExtension();
  const { page } = await open(ext.context, `chrome-extension://${ext.id}/library.html`);
  await page.waitForSelector('.empty');
  for (let i = 0; i < n; i += 200) {
    const batch = Array.from({ length: Math.min(200, n - i) }, (_, j) => record(i + j));
    await page.evaluate(
      (rs) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('nianbao-lens');
          req.onsuccess = () => {
            const tx = req.result.transaction(['reports', 'pages', 'texts'], 'readwrite');
            for (const r of rs) {
              tx.objectStore('reports').put(r.report);
              tx.objectStore('pages').put(r.page);
              tx.objectStore('texts').put(r.text);
            }
            tx.oncomplete = () => (req.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      batch,
    );
  }
  /** The list says it shows `test` of the reports (显示 k / n 份), and its first page is drawn. */
  const listed = (test: string) =>
    page.waitForFunction(
      ([t, m]) => {
        const said = /显示 (\d+) \/ (\d+) 份/.exec(document.querySelector('main.library > p.meta')?.textContent ?? '');
        const k = Number(said?.[1]);
        const rows = document.querySelectorAll('table.reports tbody tr').length;
        return !!said && (t === 'all' ? k === m : k < m) && rows === Math.min(k, 200);
      },
      [test, n] as const,
      { timeout: 600_000 },
    );
  /** Long tasks are gathered from the page's load on; each step reads those that began during it. */
  const watchLongTasks = () =>
    page.evaluate(() => {
      const w = window as unknown as { longTasks: { start: number; duration: number }[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
  const now = () => page.evaluate(() => performance.now());
  const longestSince = (t0: number) =>
    page.evaluate(
      (t) =>
        Math.max(
          0,
          ...(window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks
            .filter((x) => x.start >= t)
            .map((x) => x.duration),
        ),
      t0,
    );
  const bytes: Partial<Record<Step, number>> = {};
  /** Until the file is written (the download finished); its size kept. */
  const saved = async (started: Promise<Download>) => statSync((await (await started).path())!).size;
  const download = async (action: Step) =>
    (bytes[action] = await saved(
      Promise.all([page.waitForEvent('download', { timeout: 600_000 }), page.click(`[data-action="${action}"]`)]).then(
        ([d]) => d,
      ),
    ));
  /** The floor of an export: the records it reads (every report; for the backup the pages and files too, which
   * it holds; for the findings and the workbook the saved pages' texts, which REUSE reads) read raw from
   * IndexedDB, then as many bytes made on a worker and written to a file. */
  const floor = async (size: number, stores: string[]) => {
    const t0 = performance.now();
    await saved(
      Promise.all([
        page.waitForEvent('download', { timeout: 600_000 }),
        page.evaluate(
          async ([n, names]) => {
            await new Promise<void>((resolve) => {
              const req = indexedDB.open('nianbao-lens');
              req.onsuccess = () => {
                const tx = req.result.transaction(names);
                // Each result touched, so that it is made as the export's reads are.
                for (const name of names) {
                  const all = tx.objectStore(name).getAll();
                  all.onsuccess = () => void all.result.length;
                }
                tx.oncomplete = () => (req.result.close(), resolve());
              };
            });
            // Made on a worker, as the exports are (the page's own Blobs have a smaller allowance).
            const src = `onmessage = (e) => postMessage(new Blob(Array.from({ length: Math.ceil(e.data / 2 ** 20) },
            () => new Blob(['A'.repeat(2 ** 20)]))).slice(0, e.data))`;
            const worker = new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })));
            const blob = await new Promise<Blob>((resolve) => {
              worker.onmessage = (e: MessageEvent<Blob>) => resolve(e.data);
              worker.postMessage(n);
            });
            worker.terminate();
            const a = document.createElement('a');
            a.href = URL.createObjectURL(blob);
            a.download = 'floor.bin';
            a.click();
          },
          [size, stores] as const,
        ),
      ]).then(([d]) => d),
    );
    return performance.now() - t0;
  };
  /** The floor of re-checking reports 1…k, in the background, where the re-check runs (the library page runs the
   * same parse twice as slowly): their saved pages read raw from IndexedDB (a hundred a request), each parsed by the
   * reader's adapter and its cells walked; wall clock, as the steps are timed. */
  const recheckFloor = async (k: number) => {
    // Installed where missing: the browser may have stopped the background since.
    await ext.worker.evaluate(`if (!globalThis.nianbaoWalk) { ${FLOOR_WALK} }`);
    const t0 = performance.now();
    await ext.worker.evaluate(async (last) => {
      const walk = (globalThis as unknown as { nianbaoWalk: (html: string) => number }).nianbaoWalk;
      let chars = 0;
      // A hundred pages at a time, so that the floor holds no more of them at once than a few re-check batches.
      for (let from = 1; from <= last; from += 100) {
        const pages = await new Promise<{ html: string }[]>((resolve) => {
          const req = indexedDB.open('nianbao-lens');
          req.onsuccess = () => {
            const range = IDBKeyRange.bound(from, Math.min(last, from + 99));
            const all = req.result.transaction('pages').objectStore('pages').getAll(range);
            all.onsuccess = () => (req.result.close(), resolve(all.result));
          };
        });
        for (const p of pages) chars += walk(p.html);
      }
      return chars;
    }, k);
    return performance.now() - t0;
  };
  const steps: Record<Step, () => Promise<unknown>> = {
    baseline: () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const req = indexedDB.open('nianbao-lens');
            req.onsuccess = () => {
              const all = req.result.transaction('reports').objectStore('reports').getAll();
              all.onsuccess = () => (req.result.close(), resolve(all.result.length));
            };
          }),
      ),
    open: async () => (await page.reload(), await watchLongTasks(), await listed('all')),
    filter: async () => (
      await page.selectOption('select[aria-label="年度"]', '2020'),
      await listed('some'),
      await page.selectOption('select[aria-label="年度"]', ''),
      await listed('all')
    ),
    // To the foot of the page of 200 rows and back, each drawn.
    scroll: () =>
      page.evaluate(async () => {
        // (No named functions in here: the bench's compiler would wrap them in a helper the page lacks.)
        for (let y = 0; y <= document.documentElement.scrollHeight + innerHeight; y += innerHeight) {
          scrollTo(0, y > document.documentElement.scrollHeight ? 0 : y);
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        }
      }),
    search: async () => (
      await page.fill('input[type="search"]', '沭阳'),
      await listed('some'),
      await page.fill('input[type="search"]', ''),
      await listed('all')
    ),
    sort: async () => (
      await page.click('[data-sort="body"]'),
      await page.waitForSelector('th[aria-sort] [data-sort="body"]'),
      await listed('all')
    ),
    compare: async () => (
      await page.click('[data-action="compare"]'),
      await page.waitForSelector('table.compare[aria-busy="false"]', { timeout: 600_000 }),
      await page.click('text=← 返回列表'),
      await listed('all')
    ),
    csv: () => download('csv'),
    xlsx: () => download('xlsx'),
    findings: () => download('findings'),
    json: () => download('json'),
    // Re-checking a fixed number of reports, as the library page asks the background (batches of 10):
    // its cost per report should not grow with the library.
    recheck: () =>
      page.evaluate(async (k) => {
        const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } })
          .chrome.runtime;
        for (let id = 1; id <= k; id += 10)
          await runtime.sendMessage({ type: 'library-recheck', ids: Array.from({ length: 10 }, (_, i) => id + i) });
      }, RECHECKED),
  };
  const ms = Object.fromEntries(STEPS.map((s) => [s, [] as number[]])) as Record<Step, number[]>;
  const longest = Object.fromEntries(STEPS.map((s) => [s, 0])) as Record<Step, number>;
  const floors: Partial<Record<Step, number[]>> = {};
  const pairs: Partial<Record<Step, number[]>> = {};
  await watchLongTasks();
  const cdp = await ext.context.newCDPSession(page);
  /** The JS heap still reachable: garbage collected first, so that it is what the page holds. */
  const live = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize / 2 ** 20;
  };
  await steps.open();
  const liveOpenMb = await live();
  for (let run = 0; run < RUNS; run++) {
    for (const step of STEPS) {
      const t0 = performance.now();
      const p0 = step === 'open' ? 0 : await now();
      await steps[step]();
      ms[step].push(performance.now() - t0);
      if (step !== 'baseline') longest[step] = Math.max(longest[step], await longestSince(p0));
      // Each export paired with its floor in the same run.
      if (bytes[step] !== undefined) {
        const stores = FLOOR_STORES[step] ?? ['reports'];
        // Chromium now and then cancels the floor's download (started by script, not by a click) right after
        // an export's: measured again then.
        const f = await floor(bytes[step], stores).catch(() => floor(bytes[step]!, stores));
        (floors[step] ??= []).push(f);
        // The floor's records, read on the page, are garbage now: collected here, not in the next step's
        // tasks (a memory-reducing collection of the heap they filled took 360 ms of the findings export).
        await cdp.send('HeapProfiler.collectGarbage');
        (pairs[step] ??= []).push(ms[step].at(-1)! / f);
      }
      if (step === 'recheck') {
        const f = await recheckFloor(RECHECKED);
        (floors[step] ??= []).push(f);
        (pairs[step] ??= []).push(ms[step].at(-1)! / f);
      }
    }
  }
  const heap = await page.evaluate(
    () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
  );
  // The whole library re-checked from the list's 全部重新核对, once, where it takes less than a minute or two.
  let recheckAll: Measured['recheckAll'] = null;
  if (n <= RECHECK_ALL_UP_TO) {
    const p0 = await now();
    const t0 = performance.now();
    await page.click('[data-action="recheck"]');
    await page.waitForFunction(
      (k) => document.querySelector('.note-bar')?.textContent?.includes(`已重新核对 ${k} 份`),
      n,
      { timeout: 1_800_000 },
    );
    const ms = performance.now() - t0;
    recheckAll = { ms, longest: await longestSince(p0), floor: await recheckFloor(n) };
  }
  const liveAfterMb = await live();
  const rssMb = extensionRssMb();
  await ext.context.close();
  const medians = (m: Partial<Record<Step, number[]>>) =>
    Object.fromEntries(Object.entries(m).map(([k, v]) => [k, median(v)])) as Partial<Record<Step, number>>;
  return {
    recheckAll,
    liveOpenMb,
    liveAfterMb,
    rssMb,
    bytes,
    floorRatio: medians(pairs),
    floorMs: medians(floors),
    ms: Object.fromEntries(STEPS.map((s) => [s, median(ms[s])])) as Record<Step, number>,
    longest,
    heapMb: heap / 2 ** 20,
  };
}

const label: Record<Step, string> = {
  baseline: 'baseline: read every report raw from IndexedDB',
  open: 'open the page, list every report',
  search: 'search 沭阳, then clear it',
  filter: 'filter by year 2020, then clear it',
  scroll: 'scroll the page of 200 rows, screen by screen',
  sort: 'sort by body',
  compare: 'compare view (with REUSE of every pair)',
  csv: 'export CSV',
  xlsx: 'export XLSX',
  findings: 'export findings CSV (REUSE included)',
  json: 'export JSON backup (with HTML)',
  recheck: `re-check ${RECHECKED} reports (background)`,
};
const results: Measured[] = [];
for (const n of SIZES) results.push(await measure(n));
console.log(`Chromium, library page, medians of ${RUNS} runs (wall clock from the test driver); longest task in ms`);
printTable(
  [
    'operation',
    ...SIZES.flatMap((n) => [`${n}: ms`, 'ratio', 'longest']),
    ...(SIZES.length > 1 ? [`growth (×${SIZES.at(-1)! / SIZES[0]})`] : []),
  ],
  STEPS.map((s) => [
    label[s],
    ...results.flatMap((r) => [
      r.ms[s].toFixed(0),
      (r.ms[s] / r.ms.baseline).toFixed(1),
      s === 'baseline' ? '' : r.longest[s].toFixed(0),
    ]),
    ...(SIZES.length > 1 ? [(results.at(-1)!.ms[s] / results[0].ms[s]).toFixed(1)] : []),
  ]),
);
console.log(
  `JS heap after the runs: ${results.map((r, i) => `${SIZES[i]} reports ${r.heapMb.toFixed(0)} MB`).join('; ')}`,
);
console.log(
  '\nexports against their floor (the records each reads, raw from IndexedDB: the reports, for the backup their ' +
    'pages too, for the findings and the workbook the texts REUSE reads; then as many bytes written to a file):',
);
printTable(
  ['export', ...SIZES.flatMap((n) => [`${n}: MB`, 'floor ms', 'export ms', 'ratio'])],
  (['csv', 'xlsx', 'findings', 'json'] as Step[]).map((s) => [
    label[s],
    ...results.flatMap((r) => [
      ((r.bytes[s] ?? 0) / 2 ** 20).toFixed(1),
      (r.floorMs[s] ?? 0).toFixed(0),
      r.ms[s].toFixed(0),
      (r.floorRatio[s] ?? 0).toFixed(2),
    ]),
  ]),
);
console.log(
  `\nre-check against its floor (the same reports' saved pages read raw from IndexedDB, each parsed by the ` +
    `reader's adapter and its cells walked, in the background):`,
);
printTable(
  ['re-check', ...SIZES.flatMap((n) => [`${n}: floor ms`, 'ms', 'ratio'])],
  [
    [
      label.recheck,
      ...results.flatMap((r) => [
        (r.floorMs.recheck ?? 0).toFixed(0),
        r.ms.recheck.toFixed(0),
        (r.floorRatio.recheck ?? 0).toFixed(2),
      ]),
    ],
  ],
);
for (const [i, r] of results.entries())
  if (r.recheckAll)
    console.log(
      `re-check all ${SIZES[i]} reports from the list: ${(r.recheckAll.ms / 1000).toFixed(1)} s, ` +
        `${(r.recheckAll.ms / SIZES[i]).toFixed(1)} ms a report, longest task ${r.recheckAll.longest.toFixed(0)} ms; ` +
        `floor ${(r.recheckAll.floor / 1000).toFixed(1)} s, ratio ${(r.recheckAll.ms / r.recheckAll.floor).toFixed(2)}`,
    );
const resident = results.map((r, i) => `${SIZES[i]} reports ${r.rssMb.toFixed(0)} MB`).join('; ');
console.log(`extension renderer resident after the runs: ${resident}`);
console.log(
  `live JS heap (after garbage collection), list open / after the runs: ${results
    .map((r, i) => `${SIZES[i]} reports ${r.liveOpenMb.toFixed(0)} / ${r.liveAfterMb.toFixed(0)} MB`)
    .join('; ')}`,
);
