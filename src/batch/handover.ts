// Hands values from one task of this thread to another one at a time: the giver waits until the taker has done
// with each, so no more than one is held between them (the report's records, on their way to the store).

export class Handover<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private ended = false;
  private failure: { error: unknown } | undefined;
  /** The taker has stopped (finished or failed): what is given now is dropped. */
  private closed = false;
  private wakeTaker: (() => void) | undefined;
  private releaseGiver: (() => void) | undefined;

  /** Gives `item`; resolves once the taker has done with it (at once when the taker has stopped). */
  give(item: T): Promise<void> {
    if (this.closed || this.ended) return Promise.resolve();
    this.items.push(item);
    const taken = new Promise<void>((resolve) => (this.releaseGiver = resolve));
    this.wake();
    return taken;
  }

  /** No more items; with `error`, the taker's loop throws it (after the items given). */
  end(error?: unknown): void {
    this.ended = true;
    if (error !== undefined) this.failure = { error };
    this.wake();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    try {
      for (;;) {
        while (this.items.length === 0 && !this.ended) await new Promise<void>((resolve) => (this.wakeTaker = resolve));
        if (this.items.length === 0) {
          if (this.failure) throw this.failure.error;
          return;
        }
        yield this.items.shift()!;
        this.release();
      }
    } finally {
      this.closed = true;
      this.items.length = 0;
      this.release();
    }
  }

  private wake(): void {
    const wake = this.wakeTaker;
    this.wakeTaker = undefined;
    wake?.();
  }

  private release(): void {
    const release = this.releaseGiver;
    this.releaseGiver = undefined;
    release?.();
  }
}
