// REUSE over the library, on real pages: each report against its body's report of the year before,
// the words read from the saved pages (as the library page does), the finding's exact words, the
// shares the compare view shows, and the findings export listing REUSE beside CROSS-YEAR.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toJson } from '../../lib/analyze';
import { ownText, reuseOf } from '../../lib/check/reuse';
import { ruleTitle } from '../../lib/check';
import { FINDINGS_HEADER, findingsParts } from '../../lib/export/findings';
import { crossYearFindings } from '../../lib/library/cross-year';
import { reuseShares } from '../../lib/check/reuse';
import { mergeFindings, textPairFindings, textsNeeded } from '../../lib/library/reuse';
import { previousYears } from '../../lib/base/years';
import { mapInParts } from '../../lib/base/pause';
import { SavedTexts } from '../../lib/library/texts';
import { strings } from '../../lib/i18n';
import type { SavedReport } from '../../lib/model';
import { openLibrary, SCHEMA_VERSION } from '../../lib/store/db';
import { deleteReport, saveReport, storeTexts } from '../../lib/library/repository';
import { toSaved } from '../../lib/store/save';
import { analyzeHtml, COPY_2026, fixture, parseCsv, REUSE_2026 } from '../helpers';

const COPY = COPY_2026();

const PAGES: [number, string, string][] = [
  [1, 'https://www.pingtan.gov.cn/2024.htm', fixture('pingtan-2024.html')],
  [2, 'https://www.pingtan.gov.cn/2025.htm', fixture('pingtan-2025.html')],
  [3, 'https://www.pingtan.gov.cn/2026.htm', COPY],
  [4, 'https://www.pingtan.gov.cn/hzs-2025.htm', fixture('pingtan-hzs-2025.html')],
];
const REPORTS: SavedReport[] = await Promise.all(
  PAGES.map(async ([id, url, html]) => ({
    ...(await toSaved({ url, html, report: toJson(analyzeHtml(html), url) }, 1_763_700_000_000)),
    id,
  })),
);
const textOf = (id: number) => analyzeHtml(PAGES[id - 1][2]).text;
const TEXTS = new Map(PAGES.map(([id]) => [id, ownText(textOf(id))]));
/** Each report with its body's report of the year before: 2 with 1, 3 with 2. */
const PAIRS = previousYears(REPORTS, REPORTS);

// The library page parses saved pages with the browser's DOMParser: linkedom's here.
const parser = globalThis.DOMParser;
beforeAll(() => void ((globalThis as { DOMParser: unknown }).DOMParser = DOMParser));
afterAll(() => void ((globalThis as { DOMParser: unknown }).DOMParser = parser));

