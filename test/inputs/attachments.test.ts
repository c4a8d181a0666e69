// Reports published as PDF and Word files (made from the real pages: test/fixtures/attachments/README.md):
// every figure of tables 2–4 read from the file equals the reading of the page it was made from, cell
// by cell, and the findings are the same; a scan, a password, a broken file and 300 pages are refused.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeReadings, toJson } from '../../lib/analyze';
import { kindOf, readInput } from '../../lib/inputs';
import { cellsMarked } from '../../lib/inputs/doc';
import { installEngines } from '../../lib/inputs/engines';
import { InputError } from '../../lib/inputs/kind';
import { nodeEngines } from '../../lib/inputs/node-engines';
import type { PdfBox } from '../../lib/inputs/pdf-layout';
import type { ReportJson } from '../../lib/model';
import { analyzeFixture, runCli } from '../helpers';

const path = (name: string) => fileURLToPath(new URL(`../fixtures/attachments/${name}`, import.meta.url));
const bytes = (name: string) => new Uint8Array(readFileSync(path(name)));
const read = async (name: string) => analyzeReadings(await readInput({ name, bytes: bytes(name) }));

/** Every figure of tables 2–4, by cell id: undefined where the table has no such cell. */
function figures(r: ReportJson): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const t of ['t2', 't3', 't4'] as const) {
    for (const [row, cols] of Object.entries(r[t] ?? {})) {
      for (const [col, v] of Object.entries(cols)) out[`${t}.${row}.${col}`] = v;
    }
  }
  return out;
}
const findings = (r: ReportJson) => r.findings.map((f) => `${f.rule} ${f.severity} ${f.cells.join(',')}`).sort();

beforeAll(() => installEngines(nodeEngines));

describe('a PDF or Word report reads as the page it was made from', () => {
  it.each([
    ['pingtan-2024.chromium.pdf', 'pingtan-2024', 218],
    ['pingtan-2019.chromium.pdf', 'pingtan-2019', 23],
    ['pingtan-2013.chromium.pdf', 'pingtan-2013', null],
    ['shuyang-fgj-2023.chromium.pdf', 'shuyang-fgj-2023', 26],
    ['pingtan-2024.office.pdf', 'pingtan-2024', 218],
    ['pingtan-2019.office.pdf', 'pingtan-2019', 23],
    ['pingtan-2013.office.pdf', 'pingtan-2013', null],
    ['pingtan-2021.unruled.pdf', 'pingtan-2021', 70],
    ['pingtan-2024.split.pdf', 'pingtan-2024', 218],
    ['pingtan-2024.split-header.pdf', 'pingtan-2024', 218],
    ['pingtan-2024.office.docx', 'pingtan-2024', 218],
    ['pingtan-2019.office.docx', 'pingtan-2019', 23],
    ['pingtan-2013.office.docx', 'pingtan-2013', null],
    ['pingtan-2024.office.doc', 'pingtan-2024', 218],
    ['pingtan-2013.office.doc', 'pingtan-2013', null],
    ['pingtan-2019.office.doc', 'pingtan-2019', 23],
    // "Word" files that are none, named .doc as portals send them: read by what their bytes are.
    ['pingtan-2024.rtf.doc', 'pingtan-2024', 218],
    ['pingtan-2024.html.doc', 'pingtan-2024', 218],
    ['pingtan-2024.mhtml.doc', 'pingtan-2024', 218],
    ['pingtan-2024.wordml.doc', 'pingtan-2024', 218],
  ])('%s = %s.html (t3 new total %s)', async (file, page, total) => {
    const want = toJson(analyzeFixture(`${page}.html`), 'x');
    const got = toJson(await read(file), 'x');
    expect(got.t3?.new.total ?? null).toBe(total);
    expect(figures(got)).toEqual(figures(want));
    expect(findings(got)).toEqual(findings(want));
    expect([got.kind, got.format, got.meta.year]).toEqual([want.kind, want.format, want.meta.year]);
  });

  it('reads a PDF whose Chinese font is not embedded (STSong-Light, UniGB-UCS2-H CMap, as iText writes)', async () => {
    const report = toJson(await read('pingtan-2013.stsong.pdf'), 'x');
    expect([report.kind, report.format, report.meta.body, report.meta.year]).toEqual([
      'report',
      'pre2019',
      '平潭综合实验区',
      2013,
    ]);
    expect(report.figures.map((f) => [f.key, f.value, f.label])).toEqual([
      ['proactive_total', 4970, '主动公开政府信息4970条'],
    ]);
  });

  it('names the body from the file: the PDF title, DOCX, RTF, XML properties, a DOC title on two lines', async () => {
    expect((await read('pingtan-2024.chromium.pdf')).meta.body).toBe('平潭综合实验区');
    expect((await read('pingtan-2019.office.docx')).meta.body).toBe('平潭综合实验区');
    expect((await read('shuyang-fgj-2023.chromium.pdf')).meta.body).toBe('沭阳县发展和改革局');
    expect((await read('pingtan-2013.office.doc')).meta).toMatchObject({ body: '平潭综合实验区', year: 2013 });
    for (const file of ['pingtan-2024.rtf.doc', 'pingtan-2024.wordml.doc']) {
      expect((await read(file)).meta).toMatchObject({
        title: '平潭综合实验区2024年度政府信息公开工作年度报告',
        body: '平潭综合实验区',
      });
    }
  });

  it('finds the changed figure in the PDF, its cells placed on the page they are printed on', async () => {
    const report = await read('pingtan-2024-t4-changed.chromium.pdf');
    const error = report.findings.find((f) => f.cells.includes('t4.suit_after_review.total'))!;
    expect(error).toMatchObject({ rule: 'T4-SUM', severity: 'error', reported: 18, computed: 19, difference: -1 });
    const box = report.cells.get('t4.suit_after_review.total')!.node as PdfBox;
    expect(box.page).toBe(5);
    expect(box.x).toBeGreaterThan(500);
    expect(box.w).toBeGreaterThan(20);
    // Pages turned by /Rotate 90 read the same: the boxes stay in the page's own space.
    const turned = await read('pingtan-2024-t4-changed.rotated.pdf');
    expect(turned.cells.get('t4.suit_after_review.total')!.node).toEqual(box);
    // The same finding in the DOCX, where the cell is the HTML rendering's.
    const docx = await read('pingtan-2024-t4-changed.office.docx');
    expect(docx.findings.map((f) => [f.rule, f.reported, f.computed])).toEqual([['T4-SUM', 18, 19]]);
  });
});

