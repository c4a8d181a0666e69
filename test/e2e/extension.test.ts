// The built extension end to end: badge, tooltip, popup, save and duplicate, the library after a
// browser restart, and a hostile page. Real fixture pages under their real host names.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toJson } from '../../lib/analyze';
import { checkFile } from '../../lib/cli';
import { allTablesTsv, tableTsv } from '../../lib/export/tsv';
import { ruleTitle } from '../../lib/check';
import {
  badgeOf,
  chipText,
  HOSTILE_LABEL,
  marks,
  open,
  openPopup,
  servePages,
  startExtension,
  tabIdOf,
  type Extension,
  CHIP,
  TIP,
  shadowText,
  sendFrom,
} from './harness';

let ext: Extension;
let pages: Awaited<ReturnType<typeof servePages>>;
const profile = mkdtempSync(join(tmpdir(), 'nianbao-profile-'));

beforeAll(async () => {
  pages = await servePages();
  // The same report at a second address: a mirror, duplicate by body and year.
  copyFileSync(join(pages.dir, 'pingtan-2025.html'), join(pages.dir, 'pingtan-2025-mirror.html'));
  ext = await startExtension({ userDataDir: profile });
  mkdirSync('test-results', { recursive: true });
}, 60_000);

afterAll(async () => {
  await ext?.context.close();
  pages?.close();
});

/** The popup's findings as text: rule and message, in the order shown (errors, warnings, notes). */
const popupFindings = (popup: Page) =>
  popup.$$eval('.finding', (els) =>
    els.map((e) => [e.getAttribute('data-rule'), e.querySelector('.msg')?.textContent]),
  );
const ORDER = { error: 0, warning: 1, info: 2 };

async function reportPage(host: string, file: string) {
  const { page, errors } = await open(ext.context, pages.base(host, file));
  await page.waitForSelector(CHIP);
  return { page, errors, tabId: await tabIdOf(ext, page) };
}

