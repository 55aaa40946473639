// Turns files handed over one at a time (as the store sorts them out) into an async iterable the pool reads.
import type { InputFile } from './discover.js';

export class InputFeed implements AsyncIterable<InputFile> {
  private readonly waiting: InputFile[] = [];
  private ended = false;
  private wake: (() => void) | undefined;

  push(file: InputFile): void {
    this.waiting.push(file);
    this.wake?.();
  }

  /** No more files come: the pool finishes what it has. */
  end(): void {
    this.ended = true;
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<InputFile> {
    for (;;) {
      const file = this.waiting.shift();
      if (file) {
        yield file;
        continue;
      }
      if (this.ended) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }
}
