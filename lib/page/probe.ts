// The first, cheap stage of detection on a live page: titles and headings only, no table read.
import { looksLikeReport } from '../read/report';

/** Elements that hold a page's article title on the portals seen: headings and *title* classes. */
export const TITLE_LIKE = 'h1, h2, h3, [class*="title" i], [id*="title" i]';
const MAX_TITLE_ELEMENTS = 30;

export function probeTitles(document: Document): { titles: string[]; headings: string[] } {
  const meta = document.querySelector('meta[name="ArticleTitle"]')?.getAttribute('content') ?? '';
  const headings: string[] = [];
  for (const el of document.querySelectorAll(TITLE_LIKE)) {
    const text = (el.textContent ?? '').trim();
    // Short texts only: a container whose class merely mentions "title" is not a heading.
    if (text && text.length <= 80) headings.push(text);
    if (headings.length >= MAX_TITLE_ELEMENTS) break;
  }
  return { titles: [meta, document.title], headings };
}

export function pageMayBeReport(document: Document): boolean {
  const { titles, headings } = probeTitles(document);
  return looksLikeReport(titles, headings);
}