describe('badge and popup on real reports', () => {
  it.each([
    ['www.pingtan.gov.cn', 'pingtan-2024-t4-changed.html', '1'],
    ['www.anshan.gov.cn', 'anshan-2019-text.html', '2'],
    ['www.shuyang.gov.cn', 'shuyang-fgj-2023.html', '✓'],
    ['www.pingtan.gov.cn', 'pingtan-2021.html', '✓'],
  ])('%s/%s: badge %s, the popup lists what the command line finds', async (host, file, badge) => {
    const { page, tabId, errors } = await reportPage(host, file);
    // The background may still be starting when the page is marked: the badge follows.
    await expect.poll(() => badgeOf(ext, tabId)).toBe(badge);
    const cli = (await checkFile(join(pages.dir, file))).findings;
    const { popup, errors: popupErrors } = await openPopup(ext, tabId);
    const expected = [...cli].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]).map((f) => [f.rule, f.message]);
    expect(await popupFindings(popup)).toEqual(expected);
    const count = (severity: string) => cli.filter((f) => f.severity === severity).length;
    expect(await popup.textContent('.counts')).toBe(
      cli.length === 0 ? '未发现问题' : `错误 ${count('error')} · 提示 ${count('warning')} · 说明 ${count('info')}`,
    );
    expect([...errors, ...popupErrors]).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('shows identity and key figures; a finding clicked flashes its cells (pingtan-2024, total changed)', async () => {
    const { page, tabId } = await reportPage('www.pingtan.gov.cn', 'pingtan-2024-t4-changed.html');
    const { popup } = await openPopup(ext, tabId);
    expect(await popup.textContent('.identity .title')).toBe('平潭综合实验区2024年度政府信息公开工作年度报告');
    expect(await popup.textContent('.identity .meta')).toBe('平潭综合实验区 · 2024年度 · 2021年版格式');
    const t4 = await popup.$$eval('[data-table="t4"] tr', (rows) => rows.map((r) => r.textContent));
    expect(t4[2]).toBe('行政诉讼／复议后起诉总计18结果纠正2尚未审结0');
    await popup.click('.finding[data-rule="T4-SUM"] button.reveal');
    await page.waitForSelector('[data-nianbao-flash]');
    expect(await page.$$eval('[data-nianbao-flash]', (els) => els.map((e) => e.textContent?.trim()))).toEqual([
      '13',
      '2',
      '4',
      '0',
      '18',
    ]);
    await page.bringToFront();
    await page.screenshot({ path: 'test-results/page-flash-pingtan-2024.png' });
    await popup.screenshot({ path: 'test-results/popup-pingtan-2024.png', fullPage: true });
    await popup.close();
    await page.close();
  });

  it('is one tab stop per finding, describes each marked cell, and goes round a relation by arrow keys', async () => {
    // shuyang 2023: 175 cells marked (125 blank, BLANK; the rows they leave uncheckable, one T3-ROW note).
    const shuyang = await reportPage('www.shuyang.gov.cn', 'shuyang-fgj-2023.html');
    const count = (page: Page, sel: string) => page.$$eval(sel, (els) => els.length);
    expect(await count(shuyang.page, '[data-nianbao-rule]')).toBe(175);
    expect(await count(shuyang.page, '[data-nianbao-rule][tabindex="0"]')).toBe(2);
    const described = await shuyang.page.$$eval('[data-nianbao-rule]', (els) =>
      els.map((e) => e.getAttribute('aria-description')),
    );
    expect(described.every((d) => /^(提示|说明)：/.test(d ?? ''))).toBe(true);
    // A blank cell is in both findings: said in one description, the warning first.
    const blank = described.find((d) => d?.startsWith(`提示：${ruleTitle('BLANK', true)}。表三有 125 个空白单元格`));
    expect(blank).toMatch(/；说明：.+。25 处关系含空白或非数字单元格，无法核对；按 0 计时均成立$/);
    await shuyang.page.close();
    // pingtan-2024 with one total changed: one finding, one tab stop; the arrows go round its cells.
    const { page } = await reportPage('www.pingtan.gov.cn', 'pingtan-2024-t4-changed.html');
    expect(await count(page, '[data-nianbao-rule][tabindex="0"]')).toBe(1);
    expect(await count(page, '[data-nianbao-rule][tabindex="-1"]')).toBe(4);
    await page.focus('[data-nianbao-rule][tabindex="0"]');
    const seen = [];
    for (let i = 0; i < 5; i++) {
      seen.push(await page.evaluate(() => document.activeElement?.textContent?.trim()));
      await page.keyboard.press('ArrowRight');
    }
    expect(seen).toEqual(['13', '2', '4', '0', '18']);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('13');
    expect(await shadowText(page, 'tip', '.keys')).toBe('聚焦单元格时，按方向键依次转到相关单元格，Esc 关闭说明。');
    await page.close();
  });

  it('explains a marked cell on hover and lights up the other cells of the relation', async () => {
    const { page } = await reportPage('www.pingtan.gov.cn', 'pingtan-2024-t4-changed.html');
    const total = page.locator('[data-nianbao-rule]', { hasText: '18' });
    await total.hover();
    await page.waitForSelector(TIP);
    const text = (await shadowText(page, 'tip', '.tip'))!;
    expect(text).toContain(`错误 · ${ruleTitle('T4-SUM', true)}`);
    expect(text).toContain('报告值 18 · 计算值 19 · 差 -1');
    expect(text).toContain('本单元格：行政诉讼／复议后起诉·总计 18');
    expect(await page.$$eval('[data-nianbao-related]', (els) => els.map((e) => e.textContent?.trim()))).toEqual([
      '13',
      '2',
      '4',
      '0',
    ]);
    await page.screenshot({ path: 'test-results/page-tooltip-pingtan-2024.png' });
    // Keyboard users get the same: focus, then Escape closes it.
    await page.mouse.move(0, 0);
    await page.waitForSelector(TIP, { state: 'detached' });
    await total.focus();
    await page.waitForSelector(TIP);
    await page.keyboard.press('Escape');
    expect(await page.$(TIP)).toBeNull();
    expect(await page.$$('[data-nianbao-related]')).toEqual([]);
    await page.close();
  });

  it('clears every mark on request, and the page is as it was', async () => {
    const { page, tabId } = await reportPage('www.pingtan.gov.cn', 'pingtan-2024-t4-changed.html');
    expect(await marks(page)).toHaveLength(5);
    const { popup } = await openPopup(ext, tabId);
    await popup.click('footer button');
    await page.waitForSelector(CHIP, { state: 'detached' });
    expect(await marks(page)).toEqual([]);
    expect(await page.$$('[tabindex], #nianbao-lens-style')).toEqual([]);
    // The popup says so and offers no cell to show any more, now and when opened again.
    expect(await popup.textContent('footer .note')).toBe('页面标记已清除；重新加载页面可再次标记。');
    expect(await popup.$$('.finding button')).toEqual([]);
    await popup.close();
    const reopened = (await openPopup(ext, tabId)).popup;
    expect(await reopened.textContent('footer .note')).toBe('页面标记已清除；重新加载页面可再次标记。');
    expect(await reopened.$$('.finding button')).toEqual([]);
    const revealed = await reopened.evaluate(
      (id) =>
        (
          globalThis as unknown as { chrome: { tabs: { sendMessage(i: number, m: object): Promise<number> } } }
        ).chrome.tabs.sendMessage(id, { type: 'reveal', cells: ['t4.suit_after_review.total'] }),
      tabId,
    );
    expect(revealed).toBe(0);
    expect(await page.$$('[data-nianbao-flash]')).toEqual([]);
    await reopened.close();
    await page.close();
  });
});

