// The text of a saved page, its paragraphs one per line, read in an extension page (DOMParser: no
// script runs, nothing loads) with the same tree walk as the live page.
import { docFromDom } from '../inputs/dom-tree';

export const textOfHtml = (html: string): string => docFromDom(new DOMParser().parseFromString(html, 'text/html')).text;
