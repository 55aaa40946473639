// Who or what a figure counts, where its sentence says: 培训果农5000人次 (after the cue), 22个窗口 (after the
// unit), 为困难群众捐款 (after 为/向/给, before the cue).
// The words it reads by are data (dictionaries/figures/cues.yaml `subject`).
import type { SubjectWords } from '../cues.js';
import type { Cue } from '../figures.js';
import type { Quantity } from '../quantities.js';

const NOUN_RUN = /^[\p{Script=Han}]{2,8}$/u;

export function subjectOf(text: string, quantity: Quantity, cue: Cue | null, words: SubjectWords): string | null {
  if (cue && cue.end <= quantity.start) {
    const between = text.slice(cue.end, quantity.start);
    if (NOUN_RUN.test(between) && !words.notSubject.test(between)) return between;
    const before = words.beneficiary.exec(text.slice(Math.max(0, cue.start - 10), cue.start));
    if (before && !words.notSubject.test(before[1]!)) return before[1]!;
  }
  if (quantity.unitKind === 'count') {
    const after = words.after.exec(text.slice(quantity.end, quantity.end + 8));
    if (after && !words.notSubject.test(after[1]!)) return after[1]!;
  }
  return null;
}
