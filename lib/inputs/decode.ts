// Bytes of a page or file → text. A byte-order mark decides first, then the charset the server
// sent, then the one the page declares in its meta (or an XML document in its declaration); failing
// those, UTF-8 when the bytes are UTF-8 (or nearly: a stray byte becomes U+FFFD and is counted, not a
// reason to misread the whole page as GBK), and GB18030, what an older Chinese portal most likely used,
// otherwise.

export interface Decoded {
  text: string;
  encoding: string;
  /** Bytes that were not valid in that encoding, each read as U+FFFD: a reason to warn. */
  replaced: number;
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];
const GB = /^(gb2312|gbk|gb18030|x-gbk|csgb2312|euc-cn)$/i;
/** At most this share of invalid sequences still reads as UTF-8 with replacements. */
const NEARLY_UTF8 = 0.001;

/** The label as TextDecoder knows it (the GB labels as GB18030), or null for an unknown one. */
export function encodingNamed(label: string | undefined): string | null {
  if (!label) return null;
  if (GB.test(label)) return 'gb18030';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

const countReplaced = (text: string) => (text.match(/\uFFFD/g) ?? []).length;

function decodeAs(bytes: Uint8Array, encoding: string): Decoded {
  const text = new TextDecoder(encoding).decode(bytes);
  return { text, encoding, replaced: countReplaced(text) };
}

/** `mime`: the Content-Type a server sent, whose charset parameter wins over the page's meta. */
export function decodeBytes(bytes: Uint8Array, mime?: string): Decoded {
  for (const [mark, encoding] of BOMS) {
    if (mark.every((b, i) => bytes[i] === b)) return decodeAs(bytes.subarray(mark.length), encoding);
  }
  const sent = encodingNamed(/charset\s*=\s*["']?([\w-]+)/i.exec(mime ?? '')?.[1]);
  if (sent) return decodeAs(bytes, sent);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared =
    encodingNamed(/<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]) ??
    // An XML document (Word 2003 XML, XHTML) declares its encoding first thing.
    encodingNamed(/^\s*<\?xml[^>]*encoding\s*=\s*["']([\w-]+)["']/.exec(head)?.[1]);
  if (declared) return decodeAs(bytes, declared);
  const utf8 = decodeAs(bytes, 'utf-8');
  if (utf8.replaced === 0 || utf8.replaced <= Math.max(1, utf8.text.length * NEARLY_UTF8)) return utf8;
  return decodeAs(bytes, 'gb18030');
}

export function decodePage(bytes: Uint8Array, mime?: string): string {
  return decodeBytes(bytes, mime).text;
}
