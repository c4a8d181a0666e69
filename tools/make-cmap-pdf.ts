// Writes test/fixtures/attachments/pingtan-2013.stsong.pdf: the start of pingtan-2013's real report
// (its title and first paragraphs, from test/fixtures/real/pingtan-2013.html) set the way iText and
// other report systems write Chinese PDFs: the font not embedded (STSong-Light, one of Adobe's CJK
// fonts), its text encoded by a predefined CMap (UniGB-UCS2-H) and no ToUnicode map, so that a reader
// must load the CMap to get the words back. Plain Node, no other tool.
//   npx tsx tools/make-cmap-pdf.ts
import { readFileSync, writeFileSync } from 'node:fs';
import * as cheerio from 'cheerio';

const OUT = 'test/fixtures/attachments/pingtan-2013.stsong.pdf';
const $ = cheerio.load(readFileSync('test/fixtures/real/pingtan-2013.html', 'utf8'));
const paragraphs = $('p')
  .map((_, p) => $(p).text().replace(/\s+/g, '').trim())
  .get()
  .filter(Boolean);
const title = '平潭综合实验区2013年政府信息公开工作年度报告';
const start = paragraphs.findIndex((p) => p.startsWith('本报告'));
const body = paragraphs.slice(start, start + 14);

/** Lines of at most 36 characters, as a page of 12-point text holds them. */
const lines = [title, '', ...body.flatMap((p) => p.match(/.{1,36}/gu) ?? [])].slice(0, 52);
const hex = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')).join('');
const content = [
  'BT',
  '/F1 16 Tf',
  '72 780 Td',
  `<${hex(lines[0])}> Tj`,
  '/F1 12 Tf',
  ...lines.slice(1).flatMap((l) => ['0 -15 Td', `<${hex(l)}> Tj`]),
  'ET',
].join('\n');

const objects = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 7 0 R >>',
  '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>',
  '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ' +
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 6 0 R /DW 1000 >>',
  '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 ' +
    '/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
  `<< /Title (${title.length ? 'pingtan-2013' : ''}) >>`,
];
let pdf = '%PDF-1.4\n';
const offsets: number[] = [];
objects.forEach((o, i) => {
  offsets.push(Buffer.byteLength(pdf));
  pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
});
const xref = Buffer.byteLength(pdf);
pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 8 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
writeFileSync(OUT, pdf);
console.log('written', OUT, `${lines.length} lines`);
