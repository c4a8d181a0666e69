// npm run bench: read+check time per fixture next to a baseline that only walks every cell's text
// through the same adapter; medians of repeated runs, and their ratio (target: within 2x).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { docFromHtml } from '../lib/adapters/cheerio';
import { analyze } from '../lib/analyze';

const dir = fileURLToPath(new URL('../test/fixtures/real/', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 40);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

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

/** The baseline: the adapter builds the tree, and every cell's text is touched once. */
function walk(html: string): number {
  let chars = 0;
  for (const table of docFromHtml(html).tables) for (const row of table.rows) for (const cell of row.cells) chars += cell.text.length;
  return chars;
}

const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((name) => [name, readFileSync(dir + name, 'utf8')] as const);
// Warm the JIT on every page first, so the first page measured is not the cold one.
for (let i = 0; i < 10; i++) for (const [, html] of pages) analyze(docFromHtml(html));

const rows: string[][] = [];
for (const [name, html] of pages) {
  const base = time(() => walk(html));
  const full = time(() => analyze(docFromHtml(html)));
  rows.push([name, `${(html.length / 1024).toFixed(0)} KB`, base.toFixed(2), full.toFixed(2), (full / base).toFixed(2)]);
}
const head = ['fixture', 'size', 'walk ms', 'read+check ms', 'ratio'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(`median of ${RUNS} runs each, Node ${process.version}`);
console.log(line(head));
for (const r of rows) console.log(line(r));
const ratios = rows.map((r) => Number(r[4]));
console.log(`ratio: median ${median(ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)} (target ≤ 2)`);
