// Declarations for modules that ship none.
// The worker module of pdf.js, imported for its side effect of providing WorkerMessageHandler.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
// mammoth's browser build: the same API as the package, bundled for browsers.
declare module 'mammoth/mammoth.browser.js' {
  const mammoth: { convertToHtml(input: object): Promise<{ value: string }> };
  export default mammoth;
}
// The worker module of pdf.js (modern build), imported into the background for the same reason.
declare module 'pdfjs-dist/build/pdf.worker.min.mjs';
// word-extractor's OLE reader and its in-memory reader, imported apart from its entry module (word97.ts).
declare module 'word-extractor/lib/word-ole-extractor.js' {
  export default class WordOleExtractor {
    extract(reader: object): Promise<{ getBody(): string }>;
  }
}
declare module 'word-extractor/lib/buffer-reader.js' {
  export default class BufferReader {
    constructor(buffer: Uint8Array);
  }
}
declare module 'word-extractor/lib/ole-allocation-table.js' {
  export default class AllocationTable {
    getSecIdChain(start: number): number[];
  }
}
