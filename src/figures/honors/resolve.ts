// Turns a candidate (a title found with its verb) into an honor with every field: awarder, level, year, recipient, count.
import type { HonorLevel, Span } from '../../model/document.js';
import { contestBefore, sentenceBody } from './awarder.js';
import { ALL_QUOTES, clauseStartBefore, EDGE_QUOTES, QUOTED, sentenceEndAfter, sentenceStartBefore } from './clauses.js';
import { WRAP_JOINER } from './hard-wraps.js';
import { levelOf } from './level.js';
import type { HonorPatterns } from './patterns.js';
import { authorOf, recipientOf } from './recipient.js';
import type { Item } from './titles.js';
import { EDITION, YEAR, yearAround } from './years.js';

/**
 * The year and edition opening a contest a generic prize takes as its name (在2023年全省第五届…竞赛中获得一等奖): the
 * year is the honor's year, no part of its title, and the edition is left out as the joined contest's is.
 */
const CONTEST_LEAD = new RegExp(`^(?:${YEAR.source})?${EDITION}?`, 'u');

/** A dot left between two Han characters by a copy site that cut a word out. */
const CUT_MARK = /(?<=\p{Script=Han})[.．](?=\p{Script=Han})/gu;

/**
 * 全镇, 全县 opening a clause: the whole place as the subject, whose title is the place's, not its government's. A
 * village is no government apart from itself: 全村被评为…示范村 is the village's own title, as 某村被评为… is.
 */
const WHOLE_PLACE = /^全([镇乡县市区省])/u;
/** A subject that only counts people (6人, 3名老科技工作者): a clause going on from the one before it. */
const ONLY_COUNTED_PEOPLE = /^(?:\d+|[一二两三四五六七八九十]+)(?:多|余)?(?:人|名|位)[\p{Script=Han}]{0,6}$/u;

export interface HonorMatch extends Span {
  title: string;
  awarder: string | null;
  level: HonorLevel;
  year: string | null;
  recipient: string;
  /** Where a named recipient's name stands, so it can be quoted in the original script. */
  recipientName: Span | null;
  /** How many people received it, when the report counts them (7人获评…, 各2人, 骨干教师8人). */
  count: number | null;
}

export interface Candidate {
  start: number;
  end: number;
  item: Item;
  awarder: string | null;
  verbStart: number;
  /** A quoted title conferred by a named body (被…评为“…”) is an honor whatever its words. */
  conferred?: boolean;
  emerged?: boolean;
  /** Titles the units counted hold (全镇有省级文明村2个): the count is of holders, not of titles won. */
  holding?: boolean;
  /** A title listed after another honor's clause goes to that honor's recipient. */
  heldBy?: { recipient: string; name: Span | null };
}

/** Where the finders put what they find: `add` resolves a candidate's fields, `seen` holds the titles added so far. */
export interface Collector {
  add: (candidate: Candidate) => void;
  seen: Set<string>;
  /** The givers of rounds whose honorees were summed up (给100个集体记集体一等功), by title: the unit's own honor of the title later names none. */
  rounds: Map<string, string>;
  out: HonorMatch[];
}

