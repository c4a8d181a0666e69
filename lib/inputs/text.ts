// Plain text: a .txt file or any file that is not markup; its tables recovered from the words.
import type { InputKind } from './kind';
import { docFromText } from './text-doc';
import { textOf } from './text-of';

export const text: InputKind = {
  id: 'text',
  accepts: () => true,
  read: (file) => {
    const { text, replaced } = textOf(file);
    const doc = docFromText(text);
    const notes = replaced > 0 ? [{ code: 'bad-bytes' as const, count: replaced }] : undefined;
    return { doc: file.url ? { ...doc, url: file.url } : doc, ...(notes ? { notes } : {}) };
  },
};
