// Review in the library (fake-indexeddb), on real pages: tags and notes kept and filtered on; a
// verdict that dismisses a finding takes it out of the counts, holds through a re-check while the
// finding reads the same and is flagged when its figures change; a page saved again with a figure
// changed is kept as version 2 beside version 1, with what changed between them; a version-3 library
// of real saved reports upgraded to version 6; a backup with all of it imported back identical.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { toJson } from '../../lib/analyze';
import { isDismissed, openFindings, splitTags, verdictOf, verdictOn, verdictState } from '../../lib/base/verdicts';
import { libraryBackup } from '../../lib/export/backup';
import { facets, filterReports, NO_FILTERS } from '../../lib/library/query';
import {
  annotateReport,
  deleteReport,
  importBackup,
  recheckReports,
  restoreReport,
  saveReport,
} from '../../lib/library/repository';
import { figureChanges, findingChanges, sameContent, textChanges } from '../../lib/library/versions';
import type { SavePayload } from '../../lib/model';
import { openLibrary, SCHEMA_VERSION, type LibraryDb } from '../../lib/store/db';
import { toSaved } from '../../lib/store/save';
import { recentTags } from '../../lib/store/tags';
import { analyzeHtml, fixture, withCell } from '../helpers';

const URL_2024 = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202503/t20250310_97791.htm';
const URL_SHUYANG = 'https://www.shuyang.gov.cn/syfgj/zfxxgkndbg/content/art_2024.html';
const payload = (html: string, url = URL_2024): SavePayload => ({ url, html, report: toJson(analyzeHtml(html), url) });
/** pingtan-2024 with 行政诉讼（复议后起诉）总计 changed: 19 is what its parts add up to. */
const with2024Total = (text: string) => withCell(fixture('pingtan-2024.html'), 't4.suit_after_review.total', text);

let db: LibraryDb;
afterEach(async () => db?.delete());
const fresh = (name: string) => (db = openLibrary(name));

describe('tags and notes', () => {
  it('keeps the tags given at save time, cleaned, adds more on a second save, and filters by them', async () => {
    fresh('test-tags');
    const first = await saveReport(db, payload(fixture('pingtan-2024.html')), {
      update: false,
      annotations: { tags: splitTags(' 平潭，2025评估 ; 平潭 '), note: '区本级' },
    });
    expect(first.status).toBe('saved');
    expect((await recentTags(db)).sort()).toEqual(['2025评估', '平潭']);
    const again = await saveReport(db, payload(fixture('pingtan-2024.html')), {
      update: false,
      annotations: { tags: ['已核'], note: '复核过' },
    });
    expect(again.status).toBe('duplicate');
    await saveReport(db, payload(fixture('shuyang-fgj-2023.html'), URL_SHUYANG), {
      update: false,
      annotations: { tags: ['沭阳'] },
    });
    const all = await db.reports.toArray();
    const pingtan = all.find((r) => r.body === '平潭综合实验区')!;
    expect(pingtan.tags).toEqual(['平潭', '2025评估', '已核']);
    expect(pingtan.note).toBe('区本级\n复核过');
    // The index: the reports under a tag.
    expect((await db.reports.where('tags').equals('2025评估').toArray()).map((r) => r.body)).toEqual([
      '平潭综合实验区',
    ]);
    expect(facets(all).tags).toEqual(['2025评估', '平潭', '沭阳', '已核']);
    expect(filterReports(all, { ...NO_FILTERS, tag: '已核' }).map((r) => r.body)).toEqual(['平潭综合实验区']);
    expect(filterReports(all, { ...NO_FILTERS, search: '复核' }).map((r) => r.body)).toEqual(['平潭综合实验区']);
    expect(filterReports(all, NO_FILTERS)).toHaveLength(2);
    expect(filterReports(all, { ...NO_FILTERS, revised: true })).toHaveLength(0);
    // The tags of the report saved last come first.
    expect(await recentTags(db)).toEqual(['沭阳', ...['2025评估', '已核', '平潭']]);
    const edited = await annotateReport(db, pingtan.id!, { tags: [], note: '' });
    expect(edited?.tags).toBeUndefined();
    expect(edited?.note).toBeUndefined();
  });
});