/** A collector over one text: each candidate is checked (no document name, no goal) and resolved into an honor. */
export function collector(text: string, p: HonorPatterns): Collector {
  const out: HonorMatch[] = [];
  const seen = new Set<string>();
  const author = authorOf(text, p);
  const add = ({ start, end, item, awarder, verbStart, emerged, heldBy, holding }: Candidate) => {
    const clauseStart = clauseStartBefore(text, start);
    // The name of a document (关于…继续保留…荣誉称号的通报) mentions the honor; the report's own sentence holds it.
    if (p.documentName.test(text.slice(verbStart, end + 8))) return;
    // A goal, not an honor held: 争创, 力争 between the clause start and the verb.
    if (p.pursuit.test(text.slice(clauseStart, verbStart + 2).replace(QUOTED, ''))) return;
    // 推荐4人获评“…”,6人获评“…”,3名…荣获…: clauses counting people go on from the goal or recommendation that opens
    // the sentence; the people were put forward by the unit, no honor of it.
    const sentenceStart = sentenceStartBefore(text, clauseStart);
    if (sentenceStart < clauseStart && ONLY_COUNTED_PEOPLE.test(text.slice(clauseStart, verbStart).replace(p.adverbsAtEnd, '').trim()) && p.pursuit.test(text.slice(sentenceStart, clauseStart).replace(QUOTED, ''))) return;
    // A plan or a rule in the sentence: 凡…，获得上一年度…称号…均可申报; 将对获评集体进行表彰，授予…称号.
    if (p.plannedBefore.test(text.slice(sentenceStartBefore(text, clauseStart), verbStart).replace(QUOTED, ''))) return;
    if (p.ruleAfter.test(text.slice(end, sentenceEndAfter(text, end)))) return;
    if (p.othersHold.test(text.slice(clauseStart, verbStart).trim())) return;
    // 全镇连续五年保持“…示范镇”称号: the whole place holds a title of its own kind, the place's, not the unit's.
    const wholePlace = WHOLE_PLACE.exec(text.slice(clauseStart, verbStart).trim());
    if (!holding && wholePlace && item.title.replace(/[”」』"]$/u, '').endsWith(wholePlace[1]!)) return;
    // 武汉市被中央文明委授予“全国文明城市”称号: a named city holds a city's title; the report's unit lies in it.
    // …十堰交出亮眼答卷:竹溪县荣膺…: words before a colon introduce the subject, they are not part of it.
    const subject = text.slice(clauseStart, verbStart).replace(/^.*[:：]/u, '').replace(p.subjectLead, '').replace(p.adverbsAtEnd, '').trim();
    if (!holding && p.placeTitle.holder.test(subject) && p.placeTitle.title.test(item.title.replace(ALL_QUOTES, ''))) return;
    // 享有“…”“…”美誉的某某村: a relative clause, the titles of the place named after 的.
    if (!holding && p.placeHoldsBefore.test(text.slice(verbStart, sentenceEndAfter(text, verbStart)))) return;
    // 获得市级先进单位8个: how many titles were won, a figure.
    if (!holding && (p.countAfter.test(text.slice(end, end + 8)) || p.countAtEnd.test(text.slice(Math.max(start, end - 8), end)))) return;
    // A dot between two characters is where a copy site cut a word out (北京市一级.福利院): no part of the name.
    let title = item.title.replaceAll(WRAP_JOINER, '').replace(CUT_MARK, '');
    // The level of a prize comes from the prize or its contest, never from the subject put in front of it.
    let levelSource = title;
    let year = item.year ?? yearAround(text, verbStart, p);
    awarder ??= item.awarder ?? null;
    // A body opening the sentence with what bodies do (召开…大会，…被授予…) gave an honor whose clause names none.
    // A title kept (连续两届保持…称号) was given before, not by that body; so was one the new honor follows (这是继…被评为…之后).
    // A body that only read out a decision naming no issuer (召开…会,会上宣读了《关于表彰…的决定》) convened; the
    // unnamed issuer gave the honors.
    const readOut = p.readOutUnnamed.test(text.slice(sentenceStartBefore(text, clauseStart), clauseStart));
    if (!emerged && !readOut && !p.keptAtStart.test(text.slice(verbStart)) && !p.earlier.test(text.slice(clauseStart, verbStart))) awarder ??= sentenceBody(text, clauseStart, p);
    // 在由县委宣传部、县文明办共同组织开展的…评选活动中,…荣获…: the hosts of the contest just named gave it.
    awarder ??= p.hostedContest.exec(text.slice(sentenceStartBefore(text, clauseStart), clauseStart))?.[1] ?? null;
    // 被全国妇联、国家移民管理局联合授予: the bodies acting together, 联合 no part of their names.
    if (awarder) awarder = awarder.replaceAll(WRAP_JOINER, '').replace(/^了/u, '').replace(p.awarderLead, '').replace(p.jointAtEnd, '') || null;
    // 县一等奖: a level word before a generic prize gives its level; the prize still takes its contest or subject.
    const prizeLevel = p.levelWordAtStart.exec(title)?.[0];
    if (prizeLevel && p.genericPrize.test(title.slice(prizeLevel.length))) {
      title = title.slice(prizeLevel.length);
      levelSource = prizeLevel.endsWith('级') ? prizeLevel : `${prizeLevel}级`;
    }
    if (p.genericPrize.test(title)) {
      const contest = contestBefore(text, verbStart, p);
      // After a list of other honors (…称号、工会木兰扇获县一等奖), the subject is the last item.
      const subject = text.slice(clauseStart, verbStart).replaceAll(WRAP_JOINER, '').replace(/^.*、(?=[^“”"「」《》]*$)/u, '').replace(p.adverbsAtEnd, '').replace(EDGE_QUOTES, '');
      const inContest = p.contestWhere.exec(subject);
      if (contest && (subject.includes('的') || subject.length > 20)) {
        title = contest.name.replace(ALL_QUOTES, '') + title;
        levelSource = title;
        awarder ??= contest.awarder;
        year ??= contest.year;
      } else if (inContest) {
        title = inContest[1]!.replace(CONTEST_LEAD, '') + title;
        levelSource = title;
      } else if (p.joinedContest.test(text.slice(sentenceStartBefore(text, clauseStart), clauseStart))) {
        // 本人参加省高校辅导员素质能力大赛，(帮助代表队)获得二等奖: the contest named in the clause before, not the subject.
        title = p.joinedContest.exec(text.slice(sentenceStartBefore(text, clauseStart), clauseStart))![1]! + title;
        if (levelSource === item.title.replaceAll(WRAP_JOINER, '')) levelSource = title;
      } else if ((p.namedSubject.test(subject) && !p.unitAtEnd.test(subject)) || p.person.test(subject)) {
        // 在全县技能竞赛中,张三获一等奖,李四获二等奖: a person named as the subject won the prize of the contest the
        // sentence names; the name is who won it, no subject of the prize, which stays bare when no contest is named.
        const where = contest ? contest.name.replace(ALL_QUOTES, '') : contestIn(text.slice(sentenceStartBefore(text, clauseStart), clauseStart), p);
        if (where) {
          title = where + title;
          levelSource = title;
        }
        if (contest) {
          awarder ??= contest.awarder;
          year ??= contest.year;
        }
      } else if (p.selfUnit.test(subject)) {
        // 县委、县政府表彰全县…工作先进单位和先进个人,我院荣获三等奖: the unit won the prize of the round just named; 我院
        // is who won it, no subject of the prize. With no round named the prize stays bare.
        const round = p.commendedRound.exec(text.slice(sentenceStartBefore(text, clauseStart), clauseStart));
        if (round) {
          // 表彰2019年度目标考核先进单位: the round's year dates the prize and is no part of its name.
          const dated = /^(\d{4}(?:[-—–至]\d{4})?)年(?=度)/u.exec(round[2]!);
          if (dated) year ??= dated[1]!;
          title = (dated ? round[2]!.slice(dated[1]!.length) : round[2]!) + title;
          levelSource = title;
          awarder ??= round[1] ?? null;
        }
      } else if (subject.length >= 2 && subject.length <= 20) title = subject + title;
      else if (contest) {
        title = contest.name + title;
        levelSource = title;
        awarder ??= contest.awarder;
        year ??= contest.year;
      }
    }
    // The round of a recurring title (第六届全国文明单位, 全省首批“…”) tells when the unit got it, as a year does; it is
    // no part of the title. The edition of a contest or prize (第三届全市技能大赛一等奖, 第三十二届中国新闻奖) names it.
    if (!p.contestOrPrize.test(title)) title = title.replace(p.roundBeforeLevel, '').replace(p.roundAfterLevel, '$1');
    if (title.length < 2 || p.notTitle.test(title)) return;
    seen.add(title);
    const held: { recipient: string; name: Span | null; count?: number } = heldBy ?? (emerged ? { recipient: 'person', name: null } : recipientOf(text, verbStart, title, item.people, author, p));
    const { recipient, name } = held;
    let level = levelOf(awarder, levelSource, p);
    if (level === 'unknown' && item.place) level = levelOf(item.place, '', p);
    const count = recipient.startsWith('person:') ? null : (item.count ?? held.count ?? null);
    out.push({ start, end, title, awarder, level, year, recipient, recipientName: name, count });
  };
  return { add, seen, out, rounds: new Map() };
}

/** The last contest a stretch names after 在 (在全县技能竞赛中,张三获一等奖,): its name. */
function contestIn(stretch: string, p: HonorPatterns): string | null {
  return [...stretch.matchAll(p.contestAfterAt)].at(-1)?.[1] ?? null;
}
