// The export workers loaded ahead: the one made while idle is the one an export takes, one at a time,
// and one that failed to load is never handed out (its error would reach no handler).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { spareWorker } from '../../lib/library/spare-worker';

/** Stands for a Worker: errors are dispatched as a module that fails to load does. */
class FakeWorker extends EventTarget {
  constructor(readonly n: number) {
    super();
  }
}

describe('spare worker', () => {
  let made: FakeWorker[];
  const make = () => {
    const w = new FakeWorker(made.length + 1);
    made.push(w);
    return w as unknown as Worker;
  };
  beforeEach(() => {
    made = [];
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('makes one when asked and none is ready, and hands out the one made while idle', () => {
    const spare = spareWorker(make);
    expect((spare.take() as unknown as FakeWorker).n).toBe(1);
    spare.refill();
    spare.refill();
    // Not at once: the page has work of its own first.
    expect(made).toHaveLength(1);
    vi.runAllTimers();
    expect(made).toHaveLength(2);
    expect((spare.take() as unknown as FakeWorker).n).toBe(2);
    // Taken: the next take makes its own until refilled.
    expect((spare.take() as unknown as FakeWorker).n).toBe(3);
    spare.refill();
    vi.runAllTimers();
    spare.refill();
    vi.runAllTimers();
    expect(made).toHaveLength(4);
  });

  it('drops a spare that failed to load, and does not touch one already taken', () => {
    const spare = spareWorker(make);
    spare.refill();
    vi.runAllTimers();
    made[0].dispatchEvent(new Event('error'));
    const taken = spare.take() as unknown as FakeWorker;
    expect(taken.n).toBe(2);
    spare.refill();
    vi.runAllTimers();
    const next = spare.take() as unknown as FakeWorker;
    expect(next.n).toBe(3);
    // An error after it is taken is the export's to handle; the spare slot stays as it was.
    next.dispatchEvent(new Event('error'));
    expect((spare.take() as unknown as FakeWorker).n).toBe(4);
  });

  it('keeps no spare where workers cannot be made', () => {
    const spare = spareWorker(() => {
      throw new Error('no workers here');
    });
    spare.refill();
    expect(() => vi.runAllTimers()).not.toThrow();
    expect(() => spare.take()).toThrow('no workers here');
  });
});
