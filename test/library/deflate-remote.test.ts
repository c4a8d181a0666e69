// The workbook's compression on a second worker, over a MessagePort as the page connects them: the same
// zip as made on one thread, the sender held back while too much waits, a failure reported.
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { AHEAD, compressOver, serveDeflate, type FromDeflate, type ToDeflate } from '../../lib/library/deflate-remote';
import { ZipWriter } from '../../lib/export/zip-deflate';
import { fixture } from '../helpers';

describe('compression over a port', () => {
  it('makes the zip one thread makes, entries in order, past the bytes allowed to wait', async () => {
    const page = fixture('shuyang-fgj-2023.html');
    // Enough parts of the page to pass AHEAD bytes waiting more than once.
    const big = Array.from({ length: Math.ceil((3 * AHEAD) / Buffer.byteLength(page)) }, () => page);
    const { port1, port2 } = new MessageChannel();
    serveDeflate(port2);
    const remote = new ZipWriter(compressOver(port1));
    void remote.add('big.html', big);
    void remote.add('small.txt', ['平潭综合实验区']);
    void remote.add('empty.xml', []);
    const files = unzipSync(new Uint8Array(Buffer.concat(await remote.end())));
    port1.close();
    expect(Object.keys(files)).toEqual(['big.html', 'small.txt', 'empty.xml']);
    expect(files['big.html'].length).toBe(Buffer.byteLength(page) * big.length);
    expect(strFromU8(files['big.html']).slice(0, 5000)).toBe(page.slice(0, 5000));
    expect(strFromU8(files['small.txt'])).toBe('平潭综合实验区');
    expect(files['empty.xml']).toHaveLength(0);
  });

  it('fails the file when the other side says it could not compress', async () => {
    const { port1, port2 } = new MessageChannel();
    port2.onmessage = ({ data }: MessageEvent<ToDeflate>) =>
      'end' in data && port2.postMessage({ id: data.id, error: 'out of memory' } satisfies FromDeflate);
    const remote = new ZipWriter(compressOver(port1));
    void remote.add('a.txt', ['平潭']);
    await expect(remote.end()).rejects.toThrow('out of memory');
    port1.close();
  });
});
