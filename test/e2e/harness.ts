// What the end-to-end tests share: the fixture pages (and variants) served from 127.0.0.1, the
// built extension in Debian's Chromium, and ways to reach its service worker, tabs and popup.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import type { BrowserContext, Page } from 'playwright-core';
import { tabIdOf, type Extension } from '../../tools/browser';
import { serveDir } from '../../tools/serve';
import { COPY_2026, fixture, fixturePath, seedText, withCell } from '../helpers';

export { startExtension, tabIdOf, type Extension } from '../../tools/browser';

// The extension's APIs as the service worker sees them (evaluated there, not here).
declare const chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } };

/** Text that would run if anything put page text into HTML: it sets window.__pwned. */
export const HOSTILE_LABEL = '<img src=x onerror="window.__pwned=1">其他文件';

/** A label that a spreadsheet would evaluate, were it not neutralised. */
export const FORMULA_LABEL = '=HYPERLINK("http://evil.example","点击查看")';

/** A real report page turned hostile: markup in a table 2 label and in the text, and a huge table. */
function hostilePage(): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const rule = '<tr><td valign="center"><p>行政规范性文件</p></td>';
  const page = fixture('pingtan-2024.html')
    .replace(
      rule,
      `<tr><td><p>${esc(HOSTILE_LABEL)}</p></td><td><p>1</p></td><td><p>0</p></td><td><p>1</p></td></tr>${rule}`,
    )
    .replace('一、总体情况', `一、总体情况 即时比分${esc('<script>window.__pwned=1</script>')}`);
  const rows = Array.from(
    { length: 20000 },
    (_, i) => `<tr><td>${esc(`<b onmouseover="window.__pwned=1">第${i}行</b>`)}</td>${'<td>1</td>'.repeat(9)}</tr>`,
  ).join('');
  return page.replace('</body>', `<table>${rows}</table></body>`);
}

/** The reports of pingtan's listing page that are among the fixtures, by year. */
export const LISTED: Record<number, string> = {
  2025: 'pingtan-2025.html',
  2024: 'pingtan-2024.html',
  2021: 'pingtan-2021.html',
  2019: 'pingtan-2019.html',
};
/** The listed year whose link the local copy leaves pointing at nothing. */
export const BROKEN_YEAR = 2023;
export const LIST_PAGE = 'zfxxgknb/index.html';

/** The real listing page with its links to reports we have pointed at them, the 2023 link left as
 * published (so broken here), and the years we have no page for taken out. */
function listingPage(): string {
  const $ = cheerio.load(fixture('pingtan-report-list.html'));
  $('a[href^="./"]').each((_, a) => {
    const year = Number(/(\d{4})年度/.exec($(a).attr('title') ?? '')?.[1]);
    if (LISTED[year]) $(a).attr('href', `/${LISTED[year]}`);
    else if (year !== BROKEN_YEAR) $(a).closest('dl').remove();
  });
  return $.html();
}

/** Cells of pingtan-2021 changed to give 23 findings (20 errors, 1 warning, 2 notes). */
export const MANY_CHANGES: [string, string][] = [
  ['t3.granted.natural', '50'],
  ['t3.partial.commercial', '3'],
  ['t3.withheld.internal.research', '9'],
  ['t3.unable.not_held.nonprofit', '8'],
  ['t4.review.total', '9'],
  ['t4.suit_direct.upheld', '7'],
  ['t3.carried_forward.natural', '5'],
  ['t2.normative.in_force', '若干'],
  ['t3.declined.duplicate.legal', '2'],
  ['t3.new.other_org', '4'],
  ['t3.withheld.state_secret.natural', '1'],
  ['t3.unable.unclear.commercial', '2'],
  ['t4.suit_after_review.pending', '3'],
  ['t3.declined.petition.research', ''],
  ['t3.other.no_fee.natural', '2'],
  ['t3.declined.excessive.nonprofit', '1'],
  ['t2.regulations.issued', '-1'],
];

/** Where the notice of pingtan-2024 links its report as a PDF, and as a DOCX. */
export const NOTICE_PDF = 'zfxxgknb/P020250310_97791.pdf';
export const NOTICE_DOCX = 'zfxxgknb/P020250310_97791.docx';
/** Where notices link their report as a .doc that is none: RTF (one figure changed), a saved page (MHTML),
 * Word 2003 XML. */
