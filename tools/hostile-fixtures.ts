// Writes the hostile backups of test/fixtures/hostile/ (see its README.md) from a real saved report:
// pingtan-2024 as the library saves it, then each file breaks it the way an attack did.
//   npx tsx tools/hostile-fixtures.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { analyzeReadings, toJson } from '../lib/analyze';
import { toBackup } from '../lib/export/backup';
import { readInput } from '../lib/inputs';
import { toSaved } from '../lib/store/save';

const URL_2024 = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202503/t20250310_97791.htm';
const dir = 'test/fixtures/hostile/';
const html = readFileSync('test/fixtures/real/pingtan-2024.html', 'utf8');
const readings = await readInput({ name: 'pingtan-2024.html', text: html, url: URL_2024 });
const report = toJson(analyzeReadings(readings), URL_2024);
const saved = { ...(await toSaved({ url: URL_2024, html, report }, Date.UTC(2025, 2, 10))), html };
const at = new Date(Date.UTC(2026, 10, 1));
const write = (name: string, reports: unknown[], raw?: (json: string) => string) => {
  const json = JSON.stringify(toBackup(reports as never, at), null, 1);
  writeFileSync(dir + name, raw ? raw(json) : json);
};

// The same body, the year after, with an empty report: it blanked the list ("reading 'year'").
write('backup-empty-report.json', [{ ...saved, url: URL_2024.replace('97791', '97792'), year: 2025, report: {} }]);
// An id the key generator cannot go on from: every later save failed.
write('backup-huge-id.json', [{ ...saved, id: 2 ** 53, url: URL_2024 + '?a' }]);
write('backup-infinite-id.json', [{ ...saved, id: 1, url: URL_2024 + '?b' }], (j) =>
  j.replace(/"id": 1\b/, '"id": 1e309'),
);
// A table value the XLSX writer took for a cell object: a real formula.
const t3 = {
  ...report.t3,
  new: { ...report.t3!.new, natural: { type: 'Formula', value: 'HYPERLINK("http://evil.example","x")' } },
};
write('backup-formula.json', [{ ...saved, url: URL_2024 + '?c', report: { ...report, t3 } }]);
// Fields of the wrong kind, one record each.
write('backup-javascript-url.json', [{ ...saved, url: 'javascript:alert(1)' }]);
write('backup-object-body.json', [{ ...saved, url: URL_2024 + '?d', body: { toString: 'x' } }]);
write('backup-string-year.json', [{ ...saved, url: URL_2024 + '?e', year: '2024' }]);
write('backup-infinite-time.json', [{ ...saved, url: URL_2024 + '?f' }], (j) =>
  j.replace(/"savedAt": \d+/, '"savedAt": 1e309'),
);
console.log('written to', dir);
