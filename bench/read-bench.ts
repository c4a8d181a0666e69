// npm run bench: read+check per fixture and seed text, through the input registry as the command
// line reads (readInput + analyzeReadings), next to a baseline that only builds the tree with the
// same adapter and walks every cell's text. The two alternate run by run and each pair gives a
// ratio, so that a machine busy for a moment slows both sides of a pair: the median of the pair
// ratios is reported (target: within 2x), with the medians of each side.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { docFromHtml } from '../lib/inputs/cheerio-tree';
import { docFromText } from '../lib/inputs/text-doc';
import { analyzeReadings } from '../lib/analyze';
import { kindOf } from '../lib/inputs';
import type { Readings } from '../lib/inputs/kind';
import type { SourceDoc } from '../lib/model';
import { median, printTable } from './stats';
import { walkCells } from './walk';

// From the project's root (npm runs scripts there), whether run bundled or from source.
const dir = resolve('test/fixtures/real') + '/';
const seeds = resolve('test/fixtures/seeds') + '/';
const RUNS = Number(process.env.BENCH_RUNS ?? 40);

const timed = (fn: () => unknown): number => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

/** Baseline and measured, alternating: the medians of each and of the pair ratios. */
function paired(base: () => unknown, full: () => unknown): { base: number; full: number; ratio: number } {
  // Warm-up.
  for (let i = 0; i < 5; i++) {
    base();
    full();
  }
  const b: number[] = [];
  const f: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    b.push(timed(base));
    f.push(timed(full));
    r.push(f[i] / b[i]);
  }
  return { base: median(b), full: median(f), ratio: median(r) };
}

interface Input {
  name: string;
  content: string;
  adapt: (s: string) => SourceDoc;
  /** The file name the registry is given, which picks the input kind as for the command line. */
  file: string;
}

const list = (d: string, ext: string) =>
  readdirSync(d)
    .filter((f) => f.endsWith(ext))
    .sort();
const inputs: Input[] = [
  ...list(dir, '.html').map((name) => ({
    name,
    file: name,
    content: readFileSync(dir + name, 'utf8'),
    adapt: docFromHtml,
  })),
  ...list(seeds, '.txt').map((name) => ({
    name: `seed ${name.slice(0, 3)}.txt`,
    file: name,
    content: readFileSync(seeds + name, 'utf8'),
    adapt: docFromText,
  })),
];
// Pages and text are read at once (only documents wait on an engine): timed without a promise between.
const read = ({ file, content }: Input) =>
  analyzeReadings(kindOf({ name: file, text: content }).read({ name: file, text: content }) as Readings);
// Warm the JIT on every input first, so the first one measured is not the cold one.
for (let i = 0; i < 10; i++) for (const input of inputs) read(input);

const rows: string[][] = [];
for (const input of inputs) {
  const { base, full, ratio } = paired(
    () => walkCells(input.adapt(input.content)),
    () => read(input),
  );
  rows.push([
    input.name,
    `${(input.content.length / 1024).toFixed(0)} KB`,
    base.toFixed(2),
    full.toFixed(2),
    ratio.toFixed(2),
  ]);
}
console.log(`${RUNS} alternating pairs each (medians; ratio: median of the pair ratios), Node ${process.version}`);
printTable(['fixture', 'size', 'walk ms', 'read+check ms', 'ratio'], rows);
const ratios = rows.map((r) => Number(r[4]));
console.log(`ratio: median ${median(ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)} (target ≤ 2)`);
