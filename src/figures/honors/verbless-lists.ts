// Finds titles listed without a verb: after an honor's clause, under a heading about honors, or led by a year.
import type { Span } from '../../model/document.js';
import { ALL_QUOTES, ANY_QUOTE, type Clause, clausesOf, QUOTED } from './clauses.js';
import type { HonorPatterns } from './patterns.js';
import type { Candidate, HonorMatch } from './resolve.js';
import { type Item, splitItems, titlesOf, TRAILING_TITLE_WORD, withTitleWord } from './titles.js';
import { YEAR, yearText } from './years.js';

/** No honor's evidence runs longer than this (a verb, a list of titles, 称号). */
const MAX_EVIDENCE = 400;
const OPENS_WITH_YEAR = new RegExp(`^\\s*(?:${YEAR.source})`, 'u');
/** Marks after which a list of titles goes on (…被评为A,B;C), unlike a sentence end. */
const LIST_GOES_ON = new Set([',', '，', ';', '；', '、']);
/** A heading or label over a list of honors (所获荣誉, 五、学校获得的荣誉, 获奖情况:, 他本人获得的荣誉有:, 集体荣誉主要有:, 主要荣誉还有:). */
const HONORS_HEADING = /(?:荣誉|获奖|表彰|殊荣|奖项|称号|光环|桂冠|头衔)(?:情况|名录|一览)?(?:主要)?(?:还|也|另)?(?:有|如下|包括)?\s*$/u;
/** What may open a listed title's clause: numbering, years (XX年、XX年), and words of time or repetition. */
const LIST_LEAD = new RegExp(`^\\s*(?:[(（]?[\\d一二三四五六七八九十]{1,3}[)）、.．]\\s*)?(?:(?:${YEAR.source})[、,，和及]?\\s*)*(?:连续[两二三四五六七八九十\\d]+年|先后|又|还|均|同时|再次|多次|曾|另外)?\\s*`, 'u');

/**
 * Titles listed without a verb of their own: clauses holding nothing but honor-shaped titles, after a clause that
 * ended with an honor (先后被评为A,B,C), opening with a year (XX年**市“治安综合治理”先进单位), or under a heading or
 * label about honors (所获荣誉:…). They take the recipient and awarder of the honor they follow.
 */
export function listedWithoutVerb(text: string, found: HonorMatch[], p: HonorPatterns, add: (c: Candidate) => void): void {
  const clauses = clausesOf(text);
  // Honors by start, so each clause looks only at those near it (a long text has thousands of clauses).
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const firstFrom = (at: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const near = (c: Clause) => sorted.slice(firstFrom(c.start - MAX_EVIDENCE), firstFrom(c.end));
  let chain: { awarder: string | null; heldBy: { recipient: string; name: Span | null } | undefined } | null = null;
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]!;
    const prev = clauses[i - 1];
    const clause = text.slice(c.start, c.end);
    // An honor found in the clause, ending it, starts (or restarts) a chain.
    const around = near(c);
    const ending = around.filter((h) => h.start >= c.start && h.end <= c.end && /^(?:等)?(?:荣誉称号|光荣称号|称号)?\s*$/u.test(text.slice(h.end, c.end))).at(-1);
    const chained = chain !== null && prev !== undefined && (LIST_GOES_ON.has(prev.mark) || (chain.heldBy === undefined && prev.mark === '\n'));
    // A short line before this one (a clause after a line break starts its line) that speaks of honors.
    // A label ending in a colon right before a line break (获得以下荣誉：\n…) leaves an empty clause between: the label is before it.
    const label = prev !== undefined && text.slice(prev.start, prev.end).trim() === '' && prev.mark === '\n' ? clauses[i - 2] : prev;
    const underHeading = prev !== undefined && ((label !== undefined && (label.mark === ':' || label.mark === '：') && HONORS_HEADING.test(text.slice(label.start, label.end))) || (prev.mark === '\n' && prev.end - prev.start <= 30 && text.slice(prev.start, prev.end).trim().length <= 20 && HONORS_HEADING.test(text.slice(prev.start, prev.end))));
    // Only clauses that may be listed titles are read as titles: the rest of the text costs one test each.
    const mayList = !ending && (chained || underHeading || OPENS_WITH_YEAR.test(clause)) && !around.some((h) => h.start < c.end && h.end > c.start);
    const listed = mayList ? bareTitles(clause, p) : null;
    const labelHolder = underHeading && label !== undefined ? namedHolder(text, label, p) : undefined;
    // On its own, a year and a place need honor words too: 2020年市级重点项目 is a plan, not an honor.
    const yearLed = listed !== null && listed.year && listed.items.every((item) => (p.startsWithLevel.test(item.title) || item.place) && p.honorWords.test(item.title));
    if (listed && (chained || underHeading || yearLed)) {
      const restStart = c.start + listed.lead;
      const heldBy = chained ? chain!.heldBy : labelHolder;
      for (const item of listed.items) add({ start: restStart, end: withTitleWord(text, restStart + item.end, c.end), item, awarder: chained ? chain!.awarder : null, verbStart: restStart, heldBy });
      if (!chained) chain = { awarder: null, heldBy: labelHolder };
      continue;
    }
    chain = ending ? { awarder: ending.awarder, heldBy: { recipient: ending.recipient, name: ending.recipientName } } : null;
  }
}

