// The engines for Node (the command line, tests, benches). pdf.js is the legacy build with its
// worker run on the main thread: imported here, so that a bundle holds it and no worker file is
// looked for at run time.
import { createRequire as requireFrom } from 'node:module';
import { dirname, join } from 'node:path';
import { docxToHtml } from './docx-html';
import type { Engines } from './engines';
import './ole-guard';

// Where pdfjs-dist is installed, for its CMaps (a bundle resolves it from its own place).
const resolver = requireFrom(import.meta.url);

export const nodeEngines: Engines = {
  pdfOptions: { cMapUrl: join(dirname(resolver.resolve('pdfjs-dist/package.json')), 'cmaps/'), cMapPacked: true },
  pdf: async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  },
  docx: async () => docxToHtml((await import('mammoth')).default, (bytes) => ({ buffer: Buffer.from(bytes) })),
  doc: async () => {
    const WordExtractor = (await import('word-extractor')).default;
    const extractor = new WordExtractor();
    return async (bytes) => (await extractor.extract(Buffer.from(bytes))).getBody();
  },
};
