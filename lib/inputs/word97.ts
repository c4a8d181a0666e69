// Word 97–2003 (.doc) in the extension's pages and Firefox's background: word-extractor's own OLE reader (not
// its entry module, which also loads its DOCX reader with Node's zip and file modules), given Node's Buffer
// from the `buffer` package (buffer-global.ts, first) and a Readable of its own (stream-shim.ts, by
// wxt.config.ts). Its text, table cells separated by tabs, is what the DOC input kind reads.
import './buffer-global';
import './ole-guard';
import { Buffer } from 'buffer';
import BufferReader from 'word-extractor/lib/buffer-reader.js';
import WordOleExtractor from 'word-extractor/lib/word-ole-extractor.js';
import type { Converter } from './engines';

export function word97(): Converter {
  return async (bytes) => (await new WordOleExtractor().extract(new BufferReader(Buffer.from(bytes)))).getBody();
}
