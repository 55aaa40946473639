// Keeps one honor per title among its mentions (headline and body): what the mention telling most says, quoted where first named.
import { CLAUSE_OR_SENTENCE_BREAK_CHARS, lastIndexOfAny } from '../clause.js';
import { ALL_QUOTES } from './clauses.js';
import type { HonorPatterns } from './patterns.js';
import type { HonorMatch } from './resolve.js';

/** A line this short, with no comma or sentence break, that holds an honor is a headline (喜讯!某社区荣获“…”). */
const HEADLINE = 40;
/** A headline's cut-short name shares at least this many characters with the body's. */
const HEADLINE_CUT = 6;
/** A level word written with 级 (县级) opening a title: 县级文明单位 and 县文明单位 name one title. */
const LEVEL_WITH_JI = /^([省市县区])级(?=\p{Script=Han})/u;

/**
 * One honor per title. A report names an honor in its headline and again in the body, with the year and the body
 * that gave it: the mention telling most (awarder, year) wins, then one outside a short headline line, then the
 * first; a headline's shorter name of a body honor gives way to it. The honor is quoted at its first mention, as
 * readers (and the annotated sets) find it there, with that mention's year.
 */
export function bestOfEach(found: HonorMatch[], text: string, p: HonorPatterns): HonorMatch[] {
  // A title without the round of its award (第六届, 第二批), bare of quotes.
  const withoutRound = (title: string) => title.replace(ALL_QUOTES, '').replace(p.ordinalAnywhere, '');
  const headline = (h: HonorMatch) => {
    const lineStart = text.lastIndexOf('\n', h.start - 1) + 1;
    const lineEnd = text.indexOf('\n', h.end);
    // A photo's caption ends in its credit (…称号。蔡天富 供图): a headline too.
    return (lineEnd < 0 ? text.length : lineEnd) - lineStart <= HEADLINE && !/[。;；,，]/u.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/。[^。;；,，]{0,12}$/u, ''));
  };
  // A level known (湘潭市…“文明车间”、“文明办公场所” in the body, against a headline's bare “文明办公场所”) tells more too.
  const rank = (h: HonorMatch) => (h.awarder ? 2 : 0) + (h.year ? 2 : 0) + (h.level !== 'unknown' ? 1 : 0) + (headline(h) ? 0 : 1);
  // 县级文明单位 and later 县文明单位: one title written with and without 级; it keeps the name it has where first named.
  const named = new Map<string, string>();
  const mentions = [...found].sort((a, b) => a.start - b.start).map((h) => {
    const key = h.title.replace(LEVEL_WITH_JI, '$1');
    if (!named.has(key)) named.set(key, h.title);
    return { ...h, title: named.get(key)! };
  });
  const best = new Map<string, HonorMatch>();
  const first = new Map<string, HonorMatch>();
  for (const h of mentions) {
    if (!first.has(h.title)) first.set(h.title, h);
    const kept = best.get(h.title);
    if (!kept || rank(h) > rank(kept)) best.set(h.title, h);
  }
  // 喜获“省直机关第十一届文明单位” and 连续三届被评为省直机关文明单位: one honor, the mention naming its round.
  for (const [title, h] of best) {
    const roundless = withoutRound(title);
    if (roundless !== title) continue;
    const withRound = [...best.keys()].find((other) => other !== title && withoutRound(other) === roundless);
    if (withRound === undefined) continue;
    best.delete(title);
    // …quoted where the report first names it, with or without its round.
    if (first.get(title)!.start < first.get(withRound)!.start) first.set(withRound, first.get(title)!);
  }
  // 第十一届安徽省文明单位, then 连续二届获得省级文明单位: a rank word with 级 and the words of a title named by its place,
  // of the same level, restate that title: one honor, the named one.
  for (const [title, h] of best) {
    const generic = p.rankWithJi.exec(withoutRound(title));
    // 3家支行被评为省级文明单位: counted parts of the unit hold it, not the unit that holds the named one.
    if (!generic || COUNTED_HOLDERS.test(clauseBefore(text, first.get(title)!.start))) continue;
    // Only the same holder's, and not when the rank's mention tells more (被烟台市文明委授予“市级文明单位”: that one wins).
    const named = [...best.entries()].find(([other, o]) => other !== title && o.level === h.level && h.level !== 'unknown' && o.recipient === h.recipient && (h.awarder === null || o.awarder !== null) && !p.rankWithJi.test(withoutRound(other)) && withoutRound(other).length > generic[1]!.length && withoutRound(other).endsWith(generic[1]!));
    if (named) best.delete(title);
  }
  // A headline names it shorter or longer (烟台“美丽乡村”), the body otherwise (烟台市第二届“美丽乡村”): one honor, the body's.
  const bare = (title: string) => title.replace(ALL_QUOTES, '');
  const body = [...best.values()].filter((h) => !headline(h));
  // …or with one character changed (a headline's 优秀志愿服务集体 for the body's 优秀志愿服务集团).
  // …or with a word left out inside (a headline's 国家一级馆 for the body's 国家一级文化馆): the same opening words and the
  // same head character.
  const sameName = (a: string, b: string) => ((a.endsWith(b.slice(-4)) || sameEnds(a, b)) && (inOrder(b, a) || inOrder(a, b))) || oneChanged(a, b);
  // …or cut short after a level word (省级学雷锋志愿服务先进 for the body's 学雷锋志愿服务先进社区典型).
  const cutShort = (long: string, short: string) => {
    const words = short.replace(p.levelWordAtStart, '');
    return words.length >= HEADLINE_CUT && long.includes(words);
  };
  // The honor is quoted where the report first names it, with what the mention telling most adds.
  const fullNames = new Set<string>();
  const kept = [...best.values()].filter((h) => {
    if (!headline(h)) return true;
    const b = body.find((b) => bare(b.title) !== bare(h.title) && (sameName(bare(b.title), bare(h.title)) || cutShort(bare(b.title), bare(h.title)) || placeForRank(bare(h.title), b)));
    if (b === undefined) return true;
    // The body names it shorter, the end of the headline's name (a headline's 全市创城工作突出贡献奖, the body's
    // 突出贡献奖): the headline's full name stays, with what the body adds.
    if (bare(h.title).length > bare(b.title).length && bare(h.title).endsWith(bare(b.title))) {
      best.set(h.title, { ...h, awarder: h.awarder ?? b.awarder, level: h.level !== 'unknown' ? h.level : b.level });
      best.delete(b.title);
      fullNames.add(b.title);
      return true;
    }
    // The headline named it first: the body's honor is quoted there.
    if (first.get(h.title)!.start < first.get(b.title)!.start) first.set(b.title, first.get(h.title)!);
    // …and the body that gave it, when only the headline names it (获评文化部“…”).
    if (b.awarder === null && h.awarder !== null) best.set(b.title, { ...b, awarder: h.awarder });
    return false;
  });
  // …but the year is the first mention's own: a headline naming it first with no year has none (the gold sets' call).
  return kept.filter((h) => !fullNames.has(h.title)).map((h) => best.get(h.title) ?? h).map((h) => ({ ...h, year: first.get(h.title)!.year, start: first.get(h.title)!.start, end: first.get(h.title)!.end }));
}

