// Reports published as attachments, end to end in Chromium: a notice page (pingtan-2024's real page
// with its article replaced by the link to its report, one figure changed) offers its PDF in the
// chip, the popup and the badge; the viewer outlines the wrong cells on the rendered document with
// the page's tooltip; saved, the library lists it as a PDF and re-checks it from the stored file. The
// same for a DOCX; the real gaj notice (a .doc); and scanned, encrypted and corrupt PDFs refused.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeOf,
  chipText,
  clickInShadow,
  open,
  openPopup,
  sendFrom,
  servePages,
  shadowText,
  startExtension,
  tabIdOf,
  type Extension,
  CHIP,
  GAJ_DOC,
  NOTICE_MHT,
  NOTICE_PDF,
  NOTICE_WORDML,
} from './harness';

let ext: Extension;
let pages: Awaited<ReturnType<typeof servePages>>;
const HOST = 'www.pingtan.gov.cn';
const BAD = ['pingtan-2024.scan.pdf', 'pingtan-2024.encrypted.pdf', 'corrupt.pdf', 'not-a-report.pdf'];
const CMAP_PDF = 'pingtan-2013.stsong.pdf';
const ROTATED_PDF = 'pingtan-2024-t4-changed.rotated.pdf';

beforeAll(async () => {
  pages = await servePages();
  const attachments = fileURLToPath(new URL('../fixtures/attachments/', import.meta.url));
  mkdirSync(join(pages.dir, 'files'));
  for (const name of [...BAD, CMAP_PDF, ROTATED_PDF])
    copyFileSync(join(attachments, name), join(pages.dir, 'files', name));
  // A list whose entries are a notice linking its PDF (pingtan 2024) and a PDF itself (pingtan 2019).
  copyFileSync(join(attachments, 'pingtan-2019.chromium.pdf'), join(pages.dir, 'files', '2019.pdf'));
  writeFileSync(
    join(pages.dir, 'files', 'list.html'),
    '<html><head><meta charset="utf-8"><title>政府信息公开年报_平潭综合实验区</title></head><body><ul>' +
      '<li><a href="/pingtan-2024-notice-pdf.html">平潭综合实验区2024年度政府信息公开工作年度报告</a></li>' +
      '<li><a href="/files/2019.pdf">平潭综合实验区2019年度政府信息公开工作年度报告.pdf</a></li>' +
      '</ul></body></html>',
  );
  ext = await startExtension({ userDataDir: mkdtempSync(join(tmpdir(), 'nianbao-profile-')) });
  mkdirSync('test-results', { recursive: true });
}, 60_000);

afterAll(async () => {
  await ext?.context.close();
  pages?.close();
});

/** The viewer tab that the next action opens. */
async function viewerOpenedBy(action: () => Promise<unknown>): Promise<Page> {
  const [viewer] = await Promise.all([
    ext.context.waitForEvent('page', (p) => p.url().includes('/viewer.html')),
    action(),
  ]);
  await viewer.waitForSelector('main.viewer aside .identity, main.viewer aside .fail', { timeout: 30_000 });
  return viewer;
}

const errorCells = (viewer: Page) =>
  viewer.$$eval('[data-nianbao-severity="error"]', (els) => els.map((e) => (e as HTMLElement).dataset.cell ?? ''));

const T4_SUIT = ['total', 'upheld', 'corrected', 'other', 'pending'].map((c) => `t4.suit_after_review.${c}`);

async function libraryRows(): Promise<{ page: Page; rows: string[][] }> {
  const { page } = await open(ext.context, `chrome-extension://${ext.id}/library.html`);
  await page.waitForSelector('.reports tbody tr');
  const rows = await page.$$eval('.reports tbody tr', (trs) =>
    trs.map((tr) => [
      tr.querySelector('td.body button')?.textContent ?? '',
      tr.querySelector('.kind')?.textContent ?? '',
      tr.querySelector('td.source a')?.textContent ?? '',
    ]),
  );
  return { page, rows };
}

