// The report's own HTML, to be saved and read again when the reader improves: the smallest part of
// the page holding the report's tables, its section headings and its title, wrapped with the page's
// title and meta so that the identity reads the same. Portal chrome, scripts and hidden tables stay out.
import { isElement } from './element';
import type { Report } from '../model';
import { domOps } from '../inputs/dom-tree';
import { isDateLine, isReportTitle } from '../read/meta';
import { TITLE_LIKE } from './probe';

const SECTION_HEAD = /^\s*[一二三四五六七八九]\s*[、.．]/;

function commonAncestor(nodes: Element[]): Element | null {
  if (nodes.length === 0) return null;
  let common: Element | null = nodes[0];
  for (const n of nodes.slice(1)) {
    while (common && !common.contains(n)) common = common.parentElement;
  }
  return common;
}

/** The first and last section headings (一、… 六、) the page shows, and the publication date line. */
function textAnchors(root: Element): Element[] {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const heads: Element[] = [];
  let date: Element | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.nodeValue ?? '';
    if (!n.parentElement) continue;
    if (SECTION_HEAD.test(text)) heads.push(n.parentElement);
    else if (!date && text.length <= 60 && isDateLine(text)) date = n.parentElement;
  }
  return [heads[0], heads[heads.length - 1], date].filter((e): e is Element => !!e);
}

export function articleElement(document: Document, report: Report<unknown>): Element {
  const body = document.body ?? document.documentElement;
  const anchors = new Set<Element>();
  for (const cell of report.cells.values()) {
    const table = isElement(cell.node) ? cell.node.closest('table') : null;
    if (table) anchors.add(table);
  }
  for (const el of textAnchors(body)) anchors.add(el);
  const title = [...document.querySelectorAll(TITLE_LIKE)].find((el) => {
    const text = (el.textContent ?? '').trim();
    return text.length <= 80 && isReportTitle(text);
  });
  if (title) anchors.add(title);
  return commonAncestor([...anchors]) ?? body;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function articleHtml(document: Document, report: Report<unknown>): string {
  const article = articleElement(document, report);
  const clone = article.cloneNode(true) as Element;
  // Same order in the clone as in the page: drop the tables the page does not show.
  const tables = [...article.querySelectorAll('table')];
  const cloned = [...clone.querySelectorAll('table')];
  tables.forEach((t, i) => domOps.hidden(t) && cloned[i].remove());
  clone.querySelectorAll('script, noscript, iframe, object, embed').forEach((el) => el.remove());
  const metas = [...document.querySelectorAll('meta[name]')]
    .filter((m) => m.getAttribute('content'))
    .map(
      (m) => `<meta name="${escapeAttr(m.getAttribute('name')!)}" content="${escapeAttr(m.getAttribute('content')!)}">`,
    );
  const body = clone.localName === 'body' || clone.localName === 'html' ? clone.innerHTML : clone.outerHTML;
  const head = `<meta charset="utf-8"><title>${escapeText(document.title)}</title>${metas.join('')}`;
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}
