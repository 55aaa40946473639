// Turns a sum spent under a neutral word into a gift when the words around it hand it to outsiders: in
// 出资4万元，向城区少年儿童赠送… and 出资2万元，赞助县文化馆 the next clause gives it away, in 筹资八万元为该村修建… its
// own clause builds for a village, in 出资2万元举办少儿歌手大奖赛 it pays for an event held for outsiders, and in
// 向希望小学资助办学经费5万元 a verb of giving governs it (cues.yaml `gifts`). A sum no cue names, or one an investment
// word holds, is read before these words, which stand beyond a cue's reach.
import type { Cue, FigureContext, FigureDraft, FigureRefiner } from '../figures.js';
import { findStartingIn, spansBetween } from '../contained.js';
import { CLAUSE_BREAK, clauseEnd, clauseStart } from '../clause.js';

/** How many characters may stand between a sum and the clause break or the 为 after it (左右, 的). */
const GAP = 2;
/** How far after a sum a sponsored event and its audience are looked for (，举办庆“六一”第二届少儿…). */
const SPONSORED_EVENT_REACH = 40;

export const gifts: FigureRefiner = (context, drafts) => {
  const { text } = context;
  const { spend, verbs, beneficiary, sponsor } = context.cues.gifts;
  return drafts.map((d) => {
    const q = d.quantity;
    if (d.table || q.unitKind !== 'money' || (d.category !== 'other' && d.category !== 'investment')) return d;
    const start = clauseStart(text, q.start, d.sentence.norm.start);
    const lead = text.slice(start, q.start);
    const given = givenBy(context, d, start, lead);
    if (given) return { ...d, category: 'donation', cue: given };
    const spent = lastWordIn(lead, spend);
    if (!spent) return d;
    const spentCue: Cue = { category: 'donation', word: spent.word, start: start + spent.at, end: start + spent.at + spent.word.length };
    const sentenceEnd = d.sentence.norm.end;
    const ownEnd = clauseEnd(text, q.end, sentenceEnd);
    // Its own clause builds or buys for a village or for people in need.
    const forWhom = beneficiary.exec(text.slice(q.end, ownEnd));
    if (forWhom && forWhom.index <= GAP) return { ...d, category: 'donation', cue: spentCue };
    // It pays for an event its own or the next clause holds for outsiders (出资2万元举办少儿歌手大奖赛): a sponsorship.
    if (sponsor.spend.has(spent.word) && sponsor.event.test(text.slice(q.end, q.end + SPONSORED_EVENT_REACH))) return { ...d, category: 'donation', cue: spentCue };
    // The next clause of its sentence hands it over, with no sum of its own.
    if (ownEnd >= sentenceEnd || ownEnd - q.end > GAP || !CLAUSE_BREAK.test(text[ownEnd]!)) return d;
    const from = ownEnd + 1;
    const nextEnd = clauseEnd(text, from, sentenceEnd);
    if (findStartingIn(d.inSentence, from, nextEnd, (o) => o.unitKind === 'money')) return d;
    const gift = findStartingIn(d.cues, from, nextEnd, (c) => c.category === 'donation' && verbs.has(c.word) && c.end <= nextEnd);
    return gift ? { ...d, category: 'donation', cue: gift } : d;
  });
};

/**
 * A verb of giving that governs the sum's noun phrase in its clause (向希望小学资助办学经费5万元, 赞助社区活动经费1万元,
 * 捐赠建设资金3万元): the sum is a gift, though its own noun (经费, 资金) is an investment word (corpus/DECISIONS.md call
 * 12). Only a noun phrase may stand between verb and sum: no verb of work, no other quantity; and the unit must be the
 * giver, not the receiver of someone's grant (争取省科协资助经费5万元, 获得…资助资金).
 */
function givenBy(context: FigureContext, d: FigureDraft, start: number, lead: string): Cue | null {
  const { verbs, received } = context.cues.gifts;
  const given = lastWordIn(lead, verbs);
  if (!given) return null;
  const { word: verb, at } = given;
  const object = lead.slice(at + verb.length);
  if (object.length > GOVERNED_REACH || context.cues.predicates.test(object) || spansBetween(d.inSentence, d.quantity, start + at, d.quantity.start) > 0) return null;
  if (received.some((w) => lead.slice(0, at).includes(w))) return null;
  return { category: 'donation', word: verb, start: start + at, end: start + at + verb.length };
}
/** How long the noun phrase between a verb of giving and its sum may be (社区老年协会活动经费). */
const GOVERNED_REACH = 16;

/** The last of `words` in `lead` and where it stands, the earlier-listed word on a tie; or null. */
function lastWordIn(lead: string, words: Iterable<string>): { word: string; at: number } | null {
  let last: { word: string; at: number } | null = null;
  for (const word of words) {
    const at = lead.lastIndexOf(word);
    if (at >= 0 && (last === null || at > last.at)) last = { word, at };
  }
  return last;
}
