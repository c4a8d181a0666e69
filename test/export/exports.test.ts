// Exports of real saved reports: CSV read back, XLSX written and read back with a reader library,
// and the JSON backup through a wipe and an import.
import 'fake-indexeddb/auto';
import { strFromU8, unzipSync } from 'fflate';
import readExcelFile from 'read-excel-file/node';
import { afterEach, describe, expect, it } from 'vitest';
import { strings } from '../../lib/i18n';
import { toJson } from '../../lib/analyze';
import { BOM, CSV_HEADER, csvParts, neutralise, toCsv } from '../../lib/export/csv';
import { backupParts, libraryBackup, parseBackup, toBackup } from '../../lib/export/backup';
import { importBackup } from '../../lib/library/repository';
import { LONG_SHEET_ROWS, xlsxSheets } from '../../lib/export/xlsx';
import { columnLetters } from '../../lib/export/xlsx-write';
import { verdictOn } from '../../lib/base/verdicts';
import { FINDINGS_HEADER, findingsParts, findingWords } from '../../lib/export/findings';
import { ruleTitle } from '../../lib/check';
import { crossYearFindings } from '../../lib/library/cross-year';
import type { SavedReport, SavedReportWithHtml } from '../../lib/model';
import { openLibrary, type LibraryDb } from '../../lib/store/db';
import { toSaved } from '../../lib/store/save';
import { saveReport } from '../../lib/library/repository';
import { analyzeHtml, fixture, parseCsv, xlsxBuffer } from '../helpers';

async function saved(file: string, url: string, html = fixture(file)): Promise<SavedReport> {
  return toSaved({ url, html, report: toJson(analyzeHtml(html), url) }, 1_763_700_000_000);
}

/** Save into the library as the extension does: the report and its page. */
async function store(db: LibraryDb, file: string, url: string) {
  const html = fixture(file);
  await saveReport(
    db,
    { url, html, report: toJson(analyzeHtml(html), url) },
    { update: false, now: 1_763_700_000_000 },
  );
}

const URL_2024 = 'https://www.pingtan.gov.cn/2024.htm';
const URL_SHUYANG = 'http://www.shuyang.gov.cn/2023.shtml';

describe('CSV', () => {
  it('has a BOM, one row per figure, values equal to the reports, and formula-like text neutralised', async () => {
    // A table 2 row of the page's own, whose label a spreadsheet would take for a formula.
    const evil = fixture('pingtan-2024.html').replace(
      '<tr><td valign="center"><p>行政规范性文件</p></td>',
      '<tr><td><p>=HYPERLINK("http://x.example","点击")</p></td><td><p>1</p></td><td><p>0</p></td><td><p>1</p></td></tr><tr><td valign="center"><p>行政规范性文件</p></td>',
    );
    const reports = [
      await saved('pingtan-2024.html', URL_2024, evil),
      await saved('shuyang-fgj-2023.html', URL_SHUYANG),
    ];
    const text = toCsv(reports);
    expect(text.startsWith(BOM)).toBe(true);
    const [head, ...rows] = parseCsv(text.slice(1));
    expect(head).toEqual(CSV_HEADER);
    // Each column by its name: every row stands alone, a pivot table's source as it is.
    const at = (name: string) => head.indexOf(name);
    const [BODY, TABLE, ROW, ROW_LABEL, COL, COL_LABEL, VALUE, ORIGIN] = [
      '机关 body',
      '表 table',
      '行 row',
      '行名称 row_label',
      '列 column',
      '列名称 column_label',
      '数值 value',
      '出处 origin',
    ].map(at);
    const find = (body: string, table: string, row: string, col: string) =>
      rows.find((r) => r[BODY] === body && r[TABLE] === table && r[ROW] === row && r[COL] === col);
    expect(find('平潭综合实验区', 't3', 'new', 'total')).toEqual([
      String(reports[0].id ?? ''),
      '平潭综合实验区',
      '2024',
      '2021',
      '平潭综合实验区2024年度政府信息公开工作年度报告',
      '',
      URL_2024,
      new Date(reports[0].savedAt).toISOString(),
      'page',
      't3',
      'new',
      '本年新收',
      'total',
      '总计',
      '218',
      '件',
      'table',
      '',
      '',
    ]);
    expect(find('平潭综合实验区', 't4', 'suit_after_review', 'upheld')![VALUE]).toBe('13');
    // A row's name and its column's name apart: no joined label to split.
    expect(find('平潭综合实验区', 't4', 'suit_after_review', 'upheld')!.slice(ROW_LABEL, COL_LABEL + 1)).toEqual([
      '行政诉讼／复议后起诉',
      'upheld',
      '结果维持',
    ]);
    expect(find('沭阳县发展和改革局', 't3', 'new', 'commercial')![VALUE]).toBe(''); // blank, not 0
    const cells = (r: SavedReport) =>
      ['t2', 't3', 't4'].reduce(
        (n, t) => n + Object.values(r.report[t as 't2'] ?? {}).reduce((m, cols) => m + Object.keys(cols).length, 0),
        0,
      );
    // One row per cell, and one per figure the words state (table "figures").
    const figures = (r: SavedReport) => r.report.figures.filter((f) => f.source === 'text').length;
    expect(rows).toHaveLength(cells(reports[0]) + cells(reports[1]) + figures(reports[0]) + figures(reports[1]));
    expect(rows.filter((r) => r[TABLE] === 'figures').map((r) => [r[BODY], r[ROW], r[ORIGIN], r[VALUE]])).toEqual(
      reports.flatMap((r) =>
        r.report.figures.filter((f) => f.source === 'text').map((f) => [r.body, f.key ?? '', 'text', String(f.value)]),
      ),
    );
    // Every value a number or empty.
    expect(rows.every((r) => r[VALUE] === '' || Number.isFinite(Number(r[VALUE])))).toBe(true);
    // The label starts with '=': written as text. (The key starts with extra:, harmless.)
    expect(rows.filter((r) => r[ROW].startsWith('extra:')).map((r) => [r[COL], r[ROW_LABEL], r[VALUE]])).toEqual([
      ['issued', `'=HYPERLINK("http://x.example","点击")`, '1'],
      ['repealed', `'=HYPERLINK("http://x.example","点击")`, '0'],
      ['in_force', `'=HYPERLINK("http://x.example","点击")`, '1'],
    ]);
  });

  it('neutralises what a spreadsheet would evaluate, and only that', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '平潭'].map(neutralise)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      '平潭',
    ]);
  });
});

