// The first, cheap stage of detection on a live page: titles and headings only, no table read.
// Cheapest first: the document's title and the head's ArticleTitle meta decide most pages; then the
// h1–h3 headings; then a bounded scan of the first elements for a *title* class or id (portals put
// the article title there). A 5 MB news page is never scanned whole.
import { looksLikeReport } from '../read/report';

/** Elements that hold a page's article title on the portals seen: headings and *title* classes. */
export const TITLE_LIKE = 'h1, h2, h3, [class*="title" i], [id*="title" i]';
const MAX_TITLE_ELEMENTS = 30;
/** Elements looked at for a *title* class or id: an article title stands early in the page. */
const SCAN_ELEMENTS = 500;
const TITLE_WORD = /title/i;

const short = (el: Element) => {
  const text = (el.textContent ?? '').trim();
  // Short texts only: a container whose class merely mentions "title" is not a heading.
  return text && text.length <= 80 ? text : null;
};

/** The head's ArticleTitle meta: the head's few children looked at, no selector (the first selector a
 * page's script world runs costs about half a millisecond). */
function articleTitle(document: Document): string {
  for (let el = document.head?.firstElementChild; el; el = el.nextElementSibling)
    if (el.localName === 'meta' && el.getAttribute('name') === 'ArticleTitle') return el.getAttribute('content') ?? '';
  return '';
}

export function pageMayBeReport(document: Document): boolean {
  const meta = articleTitle(document);
  if (looksLikeReport([meta, document.title], [])) return true;
  const headings: string[] = [];
  for (const el of document.querySelectorAll('h1, h2, h3')) {
    const text = short(el);
    if (text) headings.push(text);
    if (headings.length >= MAX_TITLE_ELEMENTS) break;
  }
  if (looksLikeReport([], headings)) return true;
  const titled: string[] = [];
  let seen = 0;
  // Depth first through the first SCAN_ELEMENTS elements of the body, in document order.
  const stack: Element[] = document.body ? [document.body] : [];
  while (stack.length > 0 && seen < SCAN_ELEMENTS && titled.length < MAX_TITLE_ELEMENTS) {
    const el = stack.pop()!;
    seen++;
    const cls = typeof el.className === 'string' ? el.className : '';
    const text = TITLE_WORD.test(cls) || TITLE_WORD.test(el.id) ? short(el) : null;
    if (text) titled.push(text);
    // Only as many children as can still be looked at (a 200,000-row table must not fill the stack).
    const kids: Element[] = [];
    for (let c = el.firstElementChild; c && kids.length < SCAN_ELEMENTS - seen; c = c.nextElementSibling) kids.push(c);
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]);
  }
  return looksLikeReport([], titled);
}
