// The first, cheap stage of detection on a live page: titles and headings only, no table read.
// Cheapest first: the document's title decides most pages, then the ArticleTitle meta; then the h1–h3
// headings; then the elements with a *title* class or id (portals put the article title there): by
// selector on a page of ordinary size, the first 200 walked on a long one. A 5 MB news page is never
// walked whole by script.
import { looksLikeReport } from '../read/report';

/** Elements that hold a page's article title on the portals seen: headings and *title* classes. */
const TITLED = '[class*="title" i], [id*="title" i]';
export const TITLE_LIKE = `h1, h2, h3, ${TITLED}`;
const MAX_TITLE_ELEMENTS = 30;
const HEADINGS = ['h1', 'h2', 'h3'];
/** Elements looked at for a *title* class or id: an article title stands early in the page (within the
 * first 26 elements of the body on every real page held; each element looked at costs its wrapper). */
const SCAN_ELEMENTS = 200;
const TITLE_WORD = /title/i;
/** A page whose HTML is at most this many bytes has all its *title* elements looked at by selector. */
const SMALL_PAGE = 200_000;

/** The size of the page's HTML as received (the navigation's decoded body); unknown (0 or none): as if long. */
const htmlBytes = (document: Document) =>
  (document.defaultView?.performance?.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined)
    ?.decodedBodySize || Infinity;

/** A heading or *title* element's words, for the probe: short texts only (a container whose class
 * merely mentions "title" is not a heading). */
const isShort = (text: string) => text.length > 0 && text.length <= 80;
const short = (el: Element) => {
  const text = (el.textContent ?? '').trim();
  return isShort(text) ? text : null;
};
/** The words of a heading kept for what the page says it is (a heading that wraps an article is cut). */
const HEADING_CHARS = 200;

/** What a page says it is: its title, its ArticleTitle meta and its first h1–h3 headings, each looked up
 * when first asked and once, for the probe and for the offer of the page's files alike. */
export class PageNames {
  #small?: boolean;
  #meta?: string;
  #headings?: string[];
  constructor(private readonly document: Document) {}

  get title(): string {
    return this.document.title;
  }

  /** The page's HTML is of ordinary size (at most SMALL_PAGE bytes). */
  get small(): boolean {
    return (this.#small ??= htmlBytes(this.document) <= SMALL_PAGE);
  }

  /** On a page of ordinary size looked for from the document, so that no element is touched where none is
   * found (the first element a script world touches sets up its DOM bindings, 0.5 ms, which a page that is
   * no report then never pays); on a long page in the head alone (in the whole document it took 0.4 ms on a
   * page that has none, and the walk that follows touches elements anyway). */
  get meta(): string {
    return (this.#meta ??=
      (this.small ? this.document : this.document.head)
        ?.querySelector('meta[name="ArticleTitle"]')
        ?.getAttribute('content') ?? '');
  }

  /** The first MAX_TITLE_ELEMENTS non-empty h1, then h2, then h3. One tag at a time: a single tag is the
   * selector engine's fast path (0.4–0.7 ms on a page of 27,000 elements with no heading, where the list
   * 'h1, h2, h3' takes 0.8–1.6). */
  get headings(): string[] {
    if (this.#headings) return this.#headings;
    const out: string[] = [];
    for (const tag of HEADINGS) {
      for (const el of this.document.querySelectorAll(tag)) {
        if (out.length >= MAX_TITLE_ELEMENTS) break;
        const text = (el.textContent ?? '').trim();
        if (text) out.push(text.slice(0, HEADING_CHARS));
      }
    }
    return (this.#headings = out);
  }
}

export function pageMayBeReport(document: Document, names = new PageNames(document)): boolean {
  // The title first: it decides a report page without touching an element (the first element a script
  // world touches sets up its DOM bindings, most of a millisecond, which every page past this line pays
  // anyway). Then the ArticleTitle meta, then the headings.
  if (looksLikeReport([names.title], [])) return true;
  if (looksLikeReport([names.meta], [])) return true;
  const headings = names.headings.filter(isShort);
  if (looksLikeReport([], headings)) return true;
  const titled: string[] = [];
  if (names.small) {
    // A page of ordinary size: its *title* elements by one selector from the document (not its body, whose
    // wrapper would be the first element touched), only the matches touched (walking 200 elements touches as
    // many kinds of element, each kind's wrapper set up the first time: 0.8 ms on a real list page where this
    // takes 0.2). All of them, not only the first 200: more chances to say maybe, which the reader settles.
    for (const el of document.querySelectorAll(TITLED)) {
      const text = short(el);
      if (text) titled.push(text);
      if (titled.length >= MAX_TITLE_ELEMENTS) break;
    }
    return looksLikeReport([], titled);
  }
  // A long page: the first SCAN_ELEMENTS elements of the body in document order, walked without a stack.
  const body = document.body;
  if (!body) return false;
  let seen = 0;
  for (let el: Element | null = body; el && seen < SCAN_ELEMENTS && titled.length < MAX_TITLE_ELEMENTS; seen++) {
    const cls = el.getAttribute('class');
    const text = (cls && TITLE_WORD.test(cls)) || TITLE_WORD.test(el.id) ? short(el) : null;
    if (text) titled.push(text);
    el = nextInOrder(el, body);
  }
  return looksLikeReport([], titled);
}

/** The element after `el` in document order within `root`: its first child, or the next sibling of it or
 * of its nearest ancestor that has one. */
function nextInOrder(el: Element, root: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  for (let at: Element | null = el; at && at !== root; at = at.parentElement)
    if (at.nextElementSibling) return at.nextElementSibling;
  return null;
}
