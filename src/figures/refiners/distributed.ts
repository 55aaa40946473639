// A count right after 各 that a list of items stands before (市优秀教师、优秀班主任各2人, 教学检查和创建督查各4次,
// “最美医生”“最美护士”各10名) states one value for each item: as many figures as items, each with the whole span, as
// the gold sets write one line per value (corpus/gold-2 README, text). Only counts outside the named categories are split.
import type { FigureDraft, FigureRefiner } from '../figures.js';
import { clauseStart } from '../clause.js';

/** How far before 各 its list is read. */
const LIST_REACH = 30;
/** A list of more items than this is no list of the count's items (a long sentence joined by 和). */
const MAX_ITEMS = 6;

export const distributed: FigureRefiner = (context, drafts) => {
  const { text } = context;
  const words = context.claims.functionWords;
  const joins = new RegExp(`${[...words.listSeparators, ...LIST_JOINS].join('|')}|[”」』][“「『]`, 'gu');
  return drafts.flatMap((d): FigureDraft[] => {
    const q = d.quantity;
    // Only for counts outside the named categories: the items of an activity or a course may each be of another
    // kind (“三基”培训和应急演练各4次: a course and a drill; 政治学习和业务学习各一次: a study and a course).
    if (d.table || d.category !== 'other' || text[q.start - 1] !== '各') return [d];
    const from = Math.max(clauseStart(text, q.start - 1, d.sentence.norm.start), q.start - 1 - LIST_REACH);
    const list = text.slice(from, q.start - 1);
    // Another count inside the stretch makes it a list of counts, not of the items this one is given to.
    if (/\d/u.test(list)) return [d];
    const items = (list.match(joins) ?? []).length + 1;
    return items < 2 || items > MAX_ITEMS ? [d] : Array.from({ length: items }, () => d);
  });
};

/** Words joining the last item of a list (和, 及, 与), read only between Han characters. */
const LIST_JOINS = ['(?<=\\p{Script=Han})(?:以及|和|及|与)(?=\\p{Script=Han}|[“「『])'];
