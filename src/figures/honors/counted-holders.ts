// Finds titles a place counts its holders of (泉州有全国文明校园3所, 全镇已建成省、市级文明村各2个): honors of units, with the count.
import { parseChineseNumber } from '../chinese-numeral.js';
import { clausesOf, endsSentence } from './clauses.js';
import type { HonorPatterns } from './patterns.js';
import type { Collector } from './resolve.js';
import { titlesOf } from './titles.js';

/**
 * A clause that holds the verb (有, 建成) with level-led titles and a count of units after them, and the clauses after
 * it in its sentence that are only such a title and count (…;全国文明校园工作先进学校32所,省级文明校园76所).
 * Group 1: the titles; group 2: 各; group 3: the number.
 */
export function countedHolders(text: string, p: HonorPatterns, { add }: Collector): void {
  let chained = false;
  for (const c of clausesOf(text)) {
    const clause = text.slice(c.start, c.end);
    const opening = p.holdingsOpening.exec(clause);
    const m = opening ?? (chained ? p.holdingsItem.exec(clause) : null);
    if (m) {
      chained = true;
      const [runFrom] = m.indices![1]!;
      const run = m[1]!;
      const count = /^\d+$/u.test(m[3]!) ? Number(m[3]) : parseChineseNumber(m[3]!);
      for (const item of titlesOf(run, p, 'kept')) {
        // Only titles a level or place word leads: 有安全文明小区40个 counts places, not honors.
        if (!p.startsWithLevel.test(item.title) && !item.place) continue;
        const start = c.start + runFrom;
        add({ start, end: c.start + m.index + m[0].length, item: { ...item, ...(count && Number.isInteger(count) ? { count } : {}) }, awarder: null, verbStart: start, heldBy: { recipient: 'unit', name: null }, holding: true });
      }
    }
    // The chain goes on over other clauses of the sentence (分别是…), never past its end.
    if (endsSentence(c.mark)) chained = false;
  }
}
