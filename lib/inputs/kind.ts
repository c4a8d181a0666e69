// What an input kind is: how it recognises its input (file name, MIME type, first bytes) and how
// it turns that input into the neutral document the reader takes. One module per kind; the
// registry (index.ts) lists them.
import type { Problem, SourceDoc } from '../model';

/** A file, a fetched response or a stored page: its bytes (or text already decoded) and what is known of it. */
export interface InputFile {
  /** File name or address: its extension is a hint of the kind. */
  name?: string;
  /** Content-Type, where a server or the file picker said it. */
  mime?: string;
  bytes?: Uint8Array;
  text?: string;
  /** Where the report was published, for the checks of its origin. */
  url?: string;
}

/** The readings of one input, best first. */
export interface Readings<N = unknown> {
  doc: SourceDoc<N>;
  /** The same document with its tables recovered from its visible text, for a page whose report
   * tables are not <table>s (paragraphs, a pasted text rendering). */
  fromText?: () => SourceDoc<unknown>;
  /** What the reader should know of the input itself (bytes that could not be decoded). */
  notes?: Problem[];
}

/** An input refused before it is read, with the reason. */
export class InputError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
  }
}

export interface InputKind {
  id: 'html' | 'pdf' | 'docx' | 'doc' | 'unread' | 'mht' | 'rtf' | 'wordml' | 'text';
  /** Do the input's first bytes (`head`: 4 kB as Latin-1) say this kind for certain, whatever its name and type say?
   * Portals name files as they please: a web page or an RTF sent as .doc, a Word 97 file as .docx. */
  sniffs?(head: string): boolean;
  /** Does this kind read the input, by its name or type? */
  accepts(file: InputFile): boolean;
  /** Markup and text are read at once; documents (PDF, Word) through an engine, later. */
  read(file: InputFile): Readings | Promise<Readings>;
}
