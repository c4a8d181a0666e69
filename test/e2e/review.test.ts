// Review and evidence end to end, in Chromium with the built extension, on the real pingtan 2024 page
// with one figure changed (行政诉讼／复议后起诉·总计 18 where its parts add up to 19: one T4-SUM error):
// saved from the popup with a tag and a note → found by its tag in the library → its finding
// dismissed (the list, the badge and the page's chip drop to no error) → re-check keeps the verdict →
// the page changes again at the same address (17) → saved as version 2, the change shown, the verdict
// flagged for another look → the review sheet printed to PDF (Page.printToPDF) and read back → the
// evidence ZIP downloaded, read back and every hash verified against the manifest and the library →
// 检查已保存报告是否有改动: fetched again, the same page stays, a changed one becomes version 3.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../lib/export/evidence';
import { fixture, withCell } from '../helpers';
import {
  badgeOf,
  CHIP,
  chipText,
  open,
  openLibraryPage,
  openPopup,
  servePages,
  startExtension,
  tabIdOf,
  type Extension,
} from './harness';

const FILE = 'zfxxgknb/review-2024.htm';
const page2024 = (total: string) => withCell(fixture('pingtan-2024.html'), 't4.suit_after_review.total', total);
const hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let ext: Extension;
let pages: Awaited<ReturnType<typeof servePages>>;
let report: Page;
let tabId: number;
let url: string;

/** The reports as stored, read raw from IndexedDB in an extension page. */
const storedReports = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ id: number; hash: string; errors: number; verdicts?: unknown[]; earlier?: unknown[] }[]>(
        (resolve, reject) => {
          const req = indexedDB.open('nianbao-lens');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const all = req.result.transaction('reports').objectStore('reports').getAll();
            all.onsuccess = () => (req.result.close(), resolve(all.result));
          };
        },
      ),
  );

/** The stores a report lives in, read raw from IndexedDB in an extension page. */
const stores = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const req = indexedDB.open('nianbao-lens');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const names = ['reports', 'pages', 'versions'];
          const tx = req.result.transaction(names);
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => (out[name] = all.result);
          }
          tx.oncomplete = () => (req.result.close(), resolve(out));
        };
      }),
  );

async function saveFromPopup(fill?: { tags: string; note: string }): Promise<string> {
  const { popup } = await openPopup(ext, tabId);
  if (fill) {
    await popup.click('.annotate summary');
    await popup.fill('.annotate input[name="tags"]', fill.tags);
    await popup.fill('.annotate textarea[name="note"]', fill.note);
  }
  await popup.click('.save button.primary');
  const said = (await (await popup.waitForSelector('.save .ok')).textContent()) ?? '';
  await popup.close();
  return said;
}

const openLibrary = () => openLibraryPage(ext);

const rowCells = (page: Page) =>
  page.$$eval('table.reports tbody tr', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 5).map((td) => td.textContent)),
  );

beforeAll(async () => {
  pages = await servePages();
  mkdirSync(join(pages.dir, 'zfxxgknb'), { recursive: true });
  writeFileSync(join(pages.dir, FILE), page2024('18'));
  ext = await startExtension();
  url = pages.base('www.pingtan.gov.cn', FILE);
  ({ page: report } = await open(ext.context, url));
  await report.waitForSelector(CHIP);
  tabId = await tabIdOf(ext, report);
}, 120_000);

afterAll(async () => {
  await ext?.context.close();
  pages?.close();
});

