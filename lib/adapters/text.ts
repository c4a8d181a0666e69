// Plain text → SourceDoc: a .txt file or a page's visible text. No <table>s: tables in text are
// recovered from the words (flattened tables), not from markup.
import type { SourceDoc } from '../model';

export function docFromText(text: string): SourceDoc<null> {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean);
  // A text rendering usually opens with the report's title; headings are its short lines.
  const headings = lines.filter((l) => l.length <= 60).slice(0, 5);
  return { titles: lines.slice(0, 1), headings, meta: {}, text: lines.join('\n'), tables: [] };
}
