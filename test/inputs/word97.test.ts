// Word 97 in the extension (lib/inputs/word97.ts): word-extractor's OLE reader with the `buffer` package's
// Buffer gives the text Node's whole package gives, so a DOC reads in the viewer and the backgrounds as in the
// command line; and the Readable it is given in the browser (stream-shim.ts) streams as word-extractor's
// storage streams need: chunks pushed at once or from a promise, then the end, or an error.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodeEngines } from '../../lib/inputs/node-engines';
import { Readable } from '../../lib/inputs/stream-shim';
import { word97 } from '../../lib/inputs/word97';
import { loopedDoc } from '../helpers';

const bytes = (name: string) =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/attachments/${name}`, import.meta.url))));

describe('Word 97 in the extension', () => {
  it.each([
    ['pingtan-2024.office.doc', '一、本年新收政府信息公开申请数量\t217\t1\t0\t0\t0\t0\t218'],
    ['pingtan-2013.office.doc', '平潭综合实验区\n2013年政府信息公开工作年度报告'],
  ])('%s: the same text as in Node', async (name, words) => {
    const text = await word97()(bytes(name));
    expect(text).toBe(await (await nodeEngines.doc!())(bytes(name)));
    expect(text).toContain(words);
  });

  it('stops at a sector chain that loops (a broken or hostile file) instead of following it forever', async () => {
    await expect(word97()(loopedDoc())).rejects.toThrow();
  });
});

/** Sectors read one by one from a promise, as word-extractor's StorageStream does. */
class Sectors extends Readable {
  constructor(
    private readonly sectors: string[],
    private readonly failAt = -1,
  ) {
    super();
  }
  #at = 0;
  override _read() {
    if (this.#at >= this.sectors.length) return this.push(null);
    const at = this.#at++;
    return Promise.resolve().then(() => {
      if (at === this.failAt) throw new Error('bad sector');
      this.push(this.sectors[at]);
    });
  }
}

const collect = (stream: Readable) =>
  new Promise<string>((resolve, reject) => {
    const chunks: unknown[] = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('error', reject);
    stream.on('end', () => resolve(chunks.join('')));
  });

describe('the Readable word-extractor is given in the browser', () => {
  it('gives every chunk in order, then ends; an empty stream just ends', async () => {
    expect(await collect(new Sectors(['平潭', '综合', '实验区']))).toBe('平潭综合实验区');
    expect(await collect(new Sectors([]))).toBe('');
  });

  it('says an error once, and gives nothing after it', async () => {
    await expect(collect(new Sectors(['a', 'b', 'c'], 1))).rejects.toThrow('bad sector');
  });
});