describe('a report published as a PDF attachment', () => {
  it('is offered on its notice, outlined in the viewer, saved, listed as PDF and re-checked unchanged', async () => {
    const { page, errors } = await open(ext.context, pages.base(HOST, 'pingtan-2024-notice-pdf.html'));
    await page.waitForSelector(CHIP);
    const tabId = await tabIdOf(ext, page);
    expect(await chipText(page)).toBe('这份报告以附件发布（PDF）');
    expect(await shadowText(page, 'chip', '.action')).toBe('读取附件');
    await expect.poll(() => badgeOf(ext, tabId)).toBe('附');
    // The popup offers it too.
    const { popup } = await openPopup(ext, tabId);
    expect(await popup.textContent('.attachments .offer')).toBe('这份报告以附件发布（PDF）');
    expect(await popup.textContent('.attachments .file')).toContain(
      '平潭综合实验区2024年度政府信息公开工作年度报告.pdf',
    );
    await popup.close();

    await page.bringToFront();
    const viewer = await viewerOpenedBy(() => clickInShadow(page, 'chip', '.action'));
    expect(new URL(viewer.url()).searchParams.get('src')).toBe(pages.base(HOST, NOTICE_PDF));
    await viewer.waitForSelector('[data-nianbao-severity="error"]');
    expect((await errorCells(viewer)).sort()).toEqual([...T4_SUIT].sort());
    expect(await viewer.textContent('.identity .title')).toBe('平潭综合实验区2024年度政府信息公开工作年度报告');
    expect(await viewer.textContent('.source')).toContain('附件（PDF）');
    expect(await viewer.$$eval('.page', (els) => els.length)).toBe(5);
    // The wrong total sits on page 5, over its figure in the rendering.
    const cell = viewer.locator('[data-cell="t4.suit_after_review.total"]');
    expect(await cell.evaluate((el) => (el.parentElement as HTMLElement).dataset.page)).toBe('5');
    // The tooltip of a web page: rule, reported, computed, difference.
    await cell.scrollIntoViewIfNeeded();
    await cell.hover();
    await expect.poll(() => shadowText(viewer, 'tip', '.tip')).toContain('报告值 18 · 计算值 19 · 差 -1');
    // A finding clicked in the list flashes its cells.
    await viewer.mouse.move(0, 0);
    await viewer.click('.finding[data-rule="T4-SUM"] button.reveal');
    await expect.poll(() => cell.getAttribute('data-nianbao-flash')).toBe('');
    await viewer.waitForTimeout(700);
    await viewer.screenshot({ path: 'test-results/viewer-pdf.png' });

    await viewer.click('.save button.primary');
    await viewer.waitForSelector('.save .ok');
    const { page: library, rows } = await libraryRows();
    expect(rows).toEqual([['平潭综合实验区', 'PDF', pages.base(HOST, NOTICE_PDF)]]);
    const id = Number(await library.getAttribute('.reports tbody tr', 'data-id'));
    // Read again from the stored file, in the background: nothing changes.
    expect(await sendFrom(library, { type: 'library-recheck', ids: [id] })).toEqual([
      {
        id,
        body: '平潭综合实验区',
        year: 2024,
        before: { errors: 1, warnings: 0 },
        after: { errors: 1, warnings: 0 },
        changed: false,
      },
    ]);
    // The saved file opens in the viewer from the library's detail.
    await library.click('.reports td.body button');
    const [saved] = await Promise.all([
      ext.context.waitForEvent('page', (p) => p.url().includes(`/viewer.html?id=${id}`)),
      library.click('.detail a[href*="viewer.html"]'),
    ]);
    await saved.waitForSelector('[data-nianbao-severity="error"]');
    expect((await errorCells(saved)).sort()).toEqual([...T4_SUIT].sort());
    expect(await saved.$('.save')).toBeNull();
    expect(errors).toEqual([]);
    await Promise.all([page.close(), viewer.close(), library.close(), saved.close()]);
  });
});

/** A notice of pingtan-2024 (t4.suit_after_review.total changed) offering its report as a file of `kind`: the
 * chip says so, the popup's button opens the viewer, and T4-SUM's five cells are marked on the rendering. */
