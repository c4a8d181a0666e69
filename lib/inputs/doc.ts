// An old Word report (.doc, Word 97–2003): its text, read by the text reader. Table cells come
// separated by tabs; a cell's own line breaks (a label wrapped in its cell) are joined, so that
// each label stays one, and the tabs become the cell marks the text reader splits on.
import { convertWord } from './engines';
import type { InputKind } from './kind';
import { readText } from './text';

const OLE = '\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1';

const SECTION = /^\s*[一二三四五六七八九]、[^\n]{6,}\n/;

/** Word's text with its table cells marked '|', each cell on one line. */
export function cellsMarked(body: string): string {
  const parts = body.replace(/\r\n?/g, '\n').split('\t');
  return parts
    .map((part, i) => {
      // Text between two tabs is one cell: its line breaks are wraps. Text before the first tab
      // of a run or after the last one also holds the paragraphs around the table: kept.
      // A part that starts on a new line follows a row's end: paragraphs between tables, kept.
      // So does a section heading (四、政府信息公开行政复议…) written right after a table's last row.
      if (SECTION.test(part)) return `\n${part}`;
      if (i === 0 || i === parts.length - 1 || /^[^\S\n]*\n/.test(part)) return part;
      const inner = part.trim();
      return inner.includes('\n') ? inner.split(/\s*\n\s*/).join('') : part.trim() === '' ? '\n' : inner;
    })
    .join(' | ');
}

export const doc: InputKind = {
  id: 'doc',
  sniffs: (head) => head.startsWith(OLE),
  accepts: (file) => /\.doc$/i.test(file.name ?? '') || /^application\/msword/i.test(file.mime ?? ''),
  read: async (file) => {
    const body = await convertWord('doc', file.bytes ?? new Uint8Array());
    return readText(cellsMarked(body), file.url);
  },
};
