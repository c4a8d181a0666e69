// The engines for Firefox's background (re-checking saved files, collecting attachments), a page that
// holds pdf.js and mammoth itself (and loads word-extractor's OLE reader when a DOC comes): pdf.js runs
// its worker's code on the background's own thread, both bundled in; the background reads one file at a
// time and nobody waits on its thread. (Chromium's background, a service worker, hands files to its
// offscreen document instead: lib/inputs/offscreen.ts.)
import * as pdfjs from 'pdfjs-dist';
import * as pdfjsWorker from 'pdfjs-dist/build/pdf.worker.min.mjs';
import mammoth from 'mammoth/mammoth.browser.js';
import { docxToHtml } from './docx-html';
import type { Engines } from './engines';
import { word97 } from './word97';

export const inlineEngines: Engines = {
  pdfOptions: { cMapUrl: new URL('/pdfjs/cmaps/', globalThis.location?.href).href, cMapPacked: true },
  pdf: async () => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;
    return pdfjs;
  },
  docx: async () => docxToHtml(mammoth, (bytes) => ({ arrayBuffer: bytes.slice().buffer })),
  doc: async () => word97(),
};
