// Hands values from one task of this thread to another, in order. Each `give` resolves once the taker has done with
// that value: a giver that awaits it holds no more than one between them (the report's records, on their way to the
// store); one that does not queues them (files for the pool, as the store sorts them out).

interface Given<T> {
  item: T;
  taken: () => void;
}

export class Handover<T> implements AsyncIterable<T> {
  private readonly items: Given<T>[] = [];
  private ended = false;
  private failure: { error: unknown } | undefined;
  /** The taker has stopped (finished or failed): what is given now is dropped. */
  private closed = false;
  private wakeTaker: (() => void) | undefined;

  /** Gives `item`; resolves once the taker has done with it (at once when the taker has stopped). */
  give(item: T): Promise<void> {
    if (this.closed || this.ended) return Promise.resolve();
    return new Promise<void>((taken) => {
      this.items.push({ item, taken });
      this.wake();
    });
  }

  /** No more items; with `error`, the taker's loop throws it (after the items given). */
  end(error?: unknown): void {
    this.ended = true;
    if (error !== undefined) this.failure = { error };
    this.wake();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    let current: Given<T> | undefined;
    try {
      for (;;) {
        while (this.items.length === 0 && !this.ended) await new Promise<void>((resolve) => (this.wakeTaker = resolve));
        current = this.items.shift();
        if (!current) {
          if (this.failure) throw this.failure.error;
          return;
        }
        yield current.item;
        current.taken();
        current = undefined;
      }
    } finally {
      this.closed = true;
      current?.taken();
      for (const given of this.items.splice(0)) given.taken();
    }
  }

  private wake(): void {
    const wake = this.wakeTaker;
    this.wakeTaker = undefined;
    wake?.();
  }
}
