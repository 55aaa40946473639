// Tells who received an honor (a named person, unnamed people with their count, or the unit) from the words before its verb.
import type { Span } from '../../model/document.js';
import { parseChineseNumber } from '../chinese-numeral.js';
import { ALL_QUOTES, clauseStartBefore, sentenceStartBefore } from './clauses.js';
import { STREAK, type HonorPatterns } from './patterns.js';
import { MONTH_DAY, YEAR } from './years.js';

/** A clause up to its last colon. */
const COLON_AT_END = /^.*[:：]/su;
/** A streak closing the words before a verb (她连续十年获…). */
const STREAK_AT_END = new RegExp(`${STREAK}$`, 'u');

/** Who received it: a named person, unnamed people (7人获评, 各2人, a title only people hold) or the unit. */
export function recipientOf(text: string, verbStart: number, title: string, people: boolean, author: Author | null, p: HonorPatterns): { recipient: string; name: Span | null; count?: number } {
  // Words before a colon introduce what follows (他有许多光环: A; B): the clause starts after it.
  const clauseFrom = clauseStartBefore(text, verbStart);
  const colon = COLON_AT_END.exec(text.slice(clauseFrom, verbStart));
  const clauseStart = colon ? clauseFrom + colon[0].length : clauseFrom;
  const raw = text.slice(clauseStart, verbStart).replace(p.adverbsAtEnd, '');
  // Connectives and a leading date (2021年本人被评为…, 2021年 县级优秀教师) are no part of the subject.
  const lead = p.subjectLead.exec(raw)![0].length;
  // Where it was won (青年教师周敏在全省…竞赛中获一等奖) or why (2名保安员因见义勇为受到…表彰) is no part of who won it.
  // …and a date after the subject (校长韩晓燕2022年当选…) is no part of it either.
  const subject = raw.slice(lead).trimEnd().replace(p.whereOrWhyAtEnd, '').replace(new RegExp(`(?<=.)(?:在|于)?${YEAR.source}${MONTH_DAY}$`, 'u'), '')
    // 员工胡贵勇等人: the person named, with others.
    .replace(/(?<=[\p{Script=Han}]{2})等(?:人|同志)?$/u, '');
  const at = clauseStart + lead;
  const named = (name: string, offset: number) => ({ recipient: `person:${name}`, name: { start: at + offset, end: at + offset + name.length } });
  // 多个集体和个人获得A、B: units and people together, each title going to the kind that holds it (和个人 is no name).
  if (/(?:集体|单位)(?:和|与|及)个人$/u.test(subject)) return p.unitAtEnd.test(title.replace(ALL_QUOTES, '')) && !p.personHead.test(title) ? { recipient: 'unit', name: null } : { recipient: 'person', name: null };
  // 杨稳丽、李飞婷两名志愿者被评为…: every person named.
  const list = p.namedList.exec(subject);
  if (list && !p.unitAtEnd.test(title) && !list[1]!.split(/[、和]/u).some((name) => p.unitAtEnd.test(name))) return named(list[1]!, 0);
  const m = p.person.exec(subject);
  const name = m?.[1] ?? m?.[2];
  if (name && !p.unitAtEnd.test(name)) return named(name, m!.index + m![0].indexOf(name));
  const afterUnit = p.nameAfterUnit.exec(subject);
  if (afterUnit && !p.unitAtEnd.test(afterUnit[1]!)) return named(afterUnit[1]!, afterUnit.index + afterUnit[0].indexOf(afterUnit[1]!));
  const beforeRole = p.nameBeforeRole.exec(subject);
  if (beforeRole) return named(beforeRole[1]!, 0);
  if (p.namedSubject.test(subject) && !p.unitAtEnd.test(subject)) return named(subject, 0);
  const afterRole = p.personAfterRole.exec(subject);
  if (afterRole && !p.unitAtEnd.test(afterRole[1]!)) return named(afterRole[1]!, afterRole.index + afterRole[0].indexOf(afterRole[1]!));
  // A title a unit holds (区文明校园, 先进集体) stays the unit's, whoever writes or opens the sentence.
  const unitTitle = p.unitAtEnd.test(title.replace(ALL_QUOTES, '')) && !p.personHead.test(title);
  // A clause with no subject of its own (…，去年被评为…) takes the person opening its sentence: 退休教师刘长林在馆里…，
  // …，去年她被评为…, 并在…竞赛中获得…: a pronoun or only where it was won is no subject of its own either.
  // A streak after the subject (她连续十年获…) says how long, not who.
  const own = subject.replace(p.timeWords, '').replace(STREAK_AT_END, '');
  if (!unitTitle && (subject === '' || p.subjectless.test(subject) || p.thirdPerson.test(own) || p.whereOnly.test(subject))) {
    const sentenceStart = sentenceStartBefore(text, clauseStart);
    // A bare name (30年来,董云生多次被…) is no unit's name (景区, 该局).
    const bare = p.nameOpening.exec(text.slice(sentenceStart, clauseStart));
    const opening = p.personOpening.exec(text.slice(sentenceStart, clauseStart)) ?? (bare && !p.unitAtEnd.test(bare[1]!) ? bare : null);
    if (opening) {
      const offset = sentenceStart + opening[0].length - opening[1]!.length;
      return { recipient: `person:${opening[1]}`, name: { start: offset, end: offset + opening[1]!.length } };
    }
  }
  // In a report written by one person, 我, 本人, the writer's work (撰写的论文) and a clause with no subject of its
  // own are the author.
  if (author && !unitTitle && (p.firstPerson.test(subject) || p.thirdPerson.test(own) || subject === '' || p.subjectless.test(subject) || p.whereAlone.test(subject) || p.authorWork.test(subject))) {
    return { recipient: `person:${author.name}`, name: author.span };
  }
  // A masked count (XX名职工) still counts people.
  // 数十人次 counts people, but no exact number.
  const counted = /(?<![数几上成])(?:\d+|[一二两三四五六七八九十百]+|[xX×*]{1,2})(?:多|余)?(?:人|名|位)[\p{Script=Han}]{0,4}$/u.exec(subject);
  const unnamed = people || counted !== null || p.firstPerson.test(subject) || p.thirdPersonAlone.test(subject) || p.personHead.test(title);
  const count = counted ? headCount(counted[0]) : null;
  return { recipient: unnamed ? 'person' : 'unit', name: null, ...(count ? { count } : {}) };
}

