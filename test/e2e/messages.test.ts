// No web page may drive the extension: a report page that posts the extension's own messages by
// every route a page has (window.postMessage, DOM events, chrome.runtime.sendMessage with the
// extension's id) saves nothing, clears nothing and starts no collection. The same messages from
// an extension page do act, so the test can tell the difference.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LIST_PAGE,
  marks,
  open,
  openPopup,
  servePages,
  startExtension,
  tabIdOf,
  type Extension,
  CHIP,
  sendFrom,
} from './harness';

let ext: Extension;
let pages: Awaited<ReturnType<typeof servePages>>;

beforeAll(async () => {
  pages = await servePages();
  ext = await startExtension({ userDataDir: mkdtempSync(join(tmpdir(), 'nianbao-messages-')) });
}, 60_000);

afterAll(async () => {
  await ext?.context.close();
  pages?.close();
});

/** Reports and collections in the library, counted by the background itself. */
const library = () =>
  ext.worker.evaluate(
    () =>
      new Promise<{ reports: number; jobs: number }>((resolve, reject) => {
        const req = indexedDB.open('nianbao-lens');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction(['reports', 'jobs']);
          const reports = tx.objectStore('reports').count();
          const jobs = tx.objectStore('jobs').count();
          tx.oncomplete = () => (req.result.close(), resolve({ reports: reports.result, jobs: jobs.result }));
        };
      }),
  );

describe('a web page posting the extension its own messages', () => {
  it('saves nothing, clears nothing and starts no collection', async () => {
    const { page } = await open(ext.context, pages.base('www.pingtan.gov.cn', 'pingtan-2024-t4-changed.html'));
    await page.waitForSelector(CHIP);
    const tabId = await tabIdOf(ext, page);
    const marked = (await marks(page)).length;
    expect(marked).toBeGreaterThan(0);
    const list = pages.base('www.pingtan.gov.cn', LIST_PAGE);
    const messages = [
      { type: 'save-tab', tabId, update: false, tell: true },
      { type: 'clear' },
      { type: 'collect-start', source: list, title: '年报', links: [{ url: list, title: '2024年年度报告' }] },
      { type: 'library-import', text: '{"format":"nianbao-lens-backup","version":4,"reports":[]}' },
      { type: 'library-delete', id: 1 },
    ];
    const tried = await page.evaluate(
      async ({ messages, id }) => {
        const routes: string[] = [];
        for (const m of messages) {
          window.postMessage(m, '*');
          window.postMessage(JSON.stringify(m), '*');
          document.dispatchEvent(new CustomEvent(m.type, { detail: m }));
        }
        type Send = (id: string, m: object) => Promise<unknown>;
        const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: Send } } }).chrome?.runtime;
        if (runtime?.sendMessage) {
          for (const m of messages) {
            try {
              await runtime.sendMessage(id, m);
              routes.push('sendMessage answered');
            } catch {
              routes.push('sendMessage refused');
            }
          }
        } else routes.push('no chrome.runtime');
        return routes;
      },
      { messages, id: ext.id },
    );
    expect(tried.every((r) => r !== 'sendMessage answered')).toBe(true);
    await page.waitForTimeout(1500);
    expect((await marks(page)).length).toBe(marked);
    expect(await page.$(CHIP)).not.toBeNull();
    expect(await library()).toEqual({ reports: 0, jobs: 0 });

    // The same save from an extension page does save: what the page tried would have been seen.
    const { popup } = await openPopup(ext, tabId);
    const outcome = (await sendFrom(popup, messages[0])) as { status: string };
    expect(outcome.status).toBe('saved');
    expect(await library()).toEqual({ reports: 1, jobs: 0 });
  });
});
