// "Word" reports that are no Word file, as portals send them under a .doc name: RTF (characters as \uN
// with their fallbacks, or as GBK bytes in the font's or document's code page), a page archived in one MIME
// file (MHT: Word's 单个文件网页, quoted-printable in gb2312, or base64) and Word 2003 XML (in its declared
// encoding). The whole reports made from a real page are read in attachments.test.ts; here, what each
// decoding step must get right, hostile bytes, and a page's reading in the viewer against the re-check's.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeReadings, toJson } from '../../lib/analyze';
import { decodePage } from '../../lib/inputs/decode';
import { readPage } from '../../lib/inputs/dom';
import { cleanDocument } from '../../lib/page/document-view';
import { kindOf, readInput } from '../../lib/inputs';
import { InputError } from '../../lib/inputs/kind';
import { mhtHtml } from '../../lib/inputs/mht';
import { rtfDocument } from '../../lib/inputs/rtf';
import { wordmlDocument } from '../../lib/inputs/wordml';

const ascii = (s: string) => new TextEncoder().encode(s);
const rtf = (s: string) => rtfDocument(ascii(s)).text;
/** Words as RTF writes them: each character \uN with a fallback '?'. */
const u = (words: string) => [...words].map((c) => `\\u${c.charCodeAt(0)}?`).join('');

describe('RTF', () => {
  it("decodes GBK bytes in the font's charset or the document's code page, cells ended by ' | '", () => {
    // 总计 D7DC BCC6, 平潭 C6BD CCB6, 宋体 CBCE CCE5: as Chinese Word writes them.
    const word =
      "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}" +
      "{\\colortbl;\\red0\\green0\\blue0;}\\pard\\intbl\\f0 \\'d7\\'dc\\'bc\\'c6\\cell 218\\cell\\row" +
      "\\pard \\'c6\\'bd\\'cc\\'b6\\par}";
    expect(rtf(word)).toBe('总计 | 218 | \n平潭\n');
    // An English Word's document code page, with the Chinese text in a font of charset 134.
    expect(
      rtf("{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f1\\fnil\\fcharset134 SimSun;}}\\f1 \\'c6\\'bd\\'cc\\'b6}"),
    ).toBe('平潭');
    expect(rtf("{\\rtf1\\ansi\\ansicpg1252 caf\\'e9}")).toBe('café');
    // A GBK character whose second byte is a backslash or an at sign, written as RTF escapes or as is.
    expect(rtf("{\\rtf1\\ansi\\ansicpg936 \\'c9\\\\\\'b0@}")).toBe('蒤癅');
  });

  it('takes \\uN and skips its fallback of \\uc characters; a negative N is past 32767', () => {
    expect(rtf("{\\rtf1\\uc2 \\u24179\\'95\\'bd\\uc1 \\u28525?}")).toBe('平潭');
    expect(rtf('{\\rtf1\\u-24691?}')).toBe('龍');
  });

  it('joins the paragraphs of one cell, and keeps those between tables on lines', () => {
    const cells =
      `{\\rtf1\\pard\\intbl ${u('三、本年度办')}\\par ${u('理结果')}\\cell 71\\cell\\row` +
      `\\pard ${u('四、复议')}\\par}`;
    expect(rtf(cells)).toBe('三、本年度办理结果 | 71 | \n四、复议\n');
  });

  it("skips what is not the document's text (fonts, fields' codes, \\* destinations, binary data)", () => {
    const doc =
      '{\\rtf1{\\*\\generator Writer;}{\\info{\\title X}}{\\field{\\*\\fldinst HYPERLINK "x"}{\\fldrslt link}}' +
      '\\{a\\}\\\\ b\\bin3 {}\\ c{\\header page 1}\\par}';
    expect(rtf(doc)).toBe('link{a}\\ b c\n');
  });

  it("takes the title from the document's \\info, the last given (LibreOffice's \\uN one after its ANSI one)", () => {
    const word = "{\\rtf1\\ansi\\ansicpg936{\\info{\\title \\'c6\\'bd\\'cc\\'b6}{\\author x}}\\pard body\\par}";
    expect(rtfDocument(ascii(word))).toEqual({ text: 'body\n', title: '平潭' });
    const libre = "{\\rtf1{\\info{\\upr{\\title \\'95\\'bd}{\\*\\ud{\\title \\uc2 \\u24179\\'95\\'bd}}}}x}";
    expect(rtfDocument(ascii(libre))).toEqual({ text: 'x', title: '平' });
  });

  it('refuses what is no RTF, and neither hangs nor overflows on hostile bytes', () => {
    expect(() => rtf('plain words')).toThrow(InputError);
    expect(rtf('{\\rtf1 a\\bin-5 b}')).toBe('ab');
    expect(rtf(`{\\rtf1 ${'{'.repeat(100_000)}x`)).toBe('x');
    expect(rtf("{\\rtf1 cut\\'")).toBe('cut');
  });
});

/** A page saved by Word as 单个文件网页: its HTML quoted-printable in gb2312, an image after it. */
const WORD_MHT = [
  'MIME-Version: 1.0',
  'Content-Type: multipart/related; boundary="----=_NextPart_01D9"',
  '',
  '此文档为“单个文件网页”。',
  '',
  '------=_NextPart_01D9',
  'Content-Location: file:///C:/report.htm',
  'Content-Transfer-Encoding: quoted-printable',
  'Content-Type: text/html; charset="gb2312"',
  '',
  '<html><head><title>=C6=BD=CC=B6</title></head><body>=D7=DC=BC=C6 2=',
  '18</body></html>',
  '',
  '------=_NextPart_01D9',
  'Content-Location: file:///C:/image001.png',
  'Content-Transfer-Encoding: base64',
  'Content-Type: image/png',
  '',
  'iVBORw0KGgo=',
  '',
  '------=_NextPart_01D9--',
  '',
].join('\r\n');

