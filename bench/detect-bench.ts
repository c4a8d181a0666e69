// npm run bench:browser: what detection costs on real pages in Chromium with the built extension.
// Each page is loaded RUNS times; the content script reports its own probe and read times, and the
// baseline is a script on the page that reads every table cell's text once. Medians, and ratios.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { open, sendFrom, servePages, startExtension, stopWorker, tabIdOf } from '../test/e2e/harness';
import type { PageState, Timing } from '../lib/messages';
import { median, printTable } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);

/** A large page that is not a report: a portal's disclosure catalogue, 3,000 documents. */
function catalogue(): string {
  const rows = Array.from(
    { length: 3000 },
    (_, i) =>
      `<tr><td>${i + 1}</td><td><a href="/doc/${i}.htm">平潭综合实验区关于第${i + 1}号事项的通知</a></td>` +
      `<td>综合处</td><td>2024-0${(i % 9) + 1}-1${i % 10}</td></tr>`,
  ).join('');
  const links = Array.from(
    { length: 2000 },
    (_, i) => `<li><a href="/n/${i}.htm">政务动态第${i + 1}条</a><span>2024-01-01</span></li>`,
  ).join('');
  const head = '<meta charset="utf-8"><title>政府信息公开目录_平潭综合实验区</title>';
  const header = '<thead><tr><th>序号</th><th>标题</th><th>发布机构</th><th>日期</th></tr></thead>';
  const body = `<h1 class="title">政府信息公开目录</h1><ul>${links}</ul><table>${header}<tbody>${rows}</tbody></table>`;
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}

/** A 5 MB news page that is not a report, with a *title* class on every item. */
function news(): string {
  const item = (i: number) =>
    `<div class="news-item"><a class="item-title" href="/n/${i}.htm">平潭综合实验区政务动态第${i}条</a>` +
    `<p>${'平潭综合实验区召开专题会议，研究部署近期重点工作。'.repeat(8)}</p></div>`;
  const items = Array.from({ length: 9000 }, (_, i) => item(i)).join('');
  const head = '<meta charset="utf-8"><title>政务动态_平潭综合实验区</title>';
  return `<!doctype html><html><head>${head}</head><body>${items}</body></html>`;
}

/** pingtan-2024 filled in by script after 600 ms, next to a clock that ticks every 50 ms: never settles. */
function ticker(): string {
  const article = readFileSync(join(pages.dir, 'pingtan-2024.html'), 'utf8').match(/<body[^>]*>([\s\S]*)<\/body>/i)![1];
  const title = '<title>平潭综合实验区2024年度政府信息公开工作年度报告</title>';
  return (
    `<html><head><meta charset="utf-8">${title}</head><body><span id="clock">0</span><div id="article"></div>` +
    `<template id="report">${article}</template><script>let n = 0; setInterval(() => {` +
    `document.getElementById('clock').textContent = String(++n); }, 50); setTimeout(() => ` +
    `document.getElementById('article').append(document.getElementById('report').content), 600);</script></body></html>`
  );
}

const pages = await servePages();
writeFileSync(join(pages.dir, 'catalogue.html'), catalogue());
writeFileSync(join(pages.dir, 'news-5mb.html'), news());
writeFileSync(join(pages.dir, 'ticker-50ms.html'), ticker());
const files = [
  'news-5mb.html',
  'catalogue.html',
  'pingtan-report-list.html',
  'pingtan-2024.html',
  'pingtan-2021.html',
  'shuyang-fgj-2023.html',
  'pingtan-2013.html',
  'anshan-2019-text.html',
  'hostile.html',
];
const ext = await startExtension();
/** A tab's content script asked a question by the background, as the popup does (null: no answer yet). */
const askTab = <T>(tabId: number, type: 'get-timing' | 'get-state') =>
  ext.worker.evaluate(
    ([id, t]) =>
      (
        globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } } }
      ).chrome.tabs
        .sendMessage(id, { type: t })
        .catch(() => null),
    [tabId, type] as const,
  ) as Promise<T | null>;
/** What the content script of a tab says it spent. */
const timingOf = (tabId: number) => askTab<Timing>(tabId, 'get-timing');

/** The probe's floor on a page: what any content script pays at least, a script world of its own reading the
 * page's title and touching one element (the first a world touches sets up its DOM bindings). Measured in a
 * fresh isolated world made through DevTools on the same page served from a host the extension does not run
 * on (where its own world has set the bindings up, a second world pays a third as much). */
