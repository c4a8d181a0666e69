// The engines for extension pages (the viewer, the library): pdf.js on a Web Worker, so that a long
// PDF never freezes the page, and mammoth's browser build. Loaded when the first file is read.
import { docxToHtml } from './docx-html';
import type { Engines } from './engines';

/** Copied into the package at build (wxt.config.ts): the CMaps of Chinese non-embedded fonts. */
const pdfOptions = { cMapUrl: new URL('/pdfjs/cmaps/', globalThis.location?.href).href, cMapPacked: true } as const;

export const pageEngines: Engines = {
  pdfOptions,
  pdf: async () => {
    const pdfjs = await import('pdfjs-dist');
    pdfjs.GlobalWorkerOptions.workerPort ??= new Worker(
      new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url),
      { type: 'module' },
    );
    return pdfjs;
  },
  docx: async () => {
    const mammoth = (await import('mammoth/mammoth.browser.js')).default;
    return docxToHtml(mammoth, (bytes) => ({ arrayBuffer: bytes.slice().buffer }));
  },
  doc: async () => (await import('./word97')).word97(),
};