describe('verdicts', () => {
  it('a dismissed finding leaves the counts, holds through a re-check, flagged when its figures change', async () => {
    fresh('test-verdicts');
    const saved = await saveReport(db, payload(with2024Total('18')), { update: false });
    const id = (saved as { id: number }).id;
    const before = (await db.reports.get(id))!;
    expect(before.errors).toBe(1);
    const [t4sum] = before.report.findings;
    expect([t4sum.rule, t4sum.scope, t4sum.reported, t4sum.computed]).toEqual(['T4-SUM', 'suit_after_review', 18, 19]);

    const verdict = verdictOn(
      t4sum,
      { verdict: 'dismissed', reason: 'explained', text: '正文已说明' },
      1_764_000_000_000,
    );
    const after = await annotateReport(db, id, { verdicts: [verdict] });
    expect([after?.errors, after?.warnings]).toEqual([0, 0]);
    expect(isDismissed(t4sum, after?.verdicts)).toBe(true);
    expect(openFindings(after!.report.findings, after!.verdicts)).toEqual([]);

    // Read again: the same finding, the same figures: the verdict holds, the count stays 0.
    const [rechecked] = await recheckReports(db, [id]);
    expect(rechecked.after).toEqual({ errors: 0, warnings: 0 });
    expect((await db.reports.get(id))!.errors).toBe(0);

    // The page now says 17: the same rule, scope and cells with other figures is to be looked at again.
    const v2 = await saveReport(db, payload(with2024Total('17')), { update: false });
    expect(v2).toMatchObject({ status: 'version', id, version: 2 });
    const now = (await db.reports.get(id))!;
    const [changed] = now.report.findings;
    expect([changed.reported, changed.computed]).toEqual([17, 19]);
    expect(verdictState(now.verdicts![0], now.report.findings)).toBe('changed');
    expect(verdictOf(changed, now.verdicts).changed?.text).toBe('正文已说明');
    expect(now.errors).toBe(1);
    // A finding no longer there leaves its verdict aside.
    expect(verdictState(now.verdicts![0], [])).toBe('gone');
  });

  it('a warning dismissed as the format’s own (shuyang’s blank cells) leaves the warnings count', async () => {
    fresh('test-verdicts-blank');
    const saved = await saveReport(db, payload(fixture('shuyang-fgj-2023.html'), URL_SHUYANG), { update: false });
    const id = (saved as { id: number }).id;
    const r = (await db.reports.get(id))!;
    expect([r.errors, r.warnings]).toEqual([0, 1]);
    const blank = r.report.findings.find((f) => f.rule === 'BLANK')!;
    expect(blank.cells).toHaveLength(125);
    const done = await annotateReport(db, id, {
      verdicts: [verdictOn(blank, { verdict: 'dismissed', reason: 'format' }, 1)],
    });
    expect(done?.warnings).toBe(0);
    const confirmed = await annotateReport(db, id, { verdicts: [verdictOn(blank, { verdict: 'confirmed' }, 2)] });
    expect(confirmed?.warnings).toBe(1);
  });
});

describe('versions', () => {
  it('keeps a page saved again with a figure changed as version 2, and says what changed', async () => {
    fresh('test-versions');
    const html1 = fixture('pingtan-2024.html');
    const html2 = with2024Total('18');
    const first = await saveReport(db, payload(html1), {
      update: false,
      now: 1_741_000_000_000,
      annotations: { tags: ['区本级'], note: '初稿' },
    });
    const id = (first as { id: number }).id;
    // The same page again: one version, nothing new.
    expect((await saveReport(db, payload(html1), { update: false })).status).toBe('duplicate');
    const second = await saveReport(db, payload(html2), {
      update: false,
      now: 1_742_000_000_000,
      annotations: { tags: ['已改'], note: '复议后起诉总计改为 18' },
    });
    expect(second).toMatchObject({ status: 'version', id, version: 2 });
    // The new version keeps the report's tags and note, and adds those given with it.
    const kept = (await db.reports.get(id))!;
    expect([kept.tags, kept.note]).toEqual([['区本级', '已改'], '初稿\n复议后起诉总计改为 18']);

    const current = (await db.reports.get(id))!;
    const [v1] = await db.versions.where('reportId').equals(id).toArray();
    expect(current.earlier).toEqual([{ savedAt: 1_741_000_000_000, hash: v1.hash }]);
    expect(v1.html).toBe(html1);
    expect((await db.pages.get(id))?.html).toBe(html2);
    expect(sameContent(v1.report, current.report)).toBe(false);

    expect(figureChanges(v1.report, current.report)).toEqual([
      { id: 't4.suit_after_review.total', label: '表四 行政诉讼／复议后起诉·总计', before: 19, after: 18 },
    ]);
    const { gone, added } = findingChanges(v1.report.findings, current.report.findings);
    expect(gone).toEqual([]);
    expect(added.map((f) => [f.rule, f.reported, f.computed])).toEqual([['T4-SUM', 18, 19]]);
    // The text of a table cell changed: the line with 19 went, the one with 18 came.
    const lines = textChanges('第一段\n19\n第三段', '第一段\n18\n第三段');
    expect(lines).toEqual([
      { op: '-', text: '19' },
      { op: '+', text: '18' },
    ]);

    // Deleted with its versions, and given back whole by undo.
    const deleted = (await deleteReport(db, id))!;
    expect(deleted.versions).toHaveLength(1);
    expect(await db.versions.count()).toBe(0);
    const back = await restoreReport(db, deleted);
    expect(back.status).toBe('saved');
    expect(await db.versions.where('reportId').equals(id).count()).toBe(1);
  });
});

