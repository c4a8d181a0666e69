import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';
import { docFromCheerio, docFromHtml } from '../lib/inputs/cheerio-tree';
import { docFromText } from '../lib/inputs/text-doc';
import { analyze } from '../lib/analyze';
import { main } from '../lib/cli';

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