describe('the popup’s quick actions', () => {
  it('copies tables 3, 4 and all for Excel or WPS, exports the report as CSV: the command line’s figures', async () => {
    const { page, tabId } = await reportPage('www.pingtan.gov.cn', 'pingtan-2024-t4-changed.html');
    const { popup } = await openPopup(ext, tabId);
    // What goes to the clipboard, caught in the popup (a headless browser has no clipboard to read).
    await popup.evaluate(() => {
      const w = window as unknown as { __copied: string[] };
      w.__copied = [];
      navigator.clipboard.writeText = async (text: string) => void w.__copied.push(text);
    });
    await popup.click('.quick [data-copy="t3"]');
    await popup.click('.quick [data-copy="t4"]');
    await popup.click('.quick [data-copy="all"]');
    await popup.waitForSelector('.quick [role="status"]');
    expect(await popup.textContent('.quick [role="status"]')).toBe('已复制，可直接粘贴到 Excel 或 WPS 表格');
    const copied = await popup.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
    const cli = toJson(await checkFile(join(pages.dir, 'pingtan-2024-t4-changed.html')), 'x');
    expect(copied).toEqual([tableTsv(cli, 't3'), tableTsv(cli, 't4'), allTablesTsv(cli)]);
    // Rows and columns as on the page: table 3's header of applicants, then 本年新收 217 + 1 = 218.
    const t3 = copied[0].split('\r\n').map((l) => l.split('\t'));
    expect(t3[0].slice(1)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    expect(t3.find((r) => r[0] === '本年新收')).toEqual(['本年新收', '217', '1', '0', '0', '0', '0', '218']);
    expect(copied[1].split('\r\n')[3]).toBe('行政诉讼／复议后起诉\t13\t2\t4\t0\t18');
    // This one report as CSV, in the library's long form: 本年新收·总计 as the command line reads it.
    const [file] = await Promise.all([
      popup.waitForEvent('download'),
      popup.click('.quick [data-action="export-csv"]'),
    ]);
    expect(file.suggestedFilename()).toBe(`nianbao-lens-${cli.meta.body}-2024.csv`);
    const csv = readFileSync((await file.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF报告编号 report_id,')).toBe(true);
    const rows = csv.split('\r\n').map((l) => l.split(','));
    expect(rows.find((r) => r[10] === 'new' && r[12] === 'total')?.[14]).toBe('218');
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('saving', () => {
  it('saves in one click, says a second save is a duplicate, and updates on request (pingtan-2025)', async () => {
    const { page, tabId } = await reportPage('www.pingtan.gov.cn', 'pingtan-2025.html');
    let { popup } = await openPopup(ext, tabId);
    await popup.click('.save button.primary');
    expect(await (await popup.waitForSelector('.save .ok')).textContent()).toMatch(/^已保存到报告库（.+）。$/);
    await popup.screenshot({ path: 'test-results/popup-pingtan-2025-saved.png', fullPage: true });
    await popup.close();
    ({ popup } = await openPopup(ext, tabId));
    // The background, asked straight, says the same: a duplicate, by address, nothing saved.
    expect(await sendFrom(popup, { type: 'save-tab', tabId, update: false })).toMatchObject({
      status: 'duplicate',
      reason: 'url',
    });
    expect(await (await popup.waitForSelector('.save .dup')).textContent()).toMatch(
      /^这份报告已于 .+ 保存（同一网址）。 用当前页面更新$/,
    );
    await popup.click('.save .dup button');
    expect(await (await popup.waitForSelector('.save .ok')).textContent()).toMatch(/^已更新报告库中的这份报告/);
    // The way to the library.
    const [library] = await Promise.all([ext.context.waitForEvent('page'), popup.click('nav.top button.link')]);
    await library.waitForSelector('table.reports[aria-busy="false"]');
    expect(await library.$$eval('table.reports tbody tr', (trs) => trs.length)).toBe(1);
    await library.close();
    // And straight to this report's detail.
    const [detail] = await Promise.all([
      ext.context.waitForEvent('page', (p) => /\/library\.html\?id=\d+$/.test(p.url())),
      popup.click('[data-action="view-in-library"]'),
    ]);
    await detail.waitForSelector('.detail');
    expect(await detail.textContent('.detail h1')).toBe('平潭综合实验区2025年度政府信息公开工作年度报告');
    await detail.close();
    await popup.close();
    await page.close();
  });

  it('knows the same body and year at another address (a mirror of pingtan-2025)', async () => {
    const { page, tabId } = await reportPage('www.pingtan.gov.cn', 'pingtan-2025-mirror.html');
    const { popup } = await openPopup(ext, tabId);
    expect(await (await popup.waitForSelector('.save .dup')).textContent()).toMatch(
      /^同一机关、同一年度的报告已于 .+ 保存。/,
    );
    await popup.close();
    await page.close();
  });

  it('saves as the shortcut and the context menu do, and says so on the page (pingtan-2021)', async () => {
    // Headless Chromium routes no keyboard shortcut to extensions: send what their handlers send.
    const { page, tabId } = await reportPage('www.pingtan.gov.cn', 'pingtan-2021.html');
    const { popup } = await openPopup(ext, tabId);
    expect(await sendFrom(popup, { type: 'save-tab', tabId, update: false, tell: true })).toMatchObject({
      status: 'saved',
    });
    expect(await chipText(page)).toBe('年报透镜：未发现问题 · 已保存到报告库');
    expect(await sendFrom(popup, { type: 'save-tab', tabId, update: false, tell: true })).toMatchObject({
      status: 'duplicate',
    });
    expect(await chipText(page)).toBe('年报透镜：未发现问题 · 这份报告已保存过，可在弹出窗口中更新');
    await popup.close();
    await page.close();
    // On a report with an error the counts stay, and so does the red (told as the background tells it).
    const wrong = await reportPage('www.pingtan.gov.cn', 'pingtan-2024-t4-changed.html');
    const again = await openPopup(ext, wrong.tabId);
    const outcome = { status: 'duplicate', id: 1, savedAt: 0, reason: 'body-year' };
    await again.popup.evaluate(
      ({ id, outcome }) =>
        (
          globalThis as unknown as { chrome: { tabs: { sendMessage(i: number, m: object): Promise<unknown> } } }
        ).chrome.tabs.sendMessage(id, { type: 'notify', outcome }),
      { id: wrong.tabId, outcome },
    );
    expect(await chipText(wrong.page)).toBe('年报透镜：1处错误 · 这份报告已保存过，可在弹出窗口中更新');
    await again.popup.close();
    await wrong.page.close();
  });

  it('binds the shortcut Alt+Shift+S in the manifest', () => {
    const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));
    expect(manifest.commands['save-report'].suggested_key.default).toBe('Alt+Shift+S');
    expect(manifest.permissions).toEqual(['contextMenus', 'scripting', 'activeTab', 'offscreen']);
  });

  it('says so when the disk is full, and saves nothing (pingtan-2024, IndexedDB made to refuse)', async () => {
    const { page, tabId } = await reportPage('www.pingtan.gov.cn', 'pingtan-2024.html');
    // What the browser throws when the origin's quota is used up, from every write of the worker.
    await ext.worker.evaluate(() => {
      const full = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      const proto = IDBObjectStore.prototype as unknown as Record<string, unknown>;
      (globalThis as Record<string, unknown>).__writes = [proto.add, proto.put];
      proto.add = full;
      proto.put = full;
    });
    try {
      const { popup } = await openPopup(ext, tabId);
      await popup.click('.save button.primary');
      expect(await (await popup.waitForSelector('.save .fail')).textContent()).toBe(
        '保存失败：存储空间已满，未能保存。请删除部分已保存的报告后重试。',
      );
      // The button stays, to try again once there is room.
      expect(await popup.isEnabled('.save button.primary')).toBe(true);
      await popup.close();
    } finally {
      await ext.worker.evaluate(() => {
        const proto = IDBObjectStore.prototype as unknown as Record<string, unknown>;
        [proto.add, proto.put] = (globalThis as Record<string, unknown>).__writes as unknown[];
      });
    }
    await page.close();
  });

  it('keeps the library across a browser restart with the same profile', async () => {
    await ext.context.close();
    ext = await startExtension({ userDataDir: profile });
    const { page: library, errors } = await open(ext.context, `chrome-extension://${ext.id}/library.html`);
    await library.waitForSelector('table.reports[aria-busy="false"]');
    const rows = await library.$$eval('table.reports tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 5).map((td) => td.textContent)),
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        ['平潭综合实验区', '2025', '2021年版格式', '0', '0'],
        ['平潭综合实验区', '2021', '2021年版格式', '0', '0'],
      ]),
    );
    expect(rows).toHaveLength(2);
    expect(errors).toEqual([]);
    await library.close();
  });
});

describe('a hostile page', () => {
  it('cannot switch the extension off or rewrite what it shows by taking its element names', async () => {
    const { page, tabId, errors } = await reportPage('www.pingtan.gov.cn', 'pingtan-2024-takeover.html');
    await expect.poll(() => badgeOf(ext, tabId)).toBe('1');
    expect(await chipText(page)).toBe('年报透镜：1处错误');
    expect(await page.evaluate(() => (window as unknown as { __reached?: boolean }).__reached)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __seen?: number }).__seen)).toBeGreaterThan(0);
    const { popup } = await openPopup(ext, tabId);
    expect(await popupFindings(popup)).toEqual([['T4-SUM', expect.stringContaining('总计 18')]]);
    await popup.click('.save button.primary');
    // Saved, or already saved by an earlier test of the same body and year: either way, not refused.
    expect(await (await popup.waitForSelector('.save .ok, .save .dup')).textContent()).toMatch(/已保存到报告库|已于/);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('executes nothing in the popup and the page stays responsive', async () => {
    const { page, tabId } = await reportPage('www.hostile.gov.cn', 'hostile.html');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const { popup, errors } = await openPopup(ext, tabId);
    expect(await popup.textContent('.finding[data-rule="INTEGRITY"] .msg')).toContain('即时比分<script>wind');
    const t2 = await popup.$$eval('[data-table="t2"] th', (ths) => ths.map((th) => th.textContent));
    expect(t2).toContain(HOSTILE_LABEL.replace(/\s/g, ''));
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await popup.$$('img, script:not([src]), [onerror], [onmouseover]')).toEqual([]);
    expect(errors).toEqual([]);
    // Responsive: the page answers, and scrolls, after the read of a 20,000-row table.
    expect(await page.evaluate(() => document.querySelectorAll('tr').length)).toBeGreaterThan(20000);
    await page.mouse.wheel(0, 4000);
    await popup.close();
    await page.close();
  });
});

describe('in English', () => {
  it("speaks the browser language: chip and popup in English, the report's own words as printed", async () => {
    const en = await startExtension({ lang: 'en-US' });
    try {
      const { page } = await open(en.context, pages.base('www.pingtan.gov.cn', 'pingtan-2024-t4-changed.html'));
      await page.waitForSelector(CHIP);
      expect(await chipText(page)).toBe('Nianbao Lens: 1 error');
      const { popup } = await openPopup(en, await tabIdOf(en, page));
      expect(await popup.textContent('.save button')).toBe('Save to library');
      expect(await popup.textContent('.counts')).toBe('1 error · 0 warnings · 0 notes');
      expect(await popup.textContent('.identity .meta')).toBe('平潭综合实验区 · Year 2024 · 2021 format');
    } finally {
      await en.context.close();
    }
  });
});
