// Files read on the offscreen document (Chromium's background hands their bytes over, lib/inputs/offscreen.ts):
// through the exchange, as messages, a PDF, a DOCX and a DOC read exactly as read in place, and a refusal comes back
// as the same problem. Here both sides run in one process with Node's engines; the e2e tests run the pages.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeReadings, toJson } from '../../lib/analyze';
import { readInput } from '../../lib/inputs';
import { installEngines } from '../../lib/inputs/engines';
import { InputError } from '../../lib/inputs/kind';
import { nodeEngines } from '../../lib/inputs/node-engines';
import { answerRead, isOffscreenRead, offscreenEngines, OFFSCREEN_READ } from '../../lib/inputs/offscreen';

const bytes = (name: string) =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/attachments/${name}`, import.meta.url))));
const read = async (name: string) => toJson(analyzeReadings(await readInput({ name, bytes: bytes(name) })), name);

/** Each message as the browser carries it (JSON), answered by the other side. */
const sent: string[] = [];
const send = async (message: unknown) => {
  const carried = JSON.parse(JSON.stringify(message));
  sent.push(carried.kind);
  return isOffscreenRead(carried) ? JSON.parse(JSON.stringify(await answerRead(carried, nodeEngines))) : undefined;
};

/** Node's engines again, in place of the exchange's. */
const inPlaceEngines = () => installEngines({ pdfPages: undefined, docx: nodeEngines.docx, doc: nodeEngines.doc });

beforeAll(() => installEngines(nodeEngines));
afterAll(inPlaceEngines);

describe('the offscreen exchange', () => {
  it('reads pingtan-2024 as PDF, DOCX and DOC exactly as in place: 218 requests, 行政诉讼 18 against 19', async () => {
    const names = ['pingtan-2024.chromium.pdf', 'pingtan-2024-t4-changed.office.docx', 'pingtan-2024.office.doc'];
    const inPlace = await Promise.all(names.map(read));
    installEngines(offscreenEngines(send));
    try {
      const elsewhere = await Promise.all(names.map(read));
      expect(elsewhere).toEqual(inPlace);
      expect(sent).toEqual(['pdf', 'docx', 'doc']);
      expect(elsewhere[0].t3!.new.total).toBe(218);
      expect(elsewhere[2].t3!.new.total).toBe(218);
      expect(elsewhere[1].findings.map((f) => [f.rule, f.reported, f.computed])).toEqual([['T4-SUM', 18, 19]]);
    } finally {
      inPlaceEngines();
    }
  });

  it('brings a refusal back as the same problem: a password, a broken file', async () => {
    installEngines(offscreenEngines(send));
    try {
      for (const [name, code] of [
        ['pingtan-2024.encrypted.pdf', 'encrypted'],
        ['corrupt.pdf', 'corrupt'],
      ]) {
        const error = await readInput({ name, bytes: bytes(name) }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(InputError);
        expect((error as InputError).problem.code).toBe(code);
      }
    } finally {
      inPlaceEngines();
    }
  });

  it('answers only its own messages: what the pages send the background is not for it', () => {
    expect(isOffscreenRead({ type: OFFSCREEN_READ, kind: 'pdf', base64: '' })).toBe(true);
    expect(isOffscreenRead({ type: 'get-state' })).toBe(false);
    expect(isOffscreenRead({ type: OFFSCREEN_READ, kind: 'doc', base64: '' })).toBe(true);
    expect(isOffscreenRead({ type: OFFSCREEN_READ, kind: 'ofd', base64: '' })).toBe(false);
    expect(isOffscreenRead({ type: OFFSCREEN_READ, kind: 'pdf', base64: 1 })).toBe(false);
    expect(isOffscreenRead(null)).toBe(false);
  });
});
