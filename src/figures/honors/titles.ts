// Turns the words after a verb into honor titles: list items split, cleaned of years, counts and title words, and kept when honor-shaped.
import { ALL_QUOTES, ANY_QUOTE, closeQuote, openQuote, QUOTED } from './clauses.js';
import type { HonorPatterns } from './patterns.js';
import { headCount } from './recipient.js';
import { YEAR, yearText } from './years.js';

/** A year written in Chinese numerals (二〇二三年度) opening a title. */
const CN_YEAR_AT_START = /^([〇零一二三四五六七八九]{4})年(?:度)?/u;

/** Longer than this without quotes, a "title" is a sentence (被授予…的分别给予…奖励), not a name. */
export const MAX_TITLE = 30;

export interface Item {
  title: string;
  /** A body written before a quoted title (国家电网公司“…”). */
  awarder?: string | null;
  /** A place or level written before the title, or before an earlier title of the same list (江苏省“A”、“B”). */
  place?: string;
  /** End of the item in the run, before trailing 称号 and counts. */
  end: number;
  quoted: boolean;
  year: string | null;
  /** The item was counted in people (各2人). */
  people: boolean;
  /** How many people, when counted (各2人). */
  count?: number;
}

/**
 * A 和 with a 、 after it, before the next comma and outside quotation marks, in a list that has a 、 before it; a
 * prize ending right before it (…、服务群星奖和文化创新奖、…) is a name of its own, so that 和 joins two.
 */
function andInsideName(raw: string, at: number): boolean {
  if (raw[at - 1] === '奖') return false;
  const bare = raw.replace(QUOTED, (q) => '_'.repeat(q.length));
  const before = bare.slice(0, at);
  const after = bare.slice(at + 1).split(/[,，]/u)[0]!;
  return before.includes('、') && after.includes('、');
}

/**
 * Splits a run into list items at 、 和 及 暨 and a comma before a quote, never inside quotation marks. `levelAfterAnd`
 * matching after a 和 splits there even inside a list written with 、 (…示范站和全省先进基层党组织、…).
 */
export function splitItems(raw: string, levelAfterAnd?: RegExp): { text: string; start: number }[] {
  const items: { text: string; start: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    // Quotes do not nest in these reports; an opening mark inside a quote is a stray one (“迁安市创建“十星级”…).
    if (openQuote(c)) depth = 1;
    else if (closeQuote(c)) {
      depth = 0;
      // Two quoted titles with nothing between them are two items.
      if (openQuote(raw[i + 1] ?? '')) {
        items.push({ text: raw.slice(start, i + 1), start });
        start = i + 1;
      }
    } else if (c === '"') depth = depth > 0 ? 0 : 1;
    if (depth > 0) continue;
    // In a list written with 、, 和 joins the last two names only: before a later 、 it is inside a name
    // (A、休闲农业和乡村旅游示范点、B); right after a closing quote it is never inside one (…、“A”和市“B”、“C”).
    const split = c === '、' || c === ',' || c === '，' || c === '暨' || (c === '和' && raw[i + 1] !== '谐' && (closeQuote(raw[i - 1] ?? '') || levelAfterAnd?.test(raw.slice(i + 1)) === true || !andInsideName(raw, i))) || (c === '及' && !/[时格]/u.test(raw[i + 1] ?? ''));
    if (split) {
      items.push({ text: raw.slice(start, i), start });
      start = i + 1;
    }
  }
  items.push({ text: raw.slice(start), start });
  return items.filter((item) => item.text.trim() !== '');
}

