// Writes the "Word" reports of test/fixtures/attachments/ that are no Word 97 file, as portals send them
// under a .doc name (see its README.md): RTF, Word 2003 XML and a web page written by LibreOffice Writer from the Word
// files make-attachments.ts made, and the real page pingtan-2024.html saved by Chromium as one MHTML file.
// Needs Debian libreoffice-writer and chromium, once; tests use the files.
//   npx tsx tools/make-word-dresses.ts
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const OUT = 'test/fixtures/attachments/';
const tmp = mkdtempSync(join(tmpdir(), 'nianbao-dress-'));

/** `from` (a file of OUT) converted by LibreOffice Writer with `filter`, written to OUT as `name`. */
function convert(from: string, ext: string, filter: string, name: string) {
  const src = join(tmp, from.replace(/\.[^.]+$/, '') + '.src' + from.slice(from.lastIndexOf('.')));
  copyFileSync(OUT + from, src);
  execFileSync('soffice', ['--headless', '--convert-to', `${ext}:${filter}`, '--outdir', tmp, src], {
    stdio: 'ignore',
  });
  writeFileSync(OUT + name, readFileSync(src.replace(/\.[^.]+$/, `.${ext}`)));
}
convert('pingtan-2024.office.doc', 'rtf', 'Rich Text Format', 'pingtan-2024.rtf.doc');
convert('pingtan-2024.office.doc', 'html', 'HTML (StarWriter)', 'pingtan-2024.html.doc');
// Word 2003 XML, as report systems fill a template saved in it and send it as .doc.
convert('pingtan-2024.office.doc', 'xml', 'MS Word 2003 XML', 'pingtan-2024.wordml.doc');
// The figure the e2e journeys change (t4.suit_after_review.total 19 → 18), as RTF from its DOCX.
convert('pingtan-2024-t4-changed.office.docx', 'rtf', 'Rich Text Format', 'pingtan-2024-t4-changed.rtf.doc');

// The real page as a browser saves it whole (Page.captureSnapshot: the MHTML of "Save as…, single file").
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
// Served under its real address, which the archive then names; nothing else is fetched.
const ADDRESS = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202503/t20250310_97791.htm';
await page.route(/^https?:/, (route) =>
  route.request().url() === ADDRESS
    ? route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: readFileSync('test/fixtures/real/pingtan-2024.html'),
      })
    : route.abort(),
);
await page.goto(ADDRESS);
const cdp = await page.context().newCDPSession(page);
const { data } = (await cdp.send('Page.captureSnapshot', { format: 'mhtml' })) as { data: string };
writeFileSync(OUT + 'pingtan-2024.mhtml.doc', data);
await browser.close();
rmSync(tmp, { recursive: true });
console.log('written to', OUT);
