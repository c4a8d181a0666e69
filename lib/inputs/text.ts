// Plain text: a .txt file or any file that is not markup; its tables recovered from the words.
import type { InputKind, Readings } from './kind';
import { docFromText } from './text-doc';
import { textOf } from './text-of';

export const text: InputKind = {
  id: 'text',
  accepts: () => true,
  read: (file) => {
    const { text, replaced } = textOf(file);
    return readText(text, file.url, { replaced });
  },
};

/** A text read (`replaced`: the bytes that could not be decoded into it, said in a note; `title`: the title a
 * document's properties give, before its first line's). */
export function readText(text: string, url?: string, { replaced = 0, title = null as string | null } = {}): Readings {
  const read = docFromText(text);
  const doc = title ? { ...read, titles: [title, ...read.titles] } : read;
  const notes = replaced > 0 ? [{ code: 'bad-bytes' as const, count: replaced }] : undefined;
  return { doc: url ? { ...doc, url } : doc, ...(notes ? { notes } : {}) };
}
