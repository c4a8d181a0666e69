// Waiting without blocking: a pause of some milliseconds (the collector's polite delay), and the next
// task (a long job over thousands of reports gives the page back to paint and answer between parts).
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const nextTask = () => sleep(0);

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
