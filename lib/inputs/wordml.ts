// A report written as Word 2003 XML (WordprocessingML, <w:wordDocument>), as report systems export a
// "Word" file from a template and name it .doc: its text with each table cell ended by '|' and each row on
// a line of its own (a cell's paragraphs joined), read by the text reader as a Word 97 file's text is, and
// its title from its properties. Merged cells need no grid: the text reader goes by the rows' words.
import { unescapeXml } from '../base/xml-text';
import type { InputKind } from './kind';
import { readText } from './text';
import { textOf } from './text-of';

/** The tags that make the text: paragraphs, runs' text, tabs and breaks, cells, rows; field codes and deleted
 * text are the elements whose words are not the document's. */
const TAGS = /<(\/?)w:(p|t|tab|br|cr|tc|tr|instrText|delText|hdr|ftr|footnote|endnote)\b[^>]*?(\/?)>/g;
/** Parts whose words are not the body's: headers, footers, notes. */
const APART = new Set(['hdr', 'ftr', 'footnote', 'endnote']);

/** A WordprocessingML document's text (paragraphs on lines, cells ended by ' | ', rows on lines) and title. */
export function wordmlDocument(xml: string): { text: string; title: string | null } {
  const title = unescapeXml(/<o:Title>([^<]*)<\/o:Title>/.exec(xml)?.[1] ?? '').trim() || null;
  let out = '';
  /** Within a table cell (nested tables counted): its paragraphs' ends join its lines. */
  let cells = 0;
  /** Within a w:t, from where its words start. */
  let from = -1;
  /** Within a header, footer or note (nested counted). */
  let apart = 0;
  for (const m of xml.matchAll(TAGS)) {
    const [whole, close, name, empty] = m;
    const at = m.index;
    if (APART.has(name)) {
      if (!empty) apart = Math.max(0, apart + (close ? -1 : 1));
      continue;
    }
    if (apart) continue;
    if (name === 't' || name === 'instrText' || name === 'delText') {
      if (name !== 't' || empty) continue;
      if (!close) from = at + whole.length;
      else if (from >= 0) {
        out += unescapeXml(xml.slice(from, at));
        from = -1;
      }
    } else if (name === 'tab' && !close) out += ' ';
    else if ((name === 'br' || name === 'cr') && !close) out += cells ? '' : '\n';
    else if (name === 'p' && (close || empty)) out += cells ? '' : '\n';
    else if (name === 'tc' && !empty) {
      if (close) {
        cells = Math.max(0, cells - 1);
        out += ' | ';
      } else cells++;
    } else if (name === 'tr' && close) out += '\n';
  }
  return { text: out, title };
}

export const wordml: InputKind = {
  id: 'wordml',
  sniffs: (head) => /^\s*<\?xml/.test(head) && /<w:wordDocument\b|progid="Word\.Document"/.test(head),
  // Only by its bytes: a .xml or .doc name says nothing of this kind.
  accepts: () => false,
  read: (file) => {
    // Its bytes in the encoding it declares (decode.ts reads an XML declaration as a page's meta).
    const { text: xml, replaced } = textOf(file);
    const { text, title } = wordmlDocument(xml);
    return readText(text, file.url, { replaced, title });
  },
};