describe('XLSX', () => {
  it('writes one sheet per table in the format layout and a findings sheet, read back equal', async () => {
    const reports = [await saved('pingtan-2024.html', URL_2024), await saved('shuyang-fgj-2023.html', URL_SHUYANG)];
    const sheets = xlsxSheets(reports);
    const buffer = await xlsxBuffer(sheets);
    // Each sheet's header row frozen and filtered, and its columns fitted to their content.
    const zip = unzipSync(new Uint8Array(buffer));
    const xml = strFromU8(zip['xl/worksheets/sheet1.xml']);
    expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    const t3Cols = sheets[0].data[0].length;
    expect(xml).toContain(`</sheetData><autoFilter ref="A1:${columnLetters(t3Cols - 1)}3"/>`);
    expect(strFromU8(zip['xl/workbook.xml'])).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'表三 依申请'!$A$1:$` +
        `${columnLetters(t3Cols - 1)}$3</definedName>`,
    );
    for (const [i, sheet] of sheets.entries())
      expect(strFromU8(zip[`xl/worksheets/sheet${i + 1}.xml`])).toContain(`<autoFilter ref="${sheet.filterRange}"/>`);
    expect(sheets[0].columns![0].width).toBe(
      Math.max(...sheets[0].data.map((r) => [...String(r[0] ?? '')].length * 2 + 2)),
    );
    const book = await readExcelFile(buffer);
    expect(book.map((s) => s.sheet)).toEqual([
      '表三 依申请',
      '表四 复议诉讼',
      '表二 主动公开（2021年版）',
      '比较',
      '核对结果',
      '标签与备注',
      '正文数字',
      '长表',
    ]);
    const [t3, t4, t2, compare, findings] = book.map((s) => s.data);
    // The long form: the CSV's own rows, values as numbers, blanks empty.
    const long = book.at(-1)!.data;
    const [csvHead, ...csvBody] = parseCsv(toCsv(reports).slice(1));
    expect(long[0]).toEqual(csvHead);
    expect(long.length - 1).toBe(csvBody.length);
    const at = (name: string) => CSV_HEADER.indexOf(name);
    const newTotal = long.find(
      (r) => r[at('表 table')] === 't3' && r[at('行 row')] === 'new' && r[at('列 column')] === 'total',
    );
    expect(newTotal?.[at('数值 value')]).toBe(218);
    expect(long.filter((r) => r[at('机关 body')] === '沭阳县发展和改革局' && r[at('数值 value')] === null).length).toBe(
      csvBody.filter((r) => r[at('机关 body')] === '沭阳县发展和改革局' && r[at('数值 value')] === '').length,
    );
    // The compare view's figures and rates: pingtan 2024's 公开率 (71 + 29) / 218.
    expect(compare[1][compare[0].indexOf('公开率')]).toBeCloseTo((71 + 29) / 218, 10);
    expect(compare[2][compare[0].indexOf('复议纠错率')]).toBeNull();
    expect(t3[0].slice(0, 7)).toEqual([
      '机关',
      '年度',
      '格式',
      '来源',
      '来源类型',
      '本年新收·自然人',
      '本年新收·商业企业',
    ]);
    const col = t3[0].indexOf('本年新收·总计');
    expect(t3.slice(1).map((r) => [r[0], r[1], r[col]])).toEqual([
      ['平潭综合实验区', 2024, 218],
      ['沭阳县发展和改革局', 2023, 26],
    ]);
    expect(t4[1][t4[0].indexOf('行政诉讼／复议后起诉·结果维持')]).toBe(13);
    expect(t2[1][t2[0].indexOf('规范性文件·现行有效件数')]).toBe(440);
    // The rule and its severity in words, the cells by id and by name.
    expect(findings[0].slice(5, 14)).toEqual([
      '规则',
      '规则名称',
      '严重程度',
      '说明',
      '报告值',
      '计算值',
      '差',
      '单元格',
      '单元格名称',
    ]);
    expect(findings.slice(1).map((r) => [r[0], r[5], r[6], r[7]])).toEqual([
      ['沭阳县发展和改革局', 'T3-ROW', '表三各行：总计 = 六类申请人之和', '说明'],
      ['沭阳县发展和改革局', 'BLANK', '空白单元格：格式要求填写数字，没有发生的应填 0', '提示'],
    ]);
    const blank = findings.find((r) => r[5] === 'BLANK')!;
    expect(String(blank[13]).split('；').slice(0, 2)).toEqual(['表三 本年新收·商业企业', '表三 本年新收·科研机构']);
    // In English where the UI is.
    const en = xlsxSheets(reports, new Map(), undefined, findingWords('en')).find((s) => s.sheet === '核对结果')!;
    expect(en.data.slice(1).map((r) => [r[6], r[7]])).toEqual([
      ['Table 3 rows: total = sum of the six kinds of applicant', 'Note'],
      ['Blank cells where the format expects a number', 'Warning'],
    ]);
  });

  it('names filter columns as a spreadsheet does and leaves the long form to the CSV beyond its bound', async () => {
    expect([0, 25, 26, 51, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
    const r = await saved('pingtan-2024.html', URL_2024);
    const perReport = toCsv([r]).split('\r\n').length - 2;
    const copies = Math.floor(LONG_SHEET_ROWS / perReport);
    const fits = xlsxSheets(Array.from({ length: copies }, () => r)).find((s) => s.sheet === '长表')!;
    expect(fits.data.length).toBe(1 + copies * perReport);
    const over = xlsxSheets(Array.from({ length: copies + 1 }, () => r)).find((s) => s.sheet === '长表')!;
    expect(over.data).toEqual([
      ['说明 note'],
      [`长表超过 ${LONG_SHEET_ROWS} 行，未放入本工作簿；请导出 CSV（长表）。`],
    ]);
  });

  it('carries tags, the note and verdicts: CSV columns, the findings sheet, the notes sheet', async () => {
    const shuyang = await saved('shuyang-fgj-2023.html', URL_SHUYANG);
    const blank = shuyang.report.findings.find((f) => f.rule === 'BLANK')!;
    const r: SavedReport = {
      ...shuyang,
      id: 7,
      tags: ['=2025评估', '沭阳'],
      note: '空白格按格式说明',
      verdicts: [verdictOn(blank, { verdict: 'dismissed', reason: 'format', text: '空白即无' }, Date.UTC(2026, 0, 5))],
    };
    const [, first] = parseCsv(toCsv([r]).slice(1));
    // A tag that starts like a formula is text.
    expect(first.slice(-2)).toEqual(["'=2025评估，沭阳", '空白格按格式说明']);
    const sheets = xlsxSheets([r]);
    const findings = sheets.find((s) => s.sheet === '核对结果')!.data;
    const head = findings[0];
    expect(head.slice(-4)).toEqual(['判定', '排除理由', '判定说明', '判定时间']);
    const row = findings.find((x) => x[5] === 'BLANK')!;
    expect(row.slice(-4)).toEqual(['已排除', 'format', '空白即无', '2026-01-05T00:00:00.000Z']);
    expect(findings.find((x) => x[5] === 'T3-ROW')!.slice(-4)).toEqual([null, null, null, null]);
    const notes = sheets.find((s) => s.sheet === '标签与备注')!.data;
    expect(notes[1].slice(5)).toEqual(['=2025评估，沭阳', '空白格按格式说明', 1, new Date(r.savedAt).toISOString()]);
  });

  it('exports every finding, CROSS-YEAR too, severity and rule in the UI’s words, cells in words', async () => {
    const reports = [
      { ...(await saved('pingtan-2024.html', URL_2024)), id: 1 },
      { ...(await saved('pingtan-2025.html', 'https://www.pingtan.gov.cn/2025.htm')), id: 2 },
      { ...(await saved('shuyang-fgj-2023.html', URL_SHUYANG)), id: 3 },
    ];
    const zh = strings('zh');
    const words = { severity: (v: 'error' | 'warning' | 'info') => zh[v], rule: (id: string) => ruleTitle(id, true) };
    const file = [...findingsParts(reports, crossYearFindings(reports), words)].join('');
    const [head, ...rows] = parseCsv(file.slice(1));
    // Written a report at a time (the library page gives itself back between parts): the same file.
    const parts = [...findingsParts(reports, crossYearFindings(reports), words, 1)];
    expect([parts.length, parts.join('')]).toEqual([1 + reports.length, file]);
    expect(head).toEqual(FINDINGS_HEADER);
    expect(rows.map((r) => [r[0], r[2], r[6], r[8]])).toEqual([
      ['1', '2024', 'CROSS-YEAR', '提示'],
      ['2', '2025', 'CROSS-YEAR', '提示'],
      ['3', '2023', 'T3-ROW', '说明'],
      ['3', '2023', 'BLANK', '提示'],
    ]);
    const cross = rows[0];
    expect(cross[7]).toBe(ruleTitle('CROSS-YEAR', true));
    expect(cross[15]).toContain('表二 规范性文件·现行有效件数');
    expect(rows[3][14].split(' ')).toHaveLength(125);
  });

  it('lists CROSS-YEAR findings, and the figures of a report in prose (pingtan 2024 → 2025, 2013)', async () => {
    const reports = [
      { ...(await saved('pingtan-2024.html', URL_2024)), id: 1 },
      { ...(await saved('pingtan-2025.html', 'https://www.pingtan.gov.cn/2025.htm')), id: 2 },
      { ...(await saved('pingtan-2013.html', 'https://www.pingtan.gov.cn/2013.htm')), id: 3 },
    ];
    const cross = crossYearFindings(reports);
    const sheets = xlsxSheets(reports, cross);
    const findings = sheets.find((s) => s.sheet === '核对结果')!.data;
    expect(findings.filter((r) => r[5] === 'CROSS-YEAR').map((r) => [r[1], r[8]])).toEqual([
      [
        2024,
        '表二「规范性文件」现行有效件数 440，与 2025 年度报告不衔接：2025 年度现行有效 546，而 440 + 制发 58 − 废止 45 = 453',
      ],
      [2025, '表二「规范性文件」现行有效件数 546，但 2024 年度的 440 + 本年制发 58 − 本年废止 45 = 453，相差 93'],
    ]);
    const figures = sheets.find((s) => s.sheet === '正文数字')!.data;
    // Both: the prose says 4970, its own 统计表 72804 (the TEXT-TABLE finding of pingtan-2013).
    expect(figures.filter((r) => r[1] === 2013 && r[6] === 'proactive_total').map((r) => [r[7], r[9]])).toEqual([
      [72804, '统计表'],
      [4970, '正文'],
    ]);
    expect(figures.find((r) => r[1] === 2013 && r[6] === 'proactive_total' && r[9] === '正文')).toEqual([
      '平潭综合实验区',
      2013,
      'pre2019',
      'https://www.pingtan.gov.cn/2013.htm',
      'page',
      expect.stringContaining('主动公开'),
      'proactive_total',
      4970,
      '条',
      '正文',
    ]);
    const [head, ...csv] = parseCsv(toCsv(reports).slice(1));
    const [YEAR, ROW, ORIGIN, VALUE, UNIT] = ['年度 year', '行 row', '出处 origin', '数值 value', '单位 unit'].map(
      (n) => head.indexOf(n),
    );
    const prose = csv.find((r) => r[YEAR] === '2013' && r[ROW] === 'proactive_total' && r[ORIGIN] === 'text');
    expect([prose?.[VALUE], prose?.[UNIT]]).toEqual(['4970', '条']);
    // The old 统计表's figures too, marked as from a table.
    const stats = csv.find((r) => r[YEAR] === '2013' && r[ROW] === 'proactive_total' && r[ORIGIN] === 'table');
    expect(stats?.[VALUE]).toBe('72804');
  });
});

describe('JSON backup', () => {
  let db: LibraryDb;
  afterEach(async () => db?.delete());

  it('written in parts, a few reports at a time, it is the same backup (and the CSV the same CSV)', async () => {
    db = openLibrary('test-backup-parts');
    await store(db, 'pingtan-2024.html', URL_2024);
    await store(db, 'pingtan-2025.html', 'https://www.pingtan.gov.cn/2025.htm');
    await store(db, 'shuyang-fgj-2023.html', URL_SHUYANG);
    const reports = await db.reports.toArray();
    const now = new Date(Date.UTC(2026, 11, 1));
    let text = '';
    for await (const part of backupParts(db, reports, 2, now)) text += part;
    expect(JSON.parse(text)).toEqual(await libraryBackup(db, reports, now));
    expect([...csvParts(reports, 2)]).toHaveLength(3);
    expect([...csvParts(reports, 2)].join('')).toBe(toCsv(reports));
  });

  it('export, wipe, import gives back the same library', async () => {
    db = openLibrary('test-backup-roundtrip');
    await store(db, 'pingtan-2024.html', URL_2024);
    await store(db, 'pingtan-2025.html', 'https://www.pingtan.gov.cn/2025.htm');
    await store(db, 'shuyang-fgj-2023.html', URL_SHUYANG);
    await db.reports.delete(1); // ids with a gap, as a used library has
    await db.pages.delete(1);
    const before = { reports: await db.reports.toArray(), pages: await db.pages.toArray() };
    const text = JSON.stringify(await libraryBackup(db));
    await Promise.all([db.reports.clear(), db.pages.clear()]);
    expect(await importBackup(db, text)).toEqual({ ok: true, added: 2, replaced: 0, skipped: 0 });
    expect({ reports: await db.reports.toArray(), pages: await db.pages.toArray() }).toEqual(before);
    // Importing the same backup again adds nothing.
    expect(await importBackup(db, text)).toEqual({ ok: true, added: 0, replaced: 0, skipped: 2 });
    expect(await db.reports.count()).toBe(2);
  });

  it("replaces an older save of the same address with a newer one, and fills in a v1 backup's body key", async () => {
    db = openLibrary('test-backup-merge');
    await store(db, 'pingtan-2024.html', URL_2024);
    const newer = { ...(await saved('pingtan-2025.html', URL_2024)), savedAt: 1_763_700_000_001 };
    const { bodyKey: _k, ...v1 } = newer;
    const html = fixture('pingtan-2025.html');
    expect(
      await importBackup(db, JSON.stringify({ ...toBackup([{ ...v1, html } as SavedReportWithHtml]), version: 1 })),
    ).toEqual({ ok: true, added: 0, replaced: 1, skipped: 0 });
    expect(await db.reports.toArray()).toEqual([{ ...newer, id: 1 }]);
    expect(await db.pages.toArray()).toEqual([{ id: 1, html }]);
  });

  it('refuses what is not a backup, or a newer one, and changes nothing', async () => {
    db = openLibrary('test-backup-refuse');
    await store(db, 'pingtan-2024.html', URL_2024);
    const cases = [
      ['{not json', /^这不是年报透镜的备份文件：无法按 JSON 读取/],
      [JSON.stringify({ hello: 1 }), /^这不是年报透镜的备份文件。/],
      [JSON.stringify({ ...toBackup([]), version: 99 }), /^此备份来自较新的年报透镜（数据版本 99，本机为 8）/],
      [JSON.stringify({ ...toBackup([]), reports: [{ url: 'x' }] }), /^备份文件第 1 份报告不完整/],
    ] as const;
    for (const [text, message] of cases) {
      const result = await importBackup(db, text);
      expect(result.ok).toBe(false);
      expect(!result.ok && strings('zh').problem(result.problem)).toMatch(message);
      expect('error' in parseBackup(text)).toBe(true);
    }
    expect(await db.reports.count()).toBe(1);
  });
});
