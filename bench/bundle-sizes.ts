// npm run bench (third table): the size of every script the built extension loads, raw and gzipped,
// the content script against its budget (it loads on every government page: 10 KB gzipped since the
// reader is injected only where its probe says a page may be a report).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { printTable } from './stats';

const OUT = '.output/chrome-mv3';
const CONTENT_BUDGET = 10 * 1024;

function scripts(dir: string): string[] {
  return readdirSync(join(OUT, dir))
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f));
}

const files = ['background.js', 'reader.js', ...scripts('content-scripts'), ...scripts('chunks'), ...scripts('assets')];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const rows = files
  .map((f) => {
    const bytes = readFileSync(join(OUT, f));
    return { f, raw: statSync(join(OUT, f)).size, gz: gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) => b.raw - a.raw)
  .map(({ f, raw, gz }) => [f.replace(/-[\w-]{8}\.js$/, '.js'), kb(raw), kb(gz)]);
console.log('\nBundles of .output/chrome-mv3 (npm run build)');
printTable(['script', 'size', 'gzipped'], rows);
const content = gzipSync(readFileSync(join(OUT, 'content-scripts/content.js')), { level: 9 }).length;
const reader = gzipSync(readFileSync(join(OUT, 'reader.js')), { level: 9 }).length;
console.log(
  `content script: ${kb(content)} gzipped (budget ${kb(CONTENT_BUDGET)}); the reader it has injected on a ` +
    `page that may be a report: ${kb(reader)}`,
);
