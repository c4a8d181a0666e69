// The reports a listing page links to (a portal's 政府信息公开年报 column): links on the same site
// whose text, or title when the text is cut short, names an annual report (or its file, .pdf).
import type { ReportLink } from '../model';
import { isReportTitle } from '../read/meta';
import { baseOf, pageAddress } from '../base/address';
import { ATTACHMENT_EXTENSION } from '../base/attachment-kinds';

/** A listing page shows tens of reports; more than this many links are not offered at once. */
export const MAX_LINKS = 300;

/** The reports a page links to, at most MAX_LINKS of them. */
export const reportLinks = (document: Document, pageUrl: string): ReportLink[] =>
  findReportLinks(document, pageUrl).links;

/** pageUrl: the page's own address (links resolve against it, or against its <base href>). `more`:
 * how many further report links the page has beyond MAX_LINKS, so that the popup can say so. */
export function findReportLinks(document: Document, pageUrl: string): { links: ReportLink[]; more: number } {
  const here = new URL(pageUrl);
  const base = baseOf(document.querySelector('base[href]')?.getAttribute('href'), here.href);
  const seen = new Set<string>([pageAddress(here.href)]);
  const links: ReportLink[] = [];
  let more = 0;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    let url: URL;
    try {
      url = new URL(a.getAttribute('href')!, base);
    } catch {
      continue;
    }
    if (url.origin !== here.origin) continue;
    const address = pageAddress(url.href);
    if (seen.has(address)) continue;
    // Portals cut long titles in the list ("…年度政府信息…") and keep the whole one in title="".
    // An entry that is the report's file names it with its extension: 2024年度…年度报告.pdf.
    const title = [a.textContent ?? '', a.getAttribute('title') ?? '']
      .map((t) => t.replace(/\s+/g, ' ').trim().replace(ATTACHMENT_EXTENSION, ''))
      .find((t) => t.length <= 80 && isReportTitle(t));
    if (!title) continue;
    seen.add(address);
    if (links.length < MAX_LINKS) links.push({ url: address, title });
    else more++;
  }
  return { links, more };
}