describe('files that are not read, each with its reason', () => {
  const problem = async (name: string) => {
    try {
      await read(name);
    } catch (e) {
      if (e instanceof InputError) return e.problem;
      throw e;
    }
    return null;
  };
  it.each([
    ['pingtan-2024.scan.pdf', { code: 'scanned' }],
    ['pingtan-2024.encrypted.pdf', { code: 'encrypted' }],
    ['corrupt.pdf', { code: 'corrupt', kind: 'PDF' }],
    ['pingtan-2024.truncated.pdf', { code: 'corrupt', kind: 'PDF' }],
    ['huge-300.pdf', { code: 'too-many-pages', pages: 300, limit: 100 }],
  ])('%s', async (name, want) => {
    expect(await problem(name)).toEqual(want);
  });

  it('an OFD or WPS file is recognised and said not to be read yet', async () => {
    const zip = new TextEncoder().encode('PK\x03\x04....OFD.xml....');
    await expect(readInput({ name: '报告.ofd', bytes: zip })).rejects.toMatchObject({
      problem: { code: 'unsupported-kind', kind: 'OFD' },
    });
    await expect(readInput({ name: '报告.wps', bytes: zip })).rejects.toMatchObject({
      problem: { code: 'unsupported-kind', kind: 'WPS' },
    });
  });
});

describe('recognising the kind', () => {
  it.each([
    ['a PDF by its first bytes', { name: 'download', bytes: bytes('corrupt.pdf') }, 'pdf'],
    ['a DOCX by its name', { name: 'a.docx', bytes: new Uint8Array() }, 'docx'],
    ['a DOCX by its type', { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }, 'docx'],
    ['a DOC by its OLE header', { name: 'download', bytes: bytes('pingtan-2024.office.doc') }, 'doc'],
    ['a DOC named .docx by its bytes', { name: 'a.docx', bytes: bytes('pingtan-2024.office.doc') }, 'doc'],
    ['a DOCX named .doc by its bytes', { name: 'a.doc', bytes: bytes('pingtan-2024.office.docx') }, 'docx'],
    ['a PDF named .doc by its bytes', { name: 'a.doc', bytes: bytes('pingtan-2024.office.pdf') }, 'pdf'],
    ['an RTF named .doc', { name: 'a.doc', bytes: bytes('pingtan-2024.rtf.doc') }, 'rtf'],
    ['a web page named .doc', { name: 'a.doc', bytes: bytes('pingtan-2024.html.doc') }, 'html'],
    ['a saved page (MHTML) named .doc', { name: 'a.doc', bytes: bytes('pingtan-2024.mhtml.doc') }, 'mht'],
    ['Word 2003 XML named .doc', { name: 'a.doc', bytes: bytes('pingtan-2024.wordml.doc') }, 'wordml'],
    ['an error page sent for a .pdf', { name: 'a.pdf', text: '<!DOCTYPE html><title>404 页面不存在</title>' }, 'html'],
    ['an RTF by its name', { name: '报告.rtf', bytes: new Uint8Array() }, 'rtf'],
    ['an MHT by its name', { name: '报告.mht', bytes: new Uint8Array() }, 'mht'],
  ])('%s', (_, file, id) => {
    expect(kindOf(file).id).toBe(id);
  });
});

