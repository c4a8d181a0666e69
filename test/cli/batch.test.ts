// The command line over a folder of real reports: --recursive finds every report file under it (pages,
// a PDF, a broken PDF, a file of another kind left out); --out writes exactly the library's exports
// (the long CSV, the XLSX sheets, JSON Lines), unreadable files listed and the run going on; worker
// threads (the bundled program, --jobs 2) give what one thread gives, in the order of the files.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import readExcelFile from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandPaths } from '../../lib/cli/walk';
import { CSV_HEADER } from '../../lib/export/csv';
import { COPY_2026, fixturePath, parseCsv, REUSE_2026, runCli } from '../helpers';

let dir: string;
const PAGES = ['pingtan-2021.html', 'pingtan-2024.html', 'pingtan-2025.html'];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-corpus-'));
  mkdirSync(join(dir, 'zone', 'files'), { recursive: true });
  for (const f of PAGES) copyFileSync(fixturePath(f), join(dir, 'zone', f));
  copyFileSync(fixturePath('shuyang-fgj-2023.html'), join(dir, 'shuyang.htm'));
  copyFileSync(
    fileURLToPath(new URL('../fixtures/attachments/pingtan-2019.chromium.pdf', import.meta.url)),
    join(dir, 'zone', 'files', '2019.pdf'),
  );
  writeFileSync(join(dir, 'zone', 'files', 'broken.pdf'), 'not a pdf');
  writeFileSync(join(dir, 'zone', 'notes.md'), '# not read');
});

