// A count of people whom an honor verb right after names as honored (2名志愿者荣获…先进个人, 3名志工获得“…”称号) is how
// many were honored, not a count of the category its cue names (volunteers, trainees): it becomes `other`, as the
// other counts of honorees are (cues.yaml `honorees`).
import type { FigureRefiner } from '../figures.js';

/** How far after a count its honor verb is looked for at most. */
const REACH = 16;

export const honorees: FigureRefiner = (context, drafts) => {
  const { categories, units, verbs } = context.cues.honorees;
  const { text } = context;
  return drafts.map((d) => {
    const q = d.quantity;
    if (d.table || !d.cue || !categories.has(d.category) || q.unit === null || !units.has(q.unit)) return d;
    // The cue may name the people after the count (3名志工获得…): the verb comes after it.
    const from = Math.max(q.end, d.cue.end);
    if (!verbs.test(text.slice(from, Math.min(d.sentence.norm.end, from + REACH)))) return d;
    return { ...d, cue: null, category: 'other' };
  });
};
