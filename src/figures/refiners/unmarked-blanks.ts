// Takes out a number read as a template blank (x个, 事项x项) that the placeholder scan does not list as one: a lone
// x is no mark of a blank (dictionaries/placeholders.yaml wants a run, xx), so it states no figure either. A figure's
// null value goes with a placeholder, and only with one (GUIDE: a placeholder inside a figure makes its value null).
import type { FigureRefiner } from '../figures.js';

export const unmarkedBlanks: FigureRefiner = (context, drafts) => {
  if (!drafts.some((d) => d.quantity.placeholder && !d.table)) return drafts;
  const marks = context.placeholders.filter((p) => p.kind === 'blank');
  const marked = (start: number, end: number) => marks.some((p) => p.start < end && start < p.end);
  return drafts.filter((d) => d.table || !d.quantity.placeholder || marked(d.quantity.number.start, d.quantity.number.end));
};
