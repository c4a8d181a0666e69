// The core journeys, written once and run in both browsers (Chromium through Playwright, Firefox ESR
// through puppeteer-core and WebDriver BiDi, each with its own built package): a report page is
// marked, the badge counts its errors, the popup lists the command line's findings, saving and a
// duplicate, the library lists the report and exports its CSV, a page that is no report is untouched.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import readExcelFile from 'read-excel-file/node';
import { CSV_HEADER } from '../../lib/export/csv';
import { parseCsv } from '../helpers';
import { checkFile } from '../../lib/cli';
import { strings } from '../../lib/i18n';
import { DRIVERS, type Driver, type Tab } from './drivers';
import { viewerPath } from '../../lib/view/viewer-url';
import { CHIP, NOTICE_PDF, servePages } from './harness';

let pages: Awaited<ReturnType<typeof servePages>>;

beforeAll(async () => {
  pages = await servePages();
  mkdirSync('test-results', { recursive: true });
});
afterAll(() => pages?.close());

/** A sentence of the words module with its TIME left open, as a pattern. */
const shape = (sentence: string) =>
  new RegExp(`^${sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('TIME', '.+')}`);

/** The text of a download the library page starts (base64 for a binary file): the <a download> click
 * caught, its blob read. */
async function downloaded(library: Tab, action: string, binary = false): Promise<string> {
  await library.evaluate((asBase64) => {
    const w = window as unknown as { __download?: Promise<string> };
    // The download before this one is not this one's.
    w.__download = undefined;
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download)
        w.__download = fetch(this.href)
          .then((r) => r.arrayBuffer())
          .then((b) => {
            if (!asBase64) return new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);
            let bytes = '';
            for (const byte of new Uint8Array(b)) bytes += String.fromCharCode(byte);
            return btoa(bytes);
          });
      else click.call(this);
    };
  }, binary);
  await library.click(`[data-action="${action}"]`);
  await library.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const tick = () => ((window as { __download?: unknown }).__download ? resolve() : setTimeout(tick, 50));
        tick();
      }),
    null,
  );
  return library.evaluate(() => (window as unknown as { __download: Promise<string> }).__download, null);
}

