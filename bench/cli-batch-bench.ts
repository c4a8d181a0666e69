// The command line over a corpus: copies of the real report pages in a folder (1,000 files, then
// 5,000), read by the bundled program with --recursive --out FILE.jsonl in one thread and in N, next to
// a baseline that only parses each file with cheerio and walks its cells' text (in this process, so
// without a program's start). Files per second, the ratio to the baseline, and the program's peak
// memory (GNU time's maximum resident set) with its heap held to 160 MB, which it must keep to however
// large the corpus (V8 left free grows its heap lazily, so an unbounded peak says little).
//   npm run bench:cli-batch [-- --sizes 1000,5000 --jobs 2]
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as cheerio from 'cheerio';
import { printTable } from './stats';

const { values } = parseArgs({ options: { sizes: { type: 'string' }, jobs: { type: 'string' } } });
const SIZES = (values.sizes ?? '1000,5000').split(',').map(Number);
const JOBS = Number(values.jobs ?? availableParallelism());
const REPORTS = [
  'pingtan-2019.html',
  'pingtan-2021.html',
  'pingtan-2024.html',
  'pingtan-2025.html',
  'pingtan-gyz-2023.html',
  'pingtan-hzs-2025.html',
  'pingtan-jjf-2020.html',
  'pingtan-nyn-2019.html',
  'shuyang-fgj-2023.html',
  'pingtan-2013.html',
];

function corpus(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  for (let i = 0; i < n; i++) {
    const sub = join(dir, `d${Math.floor(i / 100)}`);
    if (i % 100 === 0) mkdirSync(sub);
    copyFileSync(`test/fixtures/real/${REPORTS[i % REPORTS.length]}`, join(sub, `${i}.html`));
  }
  return dir;
}

/** The floor: every file parsed with cheerio and its cells' text walked, in this process. */
function baseline(dir: string): number {
  const t0 = performance.now();
  let cells = 0;
  for (const sub of readdirSync(dir))
    for (const f of readdirSync(join(dir, sub))) {
      const $ = cheerio.load(readFileSync(join(dir, sub, f), 'utf8'));
      $('td, th').each((_, td) => void (cells += $(td).text().length > 0 ? 1 : 0));
    }
  if (cells === 0) throw new Error('no cell walked');
  return performance.now() - t0;
}

/** The bundled program over the folder: its time and its peak memory in MB (GNU time -f %M, kB). */
function program(dir: string, jobs: number): { ms: number; mb: number } {
  const out = join(dir, 'out.jsonl');
  const t0 = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', 'node', 'dist/cli.mjs', 'check', dir, '-r', '-j', String(jobs), '-o', out],
    {
      encoding: 'utf8',
    },
  );
  const ms = performance.now() - t0;
  const lines = readFileSync(out, 'utf8').trim().split('\n').length;
  if (
    lines !==
    readdirSync(dir)
      .filter((d) => d.startsWith('d'))
      .reduce((n, d) => n + readdirSync(join(dir, d)).length, 0)
  )
    throw new Error(`not every file read: ${r.stderr.slice(0, 500)}`);
  const kb = Number(r.stderr.trim().split('\n').pop());
  return { ms, mb: kb / 1024 };
}

const rows: string[][] = [];
for (const n of SIZES) {
  const dir = corpus(n);
  const base = baseline(dir);
  const one = program(dir, 1);
  const many = program(dir, JOBS);
  const rate = (ms: number) => ((n / ms) * 1000).toFixed(0);
  rows.push([`${n} files: cheerio parse + walk (floor)`, rate(base), '1.00', '']);
  rows.push([`${n} files: check -r -j 1 -o .jsonl`, rate(one.ms), (one.ms / base).toFixed(2), one.mb.toFixed(0)]);
  rows.push([
    `${n} files: check -r -j ${JOBS} -o .jsonl`,
    rate(many.ms),
    (many.ms / base).toFixed(2),
    many.mb.toFixed(0),
  ]);
  rmSync(dir, { recursive: true, force: true });
}
printTable(['corpus', 'files/s', 'ratio', 'peak MB'], rows);
