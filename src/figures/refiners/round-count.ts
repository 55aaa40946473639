// What the awarding-round refiners (round-size.ts, round-share.ts) read of a count: whether it counts holders, and
// the words of its clause before it and after it.
import type { FigureContext, FigureDraft } from '../figures.js';
import { CLAUSE_BREAK, clauseStart } from '../clause.js';

/** How far before and after a count its clause is read at most: a clause of a long list costs no more than a short one. */
const BEFORE_REACH = 40;
const AFTER_REACH = 40;

/** Whether a figure counts holders (个, 家, 名 outside the named categories), as a round's size does. */
export function countsHolders(context: FigureContext, d: FigureDraft): boolean {
  return !d.table && d.category === 'other' && d.quantity.unit !== null && context.claims.roundSize.measures.has(d.quantity.unit);
}

/** The words of a count's clause before it, and after it up to the next clause break. */
export function countClause(text: string, d: FigureDraft): { before: string; after: string } {
  const q = d.quantity;
  const sentence = d.sentence.norm;
  const rest = text.slice(q.end, Math.min(sentence.end, q.end + AFTER_REACH));
  return {
    before: text.slice(clauseStart(text, q.start, Math.max(sentence.start, q.start - BEFORE_REACH)), q.start),
    after: rest.slice(0, CLAUSE_BREAK.exec(rest)?.index ?? rest.length),
  };
}
