// DOM adapter: a live document → SourceDoc, for the content script. Uses layout where the
// browser has it, so tables the page hides (display none, zero size) are left out.
import type { SourceDoc } from '../model';
import { buildSourceDoc, headOf, type NodeOps } from './tree';
import { hiddenByMarkup } from './style';

const ELEMENT = 1;
const TEXT = 3;

export const domOps: NodeOps<Node> = {
  kind: (n) => (n.nodeType === ELEMENT ? 'element' : n.nodeType === TEXT ? 'text' : 'other'),
  tag: (n) => (n as Element).localName,
  attr: (n, name) => (n as Element).getAttribute(name) ?? undefined,
  children: (n) => n.childNodes,
  data: (n) => n.nodeValue ?? '',
  hidden: (n) => {
    const el = n as HTMLElement;
    if (hiddenByMarkup(el.hasAttribute('hidden'), el.getAttribute('style') ?? undefined)) return true;
    // Only tables are worth a layout query; checking every element would cost a reflow-free but
    // needless call per node on large pages.
    if (el.localName !== 'table' || typeof el.getClientRects !== 'function') return false;
    const view = el.ownerDocument.defaultView;
    if (view && view.getComputedStyle(el).display === 'none') return true;
    return el.getClientRects().length > 0 && el.offsetWidth === 0 && el.offsetHeight === 0;
  },
};

export function docFromDom(document: Document): SourceDoc<Node> {
  const metas = [...document.querySelectorAll('meta[name]')].map(
    (el) => [el.getAttribute('name'), el.getAttribute('content')] as [string | null, string | null],
  );
  const { meta, titles } = headOf(metas, document.title);
  return {
    ...buildSourceDoc(domOps, document.documentElement, { titles, meta }),
    url: document.location?.href ?? undefined,
  };
}
