// Takes out a count that tells again a standing fact the document gave before (…下设3个职能部门及12个分支机构。…所辖的
// 12个分支机构全部被评为…): the same value, measure and noun after it. The profile was counted once; the gold sets do
// not count a fact told again (corpus/gold-5 README: repeats are not annotated), whatever the later clause does with it.
import type { FigureDraft, FigureRefiner } from '../figures.js';

/** How many characters of the noun after a count name what it counts (分支机构, 营业网点). */
const NOUN_REACH = 4;
/** A noun shorter than this (个人, a bare 户) says too little to tell two counts apart. */
const NOUN_MIN = 2;

/** The value, measure and noun a count counts, or null when its noun is too short to tell. */
function key(text: string, d: FigureDraft): string | null {
  const q = d.quantity;
  if (q.value === null || q.unit === null || d.table) return null;
  const noun = /^[\p{Script=Han}]+/u.exec(text.slice(q.end, q.end + NOUN_REACH))?.[0] ?? '';
  return noun.length < NOUN_MIN ? null : `${q.value}\u0000${q.unit}\u0000${noun}`;
}

export const profileRepeats: FigureRefiner = (context, drafts) => {
  /** Each standing fact's key, with the sentence that first told it (a list in that sentence is no repeat). */
  const facts = new Map<string, FigureDraft['sentence']>();
  return drafts.filter((d) => {
    const k = key(context.text, d);
    if (k === null) return true;
    const told = facts.get(k);
    if (told !== undefined && told !== d.sentence) return false;
    if (d.claim === 'background' && told === undefined) facts.set(k, d.sentence);
    return true;
  });
};
