// The command line on input built to break it: a device that never ends, a file far larger than
// any report, a Word 97 file whose sectors loop, markup nested 10,000 and 100,000 deep. Each ends in
// bounded time with its message, and with --json one bad file does not lose the results of the others.
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, MAX_FILE_BYTES } from '../../lib/cli';
import { fixture, fixturePath, loopedDoc } from '../helpers';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-hostile-'));

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const t0 = Date.now();
  const code = await main(
    args,
    (s) => (out += s),
    (s) => (err += s),
  );
  return { code, out, err, ms: Date.now() - t0 };
}

/** A report page whose article sits `depth` elements deep. */
function nested(depth: number): string {
  const article = fixture('pingtan-2024.html').match(/<body[^>]*>([\s\S]*)<\/body>/i)![1];
  const head = '<head><title>平潭综合实验区2024年度政府信息公开工作年度报告</title></head>';
  return `<html>${head}<body>${'<div>'.repeat(depth)}${article}${'</div>'.repeat(depth)}</body></html>`;
}

describe('hostile input to the command line', () => {
  it('refuses a device such as /dev/zero at once', async () => {
    const r = await run('check', '/dev/zero');
    expect(r).toMatchObject({ code: 1, out: '', err: '无法读取 /dev/zero：不是普通文件\n' });
    expect(r.ms).toBeLessThan(1000);
  });

  it('refuses a file larger than any report without reading it', async () => {
    const big = join(dir, 'big.html');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024);
    const r = await run('check', big, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `Cannot read ${big}: too large for a report (50.0 MB, limit ${MAX_FILE_BYTES / 1024 / 1024}.0 MB)\n`,
    );
    expect(r.ms).toBeLessThan(1000);
  });

  it('refuses a Word 97 file whose sector chain loops, at once (it crashed Node, its memory full)', async () => {
    const file = join(dir, 'looped.doc');
    writeFileSync(file, loopedDoc());
    const r = await run('check', file);
    expect(r).toMatchObject({ code: 1, out: '', err: `无法读取 ${file}：文件已损坏或不完整（DOC），无法读取\n` });
    expect(r.ms).toBeLessThan(2000);
  });

  it('reads a page nested 10,000 deep without exhausting the stack', async () => {
    const file = join(dir, 'deep-10000.html');
    writeFileSync(file, nested(10_000));
    const r = await run('check', file);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // The report sits below the depth that is walked: said to be a report by its title, no tables.
    expect(r.out).toContain('平潭综合实验区2024年度政府信息公开工作年度报告');
    expect(r.out).toContain('表二 未找到 · 表三 未找到 · 表四 未找到');
  });

  it('refuses a page nested 100,000 deep before parsing it', async () => {
    const file = join(dir, 'deep-100000.html');
    writeFileSync(file, nested(100_000));
    const r = await run('check', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^无法读取 .*deep-100000\.html：页面标记嵌套过深（100\d{3} 层，上限 20000），不像年度报告，未读取\n$/,
    );
    expect(r.ms).toBeLessThan(2000);
  });

  it('a page nested 200 deep is read whole (pingtan-2024: table 3 new total 218)', async () => {
    const file = join(dir, 'deep-200.html');
    writeFileSync(file, nested(200));
    const r = await run('check', file, '--json');
    expect(JSON.parse(r.out).t3.new.total).toBe(218);
  });

  it('--json writes each result as it comes: a file that cannot be read loses nothing else', async () => {
    const r = await run(
      'check',
      fixturePath('pingtan-2024.html'),
      '/dev/zero',
      fixturePath('pingtan-2025.html'),
      '--json',
    );
    expect(r.code).toBe(1);
    expect(r.err).toBe('无法读取 /dev/zero：不是普通文件\n');
    const json = JSON.parse(r.out);
    expect(json.map((x: { meta: { year: number } }) => x.meta.year)).toEqual([2024, 2025]);
  });
});
