// A count right after 各 that a list of items stands before (市优秀教师、优秀班主任各2人, 教学检查和创建督查各4次,
// “最美医生”“最美护士”各10名) states one value for each item: as many figures as items, each with the whole span, as
// the gold sets write one line per value (corpus/gold-2 README, text). Only counts outside the named categories are split;
// so is one value after 分别 and its verb (甲、乙分别捐款4万多元), of any category but a rate.
import type { FigureDraft, FigureRefiner } from '../figures.js';
import { clauseEnd, clauseStart } from '../clause.js';
import { findStartingIn } from '../contained.js';

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
    // 为甲、乙二人分别捐款4万多元: one value after 分别 and its verb is each one's, whatever its category but a rate, when
    // it is the clause's only value (优秀率、合格率分别为38%和96% pairs values off instead).
    const each = d.table || d.category !== 'other' || text[q.start - 1] !== '各' ? null : q.start - 1;
    const mark = each ?? respectively(text, d);
    if (mark === null) return [d];
    const from = Math.max(clauseStart(text, mark, d.sentence.norm.start), mark - LIST_REACH);
    const list = text.slice(from, mark);
    // Another count inside the stretch makes it a list of counts, not of the items this one is given to.
    if (/\d/u.test(list)) return [d];
    const items = (list.match(joins) ?? []).length + 1;
    return items < 2 || items > MAX_ITEMS ? [d] : Array.from({ length: items }, () => d);
  });
};

/** How far before a value 分别 may stand (分别捐款, 分别送去慰问金). */
const VERB_REACH = 6;

/** Where 分别 stands before a value that is the only one of its clause after it, or null. */
function respectively(text: string, d: FigureDraft): number | null {
  const q = d.quantity;
  // Rates name their own list of cues (见面率、反馈率分别达到100%): coordination gives each its figure.
  if (d.table || d.category === 'rate' || d.category === 'satisfaction') return null;
  const lead = text.slice(Math.max(d.sentence.norm.start, q.start - VERB_REACH - 2), q.start);
  const at = lead.lastIndexOf('分别');
  if (at < 0 || /[，,；;、和及\d]/u.test(lead.slice(at + 2))) return null;
  const mark = q.start - lead.length + at;
  const end = clauseEnd(text, q.end, d.sentence.norm.end);
  return findStartingIn(d.inSentence, mark, end, (o) => o !== q) ? null : mark;
}

/** Words joining the last item of a list (和, 及, 与), read only between Han characters. */
const LIST_JOINS = ['(?<=\\p{Script=Han})(?:以及|和|及|与)(?=\\p{Script=Han}|[“「『])'];
