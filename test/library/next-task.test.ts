// The pause between parts of a long job: in a page or a worker (no setImmediate) a message to itself, not
// a timer, since nested timers wait 4 ms each; the parts resume in the order they paused.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('nextTask', () => {
  it('in a page or a worker, resumes by message in order, with no timer involved', async () => {
    vi.stubGlobal('setImmediate', undefined);
    vi.resetModules();
    const { nextTask } = await import('../../lib/base/pause');
    // Timers frozen: a pause made of a timer would never end.
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval'] });
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((n) => nextTask().then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives the page back between parts of mapInParts, and stops between them', async () => {
    const { mapInParts } = await import('../../lib/base/pause');
    const stop = new AbortController();
    const seen: number[][] = [];
    const out = await mapInParts(
      [1, 2, 3, 4, 5],
      2,
      (part) => {
        seen.push(part);
        if (seen.length === 2) stop.abort();
        return new Map(part.map((n) => [n, n * n]));
      },
      stop.signal,
    );
    expect(seen).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect([...out]).toEqual([
      [1, 1],
      [2, 4],
      [3, 9],
      [4, 16],
    ]);
  });
});
