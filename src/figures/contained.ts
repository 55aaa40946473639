// Finds spans by position in a list sorted by start, and drops the spans that a longer one covers.
import type { Span } from '../model/document.js';

/** Index of the first of `spans` (sorted by start) that starts at or after `at`. */
export function firstStartingAt(spans: readonly { start: number }[], at: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (spans[mid]!.start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The first of `spans` (sorted by start) starting inside `[from, to)` that passes `test`, or undefined: a look at the
 * spans near a place rather than at the whole list (a long sentence has thousands).
 */
export function findStartingIn<T extends { start: number }>(spans: readonly T[], from: number, to: number, test: (span: T) => boolean = () => true): T | undefined {
  for (let i = firstStartingAt(spans, from); i < spans.length && spans[i]!.start < to; i++) if (test(spans[i]!)) return spans[i]!;
  return undefined;
}

/** How many of `spans` (sorted by start), other than `except`, lie inside `[from, to)`. */
export function spansBetween(spans: readonly Span[], except: Span, from: number, to: number): number {
  let n = 0;
  for (let i = firstStartingAt(spans, from); i < spans.length && spans[i]!.start < to; i++) {
    const s = spans[i]!;
    if (s !== except && s.end <= to) n++;
  }
  return n;
}

/**
 * The spans that no longer span covers, in their order. Only spans starting up to the longest length before
 * one can cover it, so each looks at a few neighbours, not at the whole list (a long sentence has thousands).
 */
export function withoutContained<T extends Span>(spans: T[]): T[] {
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  const longest = spans.reduce((n, s) => Math.max(n, s.end - s.start), 0);
  return spans.filter((c) => {
    for (let i = firstStartingAt(byStart, c.start - longest); i < byStart.length && byStart[i]!.start <= c.start; i++) {
      const o = byStart[i]!;
      if (o !== c && o.end >= c.end && o.end - o.start > c.end - c.start) return false;
    }
    return true;
  });
}
