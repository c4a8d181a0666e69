import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';
import { docFromCheerio, docFromHtml } from '../lib/inputs/cheerio-tree';
import { docFromText } from '../lib/inputs/text-doc';
import { analyze } from '../lib/analyze';
import { main } from '../lib/cli';
import { xlsxChunks, type SheetSpec } from '../lib/export/xlsx-write';

/** The real report pages in test/fixtures/real, by name without .html: those with tables 2–4 (2019
 * and 2021 formats), and every report (the older prose ones too). */
export const TABLED_REPORTS = [
  'pingtan-2019',
  'pingtan-2021',
  'pingtan-2024',
  'pingtan-2025',
  'pingtan-gyz-2023',
  'pingtan-hzs-2025',
  'pingtan-jjf-2020',
  'pingtan-nyn-2019',
  'shuyang-fgj-2023',
];
export const REPORTS = ['pingtan-2013', 'pingtan-czj-2009', ...TABLED_REPORTS].sort();

export const fixturePath = (name: string) => fileURLToPath(new URL(`./fixtures/real/${name}`, import.meta.url));
export const fixture = (name: string) => readFileSync(fixturePath(name), 'utf8');
/** A seed report's text, by its file name without .txt ('002_e67d0018f5985882'). */
export const seedText = (name: string) =>
  readFileSync(fileURLToPath(new URL(`./fixtures/seeds/${name}.txt`, import.meta.url)), 'utf8');
export const analyzeSeed = (name: string) => analyze(docFromText(seedText(name)));
export const analyzeHtml = (html: string) => analyze(docFromHtml(html));
export const analyzeFixture = (name: string) => analyzeHtml(fixture(name));

/** The page with one cell's text replaced, the cell found by its canonical id. */
export function withCell(html: string, id: string, text: string): string {
  const $ = cheerio.load(html);
  const cell = analyze(docFromCheerio($)).cells.get(id);
  if (!cell) throw new Error(`no cell ${id}`);
  $(cell.node as AnyNode).text(text);
  return $.html();
}

export const findingsOf = (html: string) => analyzeHtml(html).findings;

/** pingtan's 2025 report made into a 2026 one that only changed its figures (every number of its text and
 * of its title and date metas one more; the markup's own numbers, colspans and widths, kept): last year's
 * text with new numbers, what REUSE is for. */
export const COPY_2026 = () => {
  const more = (text: string) => text.replace(/\d+/g, (n) => String(Number(n) + 1));
  return fixture('pingtan-2025.html')
    .replace(
      /(name="(?:ArticleTitle|PubDate)" content=")([^"]*)/g,
      (_, head: string, text: string) => head + more(text),
    )
    .replace(/>([^<]*)</g, (_, text: string) => `>${more(text)}<`);
};

/** REUSE's finding on COPY_2026 against pingtan's real 2025 report. */
export const REUSE_2026 =
  '本报告 23 句中有 23 句（100%）与 2025 年度报告相同（数字除外）：' +
  '「2026年,平潭综合实验区坚持以习近平新时代中国特色社会主义思想为指导,全面学习…」' +
  '「2026年,通过实验区政府门户网站累计主动公开政府信息7701余条,公开科技创新…」' +
  '「聚焦民生关切,及时发布权威政策信息并同步开展解读,发布文字、图解、H6等多形式政…」等 23 句';

/** The command line run in this process: its exit code and what it wrote to stdout and stderr. */
export async function runCli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(
    args,
    (s) => (out += s),
    (s) => (err += s),
  );
  return { code, out, err };
}

/** A quoted-field CSV reader, enough to read back what toCsv writes. */
/** A workbook as the file's bytes, for read-excel-file. */
export const xlsxBuffer = async (sheets: SheetSpec[]) => Buffer.concat(await xlsxChunks(sheets));

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  return rows;
}

/** A site of the pages given (address → HTML), served by a fetch that records each request's start and
 * end; any other address is a 404. */
export function fakeSite(pages: Record<string, string>) {
  const log: { url: string; start: number; end: number }[] = [];
  const fetchPage = (async (input: RequestInfo | URL) => {
    const url = String(input);
    const entry = { url, start: Date.now(), end: 0 };
    log.push(entry);
    await new Promise((r) => setTimeout(r, 5));
    entry.end = Date.now();
    return pages[url]
      ? new Response(new TextEncoder().encode(pages[url]), { status: 200, headers: { 'content-type': 'text/html' } })
      : new Response('not found', { status: 404 });
  }) as typeof fetch;
  return { fetchPage, log };
}

/** pingtan-2024.office.doc with its directory's sector chain made a loop of two sectors (the chain's first
 * sector and sector 0 point at each other in the sector allocation table): a broken or hostile Word 97 file. */
export function loopedDoc(): Uint8Array {
  const bytes = new Uint8Array(
    readFileSync(fileURLToPath(new URL('./fixtures/attachments/pingtan-2024.office.doc', import.meta.url))),
  );
  const view = new DataView(bytes.buffer);
  const sector = 1 << view.getUint16(0x1e, true);
  const directory = view.getInt32(0x30, true);
  // The first sector of the allocation table, as the header lists it; the directory starts within its range.
  const table = (view.getInt32(0x4c, true) + 1) * sector;
  view.setInt32(table + directory * 4, 0, true);
  view.setInt32(table, directory, true);
  return bytes;
}
