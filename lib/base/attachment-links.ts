// Which of a page's links are the files its report is published in: a notice whose report is an
// attachment (PDF, Word, OFD), or a report page that adds a 全真版 PDF. By the extension of the link's
// address or of its words, or (for download addresses that say nothing) by the words around it:
// 附件, 下载, 全文. Pure: the content script hands over the live page's links, the collector a fetched
// page's (lib/inputs/anchors.ts).
import type { Attachment, AttachmentKind } from '../model';
import { pageAddress, resolveLink } from './address';
import { ATTACHMENT_KINDS, kindOfName } from './attachment-kinds';

/** A link as the page shows it: its href as written, its words, and the words around it. */
export interface Anchor {
  href: string;
  text: string;
  around: string;
}

/** Words that name a disclosure report, looser than a report's title: notices say 工作情况 or 公报. */
const DISCLOSURE = /(?:政府信息|政务|信息)公开/;
const REPORTISH = /(?:年度报告|年报|报告|公报|工作情况)/;
const YEAR = /(?:19|20)\d{2}\s*年/;

export const namesDisclosure = (text: string): boolean =>
  DISCLOSURE.test(text) && REPORTISH.test(text) && YEAR.test(text);

/** Words near a link that say it is the report's file, for addresses that do not say it themselves. */
const FILE_WORDS = /附件|下载|全文|全真版|年度报告/;
const DOWNLOAD = /download|attach|file|fj|upload/i;
/** A page offers a handful of files; more are not a report's attachments. */
const MAX_ATTACHMENTS = 20;

/**
 * The files among a page's links, best first (PDF, then Word, then others). None on a page whose
 * names (title, ArticleTitle, headings) name no disclosure report. `base`: what relative links
 * resolve against (the page's address, or its <base href>).
 */
export function pickAttachments(
  names: string,
  anchors: Iterable<Anchor>,
  pageUrl: string,
  base = pageUrl,
): Attachment[] {
  if (!namesDisclosure(names)) return [];
  const seen = new Set<string>([pageAddress(pageUrl)]);
  const out: Attachment[] = [];
  for (const a of anchors) {
    const url = resolveLink(a.href, base);
    if (!url) continue;
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    const text = a.text.replace(/\s+/g, ' ').trim();
    const kind: AttachmentKind | null = kindOfName(url.pathname) ?? kindOfName(text);
    // A download address that names no type: the words of the link or around it say it is the file.
    if (!kind && !(FILE_WORDS.test(`${text} ${a.around}`.slice(0, 200)) && DOWNLOAD.test(url.pathname + url.search))) {
      continue;
    }
    const address = pageAddress(url.href);
    if (seen.has(address)) continue;
    seen.add(address);
    out.push({ url: address, kind, text: text.slice(0, 120) });
    if (out.length >= MAX_ATTACHMENTS) break;
  }
  const rank = (k: AttachmentKind | null) => (k ? ATTACHMENT_KINDS.indexOf(k) : ATTACHMENT_KINDS.length);
  return out.sort((x, y) => rank(x.kind) - rank(y.kind));
}
