// The layers of the code and the check that keeps them: a file imports only from its own layer or
// the layers below it, cheerio only from the inputs and Dexie only from the store, and the library
// is written by one module (lib/library/repository.ts, with lib/collect/jobs.ts for collections)
// that only the background calls. `npm run check:layers` runs it; test/layers.test.ts too.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, normalize } from 'node:path';

/** Lowest first. */
export const LAYERS: [string, RegExp][] = [
  ['base', /^lib\/model\.ts$|^lib\/(i18n|base)\//],
  ['format', /^lib\/format\//],
  ['inputs', /^lib\/inputs\//],
  ['read', /^lib\/read\//],
  ['check', /^lib\/check\//],
  ['analyze', /^lib\/analyze\.ts$/],
  ['view', /^lib\/(view|render|page)\//],
  ['messages', /^lib\/(messages|content-world)\.ts$/],
  ['store', /^lib\/store\//],
  ['export', /^lib\/export\//],
  ['library', /^lib\/library\//],
  ['collect', /^lib\/collect\//],
  ['background', /^lib\/background\//],
  ['cli', /^lib\/cli(\.ts$|\/)/],
  ['components', /^components\//],
  ['entrypoints', /^entrypoints\//],
];

/** Packages only one layer may use: the content script must never carry cheerio, only the store opens Dexie. */
const PACKAGES: [RegExp, RegExp][] = [
  [/^cheerio$|^domhandler$/, /^lib\/inputs\//],
  [/^dexie$/, /^lib\/store\//],
];

const WRITERS = /^lib\/(library\/repository|library\/settings|collect\/jobs|store\/db)\.ts$/;
const WRITE =
  /\b(?:db|tx)\.(?:reports|pages|jobs|files|versions|settings|texts)\.(?:add|put|bulkAdd|bulkPut|update|delete|bulkDelete|clear)\(|\.modify\(/;
const REPOSITORY = 'lib/library/repository.ts';
const REPOSITORY_CALLERS = /^(entrypoints\/background\.ts|lib\/background\/|lib\/collect\/)/;

export const layerOf = (file: string): number => LAYERS.findIndex(([, re]) => re.test(file));

export interface SourceFile {
  path: string;
  text: string;
}

const IMPORT =
  /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;

function resolve(from: string, spec: string, exists: (p: string) => boolean): string | null {
  const base = spec.startsWith('@/')
    ? spec.slice(2)
    : spec.startsWith('.')
      ? normalize(join(dirname(from), spec))
      : null;
  if (base === null) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`])
    if (exists(candidate)) return candidate;
  return base;
}

/** Every rule broken, one line each: "lib/read/t3.ts → lib/store/db.ts: read may not import store". */
export function violations(files: SourceFile[], exists = (p: string) => files.some((f) => f.path === p)): string[] {
  const out: string[] = [];
  for (const file of files) {
    const mine = layerOf(file.path);
    if (mine < 0) continue;
    for (const m of file.text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3];
      const target = resolve(file.path, spec, exists);
      if (target === null) {
        const pkg = PACKAGES.find(([name]) => name.test(spec));
        if (pkg && !pkg[1].test(file.path)) out.push(`${file.path} → ${spec}: only ${pkg[1].source} may use it`);
        continue;
      }
      const theirs = layerOf(target);
      if (theirs > mine) out.push(`${file.path} → ${target}: ${LAYERS[mine][0]} may not import ${LAYERS[theirs][0]}`);
      if (target === REPOSITORY && !REPOSITORY_CALLERS.test(file.path) && file.path !== REPOSITORY) {
        out.push(`${file.path} → ${target}: only the background writes the library`);
      }
    }
    if (!WRITERS.test(file.path) && WRITE.test(file.text))
      out.push(`${file.path}: writes the library outside its one writer`);
  }
  return out;
}

/** The project's own source files (lib, components, entrypoints), as git knows them. */
export function projectFiles(root: string): SourceFile[] {
  const list = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'lib', 'components', 'entrypoints'], {
    cwd: root,
    encoding: 'utf8',
  });
  return list
    .split('\n')
    .filter((p) => /\.tsx?$/.test(p) && existsSync(join(root, p)))
    .map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = violations(projectFiles(process.cwd()));
  for (const line of found) console.error(line);
  console.log(found.length === 0 ? 'layers: no crossing import' : `layers: ${found.length} crossing imports`);
  process.exitCode = found.length === 0 ? 0 : 1;
}
