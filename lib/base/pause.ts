// Waiting without blocking: a pause of some milliseconds (the collector's polite delay), and the next
// task (a long job over thousands of reports gives the page back to paint and answer between parts).
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const immediate = (globalThis as { setImmediate?: (f: () => void) => unknown }).setImmediate;
let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

/** The next task. Not a timer: a timer set from a timer's task waits at least 4 ms once five are nested,
 * which a job of a hundred parts pays on every part. A message to ourselves in a page or a worker (what
 * Preact's and React's schedulers yield with), setImmediate in Node. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (immediate) return void immediate(resolve);
    if (typeof MessageChannel !== 'function') return void setTimeout(resolve, 0);
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/** `work` over `items` a part at a time, the page given back between parts; its maps made one.
 * `stop` ends it between parts with what was made. */
export async function mapInParts<T, K, V>(
  items: T[],
  size: number,
  work: (part: T[]) => Map<K, V>,
  stop?: AbortSignal,
): Promise<Map<K, V>> {
  const out = new Map<K, V>();
  for (let i = 0; i < items.length && !stop?.aborted; i += size) {
    for (const [k, v] of work(items.slice(i, i + size))) out.set(k, v);
    if (i + size < items.length) await nextTask();
  }
  return out;
}
