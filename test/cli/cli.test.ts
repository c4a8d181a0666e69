import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../lib/inputs/decode';
import { fixturePath, runCli } from '../helpers';

const run = runCli;

describe('check', () => {
  it('prints a readable Chinese summary by default', async () => {
    const { code, out, err } = await run('check', fixturePath('shuyang-fgj-2023.html'));
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('沭阳县发展和改革局2023年政府信息公开年度报告');
    expect(out).toContain('沭阳县发展和改革局 · 2023年度 · 2021年版格式');
    expect(out).toContain('表二 6行 · 表三 25行 · 表四 3块');
    expect(out).toContain('错误 0 · 提示 1 · 说明 1');
    expect(out).toContain('[提示] BLANK  表三有 125 个空白单元格');
  });

  it('--lang en prints the summary in English; the findings keep the words of the report', async () => {
    const { code, out } = await run('check', fixturePath('shuyang-fgj-2023.html'), '--lang', 'en');
    expect(code).toBe(0);
    expect(out).toContain('沭阳县发展和改革局 · Year 2023 · 2021 format');
    expect(out).toContain('table 2: 6 rows · table 3: 25 rows · table 4: 3 blocks');
    expect(out).toContain('0 errors · 1 warning · 1 note');
    expect(out).toContain('[Warning] BLANK  表三有 125 个空白单元格');
    expect((await run('check', 'no-such-file.html', '--lang', 'en')).err).toBe(
      'Cannot read no-such-file.html: no such file\n',
    );
    expect((await run('check', fixturePath('pingtan-gzl-work-report-2022.html'), '--lang', 'en')).out).toContain(
      'Not a government',
    );
  });

  it('--json on one file prints one object in the contract shape', async () => {
    const { code, out } = await run('check', fixturePath('pingtan-2024.html'), '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['source', 'kind', 'format', 'meta', 't2', 't3', 't4', 'figures', 'findings']);
    expect(json).toMatchObject({
      kind: 'report',
      format: '2021',
      meta: {
        title: '平潭综合实验区2024年度政府信息公开工作年度报告',
        body: '平潭综合实验区',
        year: 2024,
        published: null,
      },
    });
    expect(json.t3['withheld.internal']).toEqual({
      natural: 32,
      commercial: 0,
      research: 0,
      nonprofit: 0,
      legal: 0,
      other_org: 0,
      total: 32,
    });
    expect(json.t4.suit_after_review).toEqual({ upheld: 13, corrected: 2, other: 4, pending: 0, total: 19 });
    expect(json.findings).toEqual([]);
  });

  it('--json on several files prints an array; a not-report page and a missing file are told apart', async () => {
    const { code, out, err } = await run(
      'check',
      fixturePath('pingtan-2019.html'),
      fixturePath('pingtan-report-list.html'),
      'no-such-file.html',
      '--json',
    );
    expect(code).toBe(1);
    expect(err).toBe('无法读取 no-such-file.html：文件不存在\n');
    const json = JSON.parse(out);
    expect(json.map((r: { kind: string; format: string | null }) => [r.kind, r.format])).toEqual([
      ['report', '2019'],
      ['not-report', null],
    ]);
  });

  it('a page that is not a report gets a clear message and exit 0', async () => {
    const { code, out } = await run('check', fixturePath('pingtan-gzl-work-report-2022.html'));
    expect(code).toBe(0);
    expect(out).toContain('不是政府信息公开工作年度报告');
  });

  it('a directory cannot be read; usage errors exit 2', async () => {
    expect((await run('check', fixturePath('.'))).err).toMatch(/这是一个目录/);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('check')).err).toMatch(/^用法：/);
    expect((await run('check', 'x.html', '--lang', 'fr')).code).toBe(2);
    expect((await run('check', '--lang', 'en')).err).toMatch(/^Usage:/);
  });

  it('decodes GBK pages that say so, and GBK pages that say nothing', async () => {
    const gbk = Buffer.from('c4b3cfd8', 'hex'); // 某县 in GBK
    const page = (head: string) =>
      Buffer.concat([Buffer.from(`<html><head>${head}<title>`), gbk, Buffer.from('</title></head></html>')]);
    expect(decodePage(page('<meta charset="gbk">'))).toContain('<title>某县</title>');
    expect(decodePage(page(''))).toContain('<title>某县</title>');
    expect(decodePage(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>年报</p>')]))).toBe(
      '<p>年报</p>',
    );
  });
});

describe('the bundled command line (dist/cli.mjs, made by npm run build:cli)', () => {
  it('runs as npx nianbao-lens from the clone, and says the same as the sources', async () => {
    const r = spawnSync('npx', ['nianbao-lens', 'check', fixturePath('pingtan-2025.html'), '--json'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.t3.new.total).toBe(154);
    expect(json).toEqual(JSON.parse((await run('check', fixturePath('pingtan-2025.html'), '--json')).out));
  });
});

describe('npm run --silent cli', () => {
  it('is the same command line, exit status and all', async () => {
    const r = spawnSync('npm', ['run', '--silent', 'cli', '--', 'check', fixturePath('pingtan-2021.html'), '--json'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).t3.new.total).toBe(70);
    expect(() =>
      execFileSync('npm', ['run', '--silent', 'cli', '--', 'check', 'missing.html'], { stdio: 'pipe' }),
    ).toThrow();
  });
});
