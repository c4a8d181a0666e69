// Documents read on another page of the extension: Chromium's background is a service worker, and
// bundling pdf.js and mammoth into it cost 60 of the 100 ms of every wake (parsing 2 MB of script,
// measured), so there it hands a file's bytes to an offscreen document, which reads them with the
// extension pages' engines and answers with what the reader takes: a PDF's pages, a DOCX's HTML, a DOC's text.
// Both sides of that exchange, as messages; the browser's calls are the caller's.
import type { Problem } from '../model';
import { fromBase64, toBase64 } from '../base/base64';
import { convertWord, readPdfPages, type Engines, type PdfRead } from './engines';
import { InputError } from './kind';

export const OFFSCREEN_READ = 'offscreen-read';

/** What the background asks: one file's bytes, and what it is. */
export interface OffscreenRead {
  type: typeof OFFSCREEN_READ;
  kind: 'pdf' | WordKind;
  base64: string;
}
type WordKind = 'docx' | 'doc';

/** A PDF's pages, or a Word file converted (a DOCX's HTML, a DOC's text). */
export type OffscreenReply = { pdf: PdfRead } | { word: string } | { problem: Problem };

export const isOffscreenRead = (m: unknown): m is OffscreenRead =>
  typeof m === 'object' &&
  m !== null &&
  (m as OffscreenRead).type === OFFSCREEN_READ &&
  ['pdf', 'docx', 'doc'].includes((m as OffscreenRead).kind) &&
  typeof (m as OffscreenRead).base64 === 'string';

/** The offscreen document's answer, read with its own engines (pdf.js, mammoth, word-extractor); a refusal is a
 * problem, not a failure. */
export async function answerRead(message: OffscreenRead, engines: Engines): Promise<OffscreenReply> {
  const bytes = fromBase64(message.base64);
  const kind = message.kind.toUpperCase();
  try {
    if (message.kind === 'pdf') return { pdf: await readPdfPages(bytes, engines) };
    return { word: await convertWord(message.kind, bytes, engines) };
  } catch (e) {
    return { problem: e instanceof InputError ? e.problem : { code: 'corrupt', kind } };
  }
}

/** The background's engines that send each file to the offscreen document (`send` opens it when needed
 * and waits for its answer, within a time limit). */
export function offscreenEngines(send: (message: OffscreenRead) => Promise<unknown>): Engines {
  const ask = async (kind: OffscreenRead['kind'], bytes: Uint8Array): Promise<OffscreenReply> => {
    const reply = (await send({ type: OFFSCREEN_READ, kind, base64: toBase64(bytes) })) as OffscreenReply | undefined;
    if (!reply || typeof reply !== 'object') throw new InputError({ code: 'corrupt', kind: kind.toUpperCase() });
    if ('problem' in reply) throw new InputError(reply.problem);
    return reply;
  };
  const word = async (kind: WordKind, bytes: Uint8Array) => {
    const reply = await ask(kind, bytes);
    if (!('word' in reply)) throw new InputError({ code: 'corrupt', kind: kind.toUpperCase() });
    return reply.word;
  };
  return {
    pdfPages: async (bytes) => {
      const reply = await ask('pdf', bytes);
      if (!('pdf' in reply)) throw new InputError({ code: 'corrupt', kind: 'PDF' });
      return reply.pdf;
    },
    docx: async () => (bytes) => word('docx', bytes),
    doc: async () => (bytes) => word('doc', bytes),
  };
}
