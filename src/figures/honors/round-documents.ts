// Gives an honor the body and year of the awarding round's document the report names elsewhere
// (大会上宣读了《中华全国总工会关于表彰2018年全国五一劳动奖…的决定》 … 某局获颁全国五一劳动奖状).
import { matchAllAnchored } from '../anchored.js';
import { awarderWords } from './awarder.js';
import { levelOf } from './level.js';
import { ALL_QUOTES, clauseStartBefore, QUOTED, sentenceStartBefore } from './clauses.js';
import { DECISION_BODY_LEAD, type HonorPatterns } from './patterns.js';
import type { HonorMatch } from './resolve.js';
import { YEAR, yearText } from './years.js';

/** Shorter than this, a title is too general to tie an honor to a round (先进集体). */
const MIN_TITLE = 5;

interface Round {
  body: string | null;
  year: string | null;
  titles: string[];
}

/** The rounds a text's documents name. */
function roundsOf(text: string, p: HonorPatterns): Round[] {
  const rounds: Round[] = [];
  const read = (body: string | null, words: string) => {
    const y = YEAR.exec(words);
    const titles = words.replace(y ? y[0] : '', '').replace(ALL_QUOTES, '').split(/[、和及暨]/u).map((t) => t.trim()).filter((t) => t.length >= 2);
    // 《关于命名第七届全国文明城市、文明村镇、文明单位…》: the level opening the list is each later title's that names none.
    const lead = p.listLead.exec(titles[0]?.replace(p.documentActAtStart, '').replace(p.ordinalAtStart, '') ?? '')?.[0];
    if (lead) titles.splice(1, titles.length - 1, ...titles.slice(1).map((t) => (p.startsWithLevel.test(t) ? t : lead + t)));
    rounds.push({ body: body && body.length >= 2 ? body : null, year: y ? yearText(y) : null, titles });
  };
  for (const m of text.matchAll(p.roundDocument)) {
    // The body inside the name, or the one whose verb (下发, 印发) comes right before it.
    const inside = m[1] ? awarderWords(m[1], p, false) : '';
    const before = text.slice(clauseStartBefore(text, m.index), m.index);
    const verb = p.documentIssued.exec(before);
    // Only words ending as a body's name do (县委印发《…》); 会上宣读了《…》 names where it was read, no body.
    const words = verb ? awarderWords(before.slice(0, verb.index), p, false) : '';
    // 中心收到省文明委《关于表彰…的决定》: the body whose document the unit received.
    const received = verb ? null : p.documentReceived.exec(before)?.[1];
    const outside = p.bodyNameAtEnd.test(words) ? words : received && p.bodyNameAtEnd.test(received) ? received : '';
    read(inside || outside || null, m[2]!);
  }
  for (const m of matchAllAnchored(text, p.namedDecision, p.namedDecisionVerb, DECISION_BODY_LEAD.min, DECISION_BODY_LEAD.max)) read(awarderWords(m[1]!, p, false), m[2]!);
  return rounds;
}

/** A title opening with a level word of a place's rank (省级青年文明号): 1 the rank's character. */
const RANK_WORD = /^([省市县区])级(.+)$/u;

/** 省级青年文明号 and a round of 山东省青年文明号: one title, the round's place being of the level's rank. */
function sameAtRank(title: string, roundTitle: string): boolean {
  const rank = RANK_WORD.exec(title);
  if (!rank || rank[2]!.length < MIN_TITLE - 2) return false;
  const at = roundTitle.indexOf(rank[1]!);
  return at >= 2 && at <= 6 && /^\p{Script=Han}+$/u.test(roundTitle.slice(0, at)) && roundTitle.slice(at + 1) === rank[2];
}

/**
 * Honors that name no body or year take them from the one round whose document names their title (the same, one
 * inside the other, or 省级青年文明号 in a round of 山东省青年文明号).
 */
export function fillFromRounds(honors: HonorMatch[], text: string, p: HonorPatterns): void {
  if (!p.roundDocumentWord.test(text)) return;
  const rounds = roundsOf(text, p);
  if (rounds.length === 0) return;
  for (const h of honors) {
    if (h.awarder !== null && h.year !== null) continue;
    const title = h.title.replace(ALL_QUOTES, '');
    const of = rounds.filter((r) => r.titles.some((t) => (t.length >= MIN_TITLE && (title.includes(t) || t.includes(title))) || sameAtRank(title, t)));
    if (of.length !== 1) continue;
    h.awarder ??= of[0]!.body;
    h.year ??= of[0]!.year;
  }
}

/** How far before 由 a contest's name may start. */
const CONTEST_REACH = 80;

/**
 * Honors that name no giver take the hosts of a contest the report names elsewhere with them, when the honor's title
 * is exactly a quoted name in the contest's (“十佳法庭”“十佳法官”评选活动是由A、B联合发起并主办), or of an event the
 * sentence right before says its hosts held (由A、B联合主办的2019-2020年度…活动在…举行。), with the event's year.
 */
export function fillFromContests(honors: HonorMatch[], text: string, p: HonorPatterns): void {
  if (!honors.some((h) => h.awarder === null)) return;
  const hosts = new Map<string, string>();
  // Found at each 由, the contest read back from it: a pattern opening with the contest would be tried everywhere.
  for (let at = text.indexOf('由'); at >= 0; at = text.indexOf('由', at + 1)) {
    p.hostsOfContest.lastIndex = at;
    const by = p.hostsOfContest.exec(text);
    const contest = by ? p.contestBeforeHosts.exec(text.slice(Math.max(0, at - CONTEST_REACH), at)) : null;
    if (!contest) continue;
    for (const q of contest[1]!.matchAll(QUOTED)) {
      const name = q[0].replace(ALL_QUOTES, '');
      if (!hosts.has(name)) hosts.set(name, awarderWords(by![1]!, p, false));
    }
  }
  for (const h of honors) {
    if (h.awarder !== null) continue;
    const named = hosts.get(h.title.replace(ALL_QUOTES, ''));
    if (named) {
      h.awarder = named;
      if (h.level === 'unknown') h.level = levelOf(named, h.title, p);
      continue;
    }
    const sentenceStart = sentenceStartBefore(text, h.start);
    // The sentence before, past its end marks and blank lines.
    let before = sentenceStart;
    while (before > 0 && /[。!?！？\s]/u.test(text[before - 1]!)) before--;
    if (before === 0) continue;
    const event = p.heldEvent.exec(text.slice(sentenceStartBefore(text, before), sentenceStart));
    if (!event) continue;
    h.awarder = event[1]!;
    if (h.level === 'unknown') h.level = levelOf(h.awarder, h.title, p);
    if (h.year === null) {
      const y = YEAR.exec(event[2]!);
      if (y) h.year = yearText(y);
    }
  }
}
