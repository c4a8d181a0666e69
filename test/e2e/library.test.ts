// The library page end to end: three real reports saved, listed, filtered, sorted; CROSS-YEAR on
// pingtan 2024 → 2025; details; delete and undo; re-check all; CSV, XLSX and JSON exports read
// back; wipe and import give back the same library.
import type { Page, Worker } from 'playwright-core';
import readExcelFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exportFile,
  FORMULA_LABEL,
  openLibraryPage,
  saveFromPopup,
  servePages,
  startExtension,
  type Extension,
} from './harness';
import { parseCsv } from '../helpers';
import { CSV_HEADER } from '../../lib/export/csv';

let ext: Extension;
let pages: Awaited<ReturnType<typeof servePages>>;
let library: Page;

const SAVED = [
  ['www.pingtan.gov.cn', 'pingtan-2024.html'],
  ['www.pingtan.gov.cn', 'pingtan-2025.html'],
  ['www.shuyang.gov.cn', 'shuyang-fgj-2023.html'],
  ['www.pingtan.gov.cn', 'pingtan-2021-formula.html'],
];

/** The library's stores read raw from IndexedDB in the library page: what a user's data is. */
const dump = (page: Page) =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('nianbao-lens');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction(['reports', 'pages']);
          const out: Record<string, unknown> = {};
          for (const name of ['reports', 'pages']) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => (out[name] = all.result);
          }
          tx.oncomplete = () => (req.result.close(), resolve(out));
        };
      }),
  );

const rows = (page: Page) =>
  page.$$eval('table.reports tbody tr', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 5).map((td) => td.textContent)),
  );

/** An export's workers: loaded ahead while the page was idle (alive before the click), and ended once the file
 * is made. Their scripts' names, before and ended. */
async function exportWorkers<T>(page: Page, act: () => Promise<T>) {
  const name = (w: Worker) => /\/assets\/(\w+)-worker-[\w-]+\.js$/.exec(w.url())?.[1] ?? w.url();
  // Made when the page is next idle (at the latest 2 s after it lists reports or ends an export).
  await expect.poll(() => page.workers().length).toBe(2);
  const before = page.workers().map(name);
  const ended: string[] = [];
  const watch = (w: Worker) => w.on('close', () => ended.push(name(w)));
  page.workers().forEach(watch);
  page.on('worker', watch);
  const out = await act();
  await expect.poll(() => ended.length).toBeGreaterThan(0);
  page.off('worker', watch);
  return { out, before, ended };
}

beforeAll(async () => {
  pages = await servePages();
  ext = await startExtension();
  // Saved as the popup's button saves: a message to the background, from an extension page.
  for (const [host, file] of SAVED) await saveFromPopup(ext, pages.base(host, file));
  library = await openLibraryPage(ext);
}, 120_000);

afterAll(async () => {
  await ext?.context.close();
  pages?.close();
});

