// Takes out the numbers of a slogan written as a list: an item of a quoted list of short phrases (“一号、一窗、一网、
// 一门、一次”的服务模式, “一月一检查、一季一讲评”), and a run of parallel phrases each ending in 一 + the same measure
// (解决一个、销号一个、巩固一个). They name a way of working, they count nothing.
import type { FigureRefiner, FigureDraft } from '../figures.js';
import { CLAUSE_OR_SENTENCE_BREAK, CLOSE_QUOTES, OPEN_QUOTES } from '../clause.js';

/** How far a quote's marks stand from a number inside it, at most. */
const QUOTE_REACH = 30;
/** An item of a slogan list is a short phrase: at most this many characters between its separators. */
const ITEM_MAX = 5;
/** What separates the items of a list. */
const ITEM_SEPARATOR = '、';

/** The number stands in a short item of a quoted list of items (“一号、一窗、一门”). */
function inQuotedList(text: string, d: FigureDraft): boolean {
  const q = d.quantity;
  const before = text.slice(Math.max(0, q.start - QUOTE_REACH), q.start);
  const after = text.slice(q.end, q.end + QUOTE_REACH);
  if (!before.includes(ITEM_SEPARATOR) && !after.includes(ITEM_SEPARATOR)) return false;
  let open = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    if (CLOSE_QUOTES.includes(before[i]!) && !OPEN_QUOTES.includes(before[i]!)) return false;
    if (OPEN_QUOTES.includes(before[i]!)) { open = i; break; }
  }
  if (open < 0) return false;
  let close = -1;
  for (let i = 0; i < after.length; i++) {
    if (CLOSE_QUOTES.includes(after[i]!)) { close = i; break; }
    if (OPEN_QUOTES.includes(after[i]!) && !CLOSE_QUOTES.includes(after[i]!)) return false;
  }
  if (close < 0) return false;
  const head = before.slice(open + 1);
  const tail = after.slice(0, close);
  if (CLAUSE_OR_SENTENCE_BREAK.test(head + tail) || !(head + tail).includes(ITEM_SEPARATOR)) return false;
  const item = head.slice(head.lastIndexOf(ITEM_SEPARATOR) + 1) + text.slice(q.start, q.end) + (tail.includes(ITEM_SEPARATOR) ? tail.slice(0, tail.indexOf(ITEM_SEPARATOR)) : tail);
  return item.length <= ITEM_MAX;
}

/** Parallel phrases needed in a run (解决一个、销号一个、巩固一个): two could be an inventory (公厕一个、路灯一个). */
const PARALLEL_MIN = 3;

/** What bounds a run of parallel phrases: a clause or sentence break, or a quote mark. */
const RUN_BOUND = /[，,；;。！？!?\n“”"「」『』：:]/u;
/** The words before the 一 of an item: a short verb, the first item's lead-in words with it (做到解决一个). */
const PHRASE = /^[\p{Script=Han}]{1,6}$/u;
/** How far around the number its run is read at most. */
const RUN_REACH = 40;

/** The number is 一 + a measure closing one of a run of parallel short phrases ending the same way. */
function inParallelRun(text: string, d: FigureDraft): boolean {
  const q = d.quantity;
  if (text.slice(q.number.start, q.number.end) !== '一' || q.unit === null || q.end !== q.number.end + q.unit.length) return false;
  const ending = text.slice(q.number.start, q.end);
  const before = text.slice(Math.max(0, q.start - RUN_REACH), q.start);
  const after = text.slice(q.end, q.end + RUN_REACH);
  let from = before.length;
  while (from > 0 && !RUN_BOUND.test(before[from - 1]!)) from--;
  const toBound = after.search(RUN_BOUND);
  const items = (before.slice(from) + ending + after.slice(0, toBound < 0 ? after.length : toBound)).split(ITEM_SEPARATOR);
  const at = before.slice(from).split(ITEM_SEPARATOR).length - 1;
  const parallel = (item: string | undefined) => item !== undefined && item.endsWith(ending) && PHRASE.test(item.slice(0, -ending.length));
  if (!parallel(items[at])) return false;
  let first = at;
  while (parallel(items[first - 1])) first--;
  let last = at;
  while (parallel(items[last + 1])) last++;
  return last - first + 1 >= PARALLEL_MIN;
}

export const sloganLists: FigureRefiner = (context, drafts) =>
  drafts.filter((d) => d.table || !(inQuotedList(context.text, d) || inParallelRun(context.text, d)));
