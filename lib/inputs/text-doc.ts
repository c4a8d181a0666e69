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
  // A text rendering usually opens with the report's title; headings are its short lines.
  const headings = lines.filter((l) => l.length <= 60).slice(0, 5);
  return { titles: lines.slice(0, 1), headings, meta: {}, text: normal, tables: flatTables(normal) };
}
