// Maps spans of normalized text back to spans of the original extracted text.
import type { Span } from '../model/document.js';

/**
 * For every code unit `i` of the normalized text, `origin[2i]..origin[2i+1]` is the half-open range of the
 * original text it came from. Units produced by one indivisible rewrite all point at the whole rewritten range,
 * so a span never splits an original character sequence that was rewritten as a unit.
 */
export class OffsetMap {
  constructor(
    private readonly origin: Int32Array,
    readonly originalLength: number,
  ) {}

  static identity(length: number): OffsetMap {
    const origin = new Int32Array(length * 2);
    for (let i = 0; i < length; i++) {
      origin[2 * i] = i;
      origin[2 * i + 1] = i + 1;
    }
    return new OffsetMap(origin, length);
  }

  get length(): number {
    return this.origin.length / 2;
  }

  startOf(i: number): number {
    return this.origin[2 * i]!;
  }

  endOf(i: number): number {
    return this.origin[2 * i + 1]!;
  }

  /** The original span that normalized `[start, end)` came from. An empty span maps to a point. */
  toOriginal(start: number, end: number): Span {
    if (start < 0 || end > this.length || start > end) {
      throw new RangeError(`span [${start}, ${end}) is outside the normalized text of length ${this.length}`);
    }
    if (start === end) {
      const point = start < this.length ? this.startOf(start) : this.originalLength;
      return { start: point, end: point };
    }
    return { start: this.startOf(start), end: this.endOf(end - 1) };
  }

  /** This map applied after `inner`: `inner` maps a later text to this map's normalized text. */
  compose(inner: OffsetMap): OffsetMap {
    const origin = new Int32Array(inner.length * 2);
    for (let i = 0; i < inner.length; i++) {
      origin[2 * i] = this.startOf(inner.startOf(i));
      origin[2 * i + 1] = this.endOf(inner.endOf(i) - 1);
    }
    return new OffsetMap(origin, this.originalLength);
  }
}