describe('REUSE over the library', () => {
  it('pairs each report with its body’s report of the year before, and needs only those texts', () => {
    expect(PAIRS.map(({ report, before }) => [report.id, before.id])).toEqual([
      [2, 1],
      [3, 2],
    ]);
    expect(textsNeeded(previousYears([REPORTS[2]], REPORTS)).map((r) => r.id)).toEqual([3, 2]);
    expect(textsNeeded(previousYears([REPORTS[3], REPORTS[0]], REPORTS))).toEqual([]);
  });

  it('keeps only the report’s own sentences, and finds the same as from the whole text', () => {
    const [a, b] = [textOf(1), textOf(2)];
    expect(reuseOf(ownText(a), ownText(b))).toEqual(reuseOf(a, b));
    expect(ownText(b).length).toBeLessThan(b.length / 2);
  });

  it('warns on last year’s text with new numbers, quoting it; the zone’s real years pass', () => {
    const found = textPairFindings(PAIRS, TEXTS);
    expect([...found.keys()]).toEqual([3]);
    expect(found.get(3)).toEqual([
      {
        rule: 'REUSE',
        severity: 'warning',
        message: REUSE_2026,
        scope: '2025',
        reported: null,
        computed: null,
        difference: null,
        cells: [],
      },
    ]);
    const shares = reuseShares(PAIRS, TEXTS);
    expect([...shares.keys()]).toEqual([2, 3]);
    expect(shares.get(2)).toBeCloseTo(1 / 23, 10);
    expect(shares.get(3)).toBe(1);
    // Without the year before's text there is nothing to say.
    expect(textPairFindings(PAIRS, new Map([[3, TEXTS.get(3)!]])).size).toBe(0);
  });

  it('works out the shares a part at a time as the library page does; a stop keeps what was made', async () => {
    const byParts = await mapInParts(PAIRS, 1, (part) => reuseShares(part, TEXTS));
    expect([...byParts]).toEqual([...reuseShares(PAIRS, TEXTS)]);
    const stop = new AbortController();
    const first = await mapInParts(PAIRS, 1, (part) => (stop.abort(), reuseShares(part, TEXTS)), stop.signal);
    // Report 2's pair was the first part (1 of its 23 sentences repeated).
    expect([...first.keys()]).toEqual([2]);
    expect(first.get(2)).toBeCloseTo(1 / 23, 10);
  });

  it('lists REUSE in the findings export beside CROSS-YEAR, in the UI’s words', () => {
    const zh = strings('zh');
    const words = { severity: (v: 'error' | 'warning' | 'info') => zh[v], rule: (id: string) => ruleTitle(id, true) };
    const across = mergeFindings(crossYearFindings(REPORTS), textPairFindings(PAIRS, TEXTS));
    const [head, ...rows] = parseCsv([...findingsParts([REPORTS[2]], across, words)].join('').slice(1));
    const at = (name: string) => FINDINGS_HEADER.indexOf(name);
    const reuse = rows.filter((r) => r[at('规则 rule')] === 'REUSE');
    expect(head).toEqual(FINDINGS_HEADER);
    expect(
      reuse.map((r) => [r[0], r[at('规则名称 rule_title')], r[at('严重程度 severity')], r[at('说明 message')]]),
    ).toEqual([['3', '内容雷同：多数句子与上一年度报告相同', '提示', REUSE_2026]]);
    // The copy's figures moved by one, so CROSS-YEAR has its say too.
    expect(rows.some((r) => r[at('规则 rule')] === 'CROSS-YEAR')).toBe(true);
  });
});

describe('the saved pages’ text', () => {
  it('reads each saved page once per version, a few at a time, with progress, handing over what it read', async () => {
    const db = openLibrary(`texts-${Math.random()}`);
    await db.reports.bulkAdd(REPORTS);
    await db.pages.bulkAdd(PAGES.slice(0, 3).map(([id, , html]) => ({ id, html })));
    const handed: number[] = [];
    const texts = new SavedTexts(db, (t) => handed.push(...t.map((x) => x.id)));
    const told: [number, number][] = [];
    const read = await texts.read(REPORTS, (done, total) => told.push([done, total]));
    expect([...read.keys()]).toEqual([1, 2, 3]);
    expect(told).toEqual([[4, 4]]);
    // The three with a page are handed over to keep; the fourth has neither page nor kept text.
    expect(handed).toEqual([1, 2, 3]);
    // The same sentences as the reader's text gives (the DOM keeps full-width punctuation, which REUSE
    // leaves aside).
    expect(reuseOf(read.get(1)!, read.get(2)!)).toEqual({
      ...reuseOf(TEXTS.get(1)!, TEXTS.get(2)!),
      repeated: ['2025年，无收取信息处理费情况。'],
    });
    expect(reuseOf(read.get(2)!, read.get(3)!).share).toBe(1);
    // Known now: nothing read again, unless the page changed (a new hash).
    await db.pages.put({ id: 2, html: COPY });
    told.length = 0;
    const again = await texts.read(REPORTS, (d, t) => told.push([d, t]));
    expect(again.get(2)).toBe(read.get(2));
    expect(told).toEqual([]);
    const changed = await texts.read([{ ...REPORTS[1], hash: 'new' }]);
    expect(changed.get(2)).toBe(read.get(3));
    expect(read.get(2)).not.toBe(read.get(3));
    db.close();
  });
});

