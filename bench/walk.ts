// The floor of reading a document: the adapter has built its tree, and every cell's text is touched once.
import type { SourceDoc } from '../lib/model';

export function walkCells(doc: SourceDoc): number {
  let chars = 0;
  for (const table of doc.tables) for (const row of table.rows) for (const cell of row.cells) chars += cell.text.length;
  return chars;
}