export const NOTICE_RTF = 'zfxxgknb/P020250310_97792.doc';
export const NOTICE_MHT = 'zfxxgknb/P020250310_97793.doc';
export const NOTICE_WORDML = 'zfxxgknb/P020250310_97794.doc';
/** Where the real gaj notice links its report (a .doc), here a stand-in made from pingtan-2013. */
export const GAJ_DOC = 'ptwzq/ewebeditor/uploadfile/2018/01/24/20180124162728231.doc';

/** pingtan-2024's real page as a notice whose report is only an attachment: its article replaced by
 * the link a portal shows (附件：….pdf). */
function noticePage(file: string, text: string): string {
  const $ = cheerio.load(fixture('pingtan-2024.html'));
  $('.TRS_Editor').html(`<p>附件：<a href="/${file}">${text}</a></p>`);
  return $.html();
}

/** The fixtures, and the variants the tests need, in a temporary directory. */
export function preparePages(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-pages-'));
  cpSync(fixturePath('.'), dir, { recursive: true });
  // pingtan's 2025 report as a 2026 one with every number one more: last year's text, for REUSE.
  writeFileSync(join(dir, 'pingtan-2026-copy.html'), COPY_2026());
  // A real page with one number changed: one T4-SUM error.
  writeFileSync(
    join(dir, 'pingtan-2024-t4-changed.html'),
    withCell(fixture('pingtan-2024.html'), 't4.suit_after_review.total', '18'),
  );
  // Seed 002 with its tables as paragraphs, as a portal shows a pasted Word document.
  const paragraphs = seedText('002_e67d0018f5985882')
    .split('\n')
    .map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('');
  writeFileSync(
    join(dir, 'anshan-2019-text.html'),
    `<html><head><meta charset="utf-8"><title>鞍山市政府2019年度政府信息公开工作报告</title></head><body>${paragraphs}</body></html>`,
  );
  // A report filled in by script next to a clock that ticks every 100 ms: the page never settles.
  const article = fixture('pingtan-2024.html').match(/<body[^>]*>([\s\S]*)<\/body>/i)![1];
  writeFileSync(
    join(dir, 'pingtan-2024-ticker.html'),
    `<html><head><meta charset="utf-8"><title>平潭综合实验区2024年度政府信息公开工作年度报告</title></head>` +
      `<body><span id="clock">0</span><div id="article"></div><template id="report">${article}</template>` +
      `<script>let n = 0; setInterval(() => { document.getElementById('clock').textContent = String(++n); }, 100);` +
      `setTimeout(() => document.getElementById('article').append(document.getElementById('report').content), 600);` +
      `</script></body></html>`,
  );
  // pingtan-2021 with seventeen figures changed: 23 findings, for a popup with a long list.
  writeFileSync(
    join(dir, 'pingtan-2021-many.html'),
    MANY_CHANGES.reduce((html, [id, v]) => withCell(html, id, v), fixture('pingtan-2021.html')),
  );
  // A page whose title names a report, with no report on it, and a clock ticking every 100 ms.
  writeFileSync(
    join(dir, 'pingtan-2024-clock.html'),
    '<html><head><meta charset="utf-8"><title>平潭综合实验区2024年度政府信息公开工作年度报告</title></head>' +
      '<body><p>页面正在维护。</p><span id="clock">0</span><script>let n = 0; setInterval(() => {' +
      " document.getElementById('clock').textContent = String(++n); }, 100);</script></body></html>",
  );
  // A page whose tables its own style hides.
  writeFileSync(
    join(dir, 'pingtan-2024-hidden.html'),
    fixture('pingtan-2024.html').replace('</head>', '<style>table { display: none }</style></head>'),
  );
  writeFileSync(join(dir, 'hostile.html'), hostilePage());
  // A report page that takes the extension's old element names for itself and tries to rewrite
  // whatever the extension shows: pingtan-2024 with one error.
  const takeover =
    '<script>' +
    "for (const name of ['nianbao-lens-chip', 'nianbao-lens-tip'])" +
    ' customElements.define(name, class extends HTMLElement ' +
    "{ constructor() { super(); this.attachShadow({ mode: 'open' }).textContent = '年报透镜：未发现问题'; } });" +
    'new MutationObserver(() => { for (const el of document.querySelectorAll("[data-nianbao-lens]")) {' +
    ' window.__seen = (window.__seen || 0) + 1; if (el.shadowRoot) { window.__reached = true;' +
    ' el.shadowRoot.textContent = "年报透镜：未发现问题"; } } }).observe(document.documentElement,' +
    ' { childList: true, subtree: true });</script>';
  writeFileSync(
    join(dir, 'pingtan-2024-takeover.html'),
    withCell(fixture('pingtan-2024.html'), 't4.suit_after_review.total', '18').replace('<head>', `<head>${takeover}`),
  );
  // pingtan-2021 with a table 2 row of its own whose label a spreadsheet would run as a formula.
  const row = '<tr><td width="169" valign="center"><p align="justify"><span>行政规范性文件</span>';
  mkdirSync(join(dir, 'zfxxgknb'));
  writeFileSync(join(dir, LIST_PAGE), listingPage());
  // Notices whose report is an attachment: pingtan-2024 with one figure changed, as a PDF and a DOCX.
  const attachments = fileURLToPath(new URL('../fixtures/attachments/', import.meta.url));
  cpSync(join(attachments, 'pingtan-2024-t4-changed.chromium.pdf'), join(dir, NOTICE_PDF));
  cpSync(join(attachments, 'pingtan-2024-t4-changed.office.docx'), join(dir, NOTICE_DOCX));
  const title = '平潭综合实验区2024年度政府信息公开工作年度报告';
  writeFileSync(join(dir, 'pingtan-2024-notice-pdf.html'), noticePage(NOTICE_PDF, `${title}.pdf`));
  writeFileSync(join(dir, 'pingtan-2024-notice-docx.html'), noticePage(NOTICE_DOCX, `${title}.docx`));
  cpSync(join(attachments, 'pingtan-2024-t4-changed.rtf.doc'), join(dir, NOTICE_RTF));
  cpSync(join(attachments, 'pingtan-2024.mhtml.doc'), join(dir, NOTICE_MHT));
  cpSync(join(attachments, 'pingtan-2024.wordml.doc'), join(dir, NOTICE_WORDML));
  writeFileSync(join(dir, 'pingtan-2024-notice-rtf.html'), noticePage(NOTICE_RTF, `${title}.doc`));
  writeFileSync(join(dir, 'pingtan-2024-notice-mht.html'), noticePage(NOTICE_MHT, `${title}.doc`));
  mkdirSync(join(dir, GAJ_DOC, '..'), { recursive: true });
  cpSync(join(attachments, 'pingtan-2013.office.doc'), join(dir, GAJ_DOC));
  writeFileSync(
    join(dir, 'pingtan-2021-formula.html'),
    fixture('pingtan-2021.html').replace(
      row,
      `<tr><td><p>${FORMULA_LABEL}</p></td><td><p>2</p></td><td><p>0</p></td><td><p>2</p></td></tr>${row}`,
    ),
  );
  return dir;
}

