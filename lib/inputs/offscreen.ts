// Documents read on another page of the extension: Chromium's background is a service worker, and
// bundling pdf.js and mammoth into it cost 60 of the 100 ms of every wake (parsing 2 MB of script,
// measured), so there it hands a file's bytes to an offscreen document, which reads them with the
// extension pages' engines and answers with what the reader takes: a PDF's pages, a DOCX's HTML.
// Both sides of that exchange, as messages; the browser's calls are the caller's.
import type { Problem } from '../model';
import { fromBase64, toBase64 } from '../base/base64';
import { convertWord, readPdfPages, type Engines, type PdfRead } from './engines';
import { InputError } from './kind';

export const OFFSCREEN_READ = 'offscreen-read';

/** What the background asks: one file's bytes, and what it is. */
export interface OffscreenRead {
  type: typeof OFFSCREEN_READ;
  kind: 'pdf' | 'docx';
  base64: string;
}

export type OffscreenReply = { pdf: PdfRead } | { html: string } | { problem: Problem };

export const isOffscreenRead = (m: unknown): m is OffscreenRead =>
  typeof m === 'object' &&
  m !== null &&
  (m as OffscreenRead).type === OFFSCREEN_READ &&
  ((m as OffscreenRead).kind === 'pdf' || (m as OffscreenRead).kind === 'docx') &&
  typeof (m as OffscreenRead).base64 === 'string';

/** The offscreen document's answer, read with its own engines (pdf.js and mammoth); a refusal is a problem,
 * not a failure. */
export async function answerRead(message: OffscreenRead, engines: Engines): Promise<OffscreenReply> {
  const bytes = fromBase64(message.base64);
  const kind = message.kind.toUpperCase();
  try {
    if (message.kind === 'docx') return { html: await convertWord('docx', bytes, engines) };
    return { pdf: await readPdfPages(bytes, engines) };
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
  return {
    pdfPages: async (bytes) => {
      const reply = await ask('pdf', bytes);
      if (!('pdf' in reply)) throw new InputError({ code: 'corrupt', kind: 'PDF' });
      return reply.pdf;
    },
    docx: async () => async (bytes) => {
      const reply = await ask('docx', bytes);
      if (!('html' in reply)) throw new InputError({ code: 'corrupt', kind: 'DOCX' });
      return reply.html;
    },
  };
}
