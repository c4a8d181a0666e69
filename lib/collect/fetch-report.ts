// One report of a collection: fetched from its site, decoded, read and checked with the cheerio
// adapter (the background has no DOM), ready to be saved as if saved from its page.
import { analyzeReadings, isReadReport, toJson } from '../analyze';
import { readInput } from '../inputs';
import { decodePage } from '../inputs/decode';
import { inertHtml } from '../inputs/inert';
import type { SavePayload } from '../model';

/** A failure to show in the list of failures, in words the user can act on. */
export class CollectError extends Error {}

export async function fetchReport(url: string, origin: string, fetchPage: typeof fetch = fetch): Promise<SavePayload> {
  if (new URL(url).origin !== origin) throw new CollectError(`不在同一网站，未抓取 · not on ${origin}`);
  let response: Response;
  try {
    // Cookies stay out: a report is public, and the user's session on the portal is theirs.
    response = await fetchPage(url, { credentials: 'omit', redirect: 'follow' });
  } catch (e) {
    throw new CollectError(`无法连接 · network error: ${(e as Error)?.message ?? e}`);
  }
  if (!response.ok) throw new CollectError(`服务器返回 HTTP ${response.status} · the server answered HTTP ${response.status}`);
  if (response.url && new URL(response.url).origin !== origin) throw new CollectError(`跳转到其他网站，未读取 · redirected to ${new URL(response.url).origin}`);
  const text = decodePage(new Uint8Array(await response.arrayBuffer()));
  const mime = response.headers.get('content-type') ?? undefined;
  const report = analyzeReadings(readInput({ name: url, mime, text, url }));
  if (!isReadReport(report)) {
    throw new CollectError('此页面未识别为年度报告 · not recognised as an annual report');
  }
  // Saved as the page minus what runs: the reader reads it again from this when it improves.
  return { url, html: inertHtml(text), report: toJson(report, url) };
}
