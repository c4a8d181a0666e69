// The readers of binary documents (pdf.js, mammoth, word-extractor), handed over by the host that
// has them: the command line all three (Node), an extension page pdf.js on a Web Worker and mammoth,
// Chromium's background the same through its offscreen document (a PDF's pages, a DOCX's HTML).
// The registry stays free of megabytes of modules for hosts that never read a file (the content
// script), and a kind whose engine is absent says so instead of failing.
import { InputError } from './kind';
import { pdfPages, type PdfJsModule } from './pdf-pages';
import type { PdfPage } from './pdf-layout';

/** A document's bytes to what the text or HTML reader takes. */
export type Converter = (bytes: Uint8Array) => Promise<string>;

/** Where pdf.js finds the predefined CMaps that a PDF's non-embedded Chinese fonts name (STSong-Light
 * with UniGB-UCS2-H, as iText writes them): without them it cannot decode the text at all. */
export interface PdfOptions {
  cMapUrl: string;
  cMapPacked: true;
}

/** A PDF's pages as positioned text and ruling lines (what pdf.js gives the layout), and its title. */
export interface PdfRead {
  pages: PdfPage[];
  title?: string;
}

export interface Engines {
  pdf?: () => Promise<PdfJsModule>;
  /** A PDF read elsewhere (the background's offscreen document, in Chromium): its pages handed over instead
   * of pdf.js. Refusals come back as the same InputErrors. */
  pdfPages?: (bytes: Uint8Array) => Promise<PdfRead>;
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

/** A Word document's bytes through its converter (of the engines installed, or those given): `unsupported-kind`
 * where there is none, `corrupt` where the converter cannot read them. */
export async function convertWord(kind: 'docx' | 'doc', bytes: Uint8Array, from: Engines = engines): Promise<string> {
  const name = kind.toUpperCase();
  const engine = from[kind];
  if (!engine) throw new InputError({ code: 'unsupported-kind', kind: name });
  const convert = await engine();
  return convert(bytes).catch(() => {
    throw new InputError({ code: 'corrupt', kind: name });
  });
}

/** A PDF's pages through the engines installed (or those given): handed over where the host reads PDFs
 * elsewhere (`pdfPages`), else read with its pdf.js; `unsupported-kind` where it has neither. */
export async function readPdfPages(bytes: Uint8Array, from: Engines = engines): Promise<PdfRead> {
  if (from.pdfPages) return from.pdfPages(bytes);
  if (!from.pdf) throw new InputError({ code: 'unsupported-kind', kind: 'PDF' });
  return pdfPages(await from.pdf(), bytes, from.pdfOptions);
}