export async function servePages(): Promise<{
  dir: string;
  base: (host: string, file: string) => string;
  close: () => void;
}> {
  const dir = preparePages();
  const { server, port } = await serveDir(dir);
  return { dir, base: (host, file) => `http://${host}:${port}/${file}`, close: () => server.close() };
}

/** A page with its console errors collected (the pages' own missing images are theirs, not ours). */
export async function open(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on(
    'console',
    (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()),
  );
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  return { page, errors };
}

export const badgeOf = (ext: Extension, tabId: number) =>
  ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

/** The popup, opened as a page that speaks for the given tab. */
export async function openPopup(ext: Extension, tabId: number): Promise<{ popup: Page; errors: string[] }> {
  const { page, errors } = await open(ext.context, `chrome-extension://${ext.id}/popup.html?tab=${tabId}`);
  await page.setViewportSize({ width: 400, height: 600 });
  await page.waitForSelector('main.popup:not([aria-busy])');
  return { popup: page, errors };
}

/** A page opened, read, and saved as the popup's button saves it (a message to the background from an
 * extension page); the page and popup closed after. */
export async function saveFromPopup(ext: Extension, url: string): Promise<void> {
  const { page } = await open(ext.context, url);
  await page.waitForSelector(CHIP);
  const { popup } = await openPopup(ext, await tabIdOf(ext, page));
  await popup.click('.save button.primary');
  await popup.waitForSelector('.save .ok');
  await popup.close();
  await page.close();
}