describe('the library page', () => {
  it('lists the saved reports, with CROSS-YEAR counted in the warnings of pingtan 2024 and 2025', async () => {
    await library.click('[data-sort="year"]');
    expect(await rows(library)).toEqual([
      ['平潭综合实验区', '2021', '2021年版格式', '0', '0'],
      ['沭阳县发展和改革局', '2023', '2021年版格式', '0', '1'],
      ['平潭综合实验区', '2024', '2021年版格式', '0', '1'],
      ['平潭综合实验区', '2025', '2021年版格式', '0', '1'],
    ]);
    await library.screenshot({ path: 'test-results/library-list.png' });
  });

  it('filters by year, format, errors and a search on the body name', async () => {
    await library.selectOption('select[aria-label="年度"]', '2025');
    expect((await rows(library)).map((r) => r[1])).toEqual(['2025']);
    await library.selectOption('select[aria-label="年度"]', '');
    await library.fill('input[type="search"]', '沭阳');
    expect((await rows(library)).map((r) => r[0])).toEqual(['沭阳县发展和改革局']);
    await library.fill('input[type="search"]', '');
    await library.check('.toolbar input[type="checkbox"]');
    expect(await rows(library)).toEqual([]);
    await library.uncheck('.toolbar input[type="checkbox"]');
    expect(await rows(library)).toHaveLength(4);
  });

  it('shows a report in detail: CROSS-YEAR where the years disagree, not where they agree, and the chart', async () => {
    await library.click('tr:has(td:text-is("2025")) .body button');
    await library.waitForSelector('.detail');
    const cross = await library.$$eval('.cross-year .finding .msg', (els) => els.map((e) => e.textContent));
    expect(cross).toEqual([
      '表二「规范性文件」现行有效件数 546，但 2024 年度的 440 + 本年制发 58 − 本年废止 45 = 453，相差 93',
    ]);
    expect(await library.$$eval('.grid[data-table="t2"] td.flagged', (tds) => tds.map((td) => td.textContent))).toEqual(
      ['58', '45', '546'],
    );
    expect(await library.$$eval('.chart [data-series]', (ls) => ls.map((l) => l.getAttribute('data-series')))).toEqual([
      'requests',
      'granted',
      'reviews',
      'suits',
    ]);
    // Every point labelled on hover: pingtan's requests received, 2021, 2024 and 2025.
    expect(
      await library.$$eval('.chart [data-series="requests"] circle title', (ts) => ts.map((t) => t.textContent)),
    ).toEqual(['收到申请 2021：70', '收到申请 2024：218', '收到申请 2025：154']);
    await library.screenshot({ path: 'test-results/library-detail-pingtan-2025.png', fullPage: true });
    await library.click('.detail > button.link');
    await library.click('tr:has(td:text-is("2023")) .body button');
    expect(await library.$('.cross-year')).toBeNull();
    await library.click('.detail > button.link');
  });

  it('paints warnings amber and notes dashed blue in the detail, as on the page (shuyang 2023)', async () => {
    await library.click('tr:has(td:text-is("2023")) .body button');
    await library.waitForSelector('.detail');
    const count = (sel: string) => library.$$eval(sel, (els) => els.length);
    expect(await count('.grid td.flagged.error')).toBe(0);
    expect(await count('.grid[data-table="t3"] td.flagged.warning')).toBe(125);
    const look = (sel: string) => library.$eval(sel, (e) => getComputedStyle(e).outlineColor);
    expect(await look('.grid td.flagged.warning')).toBe('rgb(227, 116, 0)');
    await library.screenshot({ path: 'test-results/library-detail-shuyang-2023.png', fullPage: true });
    await library.click('.detail > button.link');
  });

  it('deletes with undo', async () => {
    await library.click('tr:has(td:text-is("2023")) .body button');
    await library.click('button.danger');
    await library.waitForSelector('[data-action="undo"]');
    expect(await rows(library)).toHaveLength(3);
    await library.click('[data-action="undo"]');
    await library.waitForFunction(() => document.querySelectorAll('table.reports tbody tr').length === 4);
  });

  it('exports CSV made on a worker: BOM, values equal to the reports, the formula-like label neutralised', async () => {
    const { out, before, ended } = await exportWorkers(library, () => exportFile(library, 'csv'));
    const csv = out.toString('utf8');
    // Made off the page's thread, so that the garbage of its parts is collected there, on a worker loaded
    // ahead; the workbook's compressing worker waits for its turn.
    expect(before.sort()).toEqual(['deflate', 'export']);
    expect(ended).toEqual(['export']);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [head, ...rows] = parseCsv(csv.slice(1));
    expect(head).toEqual(CSV_HEADER);
    const row = rows.find((r) => r[2] === '2024' && r[9] === 't3' && r[10] === 'new' && r[12] === 'total')!;
    expect([row[1], row[3], row[11], row[13], row[14], row[15], row[8]]).toEqual([
      '平潭综合实验区',
      '2021',
      '本年新收',
      '总计',
      '218',
      '件',
      'page',
    ]);
    expect(row[6]).toMatch(/^http:\/\/www\.pingtan\.gov\.cn:\d+\/pingtan-2024\.html$/);
    // The formula-like row name is text, on its own in its column.
    const formula = rows.filter((r) => r[11].includes('HYPERLINK'));
    expect(formula).toHaveLength(3);
    for (const r of formula) expect(r[11]).toBe(`'${FORMULA_LABEL}`);
  });

  it('exports XLSX that a reader library reads back, written on a worker', async () => {
    const { out, ended } = await exportWorkers(library, () => exportFile(library, 'xlsx'));
    const book = await readExcelFile(out);
    // Laid out off the page's thread, and compressed on a second worker.
    await expect.poll(() => ended.sort()).toEqual(['deflate', 'export']);
    expect(book.map((s) => s.sheet)).toEqual([
      '表三 依申请',
      '表四 复议诉讼',
      '表二 主动公开（2021年版）',
      '比较',
      '核对结果',
      '标签与备注',
      '正文数字',
      '长表',
    ]);
    // The CROSS-YEAR findings the list counts are in the findings sheet too (pingtan 2024 and 2025).
    const findings = book[4].data;
    expect(
      findings
        .filter((r) => r[5] === 'CROSS-YEAR')
        .map((r) => Number(r[1]))
        .sort(),
    ).toEqual([2024, 2025]);
    const t3 = book[0].data;
    const col = t3[0].indexOf('本年新收·总计');
    expect(
      t3
        .slice(1)
        .map((r) => [r[0], r[1], r[col]])
        .sort(),
    ).toEqual(
      [
        ['平潭综合实验区', 2021, 70],
        ['平潭综合实验区', 2024, 218],
        ['平潭综合实验区', 2025, 154],
        ['沭阳县发展和改革局', 2023, 26],
      ].sort(),
    );
  });

  it('exports the findings, CROSS-YEAR included, in the UI’s words', async () => {
    const [head, ...rows] = parseCsv((await exportFile(library, 'findings')).toString('utf8').slice(1));
    expect(head.slice(6, 9)).toEqual(['规则 rule', '规则名称 rule_title', '严重程度 severity']);
    const cross = rows.filter((r) => r[6] === 'CROSS-YEAR');
    expect(cross.map((r) => [r[2], r[8]]).sort()).toEqual([
      ['2024', '提示'],
      ['2025', '提示'],
    ]);
    expect(rows.every((r) => r.length === head.length)).toBe(true);
  });

  it('compares the reports: figures and rates, sorted by a rate, a bar chart, exported as shown', async () => {
    await library.click('[data-action="compare"]');
    await library.waitForSelector('table.compare tbody tr');
    const cells = (col: string) =>
      library.$$eval(
        `table.compare tbody tr`,
        (trs, c) =>
          trs.map((tr) => [
            tr.querySelector('th')?.textContent,
            tr.querySelector('td')?.textContent,
            tr.querySelector(`[data-col="${c}"]`)?.textContent,
          ]),
        col,
      );
    // Sorted by 公开率, highest first: shuyang 26/26; pingtan 2021 (30 + 5)/69; 2025 (33 + 38)/148;
    // 2024 (71 + 29)/218.
    expect(await cells('open_rate')).toEqual([
      ['沭阳县发展和改革局', '2023', '100.0%'],
      ['平潭综合实验区', '2021', '50.7%'],
      ['平潭综合实验区', '2025', '48.0%'],
      ['平潭综合实验区', '2024', '45.9%'],
    ]);
    // 复议纠错率: 2024 1 / (7 − 1); shuyang's one review still pending: no rate, not 0 %.
    const fix = await cells('review_fix');
    expect(fix.find((r) => r[1] === '2024')![2]).toBe('16.7%');
    expect(fix.find((r) => r[1] === '2023')![2]).toBe('—');
    expect(await library.getAttribute('th:has([data-sort="review_fix"])', 'title')).toContain(
      '结果纠正 ÷（总计 − 尚未审结）',
    );
    // A body-name prefix: the zone's reports only.
    await library.fill('[data-filter="prefix"]', '平潭');
    expect((await cells('open_rate')).map((r) => r[1])).toEqual(['2021', '2025', '2024']);
    await library.fill('[data-filter="prefix"]', '');
    await library.click('[data-sort="new"]');
    expect((await cells('new')).map((r) => r[2])).toEqual(['218', '154', '70', '26']);
    await library.selectOption('select[data-chart]', 'suit_fix');
    expect(await library.$$eval('svg [data-bar] title', (t) => t.map((x) => x.textContent))).toContain(
      '平潭综合实验区 2025：33.3%',
    );
    await library.screenshot({ path: 'test-results/library-compare.png', fullPage: true });
    // The chart as a file of its own: an SVG with its bars and their values, text as text.
    const svg = (await exportFile(library, 'chart-svg')).toString('utf8');
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<title>平潭综合实验区 2025：33.3%</title>');
    const [head, ...rows] = parseCsv((await exportFile(library, 'compare-csv')).toString('utf8').slice(1));
    expect(head.slice(0, 3)).toEqual(['机关 body', '年度 year', '本年新收 new']);
    const row2024 = rows.find((r) => r[1] === '2024')!;
    expect(row2024[head.indexOf('公开率 open_rate')]).toBe(String(Math.round(((71 + 29) / 218) * 10000) / 10000));
    expect(rows.find((r) => r[1] === '2023')![head.indexOf('复议纠错率 review_fix')]).toBe('');
    await library.click('text=← 返回列表');
    await library.waitForSelector('table.reports[aria-busy="false"]');
  });

  it('exports JSON; wiped and imported, the library is the same', async () => {
    const before = await dump(library);
    const backup = await exportFile(library, 'json');
    await library.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const req = indexedDB.open('nianbao-lens');
          req.onsuccess = () => {
            const tx = req.result.transaction(['reports', 'pages'], 'readwrite');
            tx.objectStore('reports').clear();
            tx.objectStore('pages').clear();
            tx.oncomplete = () => (req.result.close(), resolve());
          };
        }),
    );
    await library.reload();
    await library.waitForSelector('.empty');
    await library.setInputFiles('[data-action="import"]', {
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: backup,
    });
    expect(await (await library.waitForSelector('.note-bar')).textContent()).toBe(
      '已导入：新增 4 份，更新 0 份，跳过 0 份（已有）。',
    );
    expect(await dump(library)).toEqual(before);
    // The same file chosen again is imported again (everything already there), with a new message.
    await library.setInputFiles('[data-action="import"]', {
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: backup,
    });
    await library.waitForFunction(() => document.querySelector('.note-bar')?.textContent?.includes('跳过 4 份'));
    expect(await library.textContent('.note-bar')).toBe('已导入：新增 0 份，更新 0 份，跳过 4 份（已有）。');
    expect(await dump(library)).toEqual(before);
    await library.setInputFiles('[data-action="import"]', {
      name: 'not-a-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello":1}'),
    });
    await library.waitForFunction(() => document.querySelector('.note-bar.fail'));
    expect(await library.textContent('.note-bar.fail')).toBe('这不是年报透镜的备份文件。');
    expect(await dump(library)).toEqual(before);
  });

  it('re-checks every saved report from its stored HTML and says what changed', async () => {
    // As if shuyang had been saved by an older reader that found nothing.
    await library.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const req = indexedDB.open('nianbao-lens');
          req.onsuccess = () => {
            const store = req.result.transaction('reports', 'readwrite').objectStore('reports');
            const all = store.getAll();
            all.onsuccess = () => {
              const r = all.result.find((x: { body: string }) => x.body === '沭阳县发展和改革局');
              store.put({ ...r, warnings: 0, report: { ...r.report, findings: [] } });
              store.transaction.oncomplete = () => (req.result.close(), resolve());
            };
          };
        }),
    );
    await library.reload();
    await library.waitForSelector('table.reports[aria-busy="false"]');
    await library.click('[data-action="recheck"]');
    const note = await library.waitForSelector('.note-bar.ok');
    expect(await note.textContent()).toBe(
      '已重新核对 4 份：1 份结果有变化。沭阳县发展和改革局 2023：错误 0→0，提示 0→1',
    );
  });
});