async function markedFromNotice(notice: string, kind: string) {
  const { page } = await open(ext.context, pages.base(HOST, notice));
  await page.waitForSelector(CHIP);
  expect(await chipText(page)).toBe(`这份报告以附件发布（${kind}）`);
  const { popup } = await openPopup(ext, await tabIdOf(ext, page));
  const viewer = await viewerOpenedBy(() => popup.click('.attachments button'));
  await viewer.waitForSelector('.docx [data-nianbao-severity="error"]');
  expect(await viewer.$$eval('.docx [data-nianbao-severity="error"]', (els) => els.map((e) => e.textContent))).toEqual([
    '13',
    '2',
    '4',
    '0',
    '18',
  ]);
  return { page, popup, viewer };
}

/** Saved over the report of the same body and year saved before (told at once, offered to update): the library
 * lists it as `kind`, and reading it again from the stored file in the background changes nothing. */
async function updatedAndRechecked(viewer: Page, kind: string) {
  await viewer.waitForSelector('.save .dup');
  await viewer.click('.save .dup button');
  await viewer.waitForSelector('.save .ok');
  const { page: library, rows } = await libraryRows();
  expect(rows.map((r) => r[1])).toEqual([kind]);
  const id = Number(await library.getAttribute('.reports tbody tr', 'data-id'));
  expect(await sendFrom(library, { type: 'library-recheck', ids: [id] })).toMatchObject([
    { id, before: { errors: 1 }, after: { errors: 1 }, changed: false },
  ]);
  await library.close();
}

describe('a report published as a DOCX attachment', () => {
  it('is offered in the popup, marked on its rendering and saved as DOCX', async () => {
    const { page, popup, viewer } = await markedFromNotice('pingtan-2024-notice-docx.html', 'DOCX');
    // Nothing of the file runs or loads: only text and tables are shown.
    expect(await viewer.$$eval('.docx *', (els) => [...new Set(els.map((e) => e.localName))].sort())).toEqual(
      expect.not.arrayContaining(['script', 'img', 'a', 'iframe', 'style']),
    );
    await viewer.screenshot({ path: 'test-results/viewer-docx.png' });
    // Re-checked in the background (mammoth bundled there).
    await updatedAndRechecked(viewer, 'DOCX');
    await Promise.all([page.close(), popup.close(), viewer.close()]);
  });
});

describe('a report published as a .doc that is no Word 97 file', () => {
  it('RTF: offered as the DOC it is sent as, marked on its text, saved and re-checked in the background', async () => {
    const { page, popup, viewer } = await markedFromNotice('pingtan-2024-notice-rtf.html', 'DOC');
    expect(await viewer.textContent('.identity .title')).toBe('平潭综合实验区2024年度政府信息公开工作年度报告');
    expect(await viewer.textContent('aside .source')).toContain('附件（DOC） · P020250310_97792.doc');
    expect(await viewer.$$eval('.docx *', (els) => [...new Set(els.map((e) => e.localName))].sort())).toEqual([
      'p',
      'table',
      'tbody',
      'td',
      'tr',
    ]);
    await viewer.screenshot({ path: 'test-results/viewer-rtf.png' });
    // Listed as the DOC it came as; the background has no Word 97 reader, and RTF needs none.
    await updatedAndRechecked(viewer, 'DOC');
    await Promise.all([page.close(), popup.close(), viewer.close()]);
  });

  it.each([
    ['a saved page (MHTML): shown cleaned', NOTICE_MHT],
    ['Word 2003 XML: shown as its text', NOTICE_WORDML],
  ])('%s, read as the page it was made from', async (_, file) => {
    const src = pages.base(HOST, file);
    const from = pages.base(HOST, 'pingtan-2024-notice-mht.html');
    const { page: viewer } = await open(
      ext.context,
      `chrome-extension://${ext.id}/viewer.html?src=${encodeURIComponent(src)}&from=${encodeURIComponent(from)}`,
    );
    await viewer.waitForSelector('main.viewer aside .identity', { timeout: 30_000 });
    expect(await viewer.textContent('.identity .title')).toBe('平潭综合实验区2024年度政府信息公开工作年度报告');
    expect(await viewer.textContent('.identity .meta')).toContain('平潭综合实验区 · 2024年度');
    expect(await viewer.textContent('aside')).toContain('未发现问题');
    const total = await viewer.$$eval('.docx tr', (trs) =>
      trs.find((tr) => tr.textContent?.includes('本年新收'))?.lastElementChild?.textContent?.trim(),
    );
    expect(total).toBe('218');
    // Nothing of the file runs or loads: its scripts, images, links and styles are gone.
    expect(await viewer.$$eval('.docx *', (els) => [...new Set(els.map((e) => e.localName))].sort())).toEqual(
      expect.not.arrayContaining(['script', 'img', 'a', 'iframe', 'style', 'link']),
    );
    await viewer.close();
  });
});