/** The number of people in a count (7人, 各2人); a hedged one (十余名, 20多人) gives none, being no exact number. */
export function headCount(words: string): number | null {
  const m = /(\d+|[一二两三四五六七八九十百]+)(多|余)?(?:人|名|位)/u.exec(words);
  const n = m?.[1];
  if (!n || m[2]) return null;
  const value = /^\d+$/u.test(n) ? Number(n) : parseChineseNumber(n);
  return value !== null && Number.isInteger(value) && value > 0 ? value : null;
}

export interface Author {
  name: string;
  span: Span;
}

/** The person a group of a match names (a pattern with the `d` flag, read from the text's start), with its span. */
function authorIn(m: RegExpExecArray, group: number): Author {
  const [start, end] = m.indices![group]!;
  return { name: m[group]!, span: { start, end } };
}

/**
 * The writer of a first-person report (个人总结, 述职): named in 本人王海涛, 述职人:王海涛, a heading line
 * (第三中学政教处  周建国, (县人民检察院第二检察部  李文华)) or a closing line holding only the name.
 */
export function authorOf(text: string, p: HonorPatterns): Author | null {
  // A report of one person's deeds names that person in its title (…站长唐振宇同志先进个人事迹) and tells of 他.
  const deeds = new RegExp(`^[^\\n]{0,40}?(${p.namedSubject.source.slice(1, -1)})同志(?:的)?(?:先进)?(?:个人)?(?:典型)?事迹`, 'dmu').exec(text.slice(0, 300));
  if (deeds) return authorIn(deeds, 1);
  // 五一劳动奖章事迹材料 教师余某老师认真…: the account of a deeds report opens with the person's role and name.
  const opening = p.deedsOpening.exec(text.slice(0, 400));
  if (opening) return authorIn(opening, 1);
  // …事迹材料 他有许多光环:…。他就是某局高级工——刘学新: a deeds report that names its person after the opening, or
  // introduces them as its account starts (徐某,男,1951年出生…).
  if (p.deedsReport.test(text.slice(0, 400))) {
    const reveal = p.deedsReveal.exec(text.slice(0, 1200));
    if (reveal) return authorIn(reveal, reveal[1] !== undefined ? 1 : 2);
    const intro = p.deedsIntro.exec(text.slice(0, 1200));
    if (intro) return authorIn(intro, 1);
  }
  const firstPerson = (text.match(p.firstPersonMarks) ?? []).length;
  if (firstPerson < 3) return null;
  const name = `(?:${p.namedSubject.source.slice(1, -1)})`;
  const patterns = [
    new RegExp(`(?:本人|述职人[:：]\\s*|汇报人[:：]\\s*|总结人[:：]\\s*|报告人[:：]\\s*)(${name.replace(/\{1,2\}/u, '{1,2}?')})(?=[,，。\\s]|$|现任|系|是|任)`, 'mu'),
    new RegExp(`^[(（]?[^\\n]{2,30}?\\s{1,}(${name})[)）]?$`, 'mu'),
    new RegExp(`^\\s*(${name})\\s*$`, 'mu'),
  ];
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) {
      const start = m.index + m[0].indexOf(m[1]!);
      return { name: m[1]!, span: { start, end: start + m[1]!.length } };
    }
  }
  return null;
}