describe("Word's text with its cells marked", () => {
  it('joins a label wrapped in its cell and keeps the paragraphs and headings between tables', () => {
    const body =
      '行政事业性收费\t18651.06\t\n三、收到和处理政府信息公开申请情况\n（本列）\t申请人情况\t\t三、本\n年度办   \n理结果' +
      '\t（一）予以公开\t71\t\t四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼';
    expect(cellsMarked(body)).toBe(
      '行政事业性收费 | 18651.06 | \n\n三、收到和处理政府信息公开申请情况\n（本列） | 申请人情况 | \n | ' +
        '三、本年度办理结果 | （一）予以公开 | 71 | \n | \n四、政府信息公开行政复议、行政诉讼情况\n行政复议 | 行政诉讼',
    );
  });
});

describe('the command line on files', () => {
  const run = runCli;

  it('checks a PDF and says on which page and where the wrong cells are', async () => {
    const { code, out, err } = await run('check', path('pingtan-2024-t4-changed.chromium.pdf'));
    expect([code, err]).toEqual([0, '']);
    expect(out).toContain('平潭综合实验区 · 2024年度 · 2021年版格式');
    expect(out).toContain('[错误] T4-SUM  表四「行政诉讼／复议后起诉」');
    expect(out).toContain('      位置：第 5 页，距页面左上角 504, 189 点');
    const json = JSON.parse((await run('check', path('pingtan-2024-t4-changed.chromium.pdf'), '--json')).out);
    expect(json.places['t4.suit_after_review.total']).toEqual({ page: 5, x: 504.4, y: 188.6, w: 30, h: 42 });
    expect(Object.keys(json.places).sort()).toEqual(json.findings[0].cells.sort());
  });

  it('says a PDF that is no report is not one (the real work report of pingtan’s state assets office)', async () => {
    const { code, out } = await run('check', path('not-a-report.pdf'));
    expect([code, out]).toEqual([
      0,
      `${path('not-a-report.pdf')}\n  不是政府信息公开工作年度报告（未找到年报标题，也未找到表三或表四）\n\n`,
    ]);
  });

  it('checks DOCX and DOC the same; a page or a DOCX has no places', async () => {
    const docx = JSON.parse((await run('check', path('pingtan-2024-t4-changed.office.docx'), '--json')).out);
    expect(docx.findings.map((f: { rule: string }) => f.rule)).toEqual(['T4-SUM']);
    expect(docx.places).toBeUndefined();
    const { code, out } = await run('check', path('pingtan-2024.office.doc'), '--lang', 'en');
    expect(code).toBe(0);
    expect(out).toContain('table 2: 6 rows · table 3: 25 rows · table 4: 3 blocks');
  });

  it('says why a scan, a password, a broken file or 300 pages are not read, and exits 1', async () => {
    const files = ['pingtan-2024.scan.pdf', 'pingtan-2024.encrypted.pdf', 'corrupt.pdf', 'huge-300.pdf'].map(path);
    const { code, out, err } = await run('check', ...files);
    expect([code, out]).toEqual([1, '']);
    expect(err.split('\n').filter(Boolean)).toEqual([
      `无法读取 ${files[0]}：这份 PDF 是扫描图像，没有文字层，无法核对`,
      `无法读取 ${files[1]}：这份文件设有打开密码，无法读取`,
      `无法读取 ${files[2]}：文件已损坏或不完整（PDF），无法读取`,
      `无法读取 ${files[3]}：文件有 300 页（上限 100 页），不像年度报告，未读取`,
    ]);
  });
});
