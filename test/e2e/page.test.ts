// The built extension in Debian's Chromium, on real fixture pages served from 127.0.0.1 under
// their real host names.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../tools/browser';
import { serveDir } from '../../tools/serve';
import { analyzeFixture, fixture, fixturePath, seedText, withCell } from '../helpers';

let context: BrowserContext;
let base: (host: string, file: string) => string;
let close: () => void;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-pages-'));
  cpSync(fixturePath('.'), dir, { recursive: true });
  // Real pages with one number changed, and one whose tables the page's own style hides.
  writeFileSync(join(dir, 'pingtan-2024-t4-changed.html'), withCell(fixture('pingtan-2024.html'), 't4.suit_after_review.total', '18'));
  // Seed 002 with its tables as paragraphs, as a portal shows a pasted Word document.
  const seed002 = seedText('002_e67d0018f5985882');
  const paragraphs = seed002.split('\n').map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('');
  writeFileSync(join(dir, 'anshan-2019-text.html'), `<html><head><meta charset="utf-8"><title>鞍山市政府2019年度政府信息公开工作报告</title></head><body>${paragraphs}</body></html>`);
  writeFileSync(join(dir, 'pingtan-2024-hidden.html'), fixture('pingtan-2024.html').replace('</head>', '<style>table { display: none }</style></head>'));
  const { server, port } = await serveDir(dir);
  base = (host, file) => `http://${host}:${port}/${file}`;
  context = await launchWithExtension({ headless: true });
  close = () => server.close();
  mkdirSync('test-results', { recursive: true });
}, 60_000);

afterAll(async () => {
  await context?.close();
  close?.();
});

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  // The pages' own images and stylesheets are not served: those 404s are the page's, not ours.
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  return { page, errors };
}

const chipText = (page: Page) => page.evaluate(() => document.querySelector('nianbao-lens-chip')?.shadowRoot?.querySelector('span')?.textContent ?? null);
const marks = (page: Page) =>
  page.$$eval('[data-nianbao-rule]', (els) => els.map((e) => [e.textContent?.trim(), e.getAttribute('data-nianbao-rule'), e.getAttribute('data-nianbao-severity')]));

describe('on a report page', () => {
  it('marks every cell of every finding, as the command line finds them (shuyang-fgj-2023)', async () => {
    const { page, errors } = await open(base('www.shuyang.gov.cn', 'shuyang-fgj-2023.html'));
    await page.waitForSelector('nianbao-lens-chip');
    const cli = analyzeFixture('shuyang-fgj-2023.html').findings;
    const m = await marks(page);
    expect(m).toHaveLength(new Set(cli.flatMap((f) => f.cells)).size);
    expect(m.filter(([, rules, sev]) => rules === 'T3-ROW BLANK' && sev === 'warning')).toHaveLength(125);
    expect(m.filter(([, rules, sev]) => rules === 'T3-ROW' && sev === 'info')).toHaveLength(50);
    expect(await chipText(page)).toBe('年报透镜：1处提示');
    await page.evaluate(() => document.querySelectorAll('table')[1].scrollIntoView());
    await page.screenshot({ path: 'test-results/page-highlight-shuyang.png' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks the cells of an error in red and says so (pingtan-2024, one total changed)', async () => {
    const { page } = await open(base('www.pingtan.gov.cn', 'pingtan-2024-t4-changed.html'));
    await page.waitForSelector('nianbao-lens-chip');
    expect(await marks(page)).toEqual([
      ['13', 'T4-SUM', 'error'], ['2', 'T4-SUM', 'error'], ['4', 'T4-SUM', 'error'], ['0', 'T4-SUM', 'error'], ['18', 'T4-SUM', 'error'],
    ]);
    expect(await chipText(page)).toBe('年报透镜：1处错误');
    const outline = await page.$eval('[data-nianbao-rule]', (e) => getComputedStyle(e).outlineColor);
    expect(outline).toBe('rgb(217, 48, 37)');
    await page.close();
  });

  it('reads tables printed as paragraphs from the page text (seed 002 as a page)', async () => {
    const { page, errors } = await open(base('www.anshan.gov.cn', 'anshan-2019-text.html'));
    await page.waitForSelector('nianbao-lens-chip');
    expect(await chipText(page)).toBe('年报透镜：2处错误，3处提示');
    expect(await marks(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a clean report gets a calm chip and no marks (pingtan-2025)', async () => {
    const { page } = await open(base('www.pingtan.gov.cn', 'pingtan-2025.html'));
    await page.waitForSelector('nianbao-lens-chip');
    expect(await chipText(page)).toBe('年报透镜：未发现问题');
    expect(await marks(page)).toEqual([]);
    await page.close();
  });
});

describe('on pages that are not reports, nothing changes', () => {
  it.each(['pingtan-report-list.html', 'pingtan-gzl-work-report-2022.html', 'pingtan-2024-hidden.html'])('%s', async (file) => {
    const { page, errors } = await open(base('www.pingtan.gov.cn', file));
    const before = await page.content();
    await page.waitForTimeout(1500); // past the observer's settle delay
    expect(await page.$('nianbao-lens-chip')).toBeNull();
    expect(await marks(page)).toEqual([]);
    expect(await page.$('#nianbao-lens-style')).toBeNull();
    expect(await page.content()).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});
