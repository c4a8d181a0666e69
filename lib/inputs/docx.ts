// A Word report (.docx): turned into HTML (mammoth keeps merged cells as colspan and rowspan), which
// the HTML reader takes like any page.
import { convertWord } from './engines';
import { html } from './html';
import type { InputKind } from './kind';

const DOCX_MIME = /officedocument\.wordprocessingml/i;

export const docx: InputKind = {
  id: 'docx',
  // A DOCX is a ZIP (PK\3\4) whose first entries name word/ parts (LibreOffice writes _rels/ and docProps/
  // first: its first word/ stands 1.3–1.8 kB in).
  sniffs: (head) => head.startsWith('PK\x03\x04') && head.includes('word/'),
  accepts: (file) => /\.docx$/i.test(file.name ?? '') || DOCX_MIME.test(file.mime ?? ''),
  read: async (file) => {
    const body = await convertWord('docx', file.bytes ?? new Uint8Array());
    return html.read({ name: 'report.html', text: body, url: file.url });
  },
};
