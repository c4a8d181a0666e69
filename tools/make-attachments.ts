// Writes the PDF, DOCX and DOC reports of test/fixtures/attachments/ (see its README.md) from the real
// report pages of test/fixtures/real: no real attachment is at hand, so each is made from a real page
// in more than one way (Chromium's print, LibreOffice's Writer), as portals' own files are made.
// Needs Debian chromium, libreoffice-writer, poppler-utils and qpdf, once; tests use the files.
//   npx tsx tools/make-attachments.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { chromium } from 'playwright-core';
import { analyzeReadings } from '../lib/analyze';
import { readPage } from '../lib/inputs/dom';
import { articleHtml } from '../lib/page/article';

const OUT = 'test/fixtures/attachments/';
const tmp = mkdtempSync(join(tmpdir(), 'nianbao-attach-'));
const real = (name: string) => readFileSync(`test/fixtures/real/${name}.html`, 'utf8');

/** Ruled tables, as reports are printed: the pages' own stylesheets are not at hand offline. */
const PRINT_CSS =
  '<style>body{font-family:"Noto Serif CJK SC",serif;font-size:11pt} table{border-collapse:collapse}' +
  ' td,th{border:0.75pt solid #000;padding:2pt 4pt}</style>';
const UNRULED_CSS =
  '<style>table{border-collapse:separate;border-spacing:8pt 2pt} td,th{border:none!important}</style>';

/** The report's own part of a real page, as a document of its own; `edit` changes it first. */
function article(name: string, edit?: (doc: Document) => void, css = PRINT_CSS): string {
  const { document } = parseHTML(real(name));
  edit?.(document as unknown as Document);
  const report = analyzeReadings(readPage(document as unknown as Document));
  return articleHtml(document as unknown as Document, report).replace('</head>', `${css}</head>`);
}

/** Table 3 as the reader finds it. */
const table3 = (doc: Document) =>
  (analyzeReadings(readPage(doc)).cells.get('t3.new.natural')!.node as Element).closest('table')!;
/** linkedom has no HTMLTableElement.rows. */
const rowsOf = (t: Element) => [...t.querySelectorAll('tr')];

/** Table 3's header rows in a <thead>, so that the print repeats them on the next page. */
function repeatHeader(doc: Document) {
  const t = table3(doc);
  const head = doc.createElement('thead');
  const rows = rowsOf(t);
  const first = rows.findIndex((r) => /新收/.test(r.textContent ?? ''));
  t.insertBefore(head, t.firstChild);
  for (const r of rows.slice(0, first)) head.appendChild(r);
  pushDown(doc);
}
/** Table 3 started low on its page, so that the print breaks it across two. */
function pushDown(doc: Document) {
  const t = table3(doc);
  const spacer = doc.createElement('div');
  spacer.setAttribute('style', 'height:16cm');
  t.parentNode!.insertBefore(spacer, t);
}
/** One figure changed, as a report with a sum that no longer adds up. */
const changed = (id: string, text: string) => (doc: Document) => {
  const report = analyzeReadings(readPage(doc));
  (report.cells.get(id)!.node as Element).textContent = text;
};

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
async function printPdf(html: string, file: string) {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  writeFileSync(
    OUT + file,
    await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } }),
  );
  await page.close();
}
function office(html: string, base: string, targets: [string, string][]) {
  const src = join(tmp, `${base}.html`);
  writeFileSync(src, html);
  for (const [ext, filter] of targets) {
    execFileSync(
      'soffice',
      ['--headless', '--infilter=HTML (StarWriter)', '--convert-to', `${ext}:${filter}`, '--outdir', tmp, src],
      {
        stdio: 'ignore',
      },
    );
    writeFileSync(`${OUT}${base}.${ext}`, readFileSync(join(tmp, `${base}.${ext}`)));
  }
}
const WORD: [string, string][] = [
  ['docx', 'MS Word 2007 XML'],
  ['doc', 'MS Word 97'],
];

// The three formats, each printed by Chromium and written by LibreOffice as Word and PDF.
for (const name of ['pingtan-2024', 'pingtan-2019', 'pingtan-2013']) {
  const html = article(name);
  await printPdf(html, `${name}.chromium.pdf`);
  office(html, `${name}.office`, [...WORD, ['pdf', 'writer_pdf_Export']]);
}
await printPdf(article('shuyang-fgj-2023'), 'shuyang-fgj-2023.chromium.pdf');
// A PDF that is no report: the real work report of pingtan's state assets office, printed whole.
await printPdf(real('pingtan-gzl-work-report-2022').replace('</head>', `${PRINT_CSS}</head>`), 'not-a-report.pdf');
// Table 3 over two pages, its header repeated (Writer repeats a <thead>) and not; a report without ruling lines.
office(article('pingtan-2024', repeatHeader), 'pingtan-2024.split-header', [['pdf', 'writer_pdf_Export']]);
await printPdf(article('pingtan-2024', pushDown), 'pingtan-2024.split.pdf');
await printPdf(article('pingtan-2021', undefined, UNRULED_CSS), 'pingtan-2021.unruled.pdf');
// The figure the e2e journeys change on the page, changed in the PDF and the DOCX.
const t4Changed = article('pingtan-2024', changed('t4.suit_after_review.total', '18'));
await printPdf(t4Changed, 'pingtan-2024-t4-changed.chromium.pdf');
office(t4Changed, 'pingtan-2024-t4-changed.office', [WORD[0]]);

// A scan: the first page rendered to an image and printed again, with no text layer.
execFileSync('pdftoppm', [
  '-r',
  '110',
  '-png',
  '-f',
  '1',
  '-l',
  '2',
  OUT + 'pingtan-2024.chromium.pdf',
  join(tmp, 'scan'),
]);
const images = readdirSync(tmp).filter((f) => f.startsWith('scan') && f.endsWith('.png'));
const imgs = images
  .sort()
  .map((f) => readFileSync(join(tmp, f)).toString('base64'))
  .map((png) => `<img style="width:100%;break-after:page" src="data:image/png;base64,${png}">`);
await printPdf(`<!doctype html><body style="margin:0">${imgs.join('')}</body>`, 'pingtan-2024.scan.pdf');
// Encrypted with a password to open it; corrupt (a header and noise); cut short; 300 pages of it.
execFileSync('qpdf', [
  '--encrypt',
  'open-me',
  'owner',
  '256',
  '--',
  OUT + 'pingtan-2024.chromium.pdf',
  OUT + 'pingtan-2024.encrypted.pdf',
]);
const whole = readFileSync(OUT + 'pingtan-2024.chromium.pdf');
let seed = 7;
const noise = Buffer.from(Array.from({ length: 4000 }, () => (seed = (seed * 48271) % 2147483647) % 256));
writeFileSync(OUT + 'corrupt.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), noise]));
writeFileSync(OUT + 'pingtan-2024.truncated.pdf', whole.subarray(0, Math.floor(whole.length * 0.4)));
// Its pages turned by /Rotate 90, as a landscape table page is published.
execFileSync('qpdf', [
  '--rotate=+90',
  OUT + 'pingtan-2024-t4-changed.chromium.pdf',
  OUT + 'pingtan-2024-t4-changed.rotated.pdf',
]);
execFileSync('qpdf', [
  '--empty',
  '--pages',
  ...Array(75).fill(OUT + 'pingtan-2013.chromium.pdf'),
  '--',
  OUT + 'huge-300.pdf',
]);

await browser.close();
rmSync(tmp, { recursive: true });
console.log('written to', OUT);
