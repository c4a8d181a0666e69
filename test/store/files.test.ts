// Reports read from files in the library (fake-indexeddb): a version-4 library of real saved pages
// upgraded to version 5 with nothing lost; a PDF saved with its bytes and their SHA-256, listed as a
// PDF, re-checked from the stored file with nothing changed, deleted and given back by undo, and
// carried whole through a backup; concurrent saves of pages and files all kept.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Dexie from 'dexie';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analyzeReadings, toJson } from '../../lib/analyze';
import { toBase64 } from '../../lib/base/base64';
import { libraryBackup } from '../../lib/export/backup';
import { readInput } from '../../lib/inputs';
import { installEngines } from '../../lib/inputs/engines';
import { nodeEngines } from '../../lib/inputs/node-engines';
import { deleteReport, importBackup, recheckReports, restoreReport, saveReport } from '../../lib/library/repository';
import type { SavePayload } from '../../lib/model';
import { openLibrary, SCHEMA_VERSION, type LibraryDb } from '../../lib/store/db';
import { toSaved } from '../../lib/store/save';
import { analyzeHtml, fixture } from '../helpers';

const PDF_URL = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202503/P020250310_97791.pdf';
const FROM = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202503/t20250310_97791.htm';
const URL_2019 = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202003/t20200317_5226417.htm';
const attachment = (name: string) =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/attachments/${name}`, import.meta.url))));

async function pdfPayload(name = 'pingtan-2024.chromium.pdf', url = PDF_URL): Promise<SavePayload> {
  const bytes = attachment(name);
  const report = toJson(analyzeReadings(await readInput({ name, bytes, url })), url);
  return {
    url,
    html: '',
    report,
    file: { name, mime: 'application/pdf', kind: 'PDF', from: FROM, base64: toBase64(bytes) },
  };
}
const pagePayload = (file: string, url: string): SavePayload => {
  const html = fixture(file);
  return { url, html, report: toJson(analyzeHtml(html), url) };
};

let db: LibraryDb;
beforeAll(() => installEngines(nodeEngines));
afterEach(async () => db?.delete());

describe('version 5: files', () => {
  it('upgrades a version-4 library of real saved pages without losing any (v4 → v5)', async () => {
    const name = 'test-migrate-v4';
    const old = new Dexie(name);
    old.version(1).stores({ reports: '++id, url, [body+year], savedAt, hash' });
    old.version(2).stores({ reports: '++id, url, [body+year], [bodyKey+year], savedAt, hash', pages: 'id' });
    old.version(3).stores({ jobs: '++id, source, state' });
    old.version(4).stores({});
    const page = pagePayload('pingtan-2019.html', URL_2019);
    const record = { ...(await toSaved(page, 1_700_000_000_000)), id: 1 };
    await old.table('reports').add(record);
    await old.table('pages').add({ id: 1, html: page.html });
    old.close();

    db = openLibrary(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.reports.get(1)).toEqual(record);
    expect((await db.reports.get(1))!.kind).toBeUndefined();
    expect((await db.pages.get(1))!.html).toBe(page.html);
    expect(await db.files.count()).toBe(0);
    // The upgraded library takes a PDF beside its page.
    expect(await saveReport(db, await pdfPayload(), { update: false })).toMatchObject({ status: 'saved', id: 2 });
  });

  it('saves a PDF with its bytes and their SHA-256, and re-checks it from the stored file', async () => {
    db = openLibrary('test-files-save');
    const payload = await pdfPayload();
    expect(await saveReport(db, payload, { update: false })).toMatchObject({ status: 'saved', id: 1 });
    const saved = (await db.reports.get(1))!;
    expect(saved).toMatchObject({
      url: PDF_URL,
      kind: 'PDF',
      from: FROM,
      body: '平潭综合实验区',
      year: 2024,
      errors: 0,
    });
    expect(saved.hash).toBe(createHash('sha256').update(attachment('pingtan-2024.chromium.pdf')).digest('hex'));
    expect(saved.report.t3!.new.total).toBe(218);
    const { name, mime, base64 } = payload.file!;
    expect(await db.files.get(1)).toEqual({ id: 1, name, mime, base64 });
    expect(await db.pages.get(1)).toBeUndefined();
    // Saved again: the same address is the same report.
    expect(await saveReport(db, payload, { update: false })).toMatchObject({ status: 'duplicate', reason: 'url' });
    // Re-checked from the file as taken: nothing changes.
    expect(await recheckReports(db, [1])).toEqual([
      {
        id: 1,
        body: '平潭综合实验区',
        year: 2024,
        before: { errors: 0, warnings: 0 },
        after: { errors: 0, warnings: 0 },
        changed: false,
      },
    ]);
  });

  it('finds the changed figure of a PDF on re-check once the stored report says otherwise', async () => {
    db = openLibrary('test-files-recheck');
    const payload = await pdfPayload('pingtan-2024-t4-changed.chromium.pdf');
    await saveReport(db, { ...payload, report: { ...payload.report, findings: [] } }, { update: false });
    await db.reports.update(1, { errors: 0 });
    const [result] = await recheckReports(db, [1]);
    expect(result).toMatchObject({ before: { errors: 0 }, after: { errors: 1 }, changed: true });
    expect((await db.reports.get(1))!.report.findings.map((f) => [f.rule, f.reported, f.computed])).toEqual([
      ['T4-SUM', 18, 19],
    ]);
  });

  it('gives the file back on undo, and carries it whole through a backup', async () => {
    db = openLibrary('test-files-undo');
    await saveReport(db, pagePayload('pingtan-2019.html', URL_2019), { update: false });
    await saveReport(db, await pdfPayload(), { update: false });
    const before = await libraryBackup(db);
    const deleted = (await deleteReport(db, 2))!;
    expect(deleted.file?.base64).toBe(toBase64(attachment('pingtan-2024.chromium.pdf')));
    expect(await db.files.count()).toBe(0);
    expect(await restoreReport(db, deleted)).toMatchObject({ status: 'saved', id: 2 });
    expect(await db.files.get(2)).toEqual(deleted.file);

    const other = openLibrary('test-files-import');
    try {
      expect(await importBackup(other, JSON.stringify(before))).toEqual({
        ok: true,
        added: 2,
        replaced: 0,
        skipped: 0,
      });
      expect(await other.reports.toArray()).toEqual(await db.reports.toArray());
      expect(await other.pages.toArray()).toEqual(await db.pages.toArray());
      expect(await other.files.toArray()).toEqual(await db.files.toArray());
      expect(before.reports[1].file?.name).toBe('pingtan-2024.chromium.pdf');
    } finally {
      await other.delete();
    }
  });

  it('keeps every one of concurrent saves of pages and files', async () => {
    db = openLibrary('test-files-concurrent');
    const outcomes = await Promise.all([
      saveReport(db, pagePayload('pingtan-2019.html', URL_2019), { update: false }),
      saveReport(db, await pdfPayload(), { update: false }),
      saveReport(db, await pdfPayload('pingtan-2019.chromium.pdf', PDF_URL.replace('97791', '2019')), {
        update: false,
      }),
      saveReport(db, pagePayload('shuyang-fgj-2023.html', 'http://www.shuyang.gov.cn/a.shtml'), { update: false }),
    ]);
    // The 2019 page and the 2019 PDF are one body and year: the second of them is told it is saved.
    expect(outcomes.map((o) => o.status).sort()).toEqual(['duplicate', 'saved', 'saved', 'saved']);
    expect(await db.reports.count()).toBe(3);
    expect((await db.reports.toArray()).map((r) => r.kind ?? 'page').sort()).toEqual(['PDF', 'page', 'page']);
  });
});
