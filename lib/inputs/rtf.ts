// A report written as RTF (Rich Text Format), as portals also send a "Word" report, named .doc: its text
// with each table cell ended by '|' and each row on a line of its own, which the text reader takes as it
// takes a Word 97 file's text. Characters come as \uN (followed by a fallback to skip) or as bytes \'hh in
// the code page of the font in use or of the document (GBK for Chinese: \fcharset134, \ansicpg936).
import { toBinary } from '../base/base64';
import { encodingNamed } from './decode';
import { InputError, type InputKind } from './kind';
import { readText } from './text';

/** Destinations whose text is not the document's: tables of fonts, colours and styles, pictures, fields'
 * codes, headers and footers, notes. A destination marked \* is skipped whatever its name. */
const SKIPPED = new Set(
  (
    'fonttbl colortbl stylesheet info pict object objdata shppict nonshppict header headerl headerr headerf ' +
    'footer footerl footerr footerf footnote annotation fldinst themedata colorschememapping datastore ' +
    'latentstyles listtable listoverridetable rsidtbl generator xmlnstbl filetbl revtbl userprops xe tc ' +
    'ftnsep ftnsepc aftnsep aftnsepc pgdsctbl'
  ).split(' '),
);

/** Characters some control words stand for. */
const CHARS: Record<string, string> = {
  tab: ' ',
  emdash: '—',
  endash: '–',
  lquote: '‘',
  rquote: '’',
  ldblquote: '“',
  rdblquote: '”',
  bullet: '•',
  emspace: ' ',
  enspace: ' ',
  qmspace: ' ',
};

/** Font charsets of the East Asian code pages, as \fcharset names them. */
const CHARSETS: Record<number, string> = { 128: 'shift_jis', 129: 'euc-kr', 134: 'gb18030', 136: 'big5' };
/** Code pages as \ansicpg names them. */
const CODEPAGES: Record<number, string> = { 932: 'shift_jis', 936: 'gb18030', 949: 'euc-kr', 950: 'big5' };

interface Group {
  /** In a destination whose text is not the document's. */
  skip: boolean;
  /** In the font table, whose \f and \fcharset say which charset each font is in. */
  fonts: boolean;
  /** How many characters of fallback follow a \uN. */
  uc: number;
  font: number;
  /** The associated font (\af), which East Asian text is set in. */
  afont: number;
  /** The document's title (\title in \info): its words are kept apart, even where the group is skipped. */
  title: boolean;
}

const WORD = /([a-zA-Z]{1,32})(-?\d{1,10})? ?/y;

/** An RTF document's text (paragraphs on lines, table cells ended by ' | ', rows on lines of their own) and
 * its title: the last \title given (LibreOffice gives one in the code page, then one in \uN). */