async function worldFloor(file: string): Promise<number> {
  const { page } = await open(ext.context, pages.base('127.0.0.1', file));
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'nianbao-floor',
    });
    const expression =
      '(() => { const t0 = performance.now(); const seen = document.title.length + (document.head ? 1 : 0); ' +
      'return seen >= 0 ? performance.now() - t0 : 0; })()';
    const { result } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      returnByValue: true,
    });
    return result.value as number;
  } finally {
    await cdp.detach();
    await page.close();
  }
}
const rows: string[][] = [];
for (const file of files) {
  const probe: number[] = [];
  const floor: number[] = [];
  const pass: number[] = [];
  const read: number[] = [];
  const inject: number[] = [];
  const load: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { page } = await open(ext.context, pages.base('www.pingtan.gov.cn', file));
    const tabId = await tabIdOf(ext, page);
    // The content script runs at document_idle: wait until it has tried once.
    let timing: Timing | null = null;
    // …and, where its probe said the page may be a report, until the reader it had injected has read.
    const settled = (t: Timing | null) => !!t && (!t.mayBeReport || t.readMs !== null);
    for (let tries = 0; !settled(timing) && tries < 100; tries++) {
      timing = await timingOf(tabId);
      if (!settled(timing)) await page.waitForTimeout(50);
    }
    probe.push(timing!.probeMs);
    if (timing!.passMs != null) pass.push(timing!.passMs);
    read.push(timing!.readMs ?? 0);
    if (timing!.injectMs != null) inject.push(timing!.injectMs);
    if (timing!.loadMs != null) load.push(timing!.loadMs);
    base.push(
      await page.evaluate(() => {
        const t0 = performance.now();
        let chars = 0;
        for (const cell of document.querySelectorAll('td, th')) chars += (cell.textContent ?? '').length;
        return chars >= 0 ? performance.now() - t0 : 0;
      }),
    );
    await page.close();
    floor.push(await worldFloor(file));
  }
  // Timers in a page tick at 0.1 ms: a baseline below that counts as one tick.
  const [p, r, b] = [median(probe), median(read), Math.max(0.1, median(base))];
  const cells = await (async () => {
    const { page } = await open(ext.context, pages.base('www.pingtan.gov.cn', file));
    const n = await page.evaluate(() => document.querySelectorAll('td, th').length);
    await page.close();
    return n;
  })();
  const look = pass.length ? median(pass).toFixed(2) : '—';
  const injected = inject.length ? median(inject).toFixed(1) : '—';
  const loaded = load.length ? median(load).toFixed(1) : '—';
  rows.push([
    file,
    String(cells),
    b.toFixed(2),
    p.toFixed(2),
    median(floor).toFixed(2),
    look,
    injected,
    loaded,
    r ? r.toFixed(2) : '—',
    ((p + r) / b).toFixed(2),
  ]);
}
// Pages that change all the time: after 5 s, how many full reads each had, and whether a report was found.
// A report-titled page with no report and a 100 ms clock should be read once (or not at all again); the
// report filled in by script next to a 50 ms ticker must be read, once.
const changing: string[][] = [];
for (const file of ['pingtan-2024-clock.html', 'ticker-50ms.html']) {
  const { page } = await open(ext.context, pages.base('www.pingtan.gov.cn', file));
  await page.waitForTimeout(5000);
  const timing = await timingOf(await tabIdOf(ext, page));
  const state = await askTab<PageState>(await tabIdOf(ext, page), 'get-state');
  const rows3 = state?.report.t3 ? Object.keys(state.report.t3).length : 0;
  changing.push([file, String(timing?.reads ?? 0), state ? 'yes' : 'no', String(rows3)]);
  await page.close();
}

// The background's wake: a message to a stopped service worker (it starts, loads its script, answers)
// next to the same message to a running one (the floor). Its script holds pdf.js for re-checking files.
const { page: library } = await open(ext.context, `chrome-extension://${ext.id}/library.html`);
const ask = () => sendFrom(library, { type: 'recent-tags' });
const cold: number[] = [];
const warm: number[] = [];
for (let i = 0; i < RUNS; i++) {
  await stopWorker(ext, library);
  await library.waitForTimeout(200);
  let t0 = performance.now();
  await ask();
  cold.push(performance.now() - t0);
  t0 = performance.now();
  await ask();
  warm.push(performance.now() - t0);
}
await ext.context.close();
pages.close();

console.log(`Chromium, medians of ${RUNS} page loads each; baseline: read every cell's text once on the page`);
console.log(
  "world floor: a fresh isolated world reading the page's title and touching one element, what any content " +
    'script pays at least (the same page from a host the extension does not run on; timers tick at 0.1 ms)',
);
console.log('probe+files: on a page the probe says no to, the probe and the look for its files together');
console.log("inject: on a page that may be a report, the reader's injection (asked of the background until it ran)");
console.log("load: of that, the reader's modules loading in the page (their code run at loading)");
printTable(
  [
    'page',
    'cells',
    'baseline ms',
    'probe ms',
    'world floor ms',
    'probe+files ms',
    'inject ms',
    'load ms',
    'read+check ms',
    'ratio',
  ],
  rows,
);
console.log('\npages that keep changing, 5 s after loading:');
printTable(['page', 'full reads', 'report found', 'table 3 rows'], changing);
const size = (f: string) => `${(statSync(join('.output/chrome-mv3', f)).size / 1024).toFixed(1)} kB`;
console.log(
  `content script ${size('content-scripts/content.js')} (no cheerio, no Preact); the reader it has injected ` +
    `${size('reader.js')}; background ${size('background.js')}`,
);
console.log(
  `background wake: a message to a stopped worker ${median(cold).toFixed(0)} ms, ` +
    `to a running one ${median(warm).toFixed(0)} ms (medians of ${RUNS})`,
);
