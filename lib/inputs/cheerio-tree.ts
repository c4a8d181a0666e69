// cheerio adapter: HTML text → SourceDoc, for Node (command line, tests) and the background,
// where a service worker has no DOMParser.
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { SourceDoc } from '../model';
import { buildSourceDoc, headOf, type NodeOps } from './tree';
import { hiddenByMarkup } from './style';

const ops: NodeOps<AnyNode> = {
  kind: (n) =>
    n.type === 'text' ? 'text' : n.type === 'tag' || n.type === 'script' || n.type === 'style' ? 'element' : 'other',
  tag: (n) => (n as Element).name.toLowerCase(),
  attr: (n, name) => (n as Element).attribs?.[name],
  children: (n) => ('children' in n ? n.children : []),
  data: (n) => ('data' in n ? String(n.data) : ''),
  hidden: (n) => {
    const a = (n as Element).attribs;
    return a !== undefined && hiddenByMarkup('hidden' in a, a.style);
  },
};

export function docFromHtml(html: string): SourceDoc<AnyNode> {
  return docFromCheerio(cheerio.load(html));
}

/** From an already loaded document, so that callers can act on the nodes findings point at. */
export function docFromCheerio($: cheerio.CheerioAPI): SourceDoc<AnyNode> {
  const metas = $('meta[name]')
    .toArray()
    .map((el) => [$(el).attr('name'), $(el).attr('content')] as [string | undefined, string | undefined]);
  const { meta, titles } = headOf(metas, $('title').first().text());
  // A saved portal page names its own address: <meta name="Url">, og:url or the canonical link.
  const url = meta.Url ?? $('meta[property="og:url"]').attr('content') ?? $('link[rel="canonical"]').attr('href');
  return { ...buildSourceDoc(ops, $.root()[0], { titles, meta }), ...(url ? { url } : {}) };
}