describe('check a folder', () => {
  it('--recursive finds the report files under it, sorted, another kind left out', () => {
    expect(expandPaths([dir], true).map((p) => p.slice(dir.length + 1))).toEqual([
      'shuyang.htm',
      'zone/files/2019.pdf',
      'zone/files/broken.pdf',
      'zone/pingtan-2021.html',
      'zone/pingtan-2024.html',
      'zone/pingtan-2025.html',
    ]);
    // Without --recursive a folder is refused in words, as before.
    expect(expandPaths([dir], false)).toEqual([dir]);
  });

  it('--recursive takes RTF and saved pages (MHT, MHTML) too', () => {
    const other = mkdtempSync(join(tmpdir(), 'nianbao-kinds-'));
    for (const f of ['a.rtf', 'b.MHT', 'c.mhtml', 'd.odt', 'e.doc']) writeFileSync(join(other, f), '');
    expect(expandPaths([other], true).map((p) => p.slice(other.length + 1))).toEqual([
      'a.rtf',
      'b.MHT',
      'c.mhtml',
      'e.doc',
    ]);
  });

  it('--out .csv writes the library’s long CSV; the broken file is listed and the run goes on', async () => {
    const out = join(dir, 'all.csv');
    const { code, err } = await runCli('check', dir, '-r', '--out', out);
    expect(code).toBe(1);
    expect(err).toBe(
      `无法读取 ${join(dir, 'zone', 'files', 'broken.pdf')}：文件已损坏或不完整（PDF），无法读取\n` +
        `已写入 ${out}：5 份报告；0 个文件不是年度报告，1 个文件无法读取。\n`,
    );
    const [head, ...rows] = parseCsv(readFileSync(out, 'utf8').slice(1));
    expect(head).toEqual(CSV_HEADER);
    const years = [...new Set(rows.map((r) => `${r[1]} ${r[2]} ${r[8]}`))];
    expect(years).toEqual([
      '沭阳县发展和改革局 2023 page',
      '平潭综合实验区 2019 PDF',
      '平潭综合实验区 2021 page',
      '平潭综合实验区 2024 page',
      '平潭综合实验区 2025 page',
    ]);
    const t3 = rows.find((r) => r[2] === '2024' && r[9] === 't3' && r[10] === 'new' && r[12] === 'total')!;
    expect([t3[6], t3[14]]).toEqual([join(dir, 'zone', 'pingtan-2024.html'), '218']);
  });

  it('--out .xlsx and .jsonl: the library’s sheets, one report per line', async () => {
    const xlsx = join(dir, 'all.xlsx');
    await runCli('check', dir, '-r', '-o', xlsx);
    const book = await readExcelFile(readFileSync(xlsx));
    expect(book.map((s) => s.sheet)).toEqual([
      '表三 依申请',
      '表四 复议诉讼',
      '表二 主动公开（2021年版）',
      '表二 主动公开（2019年版）',
      '比较',
      '核对结果',
      '标签与备注',
      '正文数字',
      '长表',
    ]);
    expect(book[0].data.slice(1).map((r) => r[1])).toEqual([2023, 2019, 2021, 2024, 2025]);
    // What the library lists across reports: REUSE's share of 2025 against 2024 (1 sentence in 23), and
    // CROSS-YEAR between them.
    const compare = book[4].data;
    expect(compare.slice(1).map((r) => [r[1], r[compare[0].indexOf('与上年重复')]])).toEqual([
      [2023, null],
      [2019, null],
      [2021, null],
      [2024, null],
      [2025, 1 / 23],
    ]);
    expect(book[5].data.filter((r) => r[5] === 'CROSS-YEAR').map((r) => r[1])).toEqual([2024, 2025]);
    // Table 2 on one sheet per format: the 2019 report's own columns apart.
    expect(book[3].data.slice(1).map((r) => r[1])).toEqual([2019]);
    expect(book[3].data[0]).toContain('规章·本年新制作数量');
    const jsonl = join(dir, 'all.jsonl');
    await runCli('check', dir, '-r', '-o', jsonl);
    const lines = readFileSync(jsonl, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((j) => [j.meta.year, j.t3?.new?.total ?? null])).toEqual([
      [2023, 26],
      [2019, 23],
      [2021, 70],
      [2024, 218],
      [2025, 154],
    ]);
  });

  it('--out .xlsx lists REUSE: last year’s text with new numbers, in one thread and in workers alike', async () => {
    const pair = mkdtempSync(join(tmpdir(), 'nianbao-reuse-'));
    copyFileSync(fixturePath('pingtan-2025.html'), join(pair, '2025.html'));
    writeFileSync(join(pair, '2026.html'), COPY_2026());
    const findings = async (xlsx: string) =>
      (await readExcelFile(readFileSync(xlsx)))
        .find((s) => s.sheet === '核对结果')!
        .data.filter((r) => r[5] === 'REUSE');
    await runCli('check', pair, '-r', '-o', join(pair, 'one.xlsx'));
    expect((await findings(join(pair, 'one.xlsx'))).map((r) => [r[1], r[6], r[7], r[8]])).toEqual([
      [2026, '内容雷同：多数句子与上一年度报告相同', '提示', REUSE_2026],
    ]);
    const cli = fileURLToPath(new URL('../../dist/cli.mjs', import.meta.url));
    spawnSync(process.execPath, [cli, 'check', pair, '-r', '-j', '2', '-o', join(pair, 'two.xlsx')]);
    expect(await findings(join(pair, 'two.xlsx'))).toEqual(await findings(join(pair, 'one.xlsx')));
  });

  it('worker threads (the bundled program, --jobs 2) give what one thread gives, in the order of the files', () => {
    const run = (jobs: string) =>
      spawnSync('node', ['dist/cli.mjs', 'check', dir, '--recursive', '--jobs', jobs, '--json'], { encoding: 'utf8' });
    const [one, two] = [run('1'), run('2')];
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(JSON.parse(two.stdout).map((j: { meta: { year: number } }) => j.meta.year)).toEqual([
      2023, 2019, 2021, 2024, 2025,
    ]);
  });

  it('--help says every option; a bad --jobs or --out is refused with the usage', async () => {
    const help = await runCli('check', '--help');
    expect([help.code, help.out.split('\n')[0]]).toEqual([
      0,
      '用法：npm run --silent cli -- check 文件或目录... [选项]',
    ]);
    expect(help.out).toContain('-j, --jobs N');
    expect((await runCli('check', dir, '--jobs', '0')).code).toBe(2);
    expect((await runCli('check', dir, '--out', 'x.pdf')).code).toBe(2);
  });
});