describe('review and evidence', () => {
  let library: Page;
  let id: number;

  it('saves with a tag and a note, and finds the report by its tag', async () => {
    await expect.poll(() => badgeOf(ext, tabId)).toBe('1');
    expect(await saveFromPopup({ tags: '平潭，2025评估', note: '区本级报告' })).toMatch(/^已保存到报告库/);
    library = await openLibrary();
    expect(await library.$$eval('table.reports tbody tr .tag', (t) => t.map((x) => x.textContent))).toEqual([
      '平潭',
      '2025评估',
    ]);
    await library.selectOption('select[data-filter="tag"]', '2025评估');
    expect(await rowCells(library)).toEqual([
      [expect.stringContaining('平潭综合实验区'), '2024', '2021年版格式', '1', '0'],
    ]);
    [{ id }] = await storedReports(library);
    // The popup offers the tags used before.
    const { popup } = await openPopup(ext, tabId);
    await popup.click('.annotate summary');
    await popup.waitForSelector('.recent-tags');
    expect(await popup.$$eval('.recent-tags button', (b) => b.map((x) => x.textContent).sort())).toEqual([
      '2025评估',
      '平潭',
    ]);
    await popup.close();
  });

  it('dismisses the finding: list, badge and page chip count no error; it stays, struck through', async () => {
    await library.click('table.reports tbody tr button.link');
    await library.waitForSelector('main.detail');
    expect(await library.inputValue('.annotations input[name="tags"]')).toBe('平潭，2025评估');
    expect(await library.inputValue('.annotations textarea[name="note"]')).toBe('区本级报告');
    const finding = 'li.finding[data-rule="T4-SUM"]';
    await library.click(`${finding} [data-verdict="dismiss"]`);
    await library.selectOption(`${finding} form select`, 'explained');
    await library.fill(`${finding} form input`, '附注已说明差额');
    await library.click(`${finding} form button[type="submit"]`);
    await library.waitForSelector(`${finding}.dismissed`);
    expect(await library.textContent(`${finding} .verdict`)).toBe('已排除：报告已说明 · 附注已说明差额');
    const struck = await library.$eval(`${finding}.dismissed .msg`, (e) => getComputedStyle(e).textDecorationLine);
    expect(struck).toBe('line-through');
    expect((await storedReports(library))[0].errors).toBe(0);

    await report.reload();
    await report.waitForSelector(CHIP);
    await expect.poll(() => badgeOf(ext, tabId)).toBe('✓');
    await expect.poll(() => chipText(report)).not.toContain('错误');
    // The popup too: no error open, the finding struck through with its verdict.
    const { popup } = await openPopup(ext, tabId);
    await popup.waitForSelector('li.finding.dismissed');
    expect(await popup.textContent('.identity .counts')).toBe('未发现问题 · 已排除 1 处');
    expect(await popup.textContent('li.finding.dismissed .verdict')).toBe('已排除：报告已说明 · 附注已说明差额');
    await popup.close();
  });

  it('keeps the verdict through a re-check', async () => {
    await library.click('text=← 返回列表');
    await library.click('[data-action="recheck"]');
    await library.waitForSelector('.note-bar.ok');
    expect(await library.textContent('.note-bar.ok p')).toBe('已重新核对 1 份：0 份结果有变化。');
    const [stored] = await storedReports(library);
    expect([stored.errors, stored.verdicts?.length]).toEqual([0, 1]);
  });

  it('keeps a changed page as version 2, shows what changed, and flags the verdict for another look', async () => {
    writeFileSync(join(pages.dir, FILE), page2024('17'));
    await report.reload();
    await report.waitForSelector(CHIP);
    // The popup sees at once that the page no longer says what was saved.
    const { popup } = await openPopup(ext, tabId);
    expect(await (await popup.waitForSelector('.save .dup')).textContent()).toMatch(/但页面上的内容与所存版本不同/);
    await popup.close();
    expect(await saveFromPopup()).toMatch(/^页面与已保存的报告不同：已另存为第 2 版/);
    await expect.poll(() => badgeOf(ext, tabId)).toBe('1');

    await library.reload();
    await library.waitForSelector('table.reports[aria-busy="false"]');
    await library.check('input[data-filter="revised"]');
    expect(await library.$$eval('table.reports tbody tr .revised', (t) => t.map((x) => x.textContent))).toEqual([
      '改动过',
    ]);
    expect((await rowCells(library))[0][3]).toBe('1');
    await library.click('table.reports tbody tr button.link');
    await library.waitForSelector('section.versions table.diff');
    expect(
      await library.$$eval('section.versions table.diff tbody tr', (trs) =>
        trs.map((tr) => [...tr.children].map((c) => c.textContent)),
      ),
    ).toEqual([['表四 行政诉讼／复议后起诉·总计', '18', '17']]);
    expect(await library.$$eval('section.versions .version-list li', (l) => l.length)).toBe(2);
    // The finding reads 17 against 19 now: the verdict given on 18 is not applied, but shown for a look.
    expect(await library.textContent('li.finding[data-rule="T4-SUM"] .verdict.changed')).toContain('需要重新查看');
    const removed = await library.$$eval('.text-diff del', (d) => d.map((x) => x.textContent));
    const added = await library.$$eval('.text-diff ins', (d) => d.map((x) => x.textContent));
    expect([removed, added]).toEqual([['18'], ['17']]);
    mkdirSync('test-results', { recursive: true });
    await library.screenshot({ path: 'test-results/review-detail.png', fullPage: true });
  });

  it('prints the review sheet to PDF with the address, the hash and the open finding', async () => {
    const { page: sheet } = await open(ext.context, `chrome-extension://${ext.id}/review.html?ids=${id}`);
    await sheet.waitForSelector('.sheet');
    const [stored] = await storedReports(sheet);
    expect(await sheet.textContent('.sheet .address')).toBe(url);
    expect(await sheet.textContent('.sheet dd.hash')).toBe(stored.hash);
    expect(await sheet.$$eval('.sheet-findings tbody tr td.num', (tds) => tds.map((t) => t.textContent))).toEqual([
      '1',
      '17',
      '19',
      '-2',
    ]);
    const cdp = await ext.context.newCDPSession(sheet);
    const { data } = (await cdp.send('Page.printToPDF', { printBackground: true, preferCSSPageSize: true })) as {
      data: string;
    };
    const pdf = Buffer.from(data, 'base64');
    writeFileSync('test-results/review-sheet.pdf', pdf);
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
    const words: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      words.push(content.items.map((i) => ('str' in i ? i.str : '')).join(''));
    }
    const text = words.join('\n');
    expect(doc.numPages).toBeGreaterThanOrEqual(1);
    expect(text).toContain(url);
    expect(text).toContain(stored.hash);
    // No button is printed.
    expect(text).not.toContain('打印');
    await sheet.close();
  });

  it('downloads the evidence pack: every file hashed in the manifest, the pages as saved', async () => {
    const [download] = await Promise.all([library.waitForEvent('download'), library.click('[data-action="evidence"]')]);
    const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const manifest = JSON.parse(strFromU8(files['manifest.json'])) as Manifest;
    expect(manifest.files.length).toBe(5);
    for (const f of manifest.files) expect(hex(files[f.path]), f.path).toBe(f.sha256);
    const [stored] = await storedReports(library);
    const versions = manifest.reports[0].versions;
    // The article as the page gave it when each version was saved: its hashes are the library's own.
    expect(versions.map((v) => strFromU8(files[v.saved]).includes('平潭综合实验区2024年度'))).toEqual([true, true]);
    expect(versions.map((v) => v.sha256)).toEqual([(stored.earlier as { hash: string }[])[0].hash, stored.hash]);
    expect(versions.map((v) => hex(files[v.saved]))).toEqual(versions.map((v) => v.sha256));
    expect(await library.textContent('.note-bar.ok p')).toMatch(/^证据包已生成：1 份报告，5 个文件/);
  });

  it('checks the saved report for changes: the same page stays, a changed one becomes version 3', async () => {
    await library.click('text=← 返回列表');
    await library.click('[data-action="revisit"]');
    await library.waitForSelector('[data-action="revisit"]:not([disabled])');
    await expect
      .poll(() => library.textContent('.note-bar.ok p'))
      .toBe('已重新访问 1 份：0 份有改动（已另存为新版本），0 份未能访问。');
    writeFileSync(join(pages.dir, FILE), page2024('16'));
    await library.click('[data-action="revisit"]');
    await expect
      .poll(() => library.textContent('.note-bar.ok p'))
      .toBe('已重新访问 1 份：1 份有改动（已另存为新版本），0 份未能访问。');
    expect(await library.textContent('.note-bar.ok li')).toBe('平潭综合实验区 2024：有改动，已另存为第 3 版');
    const [stored] = await storedReports(library);
    expect(stored.earlier).toHaveLength(2);
  });

  it('backs up and imports back notes, tags, verdicts and versions: the same stores', async () => {
    const [backup] = await Promise.all([library.waitForEvent('download'), library.click('[data-action="json"]')]);
    const text = readFileSync((await backup.path())!, 'utf8');
    const before = await stores(library);
    expect((before.versions as unknown[]).length).toBe(2);
    await library.click('table.reports tbody tr button.link');
    await library.click('.detail button.danger');
    await library.waitForSelector('[data-action="undo"]');
    expect((await stores(library)).reports).toEqual([]);
    await library.setInputFiles('[data-action="import"]', {
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect.poll(() => library.textContent('.note-bar.ok p')).toMatch(/^已导入：新增 1 份/);
    // The same reports, pages and versions; a version's own key is the database's, given anew.
    const keyless = (x: Record<string, unknown[]>) => ({
      ...x,
      versions: x.versions.map((v) => ({ ...(v as object), id: undefined })),
    });
    expect(keyless(await stores(library))).toEqual(keyless(before));
  });
});
