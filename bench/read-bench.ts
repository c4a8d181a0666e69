// npm run bench: read+check time per fixture and seed text next to a baseline that only walks every
// cell's text through the same adapter; medians of repeated runs, and their ratio (target: within 2x).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { docFromHtml } from '../lib/inputs/cheerio-tree';
import { docFromText } from '../lib/inputs/text-doc';
import { analyzePage } from '../lib/analyze';
import type { SourceDoc } from '../lib/model';
import { median, printTable } from './stats';

const dir = fileURLToPath(new URL('../test/fixtures/real/', import.meta.url));
const seeds = fileURLToPath(new URL('../test/fixtures/seeds/', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 40);

function time(fn: () => unknown): number {
  for (let i = 0; i < 5; i++) fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** The baseline: the same adapter builds the tree, and every cell's text is touched once. */
function walk(doc: SourceDoc): number {
  let chars = 0;
  for (const table of doc.tables) for (const row of table.rows) for (const cell of row.cells) chars += cell.text.length;
  return chars;
}

interface Input {
  name: string;
  content: string;
  adapt: (s: string) => SourceDoc;
}

const list = (d: string, ext: string) =>
  readdirSync(d)
    .filter((f) => f.endsWith(ext))
    .sort();
const inputs: Input[] = [
  ...list(dir, '.html').map((name) => ({ name, content: readFileSync(dir + name, 'utf8'), adapt: docFromHtml })),
  ...list(seeds, '.txt').map((name) => ({
    name: `seed ${name.slice(0, 3)}.txt`,
    content: readFileSync(seeds + name, 'utf8'),
    adapt: docFromText,
  })),
];
// Warm the JIT on every input first, so the first one measured is not the cold one.
for (let i = 0; i < 10; i++) for (const { content, adapt } of inputs) analyzePage(adapt(content));

const rows: string[][] = [];
for (const { name, content, adapt } of inputs) {
  const base = time(() => walk(adapt(content)));
  const full = time(() => analyzePage(adapt(content)));
  rows.push([
    name,
    `${(content.length / 1024).toFixed(0)} KB`,
    base.toFixed(2),
    full.toFixed(2),
    (full / base).toFixed(2),
  ]);
}
console.log(`median of ${RUNS} runs each, Node ${process.version}`);
printTable(['fixture', 'size', 'walk ms', 'read+check ms', 'ratio'], rows);
const ratios = rows.map((r) => Number(r[4]));
console.log(`ratio: median ${median(ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)} (target ≤ 2)`);
