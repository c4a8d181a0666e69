// The files the live page offers its report in (lib/base/attachment-links.ts decides which): its
// names and links read from the DOM. The links come lazily: pickAttachments walks them only when the
// names say the page is about a disclosure report; the names are those the probe looked up (the
// content script hands them over), so a 5 MB news page costs no second look for its headings.
import type { Attachment } from '../model';
import { baseOf } from '../base/address';
import { namesDisclosure, pickAttachments, type Anchor } from '../base/attachment-links';
import { PageNames } from './probe';

/** Headings looked at for what the page says it is. */
const NAMING_HEADINGS = 10;

function* anchors(document: Document): Generator<Anchor> {
  for (const a of document.querySelectorAll('a[href]')) {
    const text = (a.textContent ?? '').trim() || (a.getAttribute('title') ?? '');
    yield { href: a.getAttribute('href')!, text, around: (a.parentElement?.textContent ?? '').slice(0, 200) };
  }
}

export function findAttachments(document: Document, pageUrl: string, names = new PageNames(document)): Attachment[] {
  const said = [names.title, names.meta, ...names.headings.slice(0, NAMING_HEADINGS)].join('\n');
  // The <base> is looked for (a walk of the whole document where there is none) only on a page that names
  // a disclosure report.
  if (!namesDisclosure(said)) return [];
  const base = baseOf(document.querySelector('base[href]')?.getAttribute('href'), pageUrl);
  return pickAttachments(said, anchors(document), pageUrl, base);
}
