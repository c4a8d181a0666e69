// The library page's long tasks stop when asked: an export between its parts (no file), a re-check
// between its batches (what was done so far) — 取消 in the list's toolbar.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../lib/analyze';
import { exportFile, recheckAll } from '../../lib/library/client';
import { openLibrary } from '../../lib/store/db';
import { toSaved } from '../../lib/store/save';
import { analyzeHtml, fixture } from '../helpers';

const saved = async (file: string, i: number) => ({
  ...(await toSaved(
    {
      url: `https://www.pingtan.gov.cn/${i}.htm`,
      html: fixture(file),
      report: toJson(analyzeHtml(fixture(file)), file),
    },
    i,
  )),
  id: i + 1,
});

const NOTHING_ACROSS = async () => ({ cross: new Map(), reuse: new Map(), lang: 'zh' });

describe('stopping a long task', () => {
  it('an export stopped between its parts gives no file; not stopped, the whole one', async () => {
    const reports = await Promise.all(Array.from({ length: 250 }, (_, i) => saved('pingtan-2024.html', i)));
    const db = openLibrary('test-client-stop');
    const stop = new AbortController();
    let parts = 0;
    // No Worker here (Node): made in the page, as where none can run.
    const stopped = exportFile('csv', reports, NOTHING_ACROSS, db, () => ++parts === 2 && stop.abort(), stop.signal);
    expect(await stopped).toBeNull();
    expect(parts).toBe(2);
    const whole = await exportFile('csv', reports, NOTHING_ACROSS, db);
    expect(whole!.size).toBeGreaterThan(250 * 1000);
    // Stopped while what the library finds across the reports was worked out: no workbook either.
    expect(await exportFile('xlsx', reports, async () => null, db)).toBeNull();
    try {
      await db.reports.bulkAdd(reports.slice(0, 3));
      const aborted = new AbortController();
      aborted.abort();
      expect(await exportFile('json', reports.slice(0, 3), NOTHING_ACROSS, db, undefined, aborted.signal)).toBeNull();
    } finally {
      await db.delete();
    }
  });

  it('a re-check stopped before it starts asks the background nothing', async () => {
    const stop = new AbortController();
    stop.abort();
    let told = 0;
    expect(await recheckAll([1, 2, 3], () => told++, stop.signal)).toEqual([]);
    expect(told).toBe(0);
  });
});
