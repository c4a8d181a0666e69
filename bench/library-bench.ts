// npm run bench:library: the library page with 1,000 saved reports (made from the fixtures, each
// body and year varied) in Chromium: opening, filtering, exporting, next to a baseline that reads
// every report raw from IndexedDB on the same page. Wall-clock times, medians of RUNS.
import { toJson } from '../lib/analyze';
import { toSaved } from '../lib/store/save';
import { analyzeHtml, fixture } from '../test/helpers';
import { open, startExtension } from '../test/e2e/harness';
import { median, printTable } from './stats';

// npm run bench:library -- --reports 10000 (or BENCH_REPORTS=10000).
const flag = process.argv.indexOf('--reports');
const N = Number(flag >= 0 ? process.argv[flag + 1] : (process.env.BENCH_REPORTS ?? 1000));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
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

const bases = await Promise.all(
  FILES.map(async (file) => ({
    html: fixture(file),
    saved: await toSaved({ url: file, html: fixture(file), report: toJson(analyzeHtml(fixture(file)), file) }, 0),
  })),
);
const records = bases.length
  ? Array.from({ length: N }, (_, i) => {
      const { html, saved } = bases[i % bases.length];
      const body = `${saved.body}${Math.floor(i / bases.length)}号`;
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
      };
    })
  : [];

const ext = await startExtension();
const { page } = await open(ext.context, `chrome-extension://${ext.id}/library.html`);
await page.waitForSelector('.empty');
for (let i = 0; i < records.length; i += 100) {
  await page.evaluate(
    (batch) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('nianbao-lens');
        req.onsuccess = () => {
          const tx = req.result.transaction(['reports', 'pages'], 'readwrite');
          for (const r of batch) {
            tx.objectStore('reports').put(r.report);
            tx.objectStore('pages').put(r.page);
          }
          tx.oncomplete = () => (req.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    records.slice(i, i + 100),
  );
}

const rowsAre = (n: number) =>
  page.waitForFunction((k) => document.querySelectorAll('table.reports tbody tr').length === k, n, {
    timeout: 120_000,
  });
async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}
const times: Record<string, number[]> = { baseline: [], open: [], filter: [], csv: [], xlsx: [], json: [] };
for (let run = 0; run < RUNS; run++) {
  times.baseline.push(
    await time(() =>
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
    ),
  );
  times.open.push(await time(async () => (await page.reload(), await rowsAre(N))));
  times.filter.push(
    await time(
      async () => (
        await page.fill('input[type="search"]', '沭阳'),
        await rowsAre(Math.ceil(N / bases.length)),
        await page.fill('input[type="search"]', ''),
        await rowsAre(N)
      ),
    ),
  );
  for (const kind of ['csv', 'xlsx', 'json'] as const) {
    times[kind].push(
      await time(async () =>
        Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click(`[data-action="${kind}"]`)]),
      ),
    );
  }
}
await ext.context.close();

const base = median(times.baseline);
const label: Record<string, string> = {
  baseline: 'baseline: read every report raw from IndexedDB',
  open: `open the page, list ${N} reports`,
  filter: 'search 沭阳, then clear it',
  csv: `export CSV (${N} reports)`,
  xlsx: `export XLSX (${N} reports)`,
  json: `export JSON backup (${N} reports with HTML)`,
};
console.log(
  `Chromium, library page with ${N} saved reports, medians of ${RUNS} runs (wall clock from the test driver)`,
);
printTable(
  ['operation', 'ms', 'ratio'],
  Object.keys(times).map((k) => [label[k], median(times[k]).toFixed(0), (median(times[k]) / base).toFixed(1)]),
);
