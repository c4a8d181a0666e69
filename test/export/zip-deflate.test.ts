import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { fromGzip, ZipWriter } from '../../lib/export/zip-deflate';
import { fixture } from '../helpers';

const bytesOf = (chunks: Uint8Array[]) => new Uint8Array(Buffer.concat(chunks));
const u32 = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset).getUint32(at, true);

describe('zip written with the platform deflate', () => {
  it('holds each entry as given, with the CRC-32 and sizes another zlib computes for it', async () => {
    const page = fixture('pingtan-2024.html');
    const writer = new ZipWriter(undefined, new Date(2026, 11, 2, 10, 30, 8));
    void writer.add('page.html', [page.slice(0, 5000), page.slice(5000)]);
    void writer.add('dir/empty.xml', []);
    const zip = bytesOf(await writer.end());
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['page.html', 'dir/empty.xml']);
    expect(strFromU8(files['page.html'])).toBe(page);
    expect(files['dir/empty.xml']).toHaveLength(0);
    // The first local header: signature, then CRC-32 and the uncompressed size as Node's gzip has them.
    const gz = gzipSync(Buffer.from(page));
    expect(u32(zip, 0)).toBe(0x04034b50);
    expect(u32(zip, 14)).toBe(gz.readUInt32LE(gz.length - 8));
    expect(u32(zip, 22)).toBe(Buffer.byteLength(page));
    // Deflated (method 8), dated 2026-12-02 10:30:08 in MS-DOS form.
    expect(new DataView(zip.buffer).getUint16(8, true)).toBe(8);
    expect(new DataView(zip.buffer).getUint16(10, true)).toBe((10 << 11) | (30 << 5) | 4);
    expect(new DataView(zip.buffer).getUint16(12, true)).toBe(((2026 - 1980) << 9) | (12 << 5) | 2);
  });

  it('says why an entry could not be written, and writes none after it', async () => {
    const writer = new ZipWriter();
    void writer.add('a.txt', ['平潭']);
    void writer.add(
      'b.txt',
      (function* () {
        yield 'x';
        throw new Error('the sheet could not be made');
      })(),
    );
    void writer.add('c.txt', ['never']);
    await expect(writer.end()).rejects.toThrow('the sheet could not be made');
  });

  it('reads a gzip member past the optional fields of its header', () => {
    const plain = gzipSync(Buffer.from('平潭综合实验区'));
    // FEXTRA (2 bytes), FNAME, FCOMMENT and FHCRC added after the ten fixed bytes.
    const extra = Buffer.from([2, 0, 0xaa, 0xbb, ...Buffer.from('report.txt\0'), ...Buffer.from('note\0'), 0, 0]);
    const fancy = Buffer.concat([
      plain.subarray(0, 3),
      Buffer.from([4 | 8 | 16 | 2]),
      plain.subarray(4, 10),
      extra,
      plain.subarray(10),
    ]);
    const a = fromGzip(new Uint8Array(plain));
    const b = fromGzip(new Uint8Array(fancy));
    expect(Buffer.from(b.data)).toEqual(Buffer.from(a.data));
    expect([b.crc, b.size]).toEqual([a.crc, Buffer.byteLength('平潭综合实验区')]);
  });
});
