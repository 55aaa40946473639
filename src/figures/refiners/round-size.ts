// The size of an awarding round is news about the round, not a result of the unit: a count of holders that a
// national or provincial round gave (共表彰…“全国…”207个, 授予…等326个单位…“全国…”称号) or of the bodies that
// issued it together (公安部等23家…组委会成员单位) becomes background (claims.yaml `round-size`). The unit's own
// parts that won (我局有3个科室被授予…) stay results: their verb is passive or comes after the count.
import type { FigureRefiner } from '../figures.js';
import { CLAUSE_BREAK, clauseStart } from '../clause.js';

/** How far before a count its clause is read at most: a clause of a long list costs no more than a short one. */
const BEFORE_REACH = 40;
/** How far after a count its clause is read at most. */
const AFTER_REACH = 40;

export const roundSize: FigureRefiner = (context, drafts) => {
  const words = context.claims.roundSize;
  const { text } = context;
  return drafts.map((d) => {
    const q = d.quantity;
    if (d.table || d.claim !== 'achieved' || d.category !== 'other' || q.unit === null || !words.measures.has(q.unit)) return d;
    const sentence = d.sentence.norm;
    const before = text.slice(Math.max(clauseStart(text, q.start, sentence.start), q.start - BEFORE_REACH), q.start);
    const rest = text.slice(q.end, Math.min(sentence.end, q.end + AFTER_REACH));
    const after = rest.slice(0, CLAUSE_BREAK.exec(rest)?.index ?? rest.length);
    const joint = before.endsWith(words.listEnd) && words.joint.test(after);
    const round = words.verb.test(before) && (words.scope.test(before) || words.scope.test(after));
    return joint || round ? { ...d, claim: 'background' } : d;
  });
};
