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
    // 已有省级文明社区1个、市级文明社区3个: each counted title after 、 is an item of its own, as after a comma.
    // …a part after 、 only when the part before it named an honor (有学校2所、驻区单位23家 counts places).
    let named = false;
    for (const [i, part] of countedParts(text.slice(c.start, c.end)).entries()) {
      if (i > 0 && !named) break;
      named = false;
      const clause = part.text;
      const from = c.start + part.start;
      const opening = p.holdingsOpening.exec(clause);
      const m = opening ?? (chained ? p.holdingsItem.exec(clause) : null);
      if (!m) continue;
      chained = true;
      const [runFrom] = m.indices![1]!;
      const run = m[1]!;
      const count = /^\d+$/u.test(m[3]!) ? Number(m[3]) : parseChineseNumber(m[3]!);
      for (const item of titlesOf(run, p, 'kept')) {
        // Only titles a level or place word leads: 有安全文明小区40个 counts places, not honors.
        if (!p.startsWithLevel.test(item.title) && !item.place) continue;
        const start = from + runFrom;
        add({ start, end: from + m.index + m[0].length, item: { ...item, ...(count && Number.isInteger(count) ? { count } : {}) }, awarder: null, verbStart: start, heldBy: { recipient: 'unit', name: null }, holding: true });
        named = true;
      }
    }
    // The chain goes on over other clauses of the sentence (分别是…), never past its end.
    if (endsSentence(c.mark)) chained = false;
  }
}

/** A 、 right after a count of units (1个、): the end of one counted title and the start of the next. */
const COUNTED_BREAK = /(?<=(?:\d+|[一二两三四五六七八九十]{1,3})(?:个|家|所|座|处))、/gu;

/** A clause cut at each 、 that follows a count of units, each part with its offset in the clause. */
function countedParts(clause: string): { text: string; start: number }[] {
  // Most clauses hold no 、 at all: the lookbehind pattern is not tried at each of their characters.
  if (!clause.includes('、')) return [{ text: clause, start: 0 }];
  const parts: { text: string; start: number }[] = [];
  let start = 0;
  for (const m of clause.matchAll(COUNTED_BREAK)) {
    parts.push({ text: clause.slice(start, m.index), start });
    start = m.index + 1;
  }
  parts.push({ text: clause.slice(start), start });
  return parts;
}
