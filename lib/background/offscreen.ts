// Chromium's offscreen document, where the background's files are read (lib/inputs/offscreen.ts says why):
// opened when a file is to be read, closed once none has been for a while. Each ask has a time limit past
// what pdf.js is given for a file, so that a document that never answers cannot hold a re-check.
import { browser } from 'wxt/browser';
import type { OffscreenRead } from '../inputs/offscreen';
import { MAX_SECONDS } from '../inputs/pdf-pages';

const PAGE = '/offscreen.html';
const TIMEOUT_MS = (MAX_SECONDS + 30) * 1000;
/** The document is closed after this long without a file to read (its pdf.js holds tens of MB). */
const IDLE_MS = 30_000;

interface OffscreenApi {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}

/** The browser's offscreen API: Chromium's, absent elsewhere. */
const offscreenApi = (): OffscreenApi | undefined =>
  (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;

let opening: Promise<void> | null = null;
let busy = 0;
let idle: ReturnType<typeof setTimeout> | undefined;

/** Opens the document unless it is open (one at a time: asks that come together wait for the same). */
function open(api: OffscreenApi): Promise<void> {
  opening ??= api
    .createDocument({
      url: PAGE,
      reasons: ['WORKERS'],
      justification: 'Reads PDF and Word reports with pdf.js and mammoth, off the service worker',
    })
    .catch((e: unknown) => {
      // Open already (from before this worker last stopped): used as it is.
      if (!/single offscreen|already/i.test(String(e))) throw e;
    })
    .finally(() => (opening = null));
  return opening;
}

/** One file to the offscreen document, and its answer. */
export async function sendOffscreen(message: OffscreenRead): Promise<unknown> {
  const api = offscreenApi();
  if (!api) throw new Error('no offscreen documents in this browser');
  clearTimeout(idle);
  busy++;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await open(api);
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the offscreen document did not answer')), TIMEOUT_MS);
    });
    return await Promise.race([browser.runtime.sendMessage(message), late]);
  } finally {
    clearTimeout(timer);
    if (--busy === 0) idle = setTimeout(() => void api.closeDocument().catch(() => undefined), IDLE_MS);
  }
}
