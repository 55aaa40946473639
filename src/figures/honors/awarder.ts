// Reads the body that gave an honor from the words before an active verb, or the contest a generic prize was won in.
import { clauseStartBefore, sentenceEndAfter, sentenceStartBefore } from './clauses.js';
import type { HonorPatterns } from './patterns.js';
import { PERIOD_FRAME, YEAR, YEAR_AND_MONTH_LEAD, yearText } from './years.js';

/** A quoted entry and the contest it was shown in (《护林谣》在全县文艺汇演): group 1 the contest. */
const ENTRY_IN_CONTEST = /^[“《「『"][^”》」』"]+[”》」』"][^在]{0,6}在(.{2,})$/u;

/** The contest a generic prize was won in, looked for before the verb in its sentence: title, awarder, year. */
export function contestBefore(text: string, verbStart: number, p: HonorPatterns): { name: string; awarder: string | null; year: string | null } | null {
  const sentence = text.slice(sentenceStartBefore(text, verbStart), verbStart);
  let last: RegExpExecArray | null = null;
  p.contest.lastIndex = 0;
  for (let m = p.contest.exec(sentence); m; m = p.contest.exec(sentence)) last = m;
  if (!last) return null;
  let awarder = last[1] ?? null;
  let year: string | null = null;
  if (awarder) {
    const y = YEAR.exec(awarder);
    if (y) year = yearText(y);
    awarder = awarder.replace(/^.*?(?:参加|参与|在)/u, '').replace(YEAR_AND_MONTH_LEAD, '').replace(/^(?:由|在)/u, '') || null;
  }
  if (!year) {
    const y = YEAR.exec(sentence.slice(0, last.index + last[0].length));
    if (y && !PERIOD_FRAME.test(sentence.slice(y.index))) year = yearText(y);
  }
  // 《护林谣》在全县文艺汇演: the quoted name is the entry, the contest comes after 在.
  const entered = ENTRY_IN_CONTEST.exec(last[2]!);
  return { name: entered ? entered[1]! : last[2]!, awarder, year };
}

/** The body named before an active verb (中央文明委授予…, 2016年,省文明委授予…), without time words: the awarder. */
export function clauseSubject(text: string, verbStart: number, p: HonorPatterns): string | null {
  let subject = text.slice(clauseStartBefore(text, verbStart), verbStart).replace(p.adverbsAtEnd, '').replace(p.awarderLead, '').trim();
  // 某所党支部以国务院授予“…”称号五周年为契机: the honor names an occasion; its giver follows the preposition.
  if (p.frameEnd.test(text.slice(verbStart, sentenceEndAfter(text, verbStart)))) subject = subject.replace(p.framedSubjectLead, '');
  return subject.replace(YEAR_AND_MONTH_LEAD, '').replace(/^[在于,，\s]+/u, '').replace(p.subjectEndingsAtEnd, '') || null;
}

/**
 * The body opening the sentence of an honor that names none, when it opens with what bodies do when they give
 * honors: 共青团南浔区委、南浔区志愿者协会召开…大会，南浔区中医院…被授予…称号. The honor's own clause is not read.
 */
export function sentenceBody(text: string, clauseStart: number, p: HonorPatterns): string | null {
  const sentenceStart = sentenceStartBefore(text, clauseStart);
  if (sentenceStart === clauseStart) return null;
  const m = p.bodyOpening.exec(text.slice(sentenceStart, clauseStart));
  if (!m) return null;
  const body = awarderWords(m[1]!, p, true).trim();
  return body.length >= 2 ? body : null;
}

/**
 * An awarder's words without a leading year and month, word of recent time (近日) and commas; `at` also strips a
 * leading 在 (在2019年…: where a sentence's body met, not a decision list's own words).
 */
export function awarderWords(words: string, p: HonorPatterns, at: boolean): string {
  return words.replace(YEAR_AND_MONTH_LEAD, '').replace(at ? p.recentOrAtLead : p.recentLead, '').replace(/^[,，\s]+/u, '');
}
