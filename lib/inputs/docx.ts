// A Word report (.docx): turned into HTML (mammoth keeps merged cells as colspan and rowspan), which
// the HTML reader takes like any page.
import { convertWord } from './engines';
import { html } from './html';
import type { InputKind } from './kind';

const DOCX_MIME = /officedocument\.wordprocessingml/i;

export const docx: InputKind = {
  id: 'docx',
  // A DOCX is a ZIP (PK\3\4) whose first entries name word/ parts.
  accepts: (file, head) =>
    /\.docx$/i.test(file.name ?? '') ||
    DOCX_MIME.test(file.mime ?? '') ||
    (head.startsWith('PK\x03\x04') && head.includes('word/')),
  read: async (file) => {
    const body = await convertWord('docx', file.bytes ?? new Uint8Array());
    return html.read({ name: 'report.html', text: body, url: file.url });
  },
};
