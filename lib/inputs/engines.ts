// The readers of binary documents (pdf.js, mammoth, word-extractor), handed over by the host that
// has them: the command line all three (Node), an extension page pdf.js on a Web Worker and mammoth.
// The registry stays free of megabytes of modules for hosts that never read a file (the content
// script, the background), and a kind whose engine is absent says so instead of failing.
import { InputError } from './kind';
import type { PdfJsModule } from './pdf-pages';

/** A document's bytes to what the text or HTML reader takes. */
export type Converter = (bytes: Uint8Array) => Promise<string>;

/** Where pdf.js finds the predefined CMaps that a PDF's non-embedded Chinese fonts name (STSong-Light
 * with UniGB-UCS2-H, as iText writes them): without them it cannot decode the text at all. */
export interface PdfOptions {
  cMapUrl: string;
  cMapPacked: true;
}

export interface Engines {
  pdf?: () => Promise<PdfJsModule>;
  pdfOptions?: PdfOptions;
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

/** A Word document's bytes through its converter: `unsupported-kind` where this host has none,
 * `corrupt` where the converter cannot read them. */
export async function convertWord(kind: 'docx' | 'doc', bytes: Uint8Array): Promise<string> {
  const name = kind.toUpperCase();
  const engine = engineFor(kind);
  if (!engine) throw new InputError({ code: 'unsupported-kind', kind: name });
  const convert = await engine();
  return convert(bytes).catch(() => {
    throw new InputError({ code: 'corrupt', kind: name });
  });
}
