// Plain text → SourceDoc: a .txt file or a page's visible text. Tables in text are recovered from
// the words (flattened tables), each cell pointing at its place in the text.
import type { SourceDoc } from '../model';
import { flatTables, type TextSpan } from './flat';

export function docFromText(text: string): SourceDoc<TextSpan> {
  const normal = text.replace(/\r\n?/g, '\n');
  const lines = normal
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  // A text rendering usually opens with the report's title; headings are its short lines. A title
  // set on two lines (the body, then 2013年政府信息公开工作年度报告, as Word documents do) is one.
  const headings = lines.filter((l) => l.length <= 60).slice(0, 5);
  const split = lines.length > 1 && lines[0].length <= 20 && !/报告$/.test(lines[0]) && /报告$/.test(lines[1]);
  const titles = split ? [lines[0] + lines[1]] : lines.slice(0, 1);
  return { titles, headings, meta: {}, text: normal, tables: flatTables(normal) };
}
