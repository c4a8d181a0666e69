// DOCX → HTML for the HTML reader: mammoth's rendering of the body (merged cells kept as colspan and
// rowspan), headed by the document's own title from its properties (docProps/core.xml), which is
// where a report's title often is when its first paragraph is not.
import JSZip from 'jszip';
import { unescapeXml } from '../base/xml-text';
import type { Converter } from './engines';

interface Mammoth {
  convertToHtml(input: object): Promise<{ value: string }>;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** `input`: how this mammoth takes the bytes ({ buffer } in Node, { arrayBuffer } in a browser). */
export function docxToHtml(mammoth: Mammoth, input: (bytes: Uint8Array) => object): Converter {
  return async (bytes) => {
    const [{ value }, zip] = await Promise.all([mammoth.convertToHtml(input(bytes)), JSZip.loadAsync(bytes)]);
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    const title = unescapeXml(/<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1] ?? '').trim();
    return `<!doctype html><html><head><title>${escape(title)}</title></head><body>${value}</body></html>`;
  };
}
