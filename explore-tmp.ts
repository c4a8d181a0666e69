import { readFileSync } from 'node:fs';
import { analyzeReadings, toJson } from './lib/analyze';
import { readInput } from './lib/inputs';
import { useEngines } from './lib/inputs/engines';
import { nodeEngines } from './lib/inputs/node-engines';
import { analyzeFixture } from './test/helpers';
useEngines(nodeEngines);
const files = process.argv.slice(2);
for (const f of files) {
  const src = f.replace(/^.*\//, '').replace(/\..*$/, '').replace('-t4-changed', '');
  const want = toJson(analyzeFixture(`${src}.html`), 'x');
  const t0 = Date.now();
  let got;
  try {
    got = toJson(analyzeReadings(await readInput({ name: f, bytes: new Uint8Array(readFileSync(f)) })), 'x');
  } catch (e) { console.log(f, 'ERR', (e as any).problem ?? e); continue; }
  const diffs: string[] = [];
  for (const t of ['t2', 't3', 't4'] as const) {
    const a = (want as any)[t] ?? {}, b = (got as any)[t] ?? {};
    for (const r of new Set([...Object.keys(a), ...Object.keys(b)]))
      for (const c of new Set([...Object.keys(a[r] ?? {}), ...Object.keys(b[r] ?? {})]))
        if (a[r]?.[c] !== b[r]?.[c]) diffs.push(`${t}.${r}.${c}: ${a[r]?.[c]} vs ${b[r]?.[c]}`);
  }
  const fw = want.findings.map((x) => `${x.rule}:${x.cells.join(',')}`).sort();
  const fg = got.findings.map((x) => `${x.rule}:${x.cells.join(',')}`).sort();
  console.log(f, Date.now() - t0, 'ms', got.kind, got.format, got.meta.body, got.meta.year, 'diffs', diffs.length, diffs, 'findings', fw.length, fg.length,
    fw.filter((x) => !fg.includes(x)).slice(0, 5), fg.filter((x) => !fw.includes(x)).slice(0, 5), got.findings.filter((x) => x.rule === "STRUCTURE").map((x) => x.message));
}
