// The built extension in Debian's Chromium, on real fixture pages served from 127.0.0.1 under
// their real host names: what it does to the page itself.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFixture } from '../helpers';
import {
  badgeOf,
  chipText,
  marks,
  open as openIn,
  servePages,
  startExtension,
  tabIdOf,
  type Extension,
  CHIP,
} from './harness';

let ext: Extension;
let base: (host: string, file: string) => string;
let close: () => void;

beforeAll(async () => {
  ({ base, close } = await servePages());
  ext = await startExtension();
  mkdirSync('test-results', { recursive: true });
}, 60_000);

afterAll(async () => {
  await ext?.context.close();
  close?.();
});

const open = (url: string) => openIn(ext.context, url);

describe('on a report page', () => {
  it('marks every cell of every finding, as the command line finds them (shuyang-fgj-2023)', async () => {
    const { page, errors } = await open(base('www.shuyang.gov.cn', 'shuyang-fgj-2023.html'));
    await page.waitForSelector(CHIP);
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
    await page.waitForSelector(CHIP);
    expect(await marks(page)).toEqual([
      ['13', 'T4-SUM', 'error'],
      ['2', 'T4-SUM', 'error'],
      ['4', 'T4-SUM', 'error'],
      ['0', 'T4-SUM', 'error'],
      ['18', 'T4-SUM', 'error'],
    ]);
    expect(await chipText(page)).toBe('年报透镜：1处错误');
    const outline = await page.$eval('[data-nianbao-rule]', (e) => getComputedStyle(e).outlineColor);
    expect(outline).toBe('rgb(217, 48, 37)');
    await page.close();
  });

  it('reads tables printed as paragraphs from the page text (seed 002 as a page)', async () => {
    const { page, errors } = await open(base('www.anshan.gov.cn', 'anshan-2019-text.html'));
    await page.waitForSelector(CHIP);
    expect(await chipText(page)).toBe('年报透镜：2处错误，3处提示');
    expect(await marks(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads a report filled in by script next to a clock that ticks every 100 ms', async () => {
    const { page, errors } = await open(base('www.pingtan.gov.cn', 'pingtan-2024-ticker.html'));
    await page.waitForSelector(CHIP, { timeout: 5000 });
    expect(await chipText(page)).toBe('年报透镜：未发现问题');
    type Tabs = { tabs: { sendMessage(id: number, m: object): Promise<unknown> } };
    const tabId = await tabIdOf(ext, page);
    const timing = await ext.worker.evaluate(
      (id) => (globalThis as unknown as { chrome: Tabs }).chrome.tabs.sendMessage(id, { type: 'get-timing' }),
      tabId,
    );
    // Read at load (the title names a report), once more when the article came (or once, if the
    // article came before the page was idle): the clock is never a reason.
    expect(timing).toMatchObject({ readMs: expect.any(Number), injectMs: expect.any(Number) });
    expect((timing as { reads: number }).reads).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('does not read again for a clock ticking on a report-titled page with no report', async () => {
    const { page } = await open(base('www.pingtan.gov.cn', 'pingtan-2024-clock.html'));
    await page.waitForTimeout(3000);
    type Tabs = { tabs: { sendMessage(id: number, m: object): Promise<unknown> } };
    const tabId = await tabIdOf(ext, page);
    const timing = await ext.worker.evaluate(
      (id) => (globalThis as unknown as { chrome: Tabs }).chrome.tabs.sendMessage(id, { type: 'get-timing' }),
      tabId,
    );
    expect(timing).toMatchObject({ reads: 1 });
    expect(await page.$(CHIP)).toBeNull();
    await page.close();
  });

  it('a clean report gets a calm chip and no marks (pingtan-2025)', async () => {
    const { page } = await open(base('www.pingtan.gov.cn', 'pingtan-2025.html'));
    await page.waitForSelector(CHIP);
    expect(await chipText(page)).toBe('年报透镜：未发现问题');
    expect(await marks(page)).toEqual([]);
    await page.close();
  });
});

describe('on pages that are not reports, nothing changes (a list of reports only gets its badge)', () => {
  it.each([
    ['pingtan-report-list.html', '▤10'],
    ['pingtan-gzl-work-report-2022.html', ''],
    ['pingtan-2024-hidden.html', ''],
  ])('%s', async (file, badge) => {
    const { page, errors } = await open(base('www.pingtan.gov.cn', file));
    const before = await page.content();
    await page.waitForTimeout(1500); // past the observer's settle delay
    expect(await page.$(CHIP)).toBeNull();
    expect(await marks(page)).toEqual([]);
    expect(await page.$('#nianbao-lens-style')).toBeNull();
    expect(await page.content()).toBe(before);
    expect(await badgeOf(ext, await tabIdOf(ext, page))).toBe(badge);
    expect(errors).toEqual([]);
    await page.close();
  });
});
