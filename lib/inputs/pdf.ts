// A PDF report: its ruled tables, and its text for the prose rules and for tables without lines.
import { readPdfPages } from './engines';
import type { InputKind } from './kind';
import { docFromPdf } from './pdf-layout';

export const pdf: InputKind = {
  id: 'pdf',
  sniffs: (head) => head.startsWith('%PDF-'),
  accepts: (file) => /\.pdf$/i.test(file.name ?? '') || /^application\/pdf/i.test(file.mime ?? ''),
  read: async (file) => {
    const { pages, title } = await readPdfPages(file.bytes ?? new Uint8Array());
    const { doc, fromText } = docFromPdf(pages, title);
    return { doc: file.url ? { ...doc, url: file.url } : doc, fromText };
  },
};