describe('MHT', () => {
  it("takes the HTML part out of Word's archive: quoted-printable in gb2312, soft line breaks joined", () => {
    expect(mhtHtml(ascii(WORD_MHT))).toEqual({
      // The line break before the blank line that precedes the delimiter is the part's own.
      text: '<html><head><title>平潭</title></head><body>总计 218</body></html>\r\n',
      replaced: 0,
    });
    expect(kindOf({ name: '报告.doc', bytes: ascii(WORD_MHT) }).id).toBe('mht');
  });

  it('finds the page after other parts, in base64; and a message of one page', () => {
    const page = btoa(String.fromCharCode(...ascii('<p>平潭 218</p>')));
    const message =
      'MIME-Version: 1.0\nContent-Type: multipart/related;\n\tboundary="b1"\n\n' +
      '--b1\nContent-Type: image/gif\n\nGIF89a\n' +
      `--b1\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${page}\n--b1--\n`;
    expect(mhtHtml(ascii(message)).text).toBe('<p>平潭 218</p>');
    expect(mhtHtml(ascii('MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n<p>x</p>')).text).toBe(
      '<p>x</p>',
    );
  });

  it('reads a message of 300,000 parts with no page in one pass, and says it holds none', () => {
    const many = `MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n${'--b\nx: y\n'.repeat(300_000)}`;
    const t0 = performance.now();
    expect(() => mhtHtml(ascii(many))).toThrow(expect.objectContaining({ problem: { code: 'corrupt', kind: 'MHT' } }));
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('reads a message of 300,000 parts with no page in one pass, and says it holds none', () => {
    const many = `MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n${'--b\nx: y\n'.repeat(300_000)}`;
    const t0 = performance.now();
    expect(() => mhtHtml(ascii(many))).toThrow(expect.objectContaining({ problem: { code: 'corrupt', kind: 'MHT' } }));
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('says an archive without a page, or with broken base64, is broken', () => {
    const noPage =
      'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n--b\nContent-Type: image/png\n\nx\n--b--';
    const broken =
      'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n--b\nContent-Type: text/html\n' +
      'Content-Transfer-Encoding: base64\n\n=A=\n--b--';
    for (const m of [noPage, broken]) {
      expect(() => mhtHtml(ascii(m))).toThrow(expect.objectContaining({ problem: { code: 'corrupt', kind: 'MHT' } }));
    }
  });
});

describe('Word 2003 XML', () => {
  const xml = (body: string) =>
    '<?xml version="1.0" encoding="UTF-8"?><?mso-application progid="Word.Document"?>' +
    '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml">' +
    '<o:DocumentProperties><o:Title>平潭综合实验区2024年度政府信息公开工作年度报告</o:Title></o:DocumentProperties>' +
    `<w:body>${body}</w:body></w:wordDocument>`;

  it("reads the runs' words, a cell's paragraphs joined, cells ended by ' | ', rows on lines; the title", () => {
    const body =
      '<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>' +
      '<w:p><w:r><w:t>三、本年度办</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">理结果</w:t></w:r></w:p></w:tc>' +
      '<w:tc><w:p><w:r><w:t>71</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
      '<w:p><w:r><w:t>A &amp; B &lt;1&gt; &#24179;</w:t></w:r></w:p>';
    expect(wordmlDocument(xml(body))).toEqual({
      text: '一、总体情况\n三、本年度办理结果 | 71 | \nA & B <1> 平\n',
      title: '平潭综合实验区2024年度政府信息公开工作年度报告',
    });
  });

  it("leaves out fields' codes, deleted words, headers and footers", () => {
    const body =
      '<w:p><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>1</w:t></w:r>' +
      '<w:r><w:delText>旧</w:delText></w:r></w:p>' +
      '<w:sectPr><w:hdr w:type="odd"><w:p><w:r><w:t>页眉</w:t></w:r></w:p></w:hdr></w:sectPr>';
    expect(wordmlDocument(xml(body)).text).toBe('1\n');
  });

  it('decodes the bytes in the encoding the document declares (GBK)', async () => {
    // 平潭 in GBK: C6 BD CC B6.
    const head = '<?xml version="1.0" encoding="GBK"?><?mso-application progid="Word.Document"?><w:wordDocument>';
    const bytes = new Uint8Array([
      ...ascii(`${head}<w:p><w:r><w:t>`),
      0xc6,
      0xbd,
      0xcc,
      0xb6,
      ...ascii('</w:t></w:r></w:p></w:wordDocument>'),
    ]);
    const readings = await readInput({ name: '报告.doc', bytes });
    expect(readings.doc.text).toBe('平潭\n');
  });
});

describe('a web page or saved page sent as .doc, in the viewer and in the background', () => {
  it.each(['pingtan-2024.mhtml.doc', 'pingtan-2024.html.doc'])(
    '%s: its cleaned rendering (the viewer) reads as its bytes do (the re-check)',
    async (name) => {
      const bytes = readFileSync(fileURLToPath(new URL(`../fixtures/attachments/${name}`, import.meta.url)));
      const stored = toJson(analyzeReadings(await readInput({ name, bytes })), 'x');
      const html = name.includes('mhtml') ? mhtHtml(bytes).text : decodePage(bytes);
      const shown = cleanDocument(html, (h) => parseHTML(h).document as unknown as Document);
      const viewed = toJson(analyzeReadings(readPage(shown)), 'x');
      expect(viewed.t3?.new.total).toBe(218);
      for (const key of ['kind', 'format', 'meta', 't2', 't3', 't4', 'findings', 'figures'] as const) {
        expect(viewed[key]).toEqual(stored[key]);
      }
    },
  );
});
