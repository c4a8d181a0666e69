// Builds the neutral SourceDoc from any HTML tree, given a few accessors for its nodes. The DOM
// (content script) and cheerio (Node, background) adapters differ only in those accessors.
import type { SourceCell, SourceDoc, SourceRow, SourceTable } from '../model';

export interface NodeOps<N> {
  /** 'element', 'text', or anything else (comments, doctype …). */
  kind(node: N): 'element' | 'text' | 'other';
  /** Lower-case tag name of an element. */
  tag(node: N): string;
  attr(node: N, name: string): string | undefined;
  children(node: N): ArrayLike<N>;
  data(node: N): string;
  /** True when the element is not shown (display none, hidden, zero size where that is known). */
  hidden(node: N): boolean;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'select', 'textarea', 'iframe']);
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'tr',
  'td',
  'th',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'hr',
  'caption',
]);
const HEADING = /^h[1-3]$/;

/** Deeper than this, markup is not walked: no report nests this far, and a hostile page that does
 * would otherwise exhaust the stack (10,000 nested divs) or the time (100,000). */
export const MAX_DEPTH = 256;

/** Visible text of an element, nested tables and scripts left out, white space collapsed. */
export function cellText<N>(ops: NodeOps<N>, node: N): string {
  let out = '';
  const stack: { kids: ArrayLike<N>; i: number }[] = [{ kids: ops.children(node), i: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.i >= frame.kids.length) {
      stack.pop();
      continue;
    }
    const k = frame.kids[frame.i++];
    const kind = ops.kind(k);
    if (kind === 'text') out += ops.data(k);
    else if (kind === 'element') {
      const t = ops.tag(k);
      if (t === 'table' || SKIP.has(t)) continue;
      if (t === 'br' || t === 'p' || t === 'div') out += ' ';
      if (stack.length < MAX_DEPTH) stack.push({ kids: ops.children(k), i: 0 });
    }
  }
  return out.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

function spanAttr(value: string | undefined): number {
  if (value === undefined) return 1;
  const n = parseInt(value, 10);
  return Number.isNaN(n) ? 1 : n;
}

/** No report table comes near this many rows; a longer one is read only far enough to know it. */
export const MAX_TABLE_ROWS = 400;

/** The rows of one table, its own only: rows of nested tables belong to those tables. */
export function readTable<N>(ops: NodeOps<N>, table: N): SourceTable<N> {
  const rows: SourceRow<N>[] = [];
  let group = 0;
  const addRow = (tr: N) => {
    if (rows.length > MAX_TABLE_ROWS) return;
    const cells: SourceCell<N>[] = [];
    const kids = ops.children(tr);
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i];
      if (ops.kind(c) !== 'element') continue;
      const t = ops.tag(c);
      if (t !== 'td' && t !== 'th') continue;
      cells.push({
        text: cellText(ops, c),
        rowSpan: spanAttr(ops.attr(c, 'rowspan')),
        colSpan: spanAttr(ops.attr(c, 'colspan')),
        node: c,
      });
    }
    rows.push({ cells, group });
  };
  const kids = ops.children(table);
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (ops.kind(k) !== 'element') continue;
    const t = ops.tag(k);
    if (t === 'tr') addRow(k);
    else if (t === 'thead' || t === 'tbody' || t === 'tfoot') {
      group++;
      const trs = ops.children(k);
      for (let j = 0; j < trs.length; j++) {
        if (ops.kind(trs[j]) === 'element' && ops.tag(trs[j]) === 'tr') addRow(trs[j]);
      }
      group++;
    }
  }
  return { rows, node: table };
}

/** The document's head as the reader takes it: <meta name> tags by name, and the titles (the
 * article title a portal names in meta ArticleTitle, then <title>). */
export function headOf(metas: Iterable<[string | null | undefined, string | null | undefined]>, title: string) {
  const meta: Record<string, string> = {};
  for (const [name, content] of metas) if (name && content) meta[name] = content.trim();
  return { meta, titles: [meta.ArticleTitle ?? '', title.trim()] };
}

/** One walk over the document: tables (nested ones too), headings and visible text. */
export function buildSourceDoc<N>(
  ops: NodeOps<N>,
  root: N,
  head: { titles: string[]; meta: Record<string, string> },
): SourceDoc<N> {
  const tables: SourceTable<N>[] = [];
  const headings: string[] = [];
  const parts: string[] = [];
  // Iterative, with a depth limit: see MAX_DEPTH. A frame ends its element's block with a line break.
  const stack: { kids: ArrayLike<N>; i: number; block: boolean }[] = [{ kids: ops.children(root), i: 0, block: false }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.i >= frame.kids.length) {
      stack.pop();
      if (frame.block) parts.push('\n');
      continue;
    }
    const k = frame.kids[frame.i++];
    const kind = ops.kind(k);
    if (kind === 'text') {
      parts.push(ops.data(k));
      continue;
    }
    if (kind !== 'element') continue;
    const t = ops.tag(k);
    if (SKIP.has(t) || ops.hidden(k)) continue;
    if (t === 'table') {
      const table = readTable(ops, k);
      tables.push(table);
      // Far longer than any report table: neither a table nor text of the report, and walking
      // it would freeze the page (a hostile page may hold hundreds of thousands of cells).
      if (table.rows.length > MAX_TABLE_ROWS) continue;
    } else if (HEADING.test(t)) headings.push(cellText(ops, k));
    const block = BLOCK.has(t);
    if (block) parts.push('\n');
    if (stack.length < MAX_DEPTH) stack.push({ kids: ops.children(k), i: 0, block });
    else if (block) parts.push('\n');
  }
  const text = parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u3000]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  return { titles: head.titles.filter(Boolean), headings: headings.filter(Boolean), meta: head.meta, text, tables };
}
