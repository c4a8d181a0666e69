// The live listing page (a portal's 政府信息公开年报 column) as anchors and scripts: the reports it
// links to and the other pages of its list (lib/view/list-pages.ts decides both).
import type { ListAnchor, ListSource, ReportLink } from '../model';
import { baseOf } from '../base/address';
import { FOLLOWABLE, PAGER_SHELLS } from '../base/pager-shells';
import { pagerOf, reportLinksOf, type Pager } from '../view/list-pages';

const anchorsOf = (document: Document): ListAnchor[] =>
  [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => ({
    href: a.getAttribute('href')!,
    text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(),
    title: a.getAttribute('title') ?? '',
  }));

const baseHref = (document: Document) => document.querySelector('base[href]')?.getAttribute('href') ?? null;

/** The page's links, scripts and empty pager containers, as the list readers take them. */
export function listSourceOf(document: Document): ListSource {
  const scripts = [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '');
  const shells = [...document.querySelectorAll(PAGER_SHELLS)].filter((e) => !e.querySelector(FOLLOWABLE)).length;
  return { anchors: anchorsOf(document), scripts, shells, base: baseHref(document) };
}

/** The reports a page links to, at most MAX_LINKS of them, and how many more: what the badge counts,
 * without reading the page's scripts for its pager. pageUrl: the page's own address (links resolve
 * against it, or against its <base href>). */
export function findReportLinks(document: Document, pageUrl: string): { links: ReportLink[]; more: number } {
  return reportLinksOf(anchorsOf(document), pageUrl, baseOf(baseHref(document), pageUrl));
}

/** The reports a list page links to and the other pages of its list, for the popup. */
export function readListPage(document: Document, pageUrl: string): { links: ReportLink[]; more: number; pager: Pager } {
  const source = listSourceOf(document);
  const base = baseOf(source.base, pageUrl);
  return { ...reportLinksOf(source.anchors, pageUrl, base), pager: pagerOf(source, pageUrl, base) };
}
