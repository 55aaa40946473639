// Reads the year of an honor (2019年, 2018-2019年度, masked 20xx) from its title, clause or sentence.
import { clauseStartBefore, sentenceStartBefore } from './clauses.js';
import type { HonorPatterns } from './patterns.js';

/**
 * A year as written, masked ones included (20xx, 201*, 20**, XX年, xxxx年): reports shared as samples hide it. A
 * masked year needs no 年 right before 被 (201*被…评为). A year's round is written with 届 too (“2016届省级文明单位”).
 */
export const YEAR = /((?:19|20)[\dxX×_*]{2}|[xX×]{2}(?:[xX×]{2})?)(?:年?([-—~至])((?:19|20)[\dxX×_*]{2}|[xX×]{2}(?:[xX×]{2})?))?(?:\s?年(?:度)?|(?<=(?:19|20)\d{2})届|(?=被))/u;
const YEARS = new RegExp(YEAR.source, 'gu');
/** The numbered edition of a contest or a round of awards (第五届, 第12届, 首届), as a pattern source. */
export const EDITION = '(?:第[一二三四五六七八九十\\d]+届|首届)';
/** A period the sentence covers (从2019年至今, 2019年以来) is no honor's year. */
export const PERIOD_FRAME = /^(?:从|自)?(?:(?:19|20)[\dxX×_*]{2}|[xX×]{2,4})年(?:度)?(?:以来|至今|来|起)|^近[\d一二两三四五六七八九十]+年/u;
/** A year as written: 2019, 20xx, a span with its own dash (2018-2019, 2022—2023). */
export const yearText = (m: RegExpExecArray) => (m[3] ? `${m[1]}${m[2] === '至' ? '-' : m[2]}${m[3]}` : m[1]!);
export const MONTH_DAY = '(?:[\\dxX]{1,2}月(?:份)?)?(?:[\\dxX]{1,2}日)?';
export const YEAR_AND_MONTH_LEAD = new RegExp(`^.*?${YEAR.source}${MONTH_DAY}`, 'u');
// A few words of time may follow the year (2014年新春伊始,), but no period (2014年以来).
// A dateline may come first (…11月20日讯(记者…)2008年,), or a part of the sentence a semicolon closes (…;2016年,).
const OPENING_YEAR = new RegExp(`^(?:.*?(?:[)）】]|讯)|.*[;；])?\\s*(?:在|于)?${YEAR.source}${MONTH_DAY}(?!以来|至今|来|起)(?:[初底末中]|伊始|新春伊始|年初|年底|上半年|下半年|期间)?[,，]$`, 'u');

/** A decision's name with a year in it (a contest clause with one is the patterns' contestRound). */
const NAMED_ROUND = new RegExp(`《[^》]*?${YEAR.source}[^》]*》`, 'gu');

/** The year of an honor from its clause before the verb, or from a sentence that opens with a bare year (2019年,…). */
export function yearAround(text: string, verbStart: number, p: HonorPatterns): string | null {
  const clauseStart = clauseStartBefore(text, verbStart);
  // One character past the verb's start, so that a masked year right before 被 (201*被) is seen as a year.
  const clause = text.slice(clauseStart, verbStart + 1);
  // The year nearest the verb: 继2021年成为A、2022年获评B gives B 2022.
  const y = [...clause.matchAll(YEARS)].at(-1);
  if (y && !PERIOD_FRAME.test(clause.slice(y.index))) return yearText(y);
  const sentence = text.slice(sentenceStartBefore(text, verbStart), clauseStart);
  // 2023年,A被授予…,B荣获…: the opening year is the first clause's only.
  const opening = OPENING_YEAR.exec(sentence);
  if (opening) return yearText(opening);
  // 下发《关于命名2015年度县级文明单位的决定》,…被评为…; 在…2019年度…评选活动中,…荣获…: the round the decision or contest names.
  const named = [...sentence.matchAll(NAMED_ROUND)].at(-1) ?? p.contestRound.exec(sentence);
  const round = named ? YEAR.exec(named[0]) : null;
  return round ? yearText(round) : null;
}
