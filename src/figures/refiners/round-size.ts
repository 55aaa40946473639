// The size of an awarding round is news about the round, not a result of the unit: a count of holders that a
// national or provincial round gave (共表彰…“全国…”207个, 授予…等326个单位…“全国…”称号) or of the bodies that
// issued it together (公安部等23家…组委会成员单位) becomes background (claims.yaml `round-size`). The unit's own
// parts that won (我局有3个科室被授予…) stay results: their verb is passive or comes after the count.
import type { FigureRefiner } from '../figures.js';
import { countClause, countsHolders } from './round-count.js';

export const roundSize: FigureRefiner = (context, drafts) => {
  const words = context.claims.roundSize;
  const { text } = context;
  return drafts.map((d) => {
    if (d.claim !== 'achieved' || !countsHolders(context, d)) return d;
    const { before, after } = countClause(text, d);
    const joint = before.endsWith(words.listEnd) && words.joint.test(after);
    const round = words.verb.test(before) && (words.scope.test(before) || words.scope.test(after));
    return joint || round ? { ...d, claim: 'background' } : d;
  });
};
