// The layer check over the project's own import graph, and on imports that cross the layers.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { layerOf, LAYERS, projectFiles, violations } from '../tools/layers';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('layers', () => {
  const files = projectFiles(root);

  it('places every source file in a layer', () => {
    expect(files.length).toBeGreaterThan(80);
    expect(files.filter((f) => layerOf(f.path) < 0).map((f) => f.path)).toEqual([]);
    expect(LAYERS[0][0]).toBe('base');
  });

  it('finds no crossing import in the project', () => {
    expect(violations(files)).toEqual([]);
  });

  it('fails on an import that crosses them, whatever its form', () => {
    const edited = (path: string, line: string) =>
      files.map((f) => (f.path === path ? { path, text: `${line}\n${f.text}` } : f));
    const real = (p: string) => files.some((f) => f.path === p);
    expect(violations(edited('lib/read/t3.ts', "import { openLibrary } from '../store/db';"), real)).toEqual([
      'lib/read/t3.ts → lib/store/db.ts: read may not import store',
    ]);
    expect(
      violations(edited('lib/page/links.ts', "import { saveReport } from '../library/repository';"), real),
    ).toEqual([
      'lib/page/links.ts → lib/library/repository.ts: view may not import library',
      'lib/page/links.ts → lib/library/repository.ts: only the background writes the library',
    ]);
    expect(violations(edited('lib/base/body.ts', "export { checkReport } from '@/lib/check';"), real)).toEqual([
      'lib/base/body.ts → lib/check/index.ts: base may not import check',
    ]);
    expect(violations(edited('lib/read/meta.ts', "import * as cheerio from 'cheerio';"), real)).toEqual([
      'lib/read/meta.ts → cheerio: only ^lib\\/inputs\\/ may use it',
    ]);
  });

  it('fails on a write to the library outside its one writer', () => {
    const write = { path: 'components/library/ReportList.tsx', text: 'await db.reports.delete(id);' };
    expect(violations([write])).toEqual([
      'components/library/ReportList.tsx: writes the library outside its one writer',
    ]);
    expect(violations([{ path: 'lib/library/repository.ts', text: 'await db.reports.delete(id);' }])).toEqual([]);
  });
});
