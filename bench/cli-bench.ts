// The command line's start: one file checked by the bundled CLI (dist/cli.mjs, what `npm run cli`
// and `npx nianbao-lens` run) next to Node starting and doing nothing, its floor; and the same file
// through tsx from the sources, as it ran before the bundle. Runs alternate, medians of 15 each.
import { spawnSync } from 'node:child_process';
import { median, printTable } from './stats';

const FILE = 'test/fixtures/real/pingtan-2024.html';
const RUNS = 15;
const time = (cmd: string, args: string[]) => {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return performance.now() - t0;
};

const floor: number[] = [];
const bundled: number[] = [];
const sources: number[] = [];
for (let i = 0; i < RUNS; i++) {
  floor.push(time('node', ['-e', '0']));
  bundled.push(time('node', ['dist/cli.mjs', 'check', FILE]));
  if (i < 5) sources.push(time('npx', ['tsx', 'lib/cli.ts', 'check', FILE]));
}
const f = median(floor);
const row = (name: string, ms: number) => [name, ms.toFixed(0), (ms / f).toFixed(2)];
printTable(
  ['one file (pingtan-2024.html)', 'ms', 'ratio'],
  [
    row('floor: node -e 0', f),
    row('node dist/cli.mjs check (bundled)', median(bundled)),
    row('npx tsx lib/cli.ts check (sources, 5 runs)', median(sources)),
  ],
);
