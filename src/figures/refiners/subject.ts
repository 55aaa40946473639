// Who or what a figure counts, where its sentence says: 培训果农5000人次 (after the cue), 22个窗口 (after the
// unit), 为困难群众捐款 (after 为/向/给, before the cue).
import type { Cue } from '../figures.js';
import type { Quantity } from '../quantities.js';

const NOUN_RUN = /^[\p{Script=Han}]{2,8}$/u;
const NOT_SUBJECT = /[了的是在为向给和与及达到共计累计近约超过余多均都]|^(?:活动|工作|全年|开展|组织|举办|完成|实现|保持|提高|其中)/u;

export function subjectOf(text: string, quantity: Quantity, cue: Cue | null): string | null {
  if (cue && cue.end <= quantity.start) {
    const between = text.slice(cue.end, quantity.start);
    if (NOUN_RUN.test(between) && !NOT_SUBJECT.test(between)) return between;
    const before = /(?:为|向|给|帮助)([\p{Script=Han}]{2,8})$/u.exec(text.slice(Math.max(0, cue.start - 10), cue.start));
    if (before && !NOT_SUBJECT.test(before[1]!)) return before[1]!;
  }
  if (quantity.unitKind === 'count') {
    const after = /^([\p{Script=Han}]{2,6}?)(?=[，,。；;、\s]|$|进行|参加|参与|受到|开展)/u.exec(text.slice(quantity.end, quantity.end + 8));
    if (after && !NOT_SUBJECT.test(after[1]!)) return after[1]!;
  }
  return null;
}