describe('the real gaj notice, whose 2017 report is only a .doc (Word 97)', () => {
  it('offers the DOC, read in the viewer as its text, saved and re-checked in the background', async () => {
    const { page } = await open(ext.context, pages.base(HOST, 'pingtan-gaj-2017-notice.html'));
    await page.waitForSelector(CHIP);
    expect(await chipText(page)).toBe('这份报告以附件发布（DOC）');
    await expect.poll(async () => badgeOf(ext, await tabIdOf(ext, page))).toBe('附');
    const viewer = await viewerOpenedBy(() => clickInShadow(page, 'chip', '.action'));
    expect(new URL(viewer.url()).searchParams.get('src')).toBe(pages.base(HOST, GAJ_DOC));
    // The stand-in made from pingtan-2013: a prose report whose 统计表 is read from the Word 97 file's text.
    expect(await viewer.textContent('.identity .title')).toBe('平潭综合实验区2013年政府信息公开工作年度报告');
    expect(await viewer.textContent('aside .source')).toContain('附件（DOC） · 20180124162728231.doc');
    expect(await viewer.textContent('aside')).toContain('正文称「主动公开政府信息4970条」（4970），但统计表');
    const row = await viewer.$$eval(
      '.docx tr',
      (trs) => trs.find((tr) => tr.textContent?.includes('主动公开信息数'))?.textContent,
    );
    expect(row).toContain('72804');
    await viewer.click('.save button');
    await viewer.waitForSelector('.save .ok');
    // Read again from the stored DOC in the background (in Chromium, on its offscreen document): unchanged.
    const { page: library } = await open(ext.context, `chrome-extension://${ext.id}/library.html`);
    await library.waitForSelector('.reports tbody tr');
    const [id, kind] = await library.$$eval('.reports tbody tr', (trs) => {
      const tr = trs.find((r) => r.querySelector('td.source a')?.textContent?.endsWith('20180124162728231.doc'))!;
      return [tr.getAttribute('data-id'), tr.querySelector('.kind')?.textContent];
    });
    expect(kind).toBe('DOC');
    expect(await sendFrom(library, { type: 'library-recheck', ids: [Number(id)] })).toMatchObject([
      { id: Number(id), year: 2013, before: { warnings: 1 }, after: { warnings: 1 }, changed: false },
    ]);
    await Promise.all([page.close(), viewer.close(), library.close()]);
  });
});

describe('a PDF whose pages say /Rotate 90', () => {
  it('outlines the cells on the turned page, over their figures', async () => {
    const src = pages.base(HOST, `files/${ROTATED_PDF}`);
    const { page } = await open(ext.context, `chrome-extension://${ext.id}/viewer.html?src=${encodeURIComponent(src)}`);
    await page.waitForSelector('[data-nianbao-severity="error"]', { timeout: 30_000 });
    const cell = page.locator('[data-cell="t4.suit_after_review.total"]');
    await cell.scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    const [c, p] = await cell.evaluate((el) =>
      [el, el.parentElement!].map((e) => {
        const r = e.getBoundingClientRect();
        return { x: r.x, y: r.y, w: r.width, h: r.height };
      }),
    );
    // The page lies on its side; the cell (30 × 42 points upright) turns with it, inside the page.
    expect(p.w).toBeGreaterThan(p.h);
    expect(c.w).toBeGreaterThan(c.h);
    expect(c.x).toBeGreaterThanOrEqual(p.x);
    expect(c.y).toBeGreaterThanOrEqual(p.y);
    expect(c.x + c.w).toBeLessThanOrEqual(p.x + p.w);
    expect(c.y + c.h).toBeLessThanOrEqual(p.y + p.h);
    await page.screenshot({ path: 'test-results/viewer-rotated.png' });
    await page.close();
  });
});