describe.each(DRIVERS)('core journeys in %s', (name, start) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await start();
  }, 90_000);
  afterAll(async () => driver?.close());

  it('marks a report, counts its errors on the badge, and the popup lists what the command line finds', async () => {
    const file = 'pingtan-2024-t4-changed.html';
    const page = await driver.open(pages.base('www.pingtan.gov.cn', file));
    await page.waitFor(CHIP);
    expect(await page.texts('[data-nianbao-rule]')).toEqual(['13', '2', '4', '0', '18']);
    const tabId = await driver.tabIdOf(page);
    await expect.poll(() => driver.badge(tabId)).toBe('1');
    const popup = await driver.extensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor('main.popup:not([aria-busy])');
    const cli = (await checkFile(join(pages.dir, file))).findings;
    expect(await popup.texts('.finding .msg')).toEqual(cli.map((f) => f.message));
    // The UI speaks the browser's language: Chinese in this Chromium, English in Debian's Firefox
    // ESR without a Chinese language pack.
    const s = strings(await popup.evaluate(() => document.documentElement.lang, null));
    expect(await popup.texts('.counts')).toEqual([s.counts(1, 0, 0)]);

    // Save, then the same page again is a duplicate.
    await popup.click('.save button.primary');
    await popup.waitFor('.save .ok');
    expect((await popup.texts('.save .ok'))[0]).toMatch(shape(s.saved('TIME')));
    await popup.close();
    const again = await driver.extensionPage(`popup.html?tab=${tabId}`);
    await again.waitFor('.save .dup');
    expect((await again.texts('.save .dup'))[0]).toMatch(shape(s.duplicateUrl('TIME')));
    await again.close();
    await page.close();
  });

  it('lists the saved report in the library and exports it as CSV and XLSX', async () => {
    const library = await driver.extensionPage('library.html');
    await library.waitFor('table.reports tbody tr');
    expect(await library.texts('table.reports tbody tr td:nth-child(1)')).toEqual(['平潭综合实验区']);
    expect(await library.texts('table.reports tbody tr td:nth-child(2)')).toEqual(['2024']);
    const csv = await downloaded(library, 'csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [head, ...rows] = parseCsv(csv.slice(1));
    expect(head).toEqual(CSV_HEADER);
    const row = rows.find((r) => r[9] === 't4' && r[10] === 'suit_after_review' && r[12] === 'total')!;
    expect([row[1], row[2], row[3], row[11], row[13], row[14], row[15]]).toEqual([
      '平潭综合实验区',
      '2024',
      '2021',
      '行政诉讼／复议后起诉',
      '总计',
      '18',
      '件',
    ]);
    expect(row[6]).toMatch(/^http:\/\/www\.pingtan\.gov\.cn:\d+\//);
    // The workbook too: laid out on one worker, compressed on another (CompressionStream), read back.
    const book = await readExcelFile(Buffer.from(await downloaded(library, 'xlsx', true), 'base64'));
    const t3 = book.find((sheet) => sheet.sheet === '表三 依申请')!.data;
    expect([t3[1][0], t3[1][t3[0].indexOf('本年新收·总计')]]).toEqual(['平潭综合实验区', 218]);
    await library.close();
  });

  it('leaves a page that is no report untouched: no mark, no chip, no badge', async () => {
    const page = await driver.open(pages.base('www.pingtan.gov.cn', 'pingtan-gzl-work-report-2022.html'));
    // The reader settles within 2 s (MAX_WAIT_MS); a little longer, and nothing may have appeared.
    // Waited here, not in the page: a promise held open in the page for seconds has broken Firefox's
    // remote agent on a loaded machine ("right-hand side of 'in' should be an object").
    await new Promise((r) => setTimeout(r, 2500));
    expect(await page.count('[data-nianbao-rule], [data-nianbao-lens]')).toBe(0);
    expect(await driver.badge(await driver.tabIdOf(page))).toBe('');
    await page.close();
  });

  it('offers a notice’s PDF, marks its wrong cells in the viewer, saves it, re-checks it from the file', async () => {
    const page = await driver.open(pages.base('www.pingtan.gov.cn', 'pingtan-2024-notice-pdf.html'));
    await page.waitFor(CHIP);
    const tabId = await driver.tabIdOf(page);
    await expect.poll(() => driver.badge(tabId)).toBe('附');
    const popup = await driver.extensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor('.attachments .offer');
    const s = strings(await popup.evaluate(() => document.documentElement.lang, null));
    expect(await popup.texts('.attachments .offer')).toEqual([s.attachmentOffer('PDF')]);
    await popup.close();
    const src = pages.base('www.pingtan.gov.cn', NOTICE_PDF);
    const from = pages.base('www.pingtan.gov.cn', 'pingtan-2024-notice-pdf.html');
    const viewer = await driver.extensionPage(viewerPath({ src, from }).slice(1));
    await viewer.waitFor('[data-nianbao-severity="error"]');
    expect(await viewer.count('[data-nianbao-severity="error"]')).toBe(5);
    expect(await viewer.count('.page')).toBe(5);
    await driver.screenshot(viewer, `test-results/viewer-${name}.png`);
    // The page of the same body and year was saved above: told, and updated with the file.
    await viewer.waitFor('.save .dup');
    await viewer.click('.save .dup button');
    await viewer.waitFor('.save .ok');
    await viewer.close();
    const library = await driver.extensionPage('library.html');
    await library.waitFor('table.reports tbody tr .kind');
    expect(await library.texts('table.reports .kind')).toEqual(['PDF']);
    // Read again from the stored file in this browser's background: nothing changes.
    await library.click('[data-action="recheck"]');
    await library.waitFor('.note-bar.ok');
    expect(await library.texts('.note-bar.ok p')).toEqual([s.rechecked(1, 0)]);
    await library.close();
    await page.close();
  });

  it('shows its popup in the report page’s tab (screenshot)', async () => {
    const page = await driver.open(pages.base('www.pingtan.gov.cn', 'pingtan-2024-t4-changed.html'));
    await page.waitFor(CHIP);
    const popup = await driver.extensionPage(`popup.html?tab=${await driver.tabIdOf(page)}`);
    await popup.waitFor('.finding');
    await driver.screenshot(popup, `test-results/popup-${name}.png`);
    await popup.close();
    await page.close();
  });
});
