// Encodings as real files and servers get them wrong: a UTF-8 page with one stray byte, UTF-16
// with a byte-order mark, a GBK page whose charset only the server says. Each reads as the report
// it is; bytes that could not be decoded are counted and said.
import { describe, expect, it } from 'vitest';
import { analyzeReadings } from '../../lib/analyze';
import { readInput } from '../../lib/inputs';
import { decodeBytes } from '../../lib/inputs/decode';
import { main } from '../../lib/cli';
import { fixture } from '../helpers';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const page = fixture('pingtan-2024.html');
const utf8 = new TextEncoder().encode(page);
const t3Total = async (bytes: Uint8Array, mime?: string) =>
  analyzeReadings(await readInput({ name: 'r.html', bytes, mime })).t3?.new.total;

/** UTF-16 bytes with their byte-order mark. */
function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8;
    out[2 + 2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
  }
  return out;
}

/** GBK bytes of a text, the encoder built from the decoder's table (Node has no GBK encoder). */
function gbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      const ch = decoder.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [a, b]);
    }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out.push(...(code < 0x80 ? [code] : (table.get(ch) ?? [0x3f])));
  }
  return new Uint8Array(out);
}

describe('decoding', () => {
  it('a UTF-8 page with one stray 0xFF byte stays UTF-8: one replacement, the report read', async () => {
    const at = page.indexOf('</title>');
    const cut = new TextEncoder().encode(page.slice(0, at)).length;
    const stray = new Uint8Array([...utf8.subarray(0, cut), 0xff, ...utf8.subarray(cut)]);
    expect(decodeBytes(stray)).toMatchObject({ encoding: 'utf-8', replaced: 1 });
    expect(await t3Total(stray)).toBe(218);
    const readings = await readInput({ name: 'r.html', bytes: stray });
    expect(readings.notes).toEqual([{ code: 'bad-bytes', count: 1 }]);
  });

  it.each([false, true])('UTF-16 with a byte-order mark (big-endian: %s) reads as the report', async (big) => {
    const bytes = utf16(page, big);
    expect(decodeBytes(bytes).encoding).toBe(big ? 'utf-16be' : 'utf-16le');
    expect(await t3Total(bytes)).toBe(218);
  });

  it("honours the server's charset over a guess, and the page's meta after it", () => {
    const text = '<html><head><title>平潭综合实验区2024年度政府信息公开工作年度报告</title></head><body></body></html>';
    const bytes = gbk(text);
    expect(decodeBytes(bytes, 'text/html; charset=GBK')).toMatchObject({ encoding: 'gb18030', replaced: 0 });
    expect(decodeBytes(bytes, 'text/html; charset=GBK').text).toBe(text);
    expect(decodeBytes(utf8, 'text/html; charset=utf-8').encoding).toBe('utf-8');
    // No charset anywhere and not UTF-8: GB18030.
    expect(decodeBytes(bytes).text).toBe(text);
  });

  it('the command line reads the page with the stray byte and says so on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-enc-'));
    const file = join(dir, 'stray.html');
    writeFileSync(file, new Uint8Array([...utf8.subarray(0, 200), 0xff, ...utf8.subarray(200)]));
    let out = '';
    let err = '';
    expect(
      await main(
        ['check', file],
        (s) => (out += s),
        (s) => (err += s),
      ),
    ).toBe(0);
    expect(out).toContain('平潭综合实验区 · 2024年度 · 2021年版格式');
    expect(err).toBe(`注意 ${file}：有 1 处字节无法按其编码读取，已以 � 代替；相关文字可能有误\n`);
  });
});
