// Compression on a second worker: the export worker makes a sheet's XML while the deflate worker
// (deflate-worker.ts) compresses what came before, each on its own core. They talk over a MessagePort the
// page gives them both; the chunks are transferred, not copied.
import { encoded, Gzip, type Compress } from '../export/zip-deflate';

/** Bytes sent to the deflate worker before it has taken them. */
export const AHEAD = 4 * 2 ** 20;

export type ToDeflate = { id: number; chunk: Uint8Array<ArrayBuffer> } | { id: number; end: true };
export type FromDeflate =
  { id: number; taken: number } | { id: number; gzip: Uint8Array<ArrayBuffer> } | { id: number; error: string };

/** Entries compressed at the other end of `port`, at most AHEAD bytes waiting there at a time. */
export function compressOver(port: MessagePort): Compress {
  const waiting = new Map<number, { resolve: (gz: Uint8Array) => void; reject: (e: Error) => void }>();
  let next = 0;
  let ahead = 0;
  let broken: Error | null = null;
  let wake = () => {};
  port.onmessage = (e: MessageEvent<FromDeflate>) => {
    const m = e.data;
    if ('taken' in m) {
      ahead -= m.taken;
      return wake();
    }
    const entry = waiting.get(m.id);
    waiting.delete(m.id);
    if ('gzip' in m) return entry?.resolve(m.gzip);
    broken = new Error(m.error);
    entry?.reject(broken);
    wake();
  };
  return async (parts) => {
    const id = next++;
    const gzip = new Promise<Uint8Array>((resolve, reject) => waiting.set(id, { resolve, reject }));
    for (const chunk of encoded(parts)) {
      if (broken) throw broken;
      ahead += chunk.length;
      port.postMessage({ id, chunk } satisfies ToDeflate, [chunk.buffer]);
      while (ahead > AHEAD && !broken) await new Promise<void>((resolve) => (wake = resolve));
    }
    port.postMessage({ id, end: true } satisfies ToDeflate);
    return { gzip };
  };
}

/** The deflate worker's side: gzip members made from the chunks that come over `port`, each chunk
 * acknowledged once taken, each member sent back whole. */
export function serveDeflate(port: MessagePort): void {
  const members = new Map<number, Gzip>();
  const say = (m: FromDeflate, transfer: Transferable[] = []) => port.postMessage(m, transfer);
  port.onmessage = ({ data: m }: MessageEvent<ToDeflate>) => {
    let gz = members.get(m.id);
    if (!gz) members.set(m.id, (gz = new Gzip()));
    if ('chunk' in m) {
      const taken = m.chunk.length;
      gz.write(m.chunk).then(
        () => say({ id: m.id, taken }),
        (e: unknown) => say({ id: m.id, error: String(e) }),
      );
      return;
    }
    members.delete(m.id);
    gz.end().then(
      (gzip) => say({ id: m.id, gzip }, [gzip.buffer]),
      (e: unknown) => say({ id: m.id, error: String(e) }),
    );
  };
}
