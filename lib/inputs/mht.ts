// A web page archived in one file (MHT, MHTML: Word's and WPS's 单个文件网页, a browser's saved page), as
// portals also send a "Word" report, named .doc. Its HTML part is taken out of the MIME message
// (quoted-printable or base64, in the charset it names) and read as any page.
import { fromBinary, toBinary } from '../base/base64';
import { decodeBytes } from './decode';
import { readMarkup } from './html';
import { InputError, type InputKind } from './kind';

/** A MIME message's (or part's) header fields (folded lines joined, names lower-cased) and its body. */
function fieldsOf(text: string): { fields: Map<string, string>; body: string } {
  const found = /\r?\n\r?\n/.exec(text);
  const head = text.slice(0, found ? found.index : text.length).replace(/\r?\n[ \t]+/g, ' ');
  const fields = new Map<string, string>();
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { fields, body: found ? text.slice(found.index + found[0].length) : '' };
}

const param = (field: string | undefined, name: string) =>
  new RegExp(`${name}\\s*=\\s*"?([^";\\r\\n]+)"?`, 'i').exec(field ?? '')?.[1].trim();

/** A part's body as bytes, its transfer encoding undone. */
function bodyBytes(body: string, encoding = ''): Uint8Array {
  if (/quoted-printable/i.test(encoding)) {
    return fromBinary(
      body
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    );
  }
  if (/base64/i.test(encoding)) {
    try {
      return fromBinary(atob(body.replace(/[^A-Za-z0-9+/=]/g, '')));
    } catch {
      throw new InputError({ code: 'corrupt', kind: 'MHT' });
    }
  }
  return fromBinary(body);
}

/** The HTML of an archived page: the message's first text/html part (the page; the rest are its images). */
export function mhtHtml(bytes: Uint8Array): { text: string; replaced: number } {
  const text = toBinary(bytes);
  const top = fieldsOf(text);
  const type = top.fields.get('content-type') ?? '';
  let part: { fields: Map<string, string>; body: string } | null = null;
  if (/^text\/html/i.test(type)) part = top;
  const boundary = param(type, 'boundary');
  if (!part && /^multipart\//i.test(type) && boundary) {
    const delimiter = `--${boundary}`;
    const body = top.body;
    for (let at = body.indexOf(delimiter); at >= 0 && !part;) {
      const start = at + delimiter.length;
      if (body.startsWith('--', start)) break;
      const next = body.indexOf(delimiter, start);
      // Each part read within its own bounds: a message of many parts is still read in one pass.
      const { fields, body: content } = fieldsOf(body.slice(start, next < 0 ? body.length : next));
      // The line break before the next delimiter is the delimiter's.
      if (/^text\/html/i.test(fields.get('content-type') ?? '')) part = { fields, body: content.replace(/\r?\n$/, '') };
      at = next;
    }
  }
  if (!part) throw new InputError({ code: 'corrupt', kind: 'MHT' });
  const contentType = part.fields.get('content-type') ?? 'text/html';
  const charset = param(contentType, 'charset');
  const decoded = decodeBytes(
    bodyBytes(part.body, part.fields.get('content-transfer-encoding')),
    charset ? `text/html; charset=${charset}` : undefined,
  );
  return { text: decoded.text, replaced: decoded.replaced };
}

export const mht: InputKind = {
  id: 'mht',
  // A MIME message of related parts, or of one page: header fields from its first line, MIME-Version among them.
  sniffs: (head) =>
    /^[\w-]+:/.test(head) &&
    /^MIME-Version:/im.test(head) &&
    /^Content-Type:\s*(multipart\/related|text\/html)/im.test(head),
  accepts: (file) =>
    /\.mht(ml)?$/i.test(file.name ?? '') || /^(multipart\/related|message\/rfc822)/i.test(file.mime ?? ''),
  read: (file) => {
    // Text already decoded (rare: an archive is bytes) is taken back to UTF-8 bytes.
    const { text, replaced } = mhtHtml(file.bytes ?? new TextEncoder().encode(file.text ?? ''));
    return readMarkup(text, file.url, replaced);
  },
};
