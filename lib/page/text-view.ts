// A document read as text (an RTF report's text, its cells ended by '|') shown as elements: a run of lines
// with cells a table, each other line a paragraph. Each element knows where its words start in the text,
// so that the reader's cells (spans of the text) become the elements that show them, and the marks and
// tooltips of a page apply. Text only, set as textContent: nothing of the file becomes markup.
import type { TextSpan } from '../inputs/flat';
import type { CellRecord, Report } from '../model';

/** The text laid out in `into`'s document; the elements by the offset their trimmed words start at. */
export function showText(text: string, into: HTMLElement): Map<number, Element> {
  const doc = into.ownerDocument;
  const at = new Map<number, Element>();
  let table: HTMLTableSectionElement | null = null;
  const place = (el: Element, words: string, start: number) => {
    const trimmed = words.trim();
    el.textContent = trimmed;
    if (trimmed) at.set(start + words.indexOf(trimmed), el);
  };
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (!line.includes('|')) {
      table = null;
      if (!line.trim()) continue;
      const p = doc.createElement('p');
      place(p, line, start);
      into.append(p);
      continue;
    }
    if (!table) {
      const t = doc.createElement('table');
      table = doc.createElement('tbody');
      t.append(table);
      into.append(t);
    }
    const row = doc.createElement('tr');
    let from = start;
    const parts = line.split('|');
    // The words after a row's last '|' are none (or the paragraph that follows a table on its line).
    if (!parts[parts.length - 1].trim()) parts.pop();
    for (const part of parts) {
      const td = doc.createElement('td');
      place(td, part, from);
      row.append(td);
      from += part.length + 1;
    }
    table.append(row);
  }
  return at;
}

const isSpan = (node: unknown): node is TextSpan =>
  typeof node === 'object' && node !== null && typeof (node as TextSpan).start === 'number';

/** The report with each cell read from a span of the text pointing at the element that shows it. */
export function textCells(report: Report<unknown>, at: Map<number, Element>): Report<unknown> {
  const cells = new Map<string, CellRecord<unknown>>();
  for (const [id, cell] of report.cells) {
    const el = isSpan(cell.node) ? at.get(cell.node.start) : undefined;
    cells.set(id, el ? { ...cell, node: el } : cell);
  }
  return { ...report, cells };
}