/** The library page at a desktop size, its list drawn and its counts final. */
export async function openLibraryPage(ext: Extension): Promise<Page> {
  const { page } = await open(ext.context, `chrome-extension://${ext.id}/library.html`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.waitForSelector('table.reports[aria-busy="false"]');
  return page;
}

/** What a click on an export button downloads. */
export async function exportFile(page: Page, action: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-action="${action}"]`)]);
  return readFileSync((await file.path())!);
}

/** The extension's own elements on a page (a <div> with a closed shadow root). */
export const CHIP = '[data-nianbao-lens="chip"]';
export const TIP = '[data-nianbao-lens="tip"]';

interface CdpNode {
  nodeId: number;
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}
type Cdp = Awaited<ReturnType<BrowserContext['newCDPSession']>>;

/** The first element matching `inner` (a tag name or a .class) in the closed shadow root of the
 * extension's element `name`, found through DevTools (which sees closed roots; a page cannot). */
async function shadowNode(cdp: Cdp, name: 'chip' | 'tip', inner: string): Promise<CdpNode | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const attr = (n: CdpNode, key: string) => {
    const a = n.attributes ?? [];
    for (let i = 0; i < a.length; i += 2) if (a[i] === key) return a[i + 1];
    return undefined;
  };
  const find = (n: CdpNode, test: (n: CdpNode) => boolean): CdpNode | undefined => {
    if (test(n)) return n;
    for (const k of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
      const hit = find(k, test);
      if (hit) return hit;
    }
    return undefined;
  };
  const host = find(root, (n) => attr(n, 'data-nianbao-lens') === name);
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) return null;
  const matches = inner.startsWith('.')
    ? (n: CdpNode) => (attr(n, 'class') ?? '').split(' ').includes(inner.slice(1))
    : (n: CdpNode) => n.localName === inner;
  return find(shadow, matches) ?? null;
}

/** The text of that element. */
export async function shadowText(page: Page, name: 'chip' | 'tip', inner: string): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const target = await shadowNode(cdp, name, inner);
    const text = (n: CdpNode): string =>
      n.nodeType === 3 ? (n.nodeValue ?? '') : n.localName === 'style' ? '' : (n.children ?? []).map(text).join('');
    return target ? text(target) : null;
  } finally {
    await cdp.detach();
  }
}

/** A real click (a trusted event) on that element, at its centre. */
export async function clickInShadow(page: Page, name: 'chip' | 'tip', inner: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const target = await shadowNode(cdp, name, inner);
    if (!target) throw new Error(`no ${inner} in the ${name}`);
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: target.nodeId })) as {
      model: { content: number[] };
    };
    const [x1, y1, , , x3, y3] = model.content;
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}

export const chipText = (page: Page) => shadowText(page, 'chip', 'span');

/** A message to the background, sent from an extension page as the popup sends it. */
export const sendFrom = (page: Page, message: object) =>
  page.evaluate(
    (m) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(m),
    message,
  );

export const marks = (page: Page) =>
  page.$$eval('[data-nianbao-rule]', (els) =>
    els.map((e) => [
      e.textContent?.trim(),
      e.getAttribute('data-nianbao-rule'),
      e.getAttribute('data-nianbao-severity'),
    ]),
  );

/** Stops the extension's service worker, as the browser does when it idles; the next event starts it
 * again from scratch. Marks its global first, so the caller can tell the restarted one apart. */
export async function stopWorker(ext: Extension, page: Page): Promise<void> {
  await ext.worker.evaluate(() => ((globalThis as Record<string, unknown>).__beforeStop = true));
  const cdp = await ext.context.newCDPSession(page);
  const versions = new Set<string>();
  cdp.on('ServiceWorker.workerVersionUpdated', (e) =>
    e.versions.forEach((v) => v.scriptURL.startsWith(`chrome-extension://${ext.id}/`) && versions.add(v.versionId)),
  );
  await cdp.send('ServiceWorker.enable');
  await page.waitForTimeout(300);
  for (const versionId of versions) await cdp.send('ServiceWorker.stopWorker', { versionId });
  await cdp.detach();
}

/** Whether the service worker running now is a new one since stopWorker. */
export const workerRestarted = (ext: Extension) =>
  ext.worker.evaluate(() => !(globalThis as Record<string, unknown>).__beforeStop);
