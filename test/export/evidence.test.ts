// The evidence pack and the review sheet, made from a library (fake-indexeddb) of real reports: the
// pingtan 2024 page saved, then saved again with a figure changed (version 2, a T4-SUM error), and the
// same report's PDF; the ZIP read back, every file's SHA-256 in the manifest verified, the page and the
// PDF exactly as saved (their hash the library's own), the review sheet saying what a reviewer needs,
// and hostile text in a note escaped, never markup.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sheetHtml } from '../../components/review/sheet-html';
import { analyzeReadings, toJson } from '../../lib/analyze';
import { toBase64 } from '../../lib/base/base64';
import { verdictOn } from '../../lib/base/verdicts';
import { evidencePack, MANIFEST, safeName, type Manifest } from '../../lib/export/evidence';
import { strings } from '../../lib/i18n';
import { readInput } from '../../lib/inputs';
import { installEngines } from '../../lib/inputs/engines';
import { nodeEngines } from '../../lib/inputs/node-engines';
import { annotateReport, saveReport } from '../../lib/library/repository';
import type { SavedReport, SavePayload } from '../../lib/model';
import { openLibrary, type LibraryDb } from '../../lib/store/db';
import { analyzeHtml, fixture, withCell } from '../helpers';

const URL_2024 = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202503/t20250310_97791.htm';
const PDF_URL = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202503/P020250310_97791.pdf';
const payload = (html: string): SavePayload => ({ url: URL_2024, html, report: toJson(analyzeHtml(html), URL_2024) });
const hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const s = strings('zh-CN');
const sheets = (rs: SavedReport[]) => sheetHtml(rs, s, 'zh-CN', true, Date.UTC(2026, 11, 1, 8));

let db: LibraryDb;
beforeAll(() => installEngines(nodeEngines));
afterEach(async () => db?.delete());

async function library() {
  db = openLibrary('test-evidence');
  const v1 = fixture('pingtan-2024.html');
  const v2 = withCell(v1, 't4.suit_after_review.total', '18');
  await saveReport(db, payload(v1), { update: false, now: Date.UTC(2025, 2, 10) });
  const { id } = (await saveReport(db, payload(v2), { update: false, now: Date.UTC(2025, 5, 1) })) as { id: number };
  const r = (await db.reports.get(id))!;
  await annotateReport(db, id, {
    tags: ['平潭'],
    note: '<img src=x onerror=alert(1)> 复议后起诉总计与各项之和不符',
    verdicts: [verdictOn(r.report.findings[0], { verdict: 'confirmed', text: '已电话核实' }, Date.UTC(2025, 5, 2))],
  });
  const name = 'pingtan-2024.chromium.pdf';
  const bytes = new Uint8Array(
    readFileSync(fileURLToPath(new URL(`../fixtures/attachments/${name}`, import.meta.url))),
  );
  const report = toJson(analyzeReadings(await readInput({ name, bytes, url: PDF_URL })), PDF_URL);
  // The PDF is of another address but the same body and year: kept as its own record by a fresh library.
  const pdfDb = openLibrary('test-evidence-pdf');
  const pdf = await saveReport(
    pdfDb,
    {
      url: PDF_URL,
      html: '',
      report,
      file: { name, mime: 'application/pdf', kind: 'PDF', from: URL_2024, base64: toBase64(bytes) },
    },
    { update: false, now: Date.UTC(2025, 2, 11) },
  );
  return { id, v1, v2, bytes, pdfDb, pdfId: (pdf as { id: number }).id };
}

describe('the evidence pack', () => {
  it('holds the page of each version and the PDF as taken, their JSON and sheets, every hash verified', async () => {
    const { id, v1, v2, bytes, pdfDb, pdfId } = await library();
    const report = (await db.reports.get(id))!;
    const { zip } = await evidencePack(db, [report], sheets, { now: Date.UTC(2026, 11, 1), tool: '年报透镜 test' });
    const files = unzipSync(zip);
    const manifest = JSON.parse(strFromU8(files[MANIFEST])) as Manifest;
    const folder = `${id}-平潭综合实验区-2024`;
    expect(manifest.files.map((f) => f.path).sort()).toEqual(
      [
        `${folder}/page.html`,
        `${folder}/report.json`,
        `${folder}/review-sheet.html`,
        `${folder}/versions/1/page.html`,
        `${folder}/versions/1/report.json`,
      ].sort(),
    );
    // Every file in the ZIP is in the manifest with its own SHA-256 and size, and nothing else is.
    expect(Object.keys(files).sort()).toEqual([...manifest.files.map((f) => f.path), MANIFEST].sort());
    for (const f of manifest.files) {
      expect(hex(files[f.path]), f.path).toBe(f.sha256);
      expect(files[f.path].length).toBe(f.bytes);
    }
    // The pages exactly as saved: their hashes are the library's own, version by version.
    expect(strFromU8(files[`${folder}/page.html`])).toBe(v2);
    expect(strFromU8(files[`${folder}/versions/1/page.html`])).toBe(v1);
    expect(manifest.reports[0].versions).toEqual([
      { taken: '2025-03-10T00:00:00.000Z', sha256: hex(Buffer.from(v1)), saved: `${folder}/versions/1/page.html` },
      { taken: '2025-06-01T00:00:00.000Z', sha256: report.hash, saved: `${folder}/page.html` },
    ]);
    expect(hex(Buffer.from(v2))).toBe(report.hash);
    const json = JSON.parse(strFromU8(files[`${folder}/report.json`]));
    expect(json.t4.suit_after_review.total).toBe(18);
    expect(JSON.parse(strFromU8(files[`${folder}/versions/1/report.json`])).t4.suit_after_review.total).toBe(19);

    // A PDF: its bytes as taken, stored under its own name.
    const pdfReport = (await pdfDb.reports.get(pdfId))!;
    const pdfPack = unzipSync((await evidencePack(pdfDb, [pdfReport], sheets, { tool: 't' })).zip);
    const pdfPath = `${pdfId}-平潭综合实验区-2024/pingtan-2024.chromium.pdf`;
    expect(pdfPack[pdfPath]).toEqual(bytes);
    expect(hex(pdfPack[pdfPath])).toBe(pdfReport.hash);
    await pdfDb.delete();
  });

  it('the review sheet: address, time, SHA-256, the open finding in words, the verdict, the note as text', async () => {
    const { id } = await library();
    const report = (await db.reports.get(id))!;
    const html = sheets([report]);
    expect(html).toContain(URL_2024);
    expect(html).toContain(report.hash);
    expect(html).toContain('平潭综合实验区2024年度政府信息公开工作年度报告');
    // The open finding: reported 18, computed 19, difference -1, and its cells in words.
    expect(html).toMatch(/<td class="num">18<\/td><td class="num">19<\/td><td class="num">-1<\/td>/);
    expect(html).toContain('表四 行政诉讼／复议后起诉·总计；表四 行政诉讼／复议后起诉·结果维持');
    expect(html).toContain('已确认 · 已电话核实');
    expect(html).toContain('第 1 版');
    expect(html).toContain('审阅结论');
    // The note is text: escaped, never an element; and the sheet lets nothing load or run.
    expect(html).toContain('&lt;img src=x onerror=alert(1)>');
    expect(html).not.toContain('<img');
    expect(html).toContain(`default-src 'none'`);
  });

  it('names folders safely', () => {
    expect(safeName('../平潭:实验区/2024', 'x')).toBe('__平潭_实验区_2024');
    expect(safeName('\u0000', 'x')).toBe('_');
    expect(safeName('   ', 'x')).toBe('x');
  });
});
