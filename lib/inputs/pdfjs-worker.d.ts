// The worker module of pdf.js, imported for its side effect of providing WorkerMessageHandler.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
