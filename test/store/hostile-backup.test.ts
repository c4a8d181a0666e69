// Backups are hostile input: each repro of test/fixtures/hostile/ either imports safely (re-keyed)
// or is refused whole with its reason, and the library stays listable, exportable and savable.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import readExcelFile from 'read-excel-file/node';
import { afterEach, describe, expect, it } from 'vitest';
import { toJson } from '../../lib/analyze';
import { bodyKey } from '../../lib/base/body';
import { libraryBackup } from '../../lib/export/backup';
import { xlsxSheets } from '../../lib/export/xlsx';
import { asCell } from '../../lib/export/cells';
import { strings } from '../../lib/i18n';
import { importBackup, saveReport } from '../../lib/library/repository';
import type { SavedReport } from '../../lib/model';
import { openLibrary, type LibraryDb } from '../../lib/store/db';
import { isSavedReport } from '../../lib/store/schema';
import { analyzeFixture, fixture, xlsxBuffer } from '../helpers';

const hostile = (name: string) => readFileSync(new URL(`../fixtures/hostile/${name}`, import.meta.url), 'utf8');
const PAGES: [string, string][] = [
  ['pingtan-2024.html', 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202503/t20250310_97791.htm'],
  ['pingtan-2025.html', 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202603/t20260313_105587.htm'],
  ['shuyang-fgj-2023.html', 'http://www.shuyang.gov.cn/sygfj/gknb/202401/2ecfb31a335f4d689220a3a23e24a986.shtml'],
];

let db: LibraryDb;
let n = 0;
afterEach(async () => db?.delete());

async function library(): Promise<LibraryDb> {
  db = openLibrary(`test-hostile-${n++}`);
  for (const [file, url] of PAGES) {
    const html = fixture(file);
    await saveReport(db, { url, html, report: toJson(analyzeFixture(file), url) }, { update: false });
  }
  return db;
}

/** A new report saved after the import: the library still takes saves. */
async function saveAnother(db: LibraryDb) {
  const url = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/dfbmptlj/jjf-2020.htm';
  return saveReport(
    db,
    { url, html: fixture('pingtan-jjf-2020.html'), report: toJson(analyzeFixture('pingtan-jjf-2020.html'), url) },
    { update: false },
  );
}

describe('hostile backups', () => {
  it('a record whose report is {} is refused whole; the library lists and exports its 3 reports', async () => {
    const db = await library();
    const result = await importBackup(db, hostile('backup-empty-report.json'));
    expect(result).toEqual({ ok: false, problem: { code: 'backup-incomplete', index: 1 } });
    expect(strings('zh').problem(result.ok ? { code: 'not-json' } : result.problem)).toBe(
      '备份文件第 1 份报告不完整，未导入任何内容。',
    );
    const stored = await db.reports.toArray();
    expect(stored.filter(isSavedReport).map((r) => [r.body, r.year])).toEqual([
      ['平潭综合实验区', 2024],
      ['平潭综合实验区', 2025],
      ['沭阳县发展和改革局', 2023],
    ]);
    expect((await libraryBackup(db)).reports).toHaveLength(3);
  });

  it('a broken record already stored is left out of the list, the valid ones are all listed', async () => {
    const db = await library();
    await db.reports.add({ url: 'https://www.pingtan.gov.cn/x.htm', report: {} } as unknown as SavedReport);
    const stored = await db.reports.toArray();
    expect(stored).toHaveLength(4);
    expect(stored.filter(isSavedReport)).toHaveLength(3);
  });

  it.each(['backup-huge-id.json', 'backup-infinite-id.json'])(
    '%s: imported under a new id, and saving goes on',
    async (file) => {
      const db = await library();
      expect(await importBackup(db, hostile(file))).toEqual({ ok: true, added: 1, replaced: 0, skipped: 0 });
      const ids = (await db.reports.toArray()).map((r) => r.id);
      expect(ids).toEqual([1, 2, 3, 4]);
      expect(await saveAnother(db)).toMatchObject({ status: 'saved', id: 5 });
    },
  );

  it.each([
    'backup-formula.json',
    'backup-javascript-url.json',
    'backup-object-body.json',
    'backup-string-year.json',
    'backup-infinite-time.json',
  ])('%s is refused whole, nothing written', async (file) => {
    const db = await library();
    const result = await importBackup(db, hostile(file));
    expect(result).toEqual({ ok: false, problem: { code: 'backup-incomplete', index: 1 } });
    expect(await db.reports.count()).toBe(3);
    expect(await db.pages.count()).toBe(3);
  });

  it('a formula object that reaches the XLSX sheets anyway becomes an empty cell, never a formula', async () => {
    const record = JSON.parse(hostile('backup-formula.json')).reports[0] as SavedReport;
    expect(asCell({ type: 'Formula', value: 'HYPERLINK("x")' })).toBeNull();
    expect(asCell(Infinity)).toBeNull();
    expect(asCell(7)).toBe(7);
    const sheets = xlsxSheets([record]);
    const t3 = sheets[0];
    const column = t3.data[0].indexOf('本年新收·自然人');
    expect(column).toBeGreaterThan(0);
    expect(t3.data[1][column]).toBeNull();
    const buffer = await xlsxBuffer(sheets);
    expect(buffer.toString('latin1')).not.toContain('HYPERLINK');
    const rows = (await readExcelFile(buffer)).find((s) => s.sheet === t3.sheet)!.data;
    expect(rows[1][column]).toBeNull();
    expect(rows[1][t3.data[0].indexOf('本年新收·总计')]).toBe(218);
  });
});

describe('invisible characters in body names', () => {
  it('do not split one body into several (U+200B, U+200D, U+202E, U+FEFF)', () => {
    for (const c of ['\u200b', '\u200d', '\u202e', '\ufeff']) {
      expect(bodyKey(`平潭综合${c}实验区管委会`)).toBe('平潭综合实验区管理委员会');
    }
  });
});