/** How many times in a row a title was held, written before it (连续四届省级文明单位). */
export const HELD_ROUNDS = /^(?:已|已经)?连续[两二三四五六七八九十\d]+(?:届|年|次)(?:的)?/u;
/** 新一批, 最新一届: the latest round, named by no number. */
const NEW_ROUND = /^最?新一?[批届]/u;
// 双称号, 两项荣誉: a word counting the titles just listed.
const TITLES_COUNTED = '(?:双|两项|二项|三项|两个|三个)?';
export const TRAILING_TITLE_WORD = new RegExp(`(?:等)?${TITLES_COUNTED}(?:荣誉称号|光荣称号|称号)$`, 'u');
/** 等83项省市级集体荣誉, 等一系列“国”字号荣誉, 等国家级荣誉: words after the last title summing up the list, no part of it. */
const LIST_SUMMED_UP = /等(?:(?:\d+|[一二两三四五六七八九十百几]+)(?:多|余)?项|一系列|多项|诸多|众多|(?:国家|省部|省|市|县|区|各)级)[^等]{0,14}(?:荣誉称号|荣誉|称号|殊荣|奖项)$/u;
export const TITLE_WORD = new RegExp(`(?:等)?(?:以上|及以上)?(?:的)?(?:这一|这个|这项|此)?${TITLES_COUNTED}(?:荣誉称号|光荣称号|称号|殊荣|荣誉证书|荣誉|奖项|证书)$`, 'u');
/** Words after a title that place something else in time (获得…文明单位之后, …先进市的基础上): the title ends there. */
const AFTER_TITLE = /(?:之后|以后|以来|的基础上|基础上).*$|(?:名单|名录|榜单|行列|之列|后)$/u;
/** Years listed before a last one (2008届、2016届…): the run up to the last, which dates the title. */
const YEARS_LISTED = new RegExp(`^([“"「『]?)(?:(?:${YEAR.source})[、和及])+(?=${YEAR.source})`, 'u');
const BARE_YEAR = /^((?:19|20)\d{2})(?=[\p{Script=Han}“"「])/u;
const PLACE_AND_QUOTE = /^[\p{Script=Han}]{0,6}[“"「]/u;
/** A quarter or half of a year opening a title (第四季度, 上半年). */
const PART_OF_YEAR = /^(?:第[一二三四1-4]季度|[一二三四1-4]季度|上半年|下半年)(?:的)?/u;
/** A year in brackets after a title (先进单位（2020年）), as lists of honors write it. */
const YEAR_IN_BRACKETS = /[(（]((?:19|20)\d{2}(?:[-—~至](?:19|20)?\d{2})?)年?(?:度)?[)）]$/u;
// 第一名 is a rank, not a count.
const COUNT = /(?<!第)各?(?:\d+|[一二两三四五六七八九十]+)(?:多|余)?(?:人|名|位)(?:次)?$|各?(?:\d+|[一二两三四五六七八九十]+)(?:个|项|家|处)$/u;

/**
 * How strictly the words after a verb must be a title: `normal` after 荣获, 被评为; `kept` after 保持 (the title must
 * end the phrase); `weak` after 成为, 是 (also a level or quotes and an honor word).
 */
export type Mode = 'normal' | 'kept' | 'weak';

/** One list item as a title: year, quotes, title words and counts taken off. */
export function cleanItem(text: string, p: HonorPatterns, mode: Mode): Omit<Item, 'end'> | null {
  // Tag residue left in a page's text (多次荣获</“先进集体”) is no part of a title.
  // 例如A、B: the word opening a list of examples is no part of its first title.
  let title = text.replace(/<\/?|>/gu, '').replace(/^[:：\s]*(?:了|为|过|例如|比如|包括|诸如)?[:：\s]*/u, '').trim();
  // 复查范围:…: words over a colon are a label and what it labels, not one title.
  if (/[:：]/u.test(title)) return null;
  // “全国青年文明号”集体荣誉称号: a collective (or personal) honor, the kind no part of the quoted title.
  title = title.replace(/([”」"])(?:集体|个人)(?=(?:荣誉称号|光荣称号|称号|荣誉)$)/u, '$1');
  // 称号的关键一年: the title ends at its title word.
  const titleWord = /(?:荣誉称号|光荣称号|称号)(?=的)/u.exec(title);
  if (titleWord) title = title.slice(0, titleWord.index);
  let people = false;
  let counted: number | undefined;
  let year: string | null = null;
  let awarder: string | null = null;
  let place: string | undefined;
  for (let changed = true; changed; ) {
    const before = title;
    const bracketYear = YEAR_IN_BRACKETS.exec(title);
    if (bracketYear) year ??= bracketYear[1]!.replace(/至/u, '-');
    // 被评为全国文明村啦 (a headline's exclamation): the particle is no part of the title.
    title = title.replace(/[….。]+$/u, '').replace(/(?:啦|喽|咯|哦)+$/u, '').replace(LIST_SUMMED_UP, '').replace(AFTER_TITLE, '').replace(TITLE_WORD, '').replace(/(?:等|获得者|得主)$/u, '').replace(/[(（][^()（）]{1,12}[)）]$/u, '').trim();
    const count = COUNT.exec(title);
    if (count) {
      if (/[人名位]/u.test(count[0])) {
        people = true;
        counted ??= headCount(count[0]) ?? undefined;
      }
      title = title.slice(0, count.index);
    }
    changed = title !== before;
  }
  // Terms listed before the title (“2008届、2016届省级文明单位”): one title, dated by the term it was last given for.
  title = title.replace(YEARS_LISTED, '$1');
  const y = YEAR.exec(title);
  // 获评2018福建“最美志愿服务社区”: a year with no 年 right before a place and a quoted title, or before a level word.
  const bare = y ? null : BARE_YEAR.exec(title);
  if (bare && (p.startsWithLevel.test(title.slice(bare[0].length)) || PLACE_AND_QUOTE.test(title.slice(bare[0].length)))) {
    year = bare[1]!;
    title = title.slice(bare[0].length);
  }
  if (y) {
    year = yearText(y);
    // 年度 left right after its year (2017年年度“…”) is no part of the title.
    title = (title.slice(0, y.index) + title.slice(y.index + y[0].length).replace(/^年度/u, '')).replace(/^的/u, '');
  }
  // 当选为二〇二三年度“…”: a year in Chinese numerals opening the title, kept as written.
  else if (CN_YEAR_AT_START.test(title)) {
    const cn = CN_YEAR_AT_START.exec(title)!;
    year = cn[1]!;
    title = title.slice(cn[0].length);
  }
  // 年度 before a quoted title whose year was left out (获评年度“…”): it dates the honor, it is no part of the title.
  else title = title.replace(/^年度(?=[“「『《"])/u, '');
  // A part of the year (2023年第四季度“全市好人榜”) places the honor in time; it is no part of the title.
  title = title.replace(PART_OF_YEAR, '');
  // A run of rounds held (作为连续四届省级文明单位) is no part of the title; an ordinal (第六届) is, as the reports write it.
  title = title.replace(HELD_ROUNDS, '');
  // A round with no number (新一批全国科普教育基地) only says it is the latest; it is no part of the title.
  title = title.replace(NEW_ROUND, '');
  // 松滋市唯一一所省级示范幼儿园: the only one of its place says who holds the title, not which.
  title = title.replace(p.onlyOneLead, '');
  // An opening mark never closed (授予“2007-2009年度…先进单位称号。) is a stray one.
  if ([...title].some(openQuote) && ![...title].some((c) => closeQuote(c) || c === '"')) title = title.replace(/[“「《『]/gu, '');
  const byLead = ANY_QUOTE.test(title) ? null : p.conferredByLead.exec(title);
  if (byLead) {
    if (p.awarderBeforeQuote.test(byLead[1]!)) awarder = byLead[1]!;
    title = title.slice(byLead[0].length);
  }
  // 文化部首届公共图书馆服务群星奖: a body right before the round of an award gave it; the round stays in the title.
  const roundBy = byLead || awarder !== null ? null : p.bodyBeforeRound.exec(title);
  if (roundBy) {
    awarder = roundBy[1]!;
    title = title.slice(roundBy[1]!.length);
  }
  const quoted = ANY_QUOTE.test(title);
  if (quoted) {
    // Words after the last quote belong to the title only when they end it as a title does (“…”示范点).
    const last = Math.max(...[...title].map((c, i) => (closeQuote(c) || c === '"' ? i : -1)));
    const tail = title.slice(last + 1);
    // “全国文明城市”荣誉称号医院 (a line joined to the next): the title word ends the title.
    if (/^(?:这一|这个|这项|此)?(?:荣誉称号|光荣称号|称号|荣誉|殊荣)/u.test(tail)) title = title.slice(0, last + 1);
    else if (tail !== '' && !(tail.length <= 10 && p.titleHead.test(tail))) {
      // “文明班级”的班主任: the quoted words name something else.
      if (mode !== 'normal' || tail.startsWith('的')) return null;
      title = title.slice(0, last + 1);
    }
    // Words before the first quote stay when they are a level or a short modifier (迁安市创建“十星级”…); a clause
    // about who gave it (由…颁发的) does not, and a body named there is the awarder.
    const first = [...title].findIndex((c) => openQuote(c) || c === '"');
    const head = title.slice(0, first);
    const conferredBy = p.conferredByHead.exec(head);
    // 是湘潭经济建设的“功臣”: after 是, a quoted word qualified with 的 is a figure of speech, not a title.
    if (mode === 'weak' && head.includes('的')) return null;
    if (head !== '' && p.awarderBeforeQuote.test(head) && head.length <= 16) {
      // 入选首批中宣部“…”: the round opening the words is no part of the body's name.
      awarder = head.replace(p.ordinalAtStart, '');
      title = title.slice(first);
    } else if (conferredBy) {
      awarder = conferredBy[1]!;
      title = title.slice(first);
    } else if (head !== '' && ((head.length > 12 && !p.levelContestHead.test(head)) || head.includes('的') || (mode === 'weak' && !p.startsWithLevel.test(head)))) title = title.slice(first);
    else if (head !== '' && p.startsWithLevel.test(head)) place = head;
    const whole = p.wholeQuote.exec(title);
    // 第八届“…奖章”: an edition outside the quotes tells when the title was received, as a year does; the quoted name is the title.
    if (whole) title = (whole[1] ?? '').replace(p.ordinalAtStart, '') + whole[2]!;
    // A place and one quoted name (**市“五一劳动奖状”) read as one title, as a level word and a quoted name do.
    else if (place && title.startsWith(place) && p.wholeQuote.test(title.slice(place.length))) title = place + title.slice(place.length).replace(ALL_QUOTES, '');
    else if (openQuote(title[0] ?? '') && [...title].filter(openQuote).length > [...title].filter(closeQuote).length) title = title.slice(1);
  }
  title = title.replace(/^的/u, '').trim();
  // 唯一被评为省级文明单位的医院: a title qualifying what the holder is names the title before 的.
  const qualifying = quoted ? null : /^(.{4,})的([\p{Script=Han}]{1,3})$/u.exec(title);
  if (qualifying && p.unitAtEnd.test(qualifying[2]!) && p.titleHead.test(qualifying[1]!) && !qualifying[1]!.includes('的')) title = qualifying[1]!;
  // A lone level word stays as a list item (省、市级文明单位: 省) for shareHead; it is never a title on its own.
  return title.length >= 2 || p.onlyLevel.test(title) ? { title, quoted, year, people, awarder, ...(place ? { place } : {}), ...(counted ? { count: counted } : {}) } : null;
}

/** An honor-shaped noun phrase: an honor head at its end, and an honor word or a level in it (quoted: either). */
export function honorShaped(item: Omit<Item, 'end'>, p: HonorPatterns, mode: Mode): boolean {
  const { title } = item;
  if (title.length > (item.quoted ? 40 : MAX_TITLE) || p.notTitle.test(title)) return false;
  const head = p.titleHead.test(title.replace(ALL_QUOTES, ''));
  const named = p.honorWords.test(title) || p.startsWithLevel.test(title);
  // 洛南县古城镇四联村: a place name, however it ends, is no title without an honor word.
  if (!item.quoted && !p.honorWords.test(title) && p.placeKindAtEnd.test(title)) return false;
  if (mode === 'weak') return head && (item.quoted || p.startsWithLevel.test(title)) && p.honorWords.test(title) && !title.replace(QUOTED, '').includes('的');
  return item.quoted ? head || named : head && named;
}

/** Words that end a run of titles: what follows places them in time (…等83项荣誉后获得的最高荣誉, 获得…荣誉基础上创新…). */
// …等各级各类荣誉60多项: the count may follow the word for the honors, too (…等区先进50余个, 等市级表彰20余次).
// 被评为“…”“…”后获得的又一次荣誉, …后又获…: 后 before a verb of receiving or a sequence word ends the run, whatever it follows.
const TITLES_END = /之后|以后|以来|(?:的)?基础上|(?<=荣誉|称号|殊荣)后|后(?=获|荣获|取得|又|再|还|相继)|等(?=(?:\d+|[一二两三四五六七八九十百几]+)(?:多|余)?项|一系列|多项|诸多|众多|[^等,，。;；]{0,8}?(?:荣誉|称号|奖项|先进|奖励|表彰)(?:\d+|[一二两三四五六七八九十百几]+)(?:多|余)?[项个次])/u;

/** The items of a run, up to one with a verb of its own (…称号,“党群互动小组”活动获“…”), which starts the next honor. */
export function listParts(raw: string, p: HonorPatterns): { text: string; start: number }[] {
  // 被评为市级文明单位之后获得的…: the titles end at 之后, and the verb after it is another phrase's.
  // …“人民满意的好法院”并2次荣记集体二等功: the title ends before 并 and the verb of the next honor.
  const masked = raw.replace(QUOTED, (q) => '_'.repeat(q.length));
  const ends = [masked.search(TITLES_END), masked.search(p.andThenVerb)].filter((at) => at > 0);
  const after = ends.length > 0 ? Math.min(...ends) : -1;
  const split = splitItems(after > 0 ? raw.slice(0, after) : raw, p.levelAfterAnd);
  // A verb followed by 的 is a relative clause inside the item (县委授予的“文明校园”), not a verb of its own.
  // …称号的5个村分别为:商州区腰市镇江山村、…: after a colon inside the run come what the words before it introduce.
  const colon = split.findIndex((part, i) => i > 0 || /^[^:：]+[:：]/u.test(part.text.replace(QUOTED, '')) ? /[:：]/u.test(part.text.replace(QUOTED, '')) : false);
  if (colon >= 0) split.splice(colon + 1);
  const own = split.findIndex((part) => p.verbInside.test(part.text.replace(QUOTED, '').replace(/获得者|得主/gu, '').replace(p.conferredBy, '')) || p.weakAtStart.test(part.text) || p.weakInside.test(part.text.replace(QUOTED, '')));
  return own >= 0 ? split.slice(0, own) : split;
}

/** A list item that is only a round's number (第十二 in 第十二、十三届…). */
const ROUND_ONLY = /^第?([一二三四五六七八九十百\d]+)(?:届|批)?$/u;

/** 第十二、十三届省级文明学校: a round's number alone takes the title after the next item's round, and 第. */
function shareRounds(parts: Omit<Item, 'end'>[]): void {
  for (let i = parts.length - 2; i >= 0; i--) {
    const round = ROUND_ONLY.exec(parts[i]!.title);
    const next = /^(第?)([一二三四五六七八九十百\d]+)(届|批)(.+)$/u.exec(parts[i + 1]!.title);
    if (!round || !next) continue;
    parts[i]!.title = `第${round[1]}${next[3]}${next[4]}`;
    if (next[1] === '') parts[i + 1]!.title = `第${parts[i + 1]!.title}`;
  }
}

/**
 * Items that lack the head the last item ends with share it: 省、市级文明单位 → 省级文明单位, 市级文明单位;
 * 教育培训工作、信息工作和案例工作先进组织单位 → 教育培训工作先进组织单位 …; 执行杰出、百佳干警 → 执行杰出干警.
 */
function shareHead(parts: Omit<Item, 'end'>[], p: HonorPatterns, mode: Mode): void {
  const last = parts.at(-1);
  // 一、二、三等奖 are ranks of one contest's prize, not titles sharing a head.
  if (parts.length < 2 || !last || p.genericPrize.test(last.title) || !honorShaped(last, p, mode)) return;
  parts.slice(0, -1).forEach((part, i) => {
    if (part.quoted || part.title.length > 12 || part.title.includes('的') || p.genericPrize.test(part.title) || p.titleHead.test(part.title) || honorShaped(part, p, mode)) return;
    // 综合治理、安全生产先进单位和文明标兵单位: fields take the head of the first whole title after them, which ends
    // their run; the titles after it are titles of their own.
    const whole = parts.slice(i + 1, -1).find((q) => !q.quoted && !p.genericPrize.test(q.title) && honorShaped(q, p, mode)) ?? last;
    const headAt = p.titleHead.exec(whole.title);
    // 绩效考核、建整扶贫先进单位: the head is 先进单位, the honor word before 单位 with it.
    const grade = headAt ? p.honorWordAtEnd.exec(whole.title.slice(0, headAt.index)) : null;
    const head = headAt ? (grade && grade.index > 0 ? grade[0] : '') + headAt[0] : undefined;
    // A level word alone takes its title from the next item when that one opens with a level (省、市“文明单位”、“全省先进法院”).
    const next = parts[i + 1]!;
    const from = p.onlyLevel.test(part.title) && p.startsWithLevel.test(next.title) ? next : whole;
    const lastLevel = p.startsWithLevel.exec(from.title)?.[0];
    let shared: string | null = null;
    if (lastLevel && p.onlyLevel.test(part.title)) {
      // A level word alone takes the rest of the title after the last item's level word (省、市级… → 省级…).
      shared = part.title + (lastLevel.endsWith('级') && !part.title.endsWith('级') ? '级' : '') + from.title.slice(lastLevel.length).replace(/^级/u, '');
    } else if (!whole.quoted) {
      // The items end alike (…工作、…工作先进组织单位): the head is what follows that ending in the whole title.
      const ending = part.title.slice(-2);
      const at = whole.title.indexOf(ending);
      if (at >= 0 && at + ending.length < whole.title.length) shared = part.title + whole.title.slice(at + ending.length);
      else if (head && head.length < whole.title.length) shared = part.title + head;
    }
    if (shared && honorShaped({ ...part, title: shared }, p, 'normal')) part.title = shared;
  });
}

/** The last item of a list ending 等<title> (文明创建、综合治理等先进集体). */
const ETC_HEAD = /^([^等“”"「」《》]{2,8})等([^等]{2,12})$/u;

/** 授予文明创建、综合治理、安全生产等先进集体称号: each field listed before 等 takes the title after it. */
function shareEtcHead(parts: Omit<Item, 'end'>[], p: HonorPatterns, mode: Mode): void {
  const last = parts.at(-1);
  const m = last && parts.length >= 2 ? ETC_HEAD.exec(last.title) : null;
  if (!m || !honorShaped({ ...last!, title: m[2]! }, p, mode)) return;
  const fields = parts.slice(0, -1);
  if (fields.some((part) => part.quoted || part.title.length > 8 || p.titleHead.test(part.title) || honorShaped(part, p, mode))) return;
  for (const part of fields) part.title += m[2]!;
  last!.title = m[1]! + m[2]!;
}

/**
 * 荣获全国水利系统模范职工之家、文化建设先进集体, 全省先进党组织、江西省文明村、卫生村: a level (and trade) opening a title is
 * also the level of the later titles that name none, up to the next title with a level of its own or another giver.
 */
function shareListLead(parts: Omit<Item, 'end'>[], p: HonorPatterns): void {
  let lead: string | null = null;
  let giver: string | null | undefined = null;
  // 全国五一劳动奖状、全国…先进企业、希望工程…贡献企业: a list that writes the level again on each title names it
  // where it applies, so a title without one there keeps none.
  let previous: string | null = null;
  // Whether the lead was written inside its title's quotes (“省级廉洁文化示范点”): then it is that title's alone.
  let leadInQuotes = false;
  for (const part of parts) {
    const own = p.listLead.exec(part.title.replace(ALL_QUOTES, ''))?.[0] ?? null;
    if (own !== null && honorShaped(part, p, 'normal')) {
      lead = own === previous ? null : own;
      previous = own;
      giver = part.awarder;
      leadInQuotes = part.quoted && !part.place && !ANY_QUOTE.test(part.title);
    } else if (own !== null || p.levelWordAtStart.test(part.title) || namesOwnPlace(part.title, p) || (part.awarder ?? null) !== (giver ?? null) || p.genericPrize.test(part.title)) lead = null;
    // A quoted title names its own words: a level written inside another title's quotes (“省级廉洁文化示范点”“河南移动
    // 四好领导班子”) is that title's alone, and a title with words of its own before its quote (全省…“A”和全州“B”) takes
    // none; a lead before a run of quotes (全省监狱系统“A”“B”) is each one's.
    else if (lead !== null && !(part.quoted && (leadInQuotes || ownHeadBeforeQuote(part.title, p))) && part.title.length >= 2 && honorShaped({ ...part, title: lead + part.title }, p, 'normal')) part.title = lead + part.title;
  }
}

/**
 * A title with a giver of its own before its first quote: a place or level (全州“拥军优属模范单位”) or a body (国家电网公司“…”).
 * A field or contest before it (水利建设竞赛“芙蓉杯”, 教学质量“优胜杯”) names no giver: the list's lead is its level too.
 */
function ownHeadBeforeQuote(title: string, p: HonorPatterns): boolean {
  const at = [...title].findIndex((c) => openQuote(c) || c === '"');
  if (at <= 0) return false;
  const head = [...title].slice(0, at).join('');
  return p.startsWithLevel.test(head) || p.awarderBeforeQuote.test(head) || p.levels.some((l) => {
    l.pattern.lastIndex = 0;
    return l.pattern.test(head);
  });
}

/**
 * 福建省巾帼文明岗、宁德市巾帼文明岗: a title opening with a place's own name (a name and 省/市/县/区, then the title's
 * words) is of that place's level; the lead before it is no part of it. A title that only ends in 市 (文明城市) names none.
 */
function namesOwnPlace(title: string, p: HonorPatterns): boolean {
  const place = p.startsWithLevel.exec(title.replace(ALL_QUOTES, ''))?.[0] ?? '';
  return place.length >= OWN_PLACE && title.replace(ALL_QUOTES, '').length - place.length >= 2;
}
/** The shortest place name with its suffix (苏州市). */
const OWN_PLACE = 3;

/**
 * 省市“最强支部”, 市县级文明单位: two levels written as one before a title (before its quote, or sharing 级) are two
 * honors, one at each level, as 省、市级… is.
 */
function splitLevelPairs(parts: Item[], p: HonorPatterns): Item[] {
  return parts.flatMap((part) => {
    const pair = p.levelPair.exec(part.title);
    if (!pair || (pair[3] === undefined && part.place !== pair[0])) return [part];
    const rest = part.title.slice(pair[0].length);
    return [pair[1]!, pair[2]!].map((level) => ({ ...part, title: level + (pair[3] ?? '') + rest, ...(part.place ? { place: level } : {}) }));
  });
}

/** The longest head a later bare item shares with the first (先进集体 in …的先进集体和先进个人). */
const SHARED_HEAD = 6;

/** Items of a run that name honors; later bare items share the first item's modifier (…的先进集体和先进个人). */
export function titlesOf(raw: string, p: HonorPatterns, mode: Mode = 'normal'): Item[] {
  const cleaned = listParts(raw, p)
    .map((part) => ({ cleaned: cleanItem(part.text, p, mode), end: part.start + part.text.length }))
    .filter((x): x is { cleaned: Omit<Item, 'end'>; end: number } => x.cleaned !== null)
    .map((x) => ({ ...x.cleaned, end: x.end }));
  const parts = splitLevelPairs(cleaned, p);
  // 中华全国总工会和浙江省总工会“…标兵岗”: a body alone before a body-led title gave it too.
  parts.forEach((part, i) => {
    const next = parts[i + 1];
    if (next?.awarder && !part.quoted && part.title.length <= 16 && p.awarderBeforeQuote.test(part.title)) next.awarder = part.title + raw.slice(part.end, part.end + 1) + next.awarder;
  });
  // 文化部首届群星奖和文化创新奖: the body before a round gave the prize 和 joins to it too.
  parts.forEach((part, i) => {
    const next = parts[i + 1];
    if (part.awarder && next && !next.awarder && raw[part.end] === '和' && !p.startsWithLevel.test(next.title) && /奖$/u.test(part.title) && /奖$/u.test(next.title)) next.awarder = part.awarder;
  });
  // 市委表彰的先进集体和先进个人, 县委授予的“A”和“B”: the body of a relative clause before the first title gave the others.
  const relative = parts[0] && p.conferredByLead.test(raw.replace(QUOTED, (q) => '_'.repeat(q.length))) ? parts[0].awarder : null;
  if (relative) for (const part of parts.slice(1)) part.awarder ??= relative;
  shareRounds(parts);
  shareEtcHead(parts, p, mode);
  shareHead(parts, p, mode);
  shareListLead(parts, p);
  const first = parts[0];
  if (first) {
    for (const part of parts.slice(1)) {
      if (part.title.length > 6 || part.quoted || p.startsWithLevel.test(part.title) || p.genericPrize.test(part.title) || part.title.length > first.title.length) continue;
      // The shared words start the first title's short head (…的先进集体和先进个人), not a word inside its name
      // (全国文化系统先进集体、…和文化创新奖: 文化 is no head).
      const found = first.title.indexOf(part.title.slice(0, 2));
      const at = found > 0 && first.title.length - found <= SHARED_HEAD ? found : -1;
      const modifier = at > 0 ? first.title.slice(0, at) : first.title.endsWith(part.title.slice(-2)) ? first.title.slice(0, first.title.length - part.title.length) : '';
      if (modifier !== '') part.title = modifier + part.title;
      if (first.people) part.people = true;
    }
    if (parts.some((part) => part.people)) for (const part of parts) part.people = true;
    // 优秀教师、优秀班主任各2人: the count at the end of the list is each title's.
    const listCount = parts.at(-1)!.count;
    if (listCount) for (const part of parts) part.count ??= listCount;
    let place: string | undefined;
    // 自治区“文明单位”、“和谐单位”: a level or place written before the first of a run of quoted titles is each one's.
    let sharedLevel = false;
    for (const part of parts) {
      if (part.place) {
        place = part.place;
        sharedLevel = part.quoted && part.title.startsWith(place) && p.onlyLevel.test(place);
      } else if (part.awarder && part.awarder !== first.awarder) {
        // 省“A”竞赛优胜医院、市人民政府“B”金杯: a body before the quote names this one's giver, and ends the shared level.
        place = undefined;
        sharedLevel = false;
      } else if (place && !p.startsWithLevel.test(part.title)) {
        part.place = place;
        if (sharedLevel && part.quoted) part.title = place + part.title;
        else sharedLevel = false;
      } else sharedLevel = false;
    }
  }
  // After 是 or 成为, a list whose first item is plainly a title goes on with titles judged as after 荣获
  // (是省级文明镇、先进镇、发展工业十强乡镇).
  const firstShaped = first !== undefined && honorShaped(first, p, mode);
  const honors = parts.filter((part, i) => part.title.length >= 2 && (p.genericPrize.test(part.title) || honorShaped(part, p, mode === 'weak' && firstShaped && i > 0 ? 'normal' : mode)));
  if (honors.length > 0 || parts.length <= 1) return honors;
  // A list split where it should not be (…和…单位 in one name): the whole run as one title.
  const whole = cleanItem(raw, p, mode);
  return whole && honorShaped(whole, p, mode) ? [{ ...whole, end: raw.length }] : [];
}

/** The end of an honor's evidence: after its title, and after a following 称号 within the clause. */
const TITLE_WORD_AHEAD = new RegExp(`^(?:等)?${TITLES_COUNTED}(?:荣誉称号|光荣称号|称号)`, 'u');

export function withTitleWord(text: string, titleEnd: number, clauseEnd: number): number {
  const word = TITLE_WORD_AHEAD.exec(text.slice(titleEnd, clauseEnd));
  return titleEnd + (word ? word[0].length : 0);
}
