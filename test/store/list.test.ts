// The library's reports read a thousand at a time: 2,003 saved copies of a real report with two broken
// records among them come back whole, in id order, the broken ones counted, over three parts.
import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { toJson } from '../../lib/analyze';
import { openLibrary } from '../../lib/store/db';
import { listReports } from '../../lib/store/list';
import { toSaved } from '../../lib/store/save';
import { analyzeFixture, fixture } from '../helpers';

it('lists every whole report over parts, counting the broken ones', async () => {
  const url = 'https://www.pingtan.gov.cn/2024.htm';
  const saved = await toSaved(
    { url, html: fixture('pingtan-2024.html'), report: toJson(analyzeFixture('pingtan-2024.html'), url) },
    0,
  );
  const db = openLibrary(`list-${Math.random()}`);
  await db.reports.bulkAdd(Array.from({ length: 2003 }, (_, i) => ({ ...saved, id: i + 1, url: `${url}?${i}` })));
  // Two records a hostile backup or an old bug could have left: no body type, a year as text.
  await db.reports.bulkPut([
    { ...saved, id: 1000, body: { name: 'x' } as unknown as string },
    { ...saved, id: 2001, year: '2024' as unknown as number },
  ]);
  const { whole, broken } = await listReports(db);
  expect(broken).toBe(2);
  expect(whole.length).toBe(2001);
  expect(whole.map((r) => r.id)).toEqual(
    Array.from({ length: 2003 }, (_, i) => i + 1).filter((id) => id !== 1000 && id !== 2001),
  );
  expect(whole[0].report.t3?.new?.total).toBe(218);
  db.close();
});
