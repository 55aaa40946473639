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

/** A count a template site gives of its own pages (精选8篇, 共印30份): a site-counts pattern covers it. */
function isSiteCount(context: FigureContext, d: FigureDraft): boolean {
  const q = d.quantity;
  const from = Math.max(0, q.start - SITE_REACH);
  const window = context.text.slice(from, q.end + SITE_REACH);
  return context.cues.siteCounts.some((pattern) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
      if (from + m.index <= q.start && from + m.index + m[0].length >= q.end) return true;
    }
    return false;
  });
}
const SITE_REACH = 10;

const OPEN_QUOTES = '“"「『';
const CLOSE_QUOTES = '”"」』';
/** A number inside a short quoted name or slogan (围绕“两个重镇”建设, “四个100”). */
function isInQuotedName(context: FigureContext, d: FigureDraft): boolean {
  const { text } = context;
  const q = d.quantity;
  const before = text.slice(Math.max(0, q.start - QUOTED_NAME), q.start);
  const after = text.slice(q.end, q.end + QUOTED_NAME);
  const open = Math.max(...[...OPEN_QUOTES].map((c) => before.lastIndexOf(c)));
  const close = Math.min(...[...CLOSE_QUOTES].map((c) => (after.includes(c) ? after.indexOf(c) : Infinity)));
  // The quote before opens here (no quote closes between it and the number), and one closes soon after.
  return open >= 0 && ![...CLOSE_QUOTES].some((c) => before.slice(open + 1).includes(c)) && close !== Infinity && !/[,，。;；]/u.test(before.slice(open + 1) + after.slice(0, close));
}
const QUOTED_NAME = 6;

export const dropNonClaims: FigureRefiner = (context, drafts) =>
  drafts.filter(
    (d) =>
      d.table ||
      !(
        (d.quantity.unit !== null && context.cues.notFigureUnits.has(d.quantity.unit)) ||
        isArticle(context, d) ||
        isSetPhrase(context, d) ||
        isSiteCount(context, d) ||
        isInQuotedName(context, d)
      ),
  );