describe('texts kept with the library (schema v8)', () => {
  const payload = (i: number, text = true) => {
    const [, url, html] = PAGES[i];
    const analysed = analyzeHtml(html);
    return { url, html, report: toJson(analysed, url), ...(text ? { text: analysed.text } : {}) };
  };

  it('upgrades a v7 library of real saved reports: nothing lost, no texts yet, read from the pages', async () => {
    const name = `texts-v7-${Math.random()}`;
    const old = new Dexie(name);
    old.version(7).stores({
      reports: '++id, url, [body+year], [bodyKey+year], savedAt, hash, *tags',
      pages: 'id',
      jobs: '++id, source, state',
      files: 'id',
      versions: '++id, reportId',
      settings: 'key',
    });
    await old.open();
    await old.table('reports').bulkAdd(REPORTS.slice(0, 2));
    await old.table('pages').bulkAdd(PAGES.slice(0, 2).map(([id, , html]) => ({ id, html })));
    old.close();
    const db = openLibrary(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.reports.toArray()).toEqual(REPORTS.slice(0, 2));
    expect(await db.texts.count()).toBe(0);
    const read = await new SavedTexts(db).read(REPORTS.slice(0, 2));
    expect(reuseOf(read.get(1)!, read.get(2)!).total).toBe(23);
    db.close();
  });

  it('keeps a report’s own sentences when it is saved with its text, per version, and drops them with it', async () => {
    const db = openLibrary(`texts-save-${Math.random()}`);
    const first = await saveReport(db, payload(1), { update: false });
    expect(first.status).toBe('saved');
    const id = (first as { id: number }).id;
    const saved = (await db.reports.get(id))!;
    expect(await db.texts.get(id)).toEqual({ id, hash: saved.hash, own: TEXTS.get(2) });
    // No page is read: a kept text is enough (a PDF's report has no page to read).
    await db.pages.clear();
    const handed: number[] = [];
    const read = await new SavedTexts(db, (t) => handed.push(t.length)).read([saved]);
    expect(read.get(id)).toBe(TEXTS.get(2));
    expect(handed).toEqual([]);
    // The page changed (the 2026 copy saved at the same address): a new version, its own text kept.
    const again = await saveReport(db, { ...payload(2), url: PAGES[1][1] }, { update: false });
    expect(again.status).toBe('version');
    const now = (await db.reports.get(id))!;
    expect(await db.texts.get(id)).toEqual({ id, hash: now.hash, own: TEXTS.get(3) });
    // Saved by a sender that gives no text: nothing kept for that version.
    await saveReport(db, { ...payload(1, false), url: PAGES[1][1] }, { update: true });
    expect(await db.texts.get(id)).toBeUndefined();
    await saveReport(db, { ...payload(1), url: PAGES[1][1] }, { update: true });
    expect(await db.texts.count()).toBe(1);
    await deleteReport(db, id);
    expect(await db.texts.count()).toBe(0);
    db.close();
  });

  it('keeps what the library page read only for the report’s current page, within bounds', async () => {
    const db = openLibrary(`texts-store-${Math.random()}`);
    await db.reports.bulkAdd(REPORTS);
    const kept = await storeTexts(db, [
      { id: 1, hash: REPORTS[0].hash, own: TEXTS.get(1)! },
      { id: 2, hash: 'an older page', own: TEXTS.get(2)! },
      { id: 3, hash: REPORTS[2].hash, own: 'x'.repeat(1_000_001) },
      { id: -1, hash: REPORTS[0].hash, own: '' },
      { id: 99, hash: REPORTS[0].hash, own: '' },
      // What no library page sends (a message is input too): passed over, the rest kept.
      null,
      'text',
      { id: 1.5, hash: REPORTS[0].hash, own: '' },
      { id: 1, hash: REPORTS[0].hash, own: 7 },
    ]);
    expect(kept).toBe(1);
    expect((await db.texts.toArray()).map((t) => t.id)).toEqual([1]);
    db.close();
  });
});
