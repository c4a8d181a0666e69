// Every report of a list that runs over pages: its other pages fetched one at a time (same site, the
// collector's time and size limits and polite pause, at most MAX_LIST_PAGES), each page's report
// links gathered and its own pager followed (a 下一页 chain, numbered links, TRS's page count), so that
// the popup can offer all of them to choose from.
import type { Gathered, ReportLink } from '../model';
import { baseOf, pageAddress } from '../base/address';
import { decodePage } from '../inputs/decode';
import { listSource } from '../inputs/anchors';
import { pagerOf, reportLinksOf } from '../view/list-pages';
import { fetchFile, PAGE_TYPES, problemOf, type FetchLimits } from './fetch-file';
import { POLITE_DELAY_MS } from './job';
import { sleep } from '../base/pause';

/** Pages of one list read at the most (the first included). */
export const MAX_LIST_PAGES = 50;

export interface GatherOptions {
  fetchPage?: typeof fetch;
  delayMs?: number;
  limits?: Partial<FetchLimits>;
  maxPages?: number;
}

/** `first`: the list page the user is on, its links and the other pages its pager names. */
export async function gatherList(
  first: { url: string; links: ReportLink[]; pages: string[] },
  opts: GatherOptions = {},
): Promise<Gathered> {
  const { origin } = new URL(first.url);
  const max = opts.maxPages ?? MAX_LIST_PAGES;
  const links = [...first.links];
  const seenLinks = new Set(links.map((l) => l.url));
  const queued = new Set([pageAddress(first.url)]);
  const queue: string[] = [];
  const enqueue = (url: string) => {
    const address = pageAddress(url);
    if (queued.has(address) || new URL(address).origin !== origin) return;
    queued.add(address);
    queue.push(address);
  };
  first.pages.forEach(enqueue);
  const out: Gathered = { links, pages: 1, failed: [], skipped: 0, scripted: false };
  while (queue.length) {
    const url = queue.shift()!;
    if (out.pages + out.failed.length >= max) {
      out.skipped = queue.length + 1;
      break;
    }
    await sleep(opts.delayMs ?? POLITE_DELAY_MS);
    try {
      const { bytes, mime } = await fetchFile(url, origin, opts.fetchPage, { limits: opts.limits, accept: PAGE_TYPES });
      const source = listSource(decodePage(bytes, mime));
      const base = baseOf(source.base, url);
      for (const link of reportLinksOf(source.anchors, url, base).links)
        if (!seenLinks.has(link.url)) {
          seenLinks.add(link.url);
          links.push(link);
        }
      const pager = pagerOf(source, url, base);
      pager.pages.forEach(enqueue);
      out.scripted ||= pager.scripted;
      out.pages++;
    } catch (e) {
      out.failed.push({ url, problem: problemOf(e) });
    }
  }
  return out;
}
