// A worker started before it is needed: loading the export worker's module takes 30–45 ms, which an
// export would otherwise wait for after the click. Each worker serves one job and is then ended (its
// heap goes with it); the next is started when the page is idle again.

/** Gives a loaded worker when one is ready, else a new one; `refill` has the next made once idle. */
export interface Spare {
  take(): Worker;
  refill(): void;
}

/** When the page has a moment (requestIdleCallback where there is one). */
const whenIdle = (f: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(f, { timeout: 2000 }) : setTimeout(f, 200);

export function spareWorker(make: () => Worker): Spare {
  let ready: Worker | null = null;
  let asked = false;
  return {
    take() {
      const worker = ready ?? make();
      ready = null;
      return worker;
    },
    refill() {
      if (asked || ready) return;
      asked = true;
      whenIdle(() => {
        asked = false;
        if (ready) return;
        try {
          const worker = make();
          // One that fails to load before it is taken is dropped (its error would reach no one).
          worker.addEventListener('error', () => void (ready === worker && (ready = null)));
          ready = worker;
        } catch {
          // No worker here: each export makes its own, or is made in the page.
        }
      });
    },
  };
}
