// The readers of binary documents (pdf.js, mammoth, word-extractor), handed over by the host that
// has them: the command line all three (Node), an extension page pdf.js on a Web Worker and mammoth.
// The registry stays free of megabytes of modules for hosts that never read a file (the content
// script, the background), and a kind whose engine is absent says so instead of failing.
import type { PdfJsModule } from './pdf-pages';

/** A document's bytes to what the text or HTML reader takes. */
export type Converter = (bytes: Uint8Array) => Promise<string>;

export interface Engines {
  pdf?: () => Promise<PdfJsModule>;
  /** DOCX → HTML (mammoth). */
  docx?: () => Promise<Converter>;
  /** DOC (Word 97–2003) → text, its table cells separated by tabs (word-extractor). */
  doc?: () => Promise<Converter>;
}

let engines: Engines = {};

export function installEngines(more: Engines): void {
  engines = { ...engines, ...more };
}

export const engineFor = <K extends keyof Engines>(kind: K): Engines[K] => engines[kind];
