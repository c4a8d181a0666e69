// npm run bench (second table): a PDF read and checked (readInput + analyzeReadings: pdf.js's text and
// drawing operators, the tables from the ruling lines, the reader and the rules) next to the floor,
// pdf.js's own text extraction of the same file (every page's getTextContent), which any PDF reader
// does at least. Alternating pairs, the median of the pair ratios (target ≤ 1.5×).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeReadings } from '../lib/analyze';
import { readInput } from '../lib/inputs';
import { installEngines } from '../lib/inputs/engines';
import { nodeEngines } from '../lib/inputs/node-engines';
import { median, printTable } from './stats';

// From the project's root (npm runs scripts there), whether run bundled or from source.
const dir = resolve('test/fixtures/attachments') + '/';
const RUNS = Number(process.env.BENCH_PDF_RUNS ?? 12);
const FILES = [
  'pingtan-2024.chromium.pdf',
  'pingtan-2024.office.pdf',
  'pingtan-2019.chromium.pdf',
  'pingtan-2013.chromium.pdf',
  'shuyang-fgj-2023.chromium.pdf',
  'pingtan-2024.split.pdf',
];

installEngines(nodeEngines);
const pdfjs = await nodeEngines.pdf!();

async function floor(bytes: Uint8Array): Promise<number> {
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    verbosity: 0,
    disableFontFace: true,
  });
  const doc = await task.promise;
  let items = 0;
  for (let n = 1; n <= doc.numPages; n++) items += (await (await doc.getPage(n)).getTextContent()).items.length;
  await task.destroy();
  return items;
}
const full = async (name: string, bytes: Uint8Array) => analyzeReadings(await readInput({ name, bytes }));

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

const rows: string[][] = [];
for (const name of FILES) {
  const bytes = new Uint8Array(readFileSync(dir + name));
  for (let i = 0; i < 3; i++) {
    await floor(bytes);
    await full(name, bytes);
  }
  const b: number[] = [];
  const f: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    b.push(await timed(() => floor(bytes)));
    f.push(await timed(() => full(name, bytes)));
    r.push(f[i] / b[i]);
  }
  rows.push([
    name,
    `${(bytes.length / 1024).toFixed(0)} KB`,
    median(b).toFixed(1),
    median(f).toFixed(1),
    median(r).toFixed(2),
  ]);
}
console.log(`\nPDF: ${RUNS} alternating pairs each (medians), pdf.js ${(pdfjs as { version?: string }).version ?? ''}`);
printTable(['file', 'size', 'pdf.js text ms', 'read+check ms', 'ratio'], rows);
const ratios = rows.map((row) => Number(row[4]));
console.log(`PDF ratio: median ${median(ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)} (target ≤ 1.5)`);