const TRAILING_BRACKET = /[(（][^()（）]{1,12}[)）]$/u;
const THINGS_COUNTED = /(?:\d+|[一二两三四五六七八九十]+)(?:多|余)?(?:个|项|家|处|所|座|次)$/u;

/** A clause that is nothing but titles, after an optional lead of numbering and years: the titles, or null. */
function bareTitles(clause: string, p: HonorPatterns): { items: Item[]; year: string | null; lead: number } | null {
  if (clause.length > 80) return null;
  const lead = LIST_LEAD.exec(clause)![0];
  const rest = clause.slice(lead.length);
  // Things counted (市级重点项目3个) are no titles held.
  if (rest.trim().length < 3 || THINGS_COUNTED.test(rest.trim())) return null;
  // Most clauses do not end as a title does: that one test spares them the rest.
  // A bracket after a title holds its year or holder (先进单位(2020年), “工人先锋号”(1路车队)).
  const bare = rest.trimEnd().replace(TRAILING_BRACKET, '').replace(TRAILING_TITLE_WORD, '').trimEnd();
  if (!p.titleHead.test(bare.replace(ALL_QUOTES, '').slice(-12))) return null;
  // 2019年命名的第五批…: a class of units described, not titles held.
  if (p.verbInside.test(rest.replace(QUOTED, '')) || p.acting.test(rest.replace(QUOTED, '')) || p.describedClass.test(rest.replace(QUOTED, '')) || p.weakAtStart.test(rest) || p.pursuit.test(rest)) return null;
  const parts = splitItems(rest);
  // As after 保持: the title must end the clause (…“文明创建”工作又迈上新台阶 names none), and words before a quoted
  // title must be a place or level (入围“年度好人十星” is no listed title).
  const items = titlesOf(rest, p, 'kept');
  if (items.some((item) => item.quoted && !item.place && !p.startsWithLevel.test(item.title) && !ANY_QUOTE.test(item.title[0] ?? '') && !p.wholeQuote.test(item.title) && /^[^“"「《]+[“"「《]/u.test(item.title))) return null;
  // Every item must be a title: a clause that only holds one (…市级文明单位的创建) is no list of them.
  const whole = items.length === 1 && items[0]!.end === rest.length;
  if (items.length === 0 || (items.length < parts.length && !whole) || items.at(-1)!.end < bare.length) return null;
  const y = YEAR.exec(lead);
  return { items: items.map((item) => ({ ...item, year: item.year ?? (y ? yearText(y) : null) })), year: y ? yearText(y) : null, lead: lead.length };
}

/** Before the verb of a label over a person's honors (江秀芬本人获得的主要荣誉有:): the name. */
const HOLDER_BEFORE = /(?:本人|同志)?(?:先后)?(?:获得|所获|荣获|获)/u;

/** The person a label over a list of honors names (江秀芬本人获得的荣誉有:), as the holder of the titles listed. */
function namedHolder(text: string, label: Clause, p: HonorPatterns): { recipient: string; name: Span } | undefined {
  const words = text.slice(label.start, label.end);
  const verb = HOLDER_BEFORE.exec(words);
  if (!verb) return undefined;
  for (const length of [3, 2]) {
    const at = verb.index - length;
    const name = words.slice(Math.max(0, at), verb.index);
    if (at >= 0 && (at === 0 || !/[\p{Script=Han}]/u.test(words[at - 1]!) || /[。，,；;]/u.test(words[at - 1]!)) && p.namedSubject.test(name)) return { recipient: `person:${name}`, name: { start: label.start + at, end: label.start + verb.index } };
  }
  return undefined;
}
