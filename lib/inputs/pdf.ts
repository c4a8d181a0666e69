// A PDF report: its ruled tables, and its text for the prose rules and for tables without lines.
import { engineFor } from './engines';
import { InputError, type InputKind } from './kind';
import { docFromPdf } from './pdf-layout';
import { pdfPages } from './pdf-pages';

export const pdf: InputKind = {
  id: 'pdf',
  accepts: (file, head) =>
    head.startsWith('%PDF-') || /\.pdf$/i.test(file.name ?? '') || /^application\/pdf/i.test(file.mime ?? ''),
  read: async (file) => {
    const bytes = file.bytes ?? new Uint8Array();
    const elsewhere = engineFor('pdfPages');
    const engine = engineFor('pdf');
    if (!elsewhere && !engine) throw new InputError({ code: 'unsupported-kind', kind: 'PDF' });
    const { pages, title } = elsewhere
      ? await elsewhere(bytes)
      : await pdfPages(await engine!(), bytes, engineFor('pdfOptions'));
    const { doc, fromText } = docFromPdf(pages, title);
    return { doc: file.url ? { ...doc, url: file.url } : doc, fromText };
  },
};
