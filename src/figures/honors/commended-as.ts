// Finds titles a unit was commended as (市局作为精神文明建设先进单位受到表彰): 作为 names no honor alone, the commendation after it does.
import type { HonorPatterns } from './patterns.js';
import type { Collector } from './resolve.js';
import { titlesOf } from './titles.js';

export function commendedAs(text: string, p: HonorPatterns, { add }: Collector): void {
  for (const m of text.matchAll(p.commendedAs)) {
    const run = m[1]!;
    const runStart = m.index + m[0].indexOf(run);
    for (const item of titlesOf(run, p)) add({ start: m.index, end: runStart + item.end, item, awarder: null, verbStart: m.index });
  }
}