/** A count of units or people (3家支行, 两名干警) in the words before an honor. */
const COUNTED_HOLDERS = /[\d一二两三四五六七八九十]+(?:家|个|所|名|位|人)/u;
/** How far back the clause before an honor is read. */
const CLAUSE_BEFORE = 16;

/** The words of the clause before `at`, at most CLAUSE_BEFORE characters. */
function clauseBefore(text: string, at: number): string {
  const lead = text.slice(Math.max(0, at - CLAUSE_BEFORE), at);
  return lead.slice(lastIndexOfAny(lead, CLAUSE_OR_SENTENCE_BREAK_CHARS) + 1);
}

/** How many opening characters two names of one honor share when a word is left out inside one (国家一级馆, 国家一级文化馆). */
const SAME_OPENING = 4;

/** The same opening words and the same head character. */
function sameEnds(a: string, b: string): boolean {
  return Math.min(a.length, b.length) > SAME_OPENING && a.slice(0, SAME_OPENING) === b.slice(0, SAME_OPENING) && a.slice(-1) === b.slice(-1);
}

/** A place's own name and its rank opening a title (烟台市文明单位): 1 the name, 2 the rank, 3 the rest. */
const PLACE_RANK = /^(\p{Script=Han}{2,4}?)([省市县区])(\p{Script=Han}{2,})$/u;

/**
 * A headline's title named by the place (获评“烟台市文明单位”) is the body's named by its rank (被烟台市文明委授予
 * “市级文明单位”) when the body's awarder is of that place.
 */
function placeForRank(headline: string, b: HonorMatch): boolean {
  const m = PLACE_RANK.exec(headline);
  if (!m || b.awarder === null || !b.awarder.startsWith(m[1]!)) return false;
  return b.title.replace(ALL_QUOTES, '').replace(LEVEL_WITH_JI, '$1') === m[2]! + m[3]!;
}

/** Every character of `short` appears in `long`, in order (烟台美丽乡村 in 烟台市第二届美丽乡村). */
function inOrder(short: string, long: string): boolean {
  let at = 0;
  for (const c of short) {
    at = long.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** Two names of one length, at least six long, that differ in one character only. */
function oneChanged(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 6) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}
