// Bundles Node entry points as the command line ships them: one ESM file each, with `require` made
// for the CommonJS dependencies that call it (iconv-lite, word-extractor). The command line's own
// file (--bin) starts with its interpreter line and is made executable, for `npx nianbao-lens`.
// Usage: tsx tools/bundle-node.ts [--bin] <outdir> <entry.ts>…  (each entry → <outdir>/<name>.mjs)
import { chmodSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

const args = process.argv.slice(2);
const bin = args[0] === '--bin';
const [outdir, ...entries] = bin ? args.slice(1) : args;
const need =
  "import { createRequire as nianbaoRequire } from 'node:module'; const require = nianbaoRequire(import.meta.url);";
await build({
  entryPoints: entries,
  bundle: true,
  platform: 'node',
  format: 'esm',
  outdir,
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
  banner: { js: bin ? `#!/usr/bin/env node\n${need}` : need },
});
if (bin) for (const entry of entries) chmodSync(join(outdir, basename(entry).replace(/\.ts$/, '.mjs')), 0o755);
