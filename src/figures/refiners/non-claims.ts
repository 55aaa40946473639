// Takes out numbers that claim nothing: spans of time and ages (3年, 60岁), 一 + a measure word used as an
// article (组建一支志愿服务队), and counts naming the parts of a slogan or plan (八个方面, 六个一, 三个文明).
import type { FigureRefiner, FigureDraft, FigureContext } from '../figures.js';
import { firstStartingAt } from '../contained.js';

/** A count beside the 一 starts no farther before it than this (its own length and a 、 and six characters). */
const NEIGHBOUR_REACH = 48;

function isArticle(context: FigureContext, d: FigureDraft): boolean {
  const { text } = context;
  const q = d.quantity;
  if (text.slice(q.number.start, q.number.end) !== '一' || q.qualifier !== 'exact' || q.start !== q.number.start) return false;
  if (context.cues.countingWords.test(text.slice(Math.max(d.sentence.norm.start, q.start - 14), q.start))) return false;
  // 新建文化广场一处、公厕2座: a count beside other counts is one of them.
  const besides = /^[、和及][\p{Script=Han}]{0,6}$/u;
  for (let i = firstStartingAt(d.inSentence, q.start - NEIGHBOUR_REACH); i < d.inSentence.length && d.inSentence[i]!.start <= q.end + 7; i++) {
    const o = d.inSentence[i]!;
    if (o !== q && o.unit !== null && (besides.test(text.slice(o.end, q.start)) || besides.test(text.slice(q.end, o.start)))) return false;
  }
  return true;
}

function isSetPhrase(context: FigureContext, d: FigureDraft): boolean {
  const after = context.text.slice(d.quantity.end, d.quantity.end + 4);
  return d.quantity.unitKind === 'count' && context.cues.setPhraseHeads.some((h) => after.startsWith(h));
}

export const dropNonClaims: FigureRefiner = (context, drafts) =>
  drafts.filter((d) => d.table || !((d.quantity.unit !== null && context.cues.notFigureUnits.has(d.quantity.unit)) || isArticle(context, d) || isSetPhrase(context, d)));