describe('a PDF whose Chinese font is not embedded', () => {
  it('is read with the CMaps the package carries (STSong-Light, UniGB-UCS2-H, as iText writes)', async () => {
    const src = pages.base(HOST, `files/${CMAP_PDF}`);
    const { page } = await open(ext.context, `chrome-extension://${ext.id}/viewer.html?src=${encodeURIComponent(src)}`);
    await page.waitForSelector('.identity', { timeout: 30_000 });
    expect(await page.textContent('.identity .title')).toBe('平潭综合实验区2013年政府信息公开工作年度报告');
    expect(await page.textContent('.identity .meta')).toContain('平潭综合实验区 · 2013年度');
    await page.close();
  });
});

describe('PDFs that cannot be checked', () => {
  it.each([
    ['pingtan-2024.scan.pdf', '这份 PDF 是扫描图像，没有文字层，无法核对'],
    ['pingtan-2024.encrypted.pdf', '这份文件设有打开密码，无法读取'],
    ['corrupt.pdf', '文件已损坏或不完整（PDF），无法读取'],
    ['not-a-report.pdf', '此文件未识别为政府信息公开工作年度报告（未找到年报标题，也未找到表三或表四）。'],
  ])('%s: the viewer says why and offers no save', async (name, message) => {
    const src = pages.base(HOST, `files/${name}`);
    const { page } = await open(
      ext.context,
      `chrome-extension://${ext.id}/viewer.html?src=${encodeURIComponent(src)}&from=${encodeURIComponent(pages.base(HOST, 'x.htm'))}`,
    );
    await page.waitForSelector('.fail', { timeout: 30_000 });
    expect(await page.textContent('.fail')).toBe(message);
    expect(await page.$('.save')).toBeNull();
    await page.close();
  });

  it('fetches no file of another site than the page that linked it', async () => {
    const { page } = await open(
      ext.context,
      `chrome-extension://${ext.id}/viewer.html?src=${encodeURIComponent(pages.base('www.shuyang.gov.cn', NOTICE_PDF))}` +
        `&from=${encodeURIComponent(pages.base(HOST, 'x.htm'))}`,
    );
    await page.waitForSelector('.fail');
    expect(await page.textContent('.fail')).toContain('不在同一网站');
    await page.close();
  });
});

describe('collecting a list whose reports are files', () => {
  it('saves the PDF a notice links and the PDF the list links, read in the background', async () => {
    const { page } = await open(ext.context, pages.base(HOST, 'files/list.html'));
    const tabId = await tabIdOf(ext, page);
    const { popup } = await openPopup(ext, tabId);
    expect(await popup.textContent('.empty')).toBe('此页面是年度报告的列表，列出 2 份报告。');
    await popup.click('[data-action="collect"]');
    await popup.waitForSelector('.collect[data-state="done"]', { timeout: 30_000 });
    expect(await popup.textContent('.collect .progress-text')).toMatch(/已处理 2\/2：新保存 \d，已在库中 \d，失败 0/);
    const { page: library, rows } = await libraryRows();
    // pingtan 2024 is in the library from the journeys above; pingtan 2019 is new, read from its PDF.
    expect(rows.find((r) => r[2] === pages.base(HOST, 'files/2019.pdf'))?.slice(0, 2)).toEqual([
      '平潭综合实验区',
      'PDF',
    ]);
    // Read on the offscreen document, not in the service worker (which holds no pdf.js): it is open still.
    type Contexts = { runtime: { getContexts(f: object): Promise<{ documentUrl?: string }[]> } };
    const offscreen = await ext.worker.evaluate(async () =>
      (
        await (globalThis as unknown as { chrome: Contexts }).chrome.runtime.getContexts({
          contextTypes: ['OFFSCREEN_DOCUMENT'],
        })
      ).map((c) => new URL(c.documentUrl ?? '').pathname),
    );
    expect(offscreen).toEqual(['/offscreen.html']);
    await Promise.all([library.close(), popup.close(), page.close()]);
  });
});
