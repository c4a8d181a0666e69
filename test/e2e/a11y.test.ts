// Accessibility, checked in the browser: axe-core finds no serious or critical violation in the
// popup, the library, a report's detail or the marks on a page; a popup with 23 findings stays
// readable (grouped by table, collapsible, key figures one link away); the popup at 300 px and the
// library at 200% zoom keep every column readable. Screenshots go to test-results/.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../lib/cli';
import {
  CHIP,
  LIST_PAGE,
  NOTICE_PDF,
  open,
  openPopup,
  servePages,
  startExtension,
  tabIdOf,
  type Extension,
  sendFrom,
} from './harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let ext: Extension;
let pages: Awaited<ReturnType<typeof servePages>>;

beforeAll(async () => {
  pages = await servePages();
  ext = await startExtension({ userDataDir: mkdtempSync(join(tmpdir(), 'nianbao-a11y-')) });
  mkdirSync('test-results', { recursive: true });
}, 60_000);

afterAll(async () => {
  await ext?.context.close();
  pages?.close();
});

/** Serious and critical violations only, as "rule: target" lines. `include`: the part to check. */
async function violations(page: Page, include?: string[]): Promise<string[]> {
  // Through DevTools' evaluate: an extension page's CSP forbids an injected <script>.
  await page.evaluate(AXE);
  const found = await page.evaluate(async (include) => {
    type Axe = {
      run(
        c: unknown,
        o: unknown,
      ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(include ? { include: include.map((s) => [s]) } : document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, include);
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.targets.join(', ')}`);
}

describe('accessibility', () => {
  it('a popup with 23 findings: by table, collapsible, plain titles, figures a link away, no violation', async () => {
    const { page } = await open(ext.context, pages.base('www.pingtan.gov.cn', 'pingtan-2021-many.html'));
    await page.waitForSelector(CHIP);
    const tabId = await tabIdOf(ext, page);
    const cli = (await checkFile(join(pages.dir, 'pingtan-2021-many.html'))).findings;
    expect(cli).toHaveLength(23);
    const { popup } = await openPopup(ext, tabId);
    expect(await popup.$$eval('.finding', (els) => els.length)).toBe(23);
    const places = await popup.$$eval('.group.error details.place', (ds) =>
      ds.map((d) => [d.getAttribute('data-place'), d.querySelector('summary .n')?.textContent]),
    );
    expect(places).toEqual([
      ['t3', String(cli.filter((f) => f.severity === 'error' && f.cells[0]?.startsWith('t3.')).length)],
      ['t4', '3'],
      ['t2', '2'],
    ]);
    expect(await popup.textContent('.finding[data-rule="T4-SUM"] .rule')).toBe(
      '表四：总计 = 维持 + 纠正 + 其他结果 + 尚未审结 T4-SUM',
    );
    // Collapsible: the notes start folded, a click opens them.
    expect(await popup.$eval('.group.info details.place', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    await popup.click('.group.info details.place summary');
    expect(await popup.$eval('.group.info details.place', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    // The key figures, one link away.
    await popup.click('a.jump');
    expect(await popup.evaluate(() => location.hash)).toBe('#key-figures');
    await popup.screenshot({ path: 'test-results/popup-23-findings.png', fullPage: true });
    expect(await violations(popup)).toEqual([]);
    // At 300 px wide nothing runs off to the side.
    await popup.setViewportSize({ width: 300, height: 600 });
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await popup.screenshot({ path: 'test-results/popup-300px.png' });
    // The page's own marks and UI: no violation of ours.
    expect(await violations(page, ['[data-nianbao-rule]', '[data-nianbao-lens]'])).toEqual([]);
    await sendFrom(popup, { type: 'save-tab', tabId, update: false });
    await popup.close();
    await page.close();
  });

  it('flashes nothing for a user who asked for reduced motion', async () => {
    const { page } = await open(ext.context, pages.base('www.pingtan.gov.cn', 'pingtan-2024-t4-changed.html'));
    await page.waitForSelector(CHIP);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const { popup } = await openPopup(ext, await tabIdOf(ext, page));
    await popup.click('.finding button.reveal');
    await page.waitForSelector('[data-nianbao-flash]');
    expect(await page.$eval('[data-nianbao-flash]', (e) => getComputedStyle(e).animationName)).toBe('none');
    await popup.close();
    await page.close();
  });

  it('the library and a report detail: no violation, visible focus, readable at 200% zoom', async () => {
    for (const file of ['pingtan-2024.html', 'shuyang-fgj-2023.html', 'pingtan-2013.html']) {
      const host = file.startsWith('shuyang') ? 'www.shuyang.gov.cn' : 'www.pingtan.gov.cn';
      const { page } = await open(ext.context, pages.base(host, file));
      await page.waitForSelector(CHIP);
      // The page's tab, asked once: with the popup open, the active tab is the popup's.
      const tabId = await tabIdOf(ext, page);
      const { popup } = await openPopup(ext, tabId);
      expect(await sendFrom(popup, { type: 'save-tab', tabId, update: false })).toMatchObject({ status: 'saved' });
      await popup.close();
      await page.close();
    }
    const library = await ext.context.newPage();
    await library.goto(`chrome-extension://${ext.id}/library.html`);
    await library.waitForSelector('table.reports tbody tr');
    const years = await library.$$eval('table.reports tbody tr td:nth-child(2)', (tds) =>
      tds.map((td) => td.textContent),
    );
    expect(years.sort()).toEqual(['2013', '2021', '2023', '2024']);
    expect(await violations(library)).toEqual([]);
    // Visible focus on the sort headers and the import control.
    // Reached by the keyboard (Tab), as :focus-visible means.
    await library.focus('button.sort[data-sort="body"]');
    await library.keyboard.press('Tab');
    expect(await library.evaluate(() => document.activeElement?.getAttribute('data-sort'))).toBe('year');
    expect(await library.$eval('button.sort[data-sort="year"]', (b) => getComputedStyle(b).outlineStyle)).toBe('solid');
    await library.focus('[data-action="json"]');
    await library.keyboard.press('Tab');
    expect(await library.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('import');
    expect(await library.$eval('label.file', (l) => getComputedStyle(l).outlineStyle)).toBe('solid');
    // 200% zoom of a 1280 px window: 640 CSS pixels. No column squeezed to a few characters.
    await library.setViewportSize({ width: 640, height: 450 });
    const widths = await library.$$eval('table.reports thead th', (ths) =>
      ths.filter((th) => getComputedStyle(th).display !== 'none').map((th) => th.getBoundingClientRect().width),
    );
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(40);
    expect(await library.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    await library.screenshot({ path: 'test-results/library-200-percent.png', fullPage: true });
    await library.setViewportSize({ width: 1280, height: 900 });
    // A report's detail, and a report in prose with its figures.
    const id = await library.getAttribute('tr:has(td:text-is("2023"))', 'data-id');
    await library.click('tr:has(td:text-is("2023")) .body button');
    await library.waitForSelector('.detail');
    expect(await violations(library)).toEqual([]);
    // A verdict by keyboard: 排除 opens its form (reason, words, a button), each labelled and visible.
    await library.focus('li.finding[data-rule="BLANK"] [data-verdict="dismiss"]');
    expect(await library.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^排除：/);
    await library.keyboard.press('Enter');
    await library.waitForSelector('li.finding[data-rule="BLANK"] form select');
    expect(await violations(library)).toEqual([]);
    await library.focus('li.finding[data-rule="BLANK"] form select');
    await library.keyboard.press('Tab');
    await library.keyboard.type('空白即无');
    await library.keyboard.press('Tab');
    await library.keyboard.press('Enter');
    await library.waitForSelector('li.finding[data-rule="BLANK"].dismissed');
    // Its review sheet: no violation either.
    const sheet = await ext.context.newPage();
    await sheet.goto(`chrome-extension://${ext.id}/review.html?ids=${id}`);
    await sheet.waitForSelector('.sheet');
    expect(await violations(sheet)).toEqual([]);
    await sheet.close();
    await library.click('.detail > button.link');
    await library.click('tr:has(td:text-is("2013")) .body button');
    await library.waitForSelector('.detail #key-figures');
    expect(await library.textContent('.detail #key-figures')).toContain('4,970');
    await library.screenshot({ path: 'test-results/library-detail-pingtan-2013.png', fullPage: true });
    // The scorecard of the reports saved: no violation, readable at 200% zoom.
    await library.goto(`chrome-extension://${ext.id}/library.html?view=scorecard`);
    await library.waitForSelector('.scorecard-view .card');
    expect(await violations(library)).toEqual([]);
    await library.setViewportSize({ width: 640, height: 450 });
    expect(await library.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    await library.setViewportSize({ width: 1280, height: 900 });
    // The compare view: no violation, its sort buttons and exports reachable by keyboard, readable at 200%.
    await library.goto(`chrome-extension://${ext.id}/library.html`);
    await library.waitForSelector('table.reports[aria-busy="false"]');
    await library.click('[data-action="compare"]');
    await library.waitForSelector('table.compare[aria-busy="false"]');
    expect(await violations(library)).toEqual([]);
    await library.focus('[data-sort="open_rate"]');
    await library.keyboard.press('Enter');
    expect(await library.getAttribute('th:has([data-sort="open_rate"])', 'aria-sort')).toBe('ascending');
    await library.setViewportSize({ width: 640, height: 450 });
    expect(await library.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    await library.setViewportSize({ width: 1280, height: 900 });
    await library.close();
  });

  it('the viewer of a PDF: no violation, every marked cell reachable by keyboard, readable at 200% zoom', async () => {
    const src = pages.base('www.pingtan.gov.cn', NOTICE_PDF);
    const { page: viewer } = await open(
      ext.context,
      `chrome-extension://${ext.id}/viewer.html?src=${encodeURIComponent(src)}`,
    );
    await viewer.waitForSelector('[data-nianbao-severity="error"]');
    expect(await violations(viewer)).toEqual([]);
    // The finding's first cell is a tab stop; its tooltip opens on focus, its relation by arrow keys.
    expect(await viewer.$$eval('[data-nianbao-severity][tabindex="0"]', (els) => els.length)).toBe(1);
    await viewer.focus('[data-nianbao-severity][tabindex="0"]');
    await expect
      .poll(() => viewer.evaluate(() => document.activeElement?.getAttribute('data-cell')))
      .toMatch(/^t4\.suit_after_review\./);
    expect(await viewer.getAttribute('[data-nianbao-severity][tabindex="0"]', 'aria-description')).toContain(
      '错误：表四：总计 = 维持 + 纠正 + 其他结果 + 尚未审结',
    );
    // 200% zoom of a 1280 px window: one column, the findings first, nothing wider than the window.
    await viewer.setViewportSize({ width: 640, height: 450 });
    expect(
      await viewer.evaluate(
        () => getComputedStyle(document.querySelector('.viewer')!).gridTemplateColumns.split(' ').length,
      ),
    ).toBe(1);
    expect(
      await viewer.evaluate(
        () =>
          document.querySelector('aside')!.getBoundingClientRect().top <
          document.querySelector('.document')!.getBoundingClientRect().top,
      ),
    ).toBe(true);
    expect(await viewer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    // The cell stays over its figure at the page's new size: its box inside page 5's.
    const [cell, page] = await viewer.evaluate(() =>
      ['[data-cell="t4.suit_after_review.total"]', '[data-page="5"]'].map((q) => {
        const r = document.querySelector(q)!.getBoundingClientRect();
        return [r.left, r.right, r.width];
      }),
    );
    expect(cell[0]).toBeGreaterThan(page[0] + page[2] * 0.8);
    expect(cell[1]).toBeLessThanOrEqual(page[1]);
    await viewer.screenshot({ path: 'test-results/viewer-200-percent.png' });
    await viewer.close();
  });

  it('the options page and a list’s chooser: no violation, every control labelled and reachable', async () => {
    const { page: options } = await open(ext.context, `chrome-extension://${ext.id}/options.html`);
    await options.waitForSelector('main.options');
    await options.click('[data-action="add-deadline"]');
    expect(await violations(options)).toEqual([]);
    await options.focus('input[name="delay"]');
    await options.keyboard.press('Tab');
    expect(await options.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('max-pages');
    expect(await options.$eval('input[name="max-pages"]', (e) => getComputedStyle(e).outlineStyle)).toBe('solid');
    await options.close();
    const { page } = await open(ext.context, pages.base('www.pingtan.gov.cn', LIST_PAGE));
    const { popup } = await openPopup(ext, await tabIdOf(ext, page));
    await popup.waitForSelector('.choose li input');
    expect(await violations(popup)).toEqual([]);
    await popup.focus('[data-action="choose-none"]');
    await popup.keyboard.press('Enter');
    expect(await popup.textContent('[data-action="collect"]')).toBe('收集选中的 0 份报告');
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Space');
    expect(await popup.textContent('[data-action="collect"]')).toBe('收集选中的 1 份报告');
    await Promise.all([popup.close(), page.close()]);
  });
});
