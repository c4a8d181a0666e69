// A listing page (a portal's 政府信息公开年报 column) as its anchors and scripts: the reports it links
// to, and the other pages of the list: 下一页 links, numbered page links, and the page count a portal
// system writes into a script call (TRS's createPageHTML(total, current, "index", "html") gives
// index.html, index_1.html …). Pure: the live page (lib/page/links.ts) and a fetched one
// (lib/inputs/anchors.ts) hand over what they read.
import type { ListAnchor, ListSource, ReportLink } from '../model';
import { isReportTitle } from '../read/meta';
import { pageAddress, resolveLink } from '../base/address';
import { ATTACHMENT_EXTENSION } from '../base/attachment-kinds';

/** A listing page shows tens of reports; more than this many links are not offered at once. */
export const MAX_LINKS = 300;

/** The other pages of a list, and whether its pager is drawn by a script we cannot follow. */
export interface Pager {
  pages: string[];
  /** A pager that only a script fills (from an API): pages beyond this one exist but have no address. */
  scripted: boolean;
  /** How many entries the list has in all, where its script says (TRS's recordCount). */
  records?: number;
}

/** The entries of the whole list, as a portal's list script configures it (recordCount: '20'). */
const RECORDS = /\brecordCount\s*[:=]\s*["']?(\d+)/;

/** The reports the anchors link to on the page's own site, at most MAX_LINKS, and how many more. */
export function reportLinksOf(
  anchors: ListAnchor[],
  pageUrl: string,
  base: string,
): { links: ReportLink[]; more: number } {
  const here = new URL(pageUrl);
  const seen = new Set<string>([pageAddress(here.href)]);
  const links: ReportLink[] = [];
  let more = 0;
  for (const a of anchors) {
    const url = resolveLink(a.href, base);
    if (!url || url.origin !== here.origin) continue;
    const address = pageAddress(url.href);
    if (seen.has(address)) continue;
    // Portals cut long titles in the list ("…年度政府信息…") and keep the whole one in title="".
    // An entry that is the report's file names it with its extension: 2024年度…年度报告.pdf.
    const title = [a.text, a.title]
      .map((t) => t.replace(/\s+/g, ' ').trim().replace(ATTACHMENT_EXTENSION, ''))
      .find((t) => t.length <= 80 && isReportTitle(t));
    if (!title) continue;
    seen.add(address);
    if (links.length < MAX_LINKS) links.push({ url: address, title });
    else more++;
  }
  return { links, more };
}

const NEXT = /^(下一页|下页|后一页|next|›|»|>>?)$/i;
/** A page number (a year, 2024, is a filter, not a page). */
const NUMBER = /^\[?\d{1,3}\]?$/;

/** TRS: createPageHTML(countPage, currentPage, "index", "htm"), with numbers or `var` names. */
const TRS_CALL = /createPageHTML\(\s*([\w.]+)\s*,\s*([\w.]+)\s*,\s*["']([\w-]+)["']\s*,\s*["'](\w+)["']/;

/** A number written in a script, or a name given one there (`var countPage = 5`). */
function numberIn(script: string, token: string): number | null {
  if (/^\d+$/.test(token)) return Number(token);
  const name = token.replace(/[.$]/g, '\\$&');
  const m = new RegExp(`\\b${name}\\s*=\\s*["']?(\\d+)`).exec(script);
  return m ? Number(m[1]) : null;
}

/** The pages TRS's pager call names but the current one: page 1 is prefix.ext, page k prefix_(k−1).ext. */
function trsPages(scripts: string[], pageUrl: string): URL[] {
  for (const script of scripts) {
    const m = TRS_CALL.exec(script);
    if (!m) continue;
    const total = Math.min(numberIn(script, m[1]) ?? 0, 1000);
    const current = numberIn(script, m[2]) ?? 0;
    const name = (i: number) => (i === 0 ? `${m[3]}.${m[4]}` : `${m[3]}_${i}.${m[4]}`);
    return Array.from({ length: total }, (_, i) => i)
      .filter((i) => i !== current)
      .map((i) => new URL(name(i), pageUrl));
  }
  return [];
}

/** The directory of an address, to tell a sibling page of the list from any other link. */
const dirOf = (url: URL) => url.origin + url.pathname.replace(/[^/]*$/, '');

/** The list's other pages (same site, in the order found, without this one), and whether a script
 * draws a pager that has none. */
export function pagerOf(source: ListSource, pageUrl: string, base: string): Pager {
  const here = new URL(pageUrl);
  const self = pageAddress(here.href);
  const found: string[] = [];
  const add = (url: URL | null) => {
    if (!url || url.origin !== here.origin || !/^https?:$/.test(url.protocol)) return;
    const address = pageAddress(url.href);
    if (address !== self && !found.includes(address)) found.push(address);
  };
  for (const a of source.anchors) {
    const words = a.text || a.title;
    if (/^javascript:/i.test(a.href.trim())) continue;
    if (NEXT.test(words) || NEXT.test(a.title)) add(resolveLink(a.href, base));
    else if (NUMBER.test(words)) {
      // A numbered link is a page of this list when it stays in its folder (index_2.html, ?page=2).
      const url = resolveLink(a.href, base);
      if (url && dirOf(url) === dirOf(here)) add(url);
    }
  }
  trsPages(source.scripts, here.href).forEach(add);
  const records = source.scripts.map((t) => RECORDS.exec(t)?.[1]).find(Boolean);
  return {
    pages: found,
    scripted: found.length === 0 && source.shells > 0,
    ...(records ? { records: Number(records) } : {}),
  };
}