describe('backup', () => {
  it('carries tags, notes, verdicts and versions: exported and imported back, the same library', async () => {
    fresh('test-review-backup');
    await saveReport(db, payload(fixture('pingtan-2024.html')), { update: false, now: 1 });
    const v2 = (await saveReport(db, payload(with2024Total('18')), {
      update: false,
      now: 2,
      annotations: { tags: ['平潭'], note: '复议后起诉总计改过' },
    })) as { id: number };
    const r = (await db.reports.get(v2.id))!;
    await annotateReport(db, v2.id, { verdicts: [verdictOn(r.report.findings[0], { verdict: 'confirmed' }, 3)] });
    await saveReport(db, payload(fixture('shuyang-fgj-2023.html'), URL_SHUYANG), { update: false, now: 4 });
    const backup = JSON.stringify(await libraryBackup(db));
    const reports = await db.reports.toArray();
    const versions = await db.versions.toArray();
    const pages = await db.pages.toArray();

    fresh('test-review-backup-2');
    expect(await importBackup(db, backup)).toEqual({ ok: true, added: 2, replaced: 0, skipped: 0 });
    expect(await db.reports.toArray()).toEqual(reports);
    expect(await db.pages.toArray()).toEqual(pages);
    expect(await db.versions.toArray()).toEqual(versions);
    expect(JSON.parse(backup).version).toBe(8);
  });
});

describe('version 6', () => {
  it('upgrades a v3 library of real saved reports: nothing lost, tags and versions ready (v3 → v6)', async () => {
    const name = 'test-migrate-v3-v6';
    const old = new Dexie(name);
    old.version(1).stores({ reports: '++id, url, [body+year], savedAt, hash' });
    old.version(2).stores({ reports: '++id, url, [body+year], [bodyKey+year], savedAt, hash', pages: 'id' });
    old.version(3).stores({ jobs: '++id, source, state' });
    const pages = [
      payload(fixture('pingtan-2024.html')),
      payload(fixture('shuyang-fgj-2023.html'), URL_SHUYANG),
      payload(fixture('pingtan-2021.html'), 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202202/t20220208_1.htm'),
    ];
    const records = await Promise.all(
      pages.map(async (p, i) => ({ ...(await toSaved(p, 1_700_000_000_000 + i)), id: i + 1 })),
    );
    await old.table('reports').bulkAdd(records);
    await old.table('pages').bulkAdd(pages.map((p, i) => ({ id: i + 1, html: p.html })));
    old.close();

    db = openLibrary(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.reports.toArray()).toEqual(records);
    expect((await db.pages.get(2))?.html).toBe(pages[1].html);
    // The new index and table work on the old records.
    const tagged = await annotateReport(db, 1, { tags: ['区本级'] });
    expect(tagged?.tags).toEqual(['区本级']);
    expect(await db.reports.where('tags').equals('区本级').primaryKeys()).toEqual([1]);
    const v2 = await saveReport(db, payload(with2024Total('18')), { update: false });
    expect(v2).toMatchObject({ status: 'version', id: 1, version: 2 });
    expect(await db.versions.count()).toBe(1);
  });
});

describe('a re-check next to other writes', () => {
  /** pingtan-2024 whose 行政诉讼（复议后起诉）总计 says 17, saved with a stale reading that found nothing. */
  const stale = async () => {
    const p = payload(with2024Total('17'));
    await saveReport(db, { ...p, report: { ...p.report, findings: [] } }, { update: false });
    await db.reports.update(1, { errors: 0 });
  };

  it('keeps a note written while it read, and stores what it found on the report as it now is', async () => {
    fresh('test-recheck-note');
    await stale();
    const running = recheckReports(db, [1]);
    await annotateReport(db, 1, { note: '已电话核实', tags: ['复核'] });
    const [result] = await running;
    expect(result).toMatchObject({ before: { errors: 0 }, after: { errors: 1 }, changed: true });
    const now = (await db.reports.get(1))!;
    expect([now.note, now.tags]).toEqual(['已电话核实', ['复核']]);
    expect(now.report.findings.map((f) => [f.rule, f.reported, f.computed])).toEqual([['T4-SUM', 17, 19]]);
    expect(now.errors).toBe(1);
  });

  it('does not bring back a report deleted while it read, nor overwrite one saved anew meanwhile', async () => {
    fresh('test-recheck-gone');
    await stale();
    const running = recheckReports(db, [1]);
    await deleteReport(db, 1);
    expect(await running).toEqual([]);
    expect(await db.reports.count()).toBe(0);

    await stale();
    const again = recheckReports(db, [2]);
    // The page now says 19 (no finding): a new version, read by the current reader, replaces the stale one.
    expect(await saveReport(db, payload(with2024Total('19')), { update: false })).toMatchObject({ status: 'version' });
    await again;
    const now = (await db.reports.get(2))!;
    expect(now.report.t4!.suit_after_review.total).toBe(19);
    expect(now.report.findings).toEqual([]);
  });
});
