// Collecting reports published as files: a list whose entries are PDFs, and a notice whose report is
// its attachment (the collector follows it on the same site, never elsewhere), each saved with the
// file as taken and the page that listed it; the files' size limit is the viewer's.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { fetchReport } from '../../lib/collect/fetch-report';
import { installEngines } from '../../lib/inputs/engines';
import { nodeEngines } from '../../lib/inputs/node-engines';
import { toBase64 } from '../../lib/base/base64';
import { fixture } from '../helpers';

const SITE = 'https://www.pingtan.gov.cn';
const LIST = `${SITE}/zwgk/zfxxgk/zfxxgknb/`;
const NOTICE = `${LIST}202503/t20250310_97791.htm`;
const PDF = `${LIST}202503/P020250310_97791.pdf`;
const bytesOf = (name: string): Uint8Array<ArrayBuffer> =>
  readFileSync(fileURLToPath(new URL(`../fixtures/attachments/${name}`, import.meta.url)));

/** pingtan-2024's real page as a notice: its article replaced by the attachment link. */
function notice(href: string): string {
  const $ = cheerio.load(fixture('pingtan-2024.html'));
  $('.TRS_Editor').html(`<p>附件：<a href="${href}">平潭综合实验区2024年度政府信息公开工作年度报告.pdf</a></p>`);
  return $.html();
}

/** A site serving these addresses, and a record of what was asked. */
function site(files: Record<string, { body: Uint8Array<ArrayBuffer> | string; type: string }>, seen: string[] = []) {
  return (async (input: RequestInfo | URL) => {
    const url = String(input);
    seen.push(url);
    const file = files[url];
    if (!file) return new Response('not found', { status: 404 });
    return new Response(file.body, { status: 200, headers: { 'content-type': file.type } });
  }) as typeof fetch;
}

beforeAll(() => installEngines(nodeEngines));

describe('collecting reports published as files', () => {
  it('reads a list entry that is a PDF, and keeps the file and the list it came from', async () => {
    const pdf = bytesOf('pingtan-2024-t4-changed.chromium.pdf');
    const payload = await fetchReport(PDF, SITE, site({ [PDF]: { body: pdf, type: 'application/pdf' } }), {
      from: LIST,
    });
    expect(payload.url).toBe(PDF);
    expect(payload.html).toBe('');
    expect(payload.report.findings.map((f) => [f.rule, f.reported, f.computed])).toEqual([['T4-SUM', 18, 19]]);
    expect(payload.file).toEqual({
      name: 'P020250310_97791.pdf',
      mime: 'application/pdf',
      kind: 'PDF',
      from: LIST,
      base64: toBase64(pdf),
    });
  });

  it('follows a notice to its attachment on the same site and reads that', async () => {
    const seen: string[] = [];
    const docx = bytesOf('pingtan-2024.office.docx');
    const fetchPage = site(
      {
        [NOTICE]: { body: notice('P020250310_97791.docx'), type: 'text/html' },
        [`${LIST}202503/P020250310_97791.docx`]: {
          body: docx,
          type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        },
      },
      seen,
    );
    const payload = await fetchReport(NOTICE, SITE, fetchPage);
    expect(seen).toEqual([NOTICE, `${LIST}202503/P020250310_97791.docx`]);
    expect(payload.url).toBe(`${LIST}202503/P020250310_97791.docx`);
    expect(payload.file).toMatchObject({ kind: 'DOCX', from: NOTICE });
    expect(payload.report.t3?.new.total).toBe(218);
    expect(payload.report.meta.body).toBe('平潭综合实验区');
  });

  it('follows a notice with a malformed <base href> to its attachment beside it', async () => {
    const docx = bytesOf('pingtan-2024.office.docx');
    const page = notice('P020250310_97791.docx').replace('</head>', '<base href="http://["></head>');
    const fetchPage = site({
      [NOTICE]: { body: page, type: 'text/html' },
      [`${LIST}202503/P020250310_97791.docx`]: { body: docx, type: 'application/msword' },
    });
    const payload = await fetchReport(NOTICE, SITE, fetchPage);
    expect(payload.url).toBe(`${LIST}202503/P020250310_97791.docx`);
    expect(payload.report.t3?.new.total).toBe(218);
  });

  it.each([
    ['pingtan-2024.rtf.doc', 'RTF'],
    ['pingtan-2024.mhtml.doc', 'a saved page (MHTML)'],
    ['pingtan-2024.wordml.doc', 'Word 2003 XML'],
  ])('follows a notice to a .doc that is %s (%s) and reads it by its bytes, kept as the DOC offered', async (file) => {
    const doc = `${LIST}202503/P020250310_97791.doc`;
    const fetchPage = site({
      [NOTICE]: { body: notice('P020250310_97791.doc'), type: 'text/html' },
      [doc]: { body: bytesOf(file), type: 'application/msword' },
    });
    const payload = await fetchReport(NOTICE, SITE, fetchPage);
    expect(payload.url).toBe(doc);
    expect(payload.file).toMatchObject({ name: 'P020250310_97791.doc', kind: 'DOC', base64: toBase64(bytesOf(file)) });
    expect([payload.report.t3?.new.total, payload.report.t4?.suit_after_review.total]).toEqual([218, 19]);
    expect(payload.report.findings).toEqual([]);
  });

  it('says a .pdf address answered with a web page (a portal’s error page) holds no report', async () => {
    const page = '<!DOCTYPE html><html><head><title>404 页面不存在</title></head><body>页面不存在</body></html>';
    const fetchPage = site({ [PDF]: { body: page, type: 'text/html' } });
    await expect(fetchReport(PDF, SITE, fetchPage)).rejects.toMatchObject({ problem: { code: 'not-report' } });
  });

  it('names a fetched file by its address’s last segment, unescaped and without the query', async () => {
    const pdf = bytesOf('pingtan-2024-t4-changed.chromium.pdf');
    const url = `${LIST}202503/%E5%B9%B4%E6%8A%A5.pdf?v=2`;
    const payload = await fetchReport(
      url,
      SITE,
      site({ [url]: { body: pdf, type: 'application/pdf; charset=binary' } }),
    );
    expect(payload.file).toMatchObject({ name: '年报.pdf', mime: 'application/pdf', kind: 'PDF' });
  });

  it('does not follow a notice to a file of another site', async () => {
    const seen: string[] = [];
    const fetchPage = site({ [NOTICE]: { body: notice('https://files.example.com/r.pdf'), type: 'text/html' } }, seen);
    await expect(fetchReport(NOTICE, SITE, fetchPage)).rejects.toMatchObject({ problem: { code: 'not-report' } });
    expect(seen).toEqual([NOTICE]);
  });

  it('takes a file up to 30 MB, where a page stops at 10 MB', async () => {
    const big = new Uint8Array(12 * 1024 * 1024);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    const asPdf = site({ [PDF]: { body: big, type: 'application/pdf' } });
    // Read (and found broken), not refused for its size.
    await expect(fetchReport(PDF, SITE, asPdf)).rejects.toMatchObject({ problem: { code: 'corrupt', kind: 'PDF' } });
    const asPage = site({ [NOTICE]: { body: big, type: 'text/html' } });
    await expect(fetchReport(NOTICE, SITE, asPage)).rejects.toMatchObject({
      problem: { code: 'too-large', limit: 10 * 1024 * 1024 },
    });
  });
});
