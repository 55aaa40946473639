// Tells an honor's level (national … district, internal) from its awarder, else its title.
import type { HonorLevel } from '../../model/document.js';
import type { HonorPatterns } from './patterns.js';

/** The kind of unit a title ends with (先进镇, 十强乡镇, 卫生城市) says what was honored, not who gave it. */
// Two kinds may be named together (先进县市).
const UNIT_KIND_AT_END = /(?:乡镇|村镇|城镇|城市|县城|城区|[市县区乡镇村]){1,2}$/u;

export function levelOf(awarder: string | null, title: string, p: HonorPatterns): HonorLevel {
  for (const source of [awarder, title.replace(UNIT_KIND_AT_END, '')]) {
    if (!source) continue;
    let best: { at: number; rank: number; level: HonorLevel } | null = null;
    p.levels.forEach((l, rank) => {
      l.pattern.lastIndex = 0;
      const m = l.pattern.exec(source);
      if (m && (!best || m.index < best.at || (m.index === best.at && rank < best.rank))) best = { at: m.index, rank, level: l.level };
    });
    if (best) return (best as { level: HonorLevel }).level;
  }
  return 'unknown';
}
