// The files a page offers its report in: a notice whose report is an attachment (PDF, Word, OFD), or
// a report page that adds a 全真版 PDF. Links to a document by the extension of their address or of
// their text, or (for download addresses that say nothing) by the words around them: 附件, 下载, 全文.
import type { Attachment, AttachmentKind } from '../model';
import { pageAddress } from '../base/address';
import { ATTACHMENT_KINDS, kindOfName } from '../base/attachment-kinds';

/** Words that name a disclosure report, looser than a report's title: notices say 工作情况 or 公报. */
const DISCLOSURE = /(?:政府信息|政务|信息)公开/;
const REPORTISH = /(?:年度报告|年报|报告|公报|工作情况)/;
const YEAR = /(?:19|20)\d{2}\s*年/;

export const namesDisclosure = (text: string): boolean =>
  DISCLOSURE.test(text) && REPORTISH.test(text) && YEAR.test(text);

/** Words near a link that say it is the report's file, for addresses that do not say it themselves. */
const FILE_WORDS = /附件|下载|全文|全真版|年度报告/;
/** A page offers a handful of files; more are not a report's attachments. */
const MAX_ATTACHMENTS = 20;

const kindOf = (url: URL, text: string): AttachmentKind | null => kindOfName(url.pathname) ?? kindOfName(text);

/** The page's title, its ArticleTitle and its first headings: what the page says it is. */
function pageNames(document: Document): string {
  const meta = document.head?.querySelector('meta[name="ArticleTitle"]')?.getAttribute('content') ?? '';
  const heads = [...document.querySelectorAll('h1, h2, h3')].slice(0, 10).map((h) => h.textContent ?? '');
  return [document.title, meta, ...heads].join('\n');
}

/** The files the page offers its report in, best first (PDF, then Word, then others). None on a page
 * whose title and headings name no disclosure report: the links of other pages (a 5 MB news page) are
 * never walked. */
export function findAttachments(document: Document, pageUrl: string): Attachment[] {
  if (!namesDisclosure(pageNames(document))) return [];
  const here = new URL(pageUrl);
  const base = new URL(document.querySelector('base[href]')?.getAttribute('href') ?? '', here).href;
  const seen = new Set<string>();
  const out: Attachment[] = [];
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    let url: URL;
    try {
      url = new URL(a.getAttribute('href')!, base);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim() || (a.getAttribute('title') ?? '').trim();
    const kind = kindOf(url, text);
    // A download address that names no type: the words of the link or around it say it is the file.
    const around = kind ? '' : `${text} ${a.parentElement?.textContent ?? ''}`.slice(0, 200);
    if (!kind && !(FILE_WORDS.test(around) && /download|attach|file|fj|upload/i.test(url.pathname + url.search))) {
      continue;
    }
    const address = pageAddress(url.href);
    if (seen.has(address) || address === pageAddress(here.href)) continue;
    seen.add(address);
    out.push({ url: address, kind, text: text.slice(0, 120) });
    if (out.length >= MAX_ATTACHMENTS) break;
  }
  const rank = (k: AttachmentKind | null) => (k ? ATTACHMENT_KINDS.indexOf(k) : ATTACHMENT_KINDS.length);
  return out.sort((x, y) => rank(x.kind) - rank(y.kind));
}
