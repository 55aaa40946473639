// Turns a sum spent under a neutral word into a gift when the words around it hand it to outsiders: in
// 出资4万元，向城区少年儿童赠送… and 出资2万元，赞助县文化馆 the next clause gives it away, in 筹资八万元为该村修建… its
// own clause builds for a village (cues.yaml `gifts`). A sum no cue names, or one an investment word holds, is read
// before these words, which stand beyond a cue's reach.
import type { FigureRefiner } from '../figures.js';
import { CLAUSE_BREAK, clauseEnd, clauseStart } from '../clause.js';

/** How many characters may stand between a sum and the clause break or the 为 after it (左右, 的). */
const GAP = 2;

export const gifts: FigureRefiner = (context, drafts) => {
  const { text } = context;
  const { spend, verbs, beneficiary } = context.cues.gifts;
  return drafts.map((d) => {
    const q = d.quantity;
    if (d.table || q.unitKind !== 'money' || (d.category !== 'other' && d.category !== 'investment')) return d;
    const start = clauseStart(text, q.start, d.sentence.norm.start);
    const lead = text.slice(start, q.start);
    const spent = spend.map((w) => ({ w, at: lead.lastIndexOf(w) })).filter((s) => s.at >= 0).sort((a, b) => b.at - a.at)[0];
    if (!spent) return d;
    const sentenceEnd = d.sentence.norm.end;
    const ownEnd = clauseEnd(text, q.end, sentenceEnd);
    // Its own clause builds or buys for a village or for people in need.
    const forWhom = beneficiary.exec(text.slice(q.end, ownEnd));
    if (forWhom && forWhom.index <= GAP) {
      return { ...d, category: 'donation', cue: { category: 'donation', word: spent.w, start: start + spent.at, end: start + spent.at + spent.w.length } };
    }
    // The next clause of its sentence hands it over, with no sum of its own.
    if (ownEnd >= sentenceEnd || ownEnd - q.end > GAP || !CLAUSE_BREAK.test(text[ownEnd]!)) return d;
    const from = ownEnd + 1;
    const nextEnd = clauseEnd(text, from, sentenceEnd);
    if (d.inSentence.some((o) => o.unitKind === 'money' && o.start >= from && o.start < nextEnd)) return d;
    const gift = d.cues.find((c) => c.category === 'donation' && verbs.has(c.word) && c.start >= from && c.end <= nextEnd);
    return gift ? { ...d, category: 'donation', cue: gift } : d;
  });
};
