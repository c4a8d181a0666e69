// The files the live page offers its report in (lib/base/attachment-links.ts decides which): its
// names and links read from the DOM. The links come lazily: pickAttachments walks them only when the
// names say the page is about a disclosure report, so a 5 MB news page costs one title test.
import type { Attachment } from '../model';
import { baseOf } from '../base/address';
import { pickAttachments, type Anchor } from '../base/attachment-links';

/** The page's title, its ArticleTitle and its first headings: what the page says it is. */
function pageNames(document: Document): string {
  const meta = document.head?.querySelector('meta[name="ArticleTitle"]')?.getAttribute('content') ?? '';
  const heads = [...document.querySelectorAll('h1, h2, h3')].slice(0, 10).map((h) => h.textContent ?? '');
  return [document.title, meta, ...heads].join('\n');
}

function* anchors(document: Document): Generator<Anchor> {
  for (const a of document.querySelectorAll('a[href]')) {
    const text = (a.textContent ?? '').trim() || (a.getAttribute('title') ?? '');
    yield { href: a.getAttribute('href')!, text, around: (a.parentElement?.textContent ?? '').slice(0, 200) };
  }
}

export function findAttachments(document: Document, pageUrl: string): Attachment[] {
  const names = pageNames(document);
  const base = baseOf(document.querySelector('base[href]')?.getAttribute('href'), pageUrl);
  return pickAttachments(names, anchors(document), pageUrl, base);
}