export function rtfDocument(bytes: Uint8Array): { text: string; title: string | null } {
  const s = toBinary(bytes);
  if (!s.startsWith('{\\rtf')) throw new InputError({ code: 'corrupt', kind: 'RTF' });
  const charsets = new Map<number, number>();
  const decoders = new Map<string, TextDecoder>();
  let codepage = 'windows-1252';
  let defining = -1;
  let group: Group = { skip: false, fonts: false, uc: 1, font: -1, afont: -1, title: false };
  const stack: Group[] = [];
  let out = '';
  let titleWords = '';
  let title: string | null = null;
  let bytesRun: number[] = [];
  /** Fallback characters still to skip after a \uN. */
  let skipping = 0;
  /** The paragraph stands in a table cell (\intbl): its paragraph marks join the cell's lines. */
  let inCell = false;
  /** Just after a '{': a destination's name or a \* comes first in its group. */
  let opened = false;

  const encodingNow = () => {
    const east = CHARSETS[charsets.get(group.font) ?? -1] ?? CHARSETS[charsets.get(group.afont) ?? -1];
    return east ?? codepage;
  };
  const flush = () => {
    if (!bytesRun.length) return;
    const encoding = encodingNow();
    let decoder = decoders.get(encoding);
    if (!decoder) decoders.set(encoding, (decoder = new TextDecoder(encoding)));
    const words = decoder.decode(Uint8Array.from(bytesRun));
    if (group.title) titleWords += words;
    else out += words;
    bytesRun = [];
  };
  const put = (t: string) => {
    flush();
    if (group.title) titleWords += t;
    else out += t;
  };
  /** Text of the document, or of its title. */
  const kept = () => !group.skip || group.title;

  const control = (word: string, arg: number | null) => {
    if (opened && (SKIPPED.has(word) || word === 'fonttbl')) {
      group.skip = true;
      group.fonts = word === 'fonttbl';
    }
    if (opened && word === 'title') group.title = true;
    if (word === 'f' && arg !== null) {
      if (group.fonts) defining = arg;
      else {
        flush();
        group.font = arg;
      }
    } else if (word === 'af' && arg !== null && !group.fonts) {
      flush();
      group.afont = arg;
    } else if (word === 'fcharset' && arg !== null && group.fonts) charsets.set(defining, arg);
    else if (word === 'ansicpg' && arg !== null)
      codepage = encodingNamed(CODEPAGES[arg] ?? `windows-${arg}`) ?? 'windows-1252';
    else if (word === 'uc' && arg !== null) group.uc = Math.max(0, arg);
    else if (!kept()) return;
    else if (word === 'u' && arg !== null) {
      put(String.fromCharCode(arg < 0 ? arg + 0x10000 : arg));
      skipping = group.uc;
    } else if (word === 'pard') inCell = false;
    else if (word === 'intbl') inCell = true;
    else if (word === 'cell' || word === 'nestcell') put(' | ');
    else if (word === 'row' || word === 'nestrow') put('\n');
    else if (word === 'par' || word === 'line' || word === 'sect' || word === 'page') put(inCell ? '' : '\n');
    else if (word in CHARS) put(CHARS[word]);
  };

  for (let i = 0; i < s.length;) {
    const c = s[i];
    if (c === '{' || c === '}') {
      flush();
      if (c === '{') stack.push({ ...group });
      else {
        const closed = group;
        group = stack.pop() ?? group;
        if (closed.title && !group.title) {
          title = titleWords.trim() || title;
          titleWords = '';
        }
      }
      opened = c === '{';
      skipping = 0;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      i++;
      continue;
    }
    if (c !== '\\') {
      i++;
      if (skipping > 0) skipping--;
      else if (kept()) bytesRun.push(c.charCodeAt(0));
      opened = false;
      continue;
    }
    const next = s[i + 1] ?? '';
    WORD.lastIndex = i + 1;
    const m = /[a-zA-Z]/.test(next) ? WORD.exec(s) : null;
    if (m) {
      const arg = m[2] === undefined ? null : Number(m[2]);
      i = WORD.lastIndex;
      // \binN: N bytes of binary data follow, whatever they hold.
      if (m[1] === 'bin') i += Math.max(0, arg ?? 0);
      else {
        // A control word ends the fallback of a \uN (a fallback is bytes or plain characters).
        skipping = 0;
        control(m[1], arg);
      }
      opened = false;
      continue;
    }
    if (next === "'") {
      const byte = parseInt(s.slice(i + 2, i + 4), 16);
      i += 4;
      if (skipping > 0) skipping--;
      else if (kept() && !Number.isNaN(byte)) bytesRun.push(byte);
      opened = false;
      continue;
    }
    i += 2;
    if (next === '*') {
      if (opened) group.skip = true;
      continue;
    }
    opened = false;
    if (skipping > 0) {
      skipping--;
      continue;
    }
    if (!kept()) continue;
    // A byte like any other: it may be the second of a GBK character (蒤 is C9 5C, written \'c9\\).
    if (next === '\\' || next === '{' || next === '}') bytesRun.push(next.charCodeAt(0));
    else if (next === '~') put(' ');
    else if (next === '_') put('-');
    else if (next === '\n' || next === '\r') put(inCell ? '' : '\n');
  }
  flush();
  return { text: out, title };
}

export const rtf: InputKind = {
  id: 'rtf',
  sniffs: (head) => head.startsWith('{\\rtf'),
  accepts: (file) => /\.rtf$/i.test(file.name ?? '') || /^(application|text)\/rtf/i.test(file.mime ?? ''),
  read: (file) => {
    const { text, title } = rtfDocument(file.bytes ?? new TextEncoder().encode(file.text ?? ''));
    return readText(text, file.url, { title });
  },
};
