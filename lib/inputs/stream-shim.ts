// Node's stream.Readable as word-extractor's OLE reader uses it, for the extension's pages (wxt.config.ts
// resolves its `require('stream')` here): a subclass's _read pushes chunks (at once or from a promise),
// null at the end; listeners of 'data', 'end' and 'error'. Nothing else of Node's streams is used.
type Listener = (value?: unknown) => void;

export class Readable {
  #listeners: Record<string, Listener[]> = { data: [], end: [], error: [] };
  #started = false;
  #ended = false;

  /** Overridden: push the next chunk, or null at the end. */
  _read(): unknown {
    return this.push(null);
  }

  on(event: string, listener: Listener): this {
    this.#listeners[event]?.push(listener);
    // Flowing from the first 'data' listener, once the caller has added its others.
    if (event === 'data' && !this.#started) {
      this.#started = true;
      queueMicrotask(() => this.#pull());
    }
    return this;
  }

  push(chunk: unknown): boolean {
    if (this.#ended) return false;
    if (chunk === null) {
      this.#ended = true;
      for (const listener of this.#listeners.end) listener();
      return false;
    }
    for (const listener of this.#listeners.data) listener(chunk);
    queueMicrotask(() => this.#pull());
    return true;
  }

  #pull() {
    if (this.#ended) return;
    try {
      const pending = this._read() as Promise<unknown> | undefined;
      if (pending && typeof pending.then === 'function') pending.catch((e: unknown) => this.#fail(e));
    } catch (e) {
      this.#fail(e);
    }
  }

  #fail(error: unknown) {
    this.#ended = true;
    for (const listener of this.#listeners.error) listener(error);
  }
}
