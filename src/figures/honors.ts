// Finds honors a report says the unit or its people received: 被…授予…称号, 被…评为…, 荣获…, 获得…奖, 成为市级…单位,
// 涌现出…各2人, 荣记集体三等功; a list of titles in one clause gives one honor each, a shared head included.
import { z } from 'zod';
import { DictionaryError, loadWordList, loadYamlDictionary, regexSource } from '../dictionary/index.js';
import { honorLevelSchema, type HonorLevel, type Span } from '../model/document.js';
import { parseChineseNumber } from './chinese-numeral.js';

const words = z.array(z.string().min(1)).min(1);
const fileSchema = z.strictObject({
  conferredVerbs: words,
  receivedVerbs: words,
  weakVerbs: words,
  keptVerbs: words,
  emergedVerbs: words,
  titleHeads: regexSource,
  merit: regexSource,
  pursuit: regexSource,
  listedVerbs: words,
  reviewedVerbs: words,
  reviews: words,
  honorWords: regexSource,
  notTitle: regexSource,
  genericPrizes: words,
  contests: words,
  levelPrefixes: words,
  placeSuffixes: words,
  notPlaceBefore: words,
  nationalWords: words,
  levels: z.array(z.strictObject({ level: honorLevelSchema.exclude(['unknown']), pattern: regexSource })),
  adverbs: words,
  roles: words,
  surnames: words,
  unitWords: words,
  personHeads: regexSource,
  designations: words,
});

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

interface HonorPatterns {
  conferred: RegExp;
  received: RegExp;
  weak: RegExp;
  kept: RegExp;
  /** <awarder>表彰其为<title> (授予它, 命名其为): group 1 holds the titles. */
  pronounConferred: RegExp;
  /** <awarder>授予<recipient>“<title>”称号, with no 被: group 1 the verb, group 2 recipient and title. */
  active: RegExp;
  keptAtStart: RegExp;
  /** 通过<titles>的复查验收: group 1 holds the titles. */
  reviewed: RegExp;
  emerged: RegExp;
  titleHead: RegExp;
  verbInside: RegExp;
  weakAtStart: RegExp;
  merit: RegExp;
  pursuit: RegExp;
  /** <title>名单中，<unit>榜上有名: group 1 runs to 名单. */
  listed: RegExp;
  listedVerbLength: (match: string) => number;
  listedVerbs: string[];
  honorWords: RegExp;
  notTitle: RegExp;
  genericPrize: RegExp;
  contest: RegExp;
  levelPrefix: RegExp;
  /** A title that is one quoted name, with a level word before it or not (市级“文明窗口”). */
  wholeQuote: RegExp;
  startsWithLevel: RegExp;
  levelWordAtStart: RegExp;
  /** A list item that is only a level or place word (省、市级文明单位: 省). */
  onlyLevel: RegExp;
  levels: { level: HonorLevel; pattern: RegExp }[];
  adverbsAtEnd: RegExp;
  person: RegExp;
  nameAfterUnit: RegExp;
  nameBeforeRole: RegExp;
  namedSubject: RegExp;
  unitAtEnd: RegExp;
  personHead: RegExp;
  designation: RegExp;
  /** A place name (or a national word) right before a counted designation: 迁安市骨干教师8人. */
  designationPlace: RegExp;
}

let patterns: HonorPatterns | undefined;

const alternation = (list: string[]) => [...list].sort((a, b) => b.length - a.length).join('|');

// An ellipsis ends a clause too (…示范点……二、丰富管理理念).
const CLAUSE_BREAK = ',，。;；!?！？…\\n';
const QUOTES = '“”"「」《》『』';
// The words after a verb up to the end of the clause; a comma before another quoted title (or a place or level
// word and a quoted title) continues a list, and 、被 starts the next conferral.
const titleRun = (placeEnd: string) => `(?:(?!、被|和被|被)(?:[^${CLAUSE_BREAK}]|[,，、](?=[“"《「]|[\\p{Script=Han}]{0,5}${placeEnd}[“"《「])))+`;

/** County-level cities, one a line in dictionaries/figures/county-level-cities.txt. */
function loadCountyLevelCities(file = 'figures/county-level-cities.txt'): string[] {
  return loadWordList(file).map(({ line, text }) => {
    if (!/^[\p{Script=Han}]{1,8}市$/u.test(text)) throw new DictionaryError(`${file}:${line}: "${text}" is not a city name ending in 市`);
    return text;
  });
}

export function loadHonorPatterns(file = 'figures/honors.yaml'): HonorPatterns {
  if (patterns) return patterns;
  const data = loadYamlDictionary(file, fileSchema);
  const notPlace = `(?<!${alternation(data.notPlaceBefore)})`;
  const placeSuffix = `(?:${alternation(data.placeSuffixes)})`;
  const TITLE_RUN = titleRun(`${notPlace}(?:${placeSuffix}|级)`);
  // A county-level city ranks first: 句容市 is county, although its 市 would say city.
  const countyCities = { level: 'county' as HonorLevel, pattern: new RegExp(alternation(loadCountyLevelCities()), 'gu') };
  patterns = {
    // The awarder never runs over another 被 or conferring verb: 我镇东岗村被评为省级文明村、石灰等村被评为… is two
    // conferrals, not one by 评为省级文明村、石灰等村.
    conferred: new RegExp(`被(?:((?:(?!被|${alternation(data.conferredVerbs)})[^${CLAUSE_BREAK}]){2,40}?))?(${alternation(data.conferredVerbs)})(?:为)?(${TITLE_RUN})`, 'gu'),
    received: new RegExp(`(${alternation(data.receivedVerbs)})(?:了)?(${TITLE_RUN})`, 'gu'),
    // 一是, 但是, 就是 … are no verbs of being.
    weak: new RegExp(`(?<![一二三四五六七八九十但于还就也都只正更总凡要又却可倒硬说即乃而或若真像不])(${alternation(data.weakVerbs)})(?:了)?(${TITLE_RUN})`, 'gu'),
    pronounConferred: new RegExp(`(?:授予|表彰|命名|评)(?:其|它|他|她)为?(${TITLE_RUN})`, 'gu'),
    // The verb first and the look back after it, so the look back runs at the verb only.
    active: new RegExp(`(授予|命名|表彰)(?<!被[^${CLAUSE_BREAK}]{0,40}(?:授予|命名|表彰))(?:了)?([^${CLAUSE_BREAK}被]{2,50}?)(?:等)?(?:荣誉称号|光荣称号|称号)`, 'uy'),
    keptAtStart: new RegExp(`^(?:确认)?(?:${alternation(data.keptVerbs)})`, 'u'),
    reviewed: new RegExp(`(?:${alternation(data.reviewedVerbs)})(?:了)?((?:(?!${alternation(data.reviews)})[^${CLAUSE_BREAK}]){2,60}?)(?:的)?(?:双重|年度|届满)?(?:${alternation(data.reviews)})`, 'gu'),
    kept: new RegExp(`(${alternation(data.keptVerbs)})(?:了)?(${TITLE_RUN})`, 'gu'),
    // 涌现出的先进典型 is a relative clause, not a list of titles.
    emerged: new RegExp(`(${alternation(data.emergedVerbs)})(?!的)(${TITLE_RUN})`, 'gu'),
    titleHead: new RegExp(data.titleHeads, 'u'),
    weakAtStart: new RegExp(`^\\s*(?:${alternation(data.weakVerbs)})`, 'u'),
    verbInside: new RegExp(`被|${alternation([...data.receivedVerbs, ...data.conferredVerbs])}`, 'u'),
    merit: new RegExp(data.merit, 'gu'),
    listed: new RegExp(`([^${CLAUSE_BREAK}]{2,60}?)名单(?:中|里|上)?[,，]?[^${CLAUSE_BREAK}]{2,30}?(?:${alternation(data.listedVerbs)})`, 'gu'),
    listedVerbLength: (match: string) => data.listedVerbs.find((v) => match.endsWith(v))!.length,
    listedVerbs: data.listedVerbs,
    pursuit: new RegExp(data.pursuit, 'u'),
    honorWords: new RegExp(data.honorWords, 'u'),
    notTitle: new RegExp(data.notTitle, 'u'),
    genericPrize: new RegExp(`^(?:${alternation(data.genericPrizes)})$`, 'u'),
    contest: new RegExp(`(?:([^${CLAUSE_BREAK}${QUOTES}]{2,30}?)(?:组织|举办|主办|承办|开展)的)?([${QUOTES}][^${QUOTES}]{2,40}[${QUOTES}][^${CLAUSE_BREAK}${QUOTES}]{0,10}?(?:${alternation(data.contests)}))`, 'gu'),
    levelPrefix: new RegExp(`(?:${alternation(data.levelPrefixes)})$`, 'u'),
    wholeQuote: new RegExp(`^(${alternation(data.levelPrefixes)})?[${QUOTES}]([^${QUOTES}]+)[${QUOTES}]$`, 'u'),
    // A masked place (**市, xx区) is a place.
    startsWithLevel: new RegExp(`^(?:${alternation(data.levelPrefixes)}|[\\p{Script=Han}xX*]{1,6}?${placeSuffix}级?)`, 'u'),
    levelWordAtStart: new RegExp(`^(?:${alternation(data.levelPrefixes)})`, 'u'),
    onlyLevel: new RegExp(`^(?:${alternation(data.levelPrefixes)}|[\\p{Script=Han}xX*]{1,6}?${placeSuffix})级?$`, 'u'),
    levels: [countyCities, ...data.levels.map((l) => ({ level: l.level, pattern: new RegExp(l.pattern, 'gu') }))],
    adverbsAtEnd: new RegExp(`(?:${alternation(data.adverbs)})+$`, 'u'),
    person: new RegExp(`(?:${alternation(data.roles)})([\\p{Script=Han}]{2,3}?)(?:同志|家庭|一家)?$|([\\p{Script=Han}]{2,3})同志$`, 'u'),
    nameAfterUnit: new RegExp(`(?:${alternation(data.unitWords)})((?:${alternation(data.surnames)})[\\p{Script=Han}]{1,2})(?:家庭|一家)?$`, 'u'),
    nameBeforeRole: new RegExp(`^((?:${alternation(data.surnames)})[\\p{Script=Han}]{1,2}?)(?:${alternation(data.roles)})$`, 'u'),
    namedSubject: new RegExp(`^(?:${alternation(data.surnames)})[\\p{Script=Han}]{1,2}$`, 'u'),
    unitAtEnd: new RegExp(`(?:${alternation(data.unitWords)})$`, 'u'),
    personHead: new RegExp(data.personHeads, 'u'),
    designation: new RegExp(`(?:${alternation(data.designations)})\\d+(?:人|名|位)`, 'gu'),
    designationPlace: new RegExp(`[\\p{Script=Han}xX]{0,6}(?:${placeSuffix}|${alternation(data.nationalWords)})级?$`, 'u'),
  };
  return patterns;
}

/** A line this short, with no comma or sentence break, that holds an honor is a headline (喜讯!某社区荣获“…”). */
const HEADLINE = 40;
/** A list's name shorter than this (获奖名单) names no honor. */
const LISTED_TITLE = 4;

/** Longer than this without quotes, a "title" is a sentence (被授予…的分别给予…奖励), not a name. */
const MAX_TITLE = 30;
/**
 * A year as written, masked ones included (20xx, 201*, 20**, XX年, xxxx年): reports shared as samples hide it. A
 * masked year needs no 年 right before 被 (201*被…评为).
 */
const YEAR = /((?:19|20)[\dxX×_*]{2}|[xX×]{2}(?:[xX×]{2})?)(?:年?([-—至])((?:19|20)[\dxX×_*]{2}|[xX×]{2}(?:[xX×]{2})?))?(?:年(?:度)?|(?=被))/u;
/** A period the sentence covers (从2019年至今, 2019年以来) is no honor's year. */
const PERIOD_FRAME = /^(?:从|自)?(?:(?:19|20)[\dxX×_*]{2}|[xX×]{2,4})年(?:度)?(?:以来|至今|来|起)|^近[\d一二两三四五六七八九十]+年/u;
/** A year as written: 2019, 20xx, a span with its own dash (2018-2019, 2022—2023). */
const yearText = (m: RegExpExecArray) => (m[3] ? `${m[1]}${m[2] === '至' ? '-' : m[2]}${m[3]}` : m[1]!);

const QUOTED = new RegExp(`[${QUOTES}][^${QUOTES}]*[${QUOTES}]`, 'gu');
const ANY_QUOTE = new RegExp(`[${QUOTES}]`, 'u');
const ALL_QUOTES = new RegExp(`[${QUOTES}]`, 'gu');
const EDGE_QUOTES = new RegExp(`^[${QUOTES}]|[${QUOTES}]$`, 'gu');
const MONTH_DAY = '(?:[\\dxX]{1,2}月(?:份)?)?(?:[\\dxX]{1,2}日)?';
const YEAR_AND_MONTH_LEAD = new RegExp(`^.*?${YEAR.source}${MONTH_DAY}`, 'u');
// A few words of time may follow the year (2014年新春伊始,), but no period (2014年以来).
const OPENING_YEAR = new RegExp(`^\\s*(?:在|于)?${YEAR.source}${MONTH_DAY}(?!以来|至今|来|起)(?:[初底末中]|伊始|新春伊始|年初|年底|上半年|下半年|期间)?[,，]$`, 'u');
const openQuote = (c: string) => c === '“' || c === '「' || c === '《' || c === '『';
const closeQuote = (c: string) => c === '”' || c === '」' || c === '》' || c === '』';

/** Where the clause holding `at` starts; commas inside quotation marks do not end a clause. */
function clauseStartBefore(text: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (closeQuote(c)) depth = 1;
    else if (openQuote(c)) depth = 0;
    // CLAUSE_BREAK spells the line break as a pattern escape (\\n), so the character itself is named here.
    else if (c === '\n' || (depth === 0 && CLAUSE_BREAK.includes(c))) return i + 1;
  }
  return 0;
}

/** Where the sentence holding `at` starts; scans back only over that sentence (lastIndexOf of a mark the text lacks would scan it all). */
function sentenceStartBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && !SENTENCE_END.has(text[i - 1]!)) i--;
  return i;
}
const SENTENCE_END = new Set(['。', '\n', '!', '?']);

interface Item {
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

/** Splits a run into list items at 、 和 及 暨 and a comma before a quote, never inside quotation marks. */
function splitItems(raw: string): { text: string; start: number }[] {
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
    const split = c === '、' || c === ',' || c === '，' || c === '暨' || (c === '和' && raw[i + 1] !== '谐') || (c === '及' && !/[时格]/u.test(raw[i + 1] ?? ''));
    if (split) {
      items.push({ text: raw.slice(start, i), start });
      start = i + 1;
    }
  }
  items.push({ text: raw.slice(start), start });
  return items.filter((item) => item.text.trim() !== '');
}

const TRAILING_TITLE_WORD = /(?:等)?(?:荣誉称号|光荣称号|称号)$/u;
const TITLE_WORD = /(?:等)?(?:以上|及以上)?(?:的)?(?:荣誉称号|光荣称号|称号|殊荣|荣誉证书|荣誉|奖项|证书)$/u;
const DOCUMENT_NAME = /^[^,，。;；]*(?:荣誉称号|称号|单位|集体|个人)的(?:通报|通知|决定|决议|公告|公示)/u;
/** Words after a title that place something else in time (获得…文明单位之后, …先进市的基础上): the title ends there. */
const AFTER_TITLE = /(?:之后|以后|以来|的基础上|基础上).*$|(?:名单|名录|榜单|行列|之列)$/u;
// 第一名 is a rank, not a count.
const COUNT = /(?<!第)各?(?:\d+|[一二两三四五六七八九十]+)(?:多|余)?(?:人|名|位)(?:次)?$|各?(?:\d+|[一二两三四五六七八九十]+)(?:个|项|家|处)$/u;
/** 县委县政府授予的“文明校园”: the body before 授予的 gave the quoted title. */
const CONFERRED_BY_HEAD = /^(?:由|经)?([^的]{2,20}?)(?:授予|颁发|命名|评定|评选|表彰|认定)的$/u;
const CONFERRED_BY = /(?:授予|颁发|命名|评定|评选|表彰|认定)的/gu;
/** A body written right before a quoted title gave it (国家电网公司“…”), unless it is a place or level word. */
const AWARDER_BEFORE_QUOTE = /(?:公司|集团|委员会|委|局|部|厅|政府|协会|联合会|工会|总会|基金会|中心|团中央|妇联|共青团)$/u;

/**
 * How strictly the words after a verb must be a title: `normal` after 荣获, 被评为; `kept` after 保持 (the title must
 * end the phrase); `weak` after 成为, 是 (also a level or quotes and an honor word).
 */
type Mode = 'normal' | 'kept' | 'weak';

/** One list item as a title: year, quotes, title words and counts taken off. */
function cleanItem(text: string, p: HonorPatterns, mode: Mode): Omit<Item, 'end'> | null {
  // Tag residue left in a page's text (多次荣获</“先进集体”) is no part of a title.
  let title = text.replace(/<\/?|>/gu, '').replace(/^(?:了|为|过)/u, '').trim();
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
    title = title.replace(/[….。]+$/u, '').replace(AFTER_TITLE, '').replace(TITLE_WORD, '').replace(/(?:等|获得者|得主)$/u, '').replace(/[(（][^()（）]{1,12}[)）]$/u, '').trim();
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
  const y = YEAR.exec(title);
  if (y) {
    year = yearText(y);
    title = (title.slice(0, y.index) + title.slice(y.index + y[0].length)).replace(/^的/u, '');
  }
  title = title.replace(/^第[一二三四五六七八九十\d]+届/u, '');
  const quoted = ANY_QUOTE.test(title);
  if (quoted) {
    // Words after the last quote belong to the title only when they end it as a title does (“…”示范点).
    const last = Math.max(...[...title].map((c, i) => (closeQuote(c) || c === '"' ? i : -1)));
    const tail = title.slice(last + 1);
    // “全国文明城市”荣誉称号医院 (a line joined to the next): the title word ends the title.
    if (/^(?:荣誉称号|光荣称号|称号|荣誉|殊荣)/u.test(tail)) title = title.slice(0, last + 1);
    else if (tail !== '' && !(tail.length <= 10 && p.titleHead.test(tail))) {
      // “文明班级”的班主任: the quoted words name something else.
      if (mode !== 'normal' || tail.startsWith('的')) return null;
      title = title.slice(0, last + 1);
    }
    // Words before the first quote stay when they are a level or a short modifier (迁安市创建“十星级”…); a clause
    // about who gave it (由…颁发的) does not, and a body named there is the awarder.
    const first = [...title].findIndex((c) => openQuote(c) || c === '"');
    const head = title.slice(0, first);
    const conferredBy = CONFERRED_BY_HEAD.exec(head);
    if (head !== '' && AWARDER_BEFORE_QUOTE.test(head) && head.length <= 16) {
      awarder = head;
      title = title.slice(first);
    } else if (conferredBy) {
      awarder = conferredBy[1]!;
      title = title.slice(first);
    } else if (head !== '' && (head.length > 12 || head.includes('的') || (mode === 'weak' && !p.startsWithLevel.test(head)))) title = title.slice(first);
    else if (head !== '' && p.startsWithLevel.test(head)) place = head;
    const whole = p.wholeQuote.exec(title);
    if (whole) title = (whole[1] ?? '') + whole[2]!;
    // A place and one quoted name (**市“五一劳动奖状”) read as one title, as a level word and a quoted name do.
    else if (place && title.startsWith(place) && p.wholeQuote.test(title.slice(place.length))) title = place + title.slice(place.length).replace(ALL_QUOTES, '');
    else if (openQuote(title[0] ?? '') && [...title].filter(openQuote).length > [...title].filter(closeQuote).length) title = title.slice(1);
  }
  title = title.replace(/^的/u, '').trim();
  // A lone level word stays as a list item (省、市级文明单位: 省) for shareHead; it is never a title on its own.
  return title.length >= 2 || p.onlyLevel.test(title) ? { title, quoted, year, people, awarder, ...(place ? { place } : {}), ...(counted ? { count: counted } : {}) } : null;
}

/** An honor-shaped noun phrase: an honor head at its end, and an honor word or a level in it (quoted: either). */
function honorShaped(item: Omit<Item, 'end'>, p: HonorPatterns, mode: Mode): boolean {
  const { title } = item;
  if (title.length > (item.quoted ? 40 : MAX_TITLE) || p.notTitle.test(title)) return false;
  const head = p.titleHead.test(title.replace(ALL_QUOTES, ''));
  const named = p.honorWords.test(title) || p.startsWithLevel.test(title);
  if (mode === 'weak') return head && (item.quoted || p.startsWithLevel.test(title)) && p.honorWords.test(title) && !title.replace(QUOTED, '').includes('的');
  return item.quoted ? head || named : head && named;
}

/** Items of a run that name honors; later bare items share the first item's modifier (…的先进集体和先进个人). */
/** The items of a run, up to one with a verb of its own (…称号,“党群互动小组”活动获“…”), which starts the next honor. */
function listParts(raw: string, p: HonorPatterns): { text: string; start: number }[] {
  const split = splitItems(raw);
  // A verb followed by 的 is a relative clause inside the item (县委授予的“文明校园”), not a verb of its own.
  const own = split.findIndex((part) => p.verbInside.test(part.text.replace(QUOTED, '').replace(/获得者|得主/gu, '').replace(CONFERRED_BY, '')) || p.weakAtStart.test(part.text));
  return own >= 0 ? split.slice(0, own) : split;
}

/**
 * Items that lack the head the last item ends with share it: 省、市级文明单位 → 省级文明单位, 市级文明单位;
 * 教育培训工作、信息工作和案例工作先进组织单位 → 教育培训工作先进组织单位 …; 执行杰出、百佳干警 → 执行杰出干警.
 */
function shareHead(parts: Omit<Item, 'end'>[], p: HonorPatterns, mode: Mode): void {
  const last = parts.at(-1);
  // 一、二、三等奖 are ranks of one contest's prize, not titles sharing a head.
  if (parts.length < 2 || !last || p.genericPrize.test(last.title) || !honorShaped(last, p, mode)) return;
  const lastLevel = p.startsWithLevel.exec(last.title)?.[0];
  const head = p.titleHead.exec(last.title)?.[0];
  for (const part of parts.slice(0, -1)) {
    if (part.quoted || part.title.length > 12 || part.title.includes('的') || p.genericPrize.test(part.title) || p.titleHead.test(part.title) || honorShaped(part, p, mode)) continue;
    let shared: string | null = null;
    if (lastLevel && p.onlyLevel.test(part.title)) {
      // A level word alone takes the rest of the title after the last item's level word (省、市级… → 省级…).
      shared = part.title + (lastLevel.endsWith('级') && !part.title.endsWith('级') ? '级' : '') + last.title.slice(lastLevel.length);
    } else if (!last.quoted) {
      // The items end alike (…工作、…工作先进组织单位): the head is what follows that ending in the last item.
      const ending = part.title.slice(-2);
      const at = last.title.indexOf(ending);
      if (at >= 0 && at + ending.length < last.title.length) shared = part.title + last.title.slice(at + ending.length);
      else if (head && head.length < last.title.length) shared = part.title + head;
    }
    if (shared && honorShaped({ ...part, title: shared }, p, 'normal')) part.title = shared;
  }
}

function titlesOf(raw: string, p: HonorPatterns, mode: Mode = 'normal'): Item[] {
  const parts = listParts(raw, p)
    .map((part) => ({ cleaned: cleanItem(part.text, p, mode), end: part.start + part.text.length }))
    .filter((x): x is { cleaned: Omit<Item, 'end'>; end: number } => x.cleaned !== null)
    .map((x) => ({ ...x.cleaned, end: x.end }));
  shareHead(parts, p, mode);
  const first = parts[0];
  if (first) {
    for (const part of parts.slice(1)) {
      if (part.title.length > 6 || part.quoted || p.startsWithLevel.test(part.title) || p.genericPrize.test(part.title) || part.title.length > first.title.length) continue;
      const at = first.title.indexOf(part.title.slice(0, 2));
      const modifier = at > 0 ? first.title.slice(0, at) : first.title.endsWith(part.title.slice(-2)) ? first.title.slice(0, first.title.length - part.title.length) : '';
      if (modifier !== '') part.title = modifier + part.title;
      if (first.people) part.people = true;
    }
    if (parts.some((part) => part.people)) for (const part of parts) part.people = true;
    // 优秀教师、优秀班主任各2人: the count at the end of the list is each title's.
    const listCount = parts.at(-1)!.count;
    if (listCount) for (const part of parts) part.count ??= listCount;
    let place: string | undefined;
    for (const part of parts) {
      if (part.place) place = part.place;
      else if (place && !p.startsWithLevel.test(part.title)) part.place = place;
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

/** The kind of unit a title ends with (先进镇, 十强乡镇, 卫生城市) says what was honored, not who gave it. */
const UNIT_KIND_AT_END = /(?:乡镇|村镇|城镇|城市|县城|城区|[市县区乡镇村])$/u;

function levelOf(awarder: string | null, title: string, p: HonorPatterns): HonorLevel {
  for (const source of [awarder, title.replace(UNIT_KIND_AT_END, '')]) {
    if (!source) continue;
    let best: { at: number; rank: number; level: HonorLevel } | null = null;
    p.levels.forEach((l, rank) => {
      l.pattern.lastIndex = 0;
      const m = l.pattern.exec(source);
      if (m && (!best || m.index < best.at || (m.index === best.at && rank < best.rank))) best = { at: m.index, rank, level: l.level };
    });
    if (best) return (best as { level: HonorLevel }).level;
  }
  return 'unknown';
}

/** 我, 本人 as a person, not 我们, 我局, 我校 … */
const FIRST_PERSON = /^(?:本人|我(?!们|局|院|校|所|单位|司|行|区|县|市|镇|乡|街|村|部|处|科|站|队|馆|中心|国|省|厂|店|社|园|委|办|支|分|厅|台|庭|组|会|团|系|班|网))/u;

/** Who received it: a named person, unnamed people (7人获评, 各2人, a title only people hold) or the unit. */
function recipientOf(text: string, verbStart: number, title: string, people: boolean, author: Author | null, p: HonorPatterns): { recipient: string; name: Span | null; count?: number } {
  const clauseStart = clauseStartBefore(text, verbStart);
  const raw = text.slice(clauseStart, verbStart).replace(p.adverbsAtEnd, '');
  // Connectives and a leading date (2021年本人被评为…, 2021年 县级优秀教师) are no part of the subject.
  const lead = new RegExp(`^\\s*(?:其中|同时|另外|此外|并且|并|还有|另有|而且)?(?:(?:在|于)?${YEAR.source}${MONTH_DAY}\\s*)?`, 'u').exec(raw)![0].length;
  const subject = raw.slice(lead).trimEnd();
  const at = clauseStart + lead;
  const named = (name: string, offset: number) => ({ recipient: `person:${name}`, name: { start: at + offset, end: at + offset + name.length } });
  const m = p.person.exec(subject);
  const name = m?.[1] ?? m?.[2];
  if (name && !p.unitAtEnd.test(name)) return named(name, m!.index + m![0].indexOf(name));
  const afterUnit = p.nameAfterUnit.exec(subject);
  if (afterUnit && !p.unitAtEnd.test(afterUnit[1]!)) return named(afterUnit[1]!, afterUnit.index + afterUnit[0].indexOf(afterUnit[1]!));
  const beforeRole = p.nameBeforeRole.exec(subject);
  if (beforeRole) return named(beforeRole[1]!, 0);
  if (p.namedSubject.test(subject) && !p.unitAtEnd.test(subject)) return named(subject, 0);
  // In a report written by one person, 我, 本人 and a clause with no subject of its own are the author.
  if (author && (FIRST_PERSON.test(subject) || subject === '' || /^在.*[中上]$/u.test(subject))) {
    return { recipient: `person:${author.name}`, name: author.span };
  }
  const counted = /(?:\d+|[一二两三四五六七八九十百]+)(?:多|余)?(?:人|名|位)[\p{Script=Han}]{0,4}$/u.exec(subject);
  const unnamed = people || counted !== null || FIRST_PERSON.test(subject) || /^[他她]$/u.test(subject) || p.personHead.test(title);
  const count = counted ? headCount(counted[0]) : null;
  return { recipient: unnamed ? 'person' : 'unit', name: null, ...(count ? { count } : {}) };
}

/** The number of people in a count (7人, 各2人); a hedged one (十余名, 20多人) gives none, being no exact number. */
function headCount(words: string): number | null {
  const m = /(\d+|[一二两三四五六七八九十百]+)(多|余)?(?:人|名|位)/u.exec(words);
  const n = m?.[1];
  if (!n || m[2]) return null;
  const value = /^\d+$/u.test(n) ? Number(n) : parseChineseNumber(n);
  return value !== null && Number.isInteger(value) && value > 0 ? value : null;
}

interface Author {
  name: string;
  span: Span;
}

/**
 * The writer of a first-person report (个人总结, 述职): named in 本人王海涛, 述职人:王海涛, a heading line
 * (第三中学政教处  周建国, (县人民检察院第二检察部  李文华)) or a closing line holding only the name.
 */
function authorOf(text: string, p: HonorPatterns): Author | null {
  const firstPerson = (text.match(/我(?!们|局|院|校|所|单位|司|行|区|县|市|镇|村|部|处|科|站|队|馆|中心|国|省)|本人/gu) ?? []).length;
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

/** The contest a generic prize was won in, looked for before the verb in its sentence: title, awarder, year. */
function contestBefore(text: string, verbStart: number, p: HonorPatterns): { name: string; awarder: string | null; year: string | null } | null {
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
  return { name: last[2]!, awarder, year };
}

/** The year of an honor from its clause before the verb, or from a sentence that opens with a bare year (2019年,…). */
function yearAround(text: string, verbStart: number): string | null {
  const clauseStart = clauseStartBefore(text, verbStart);
  // One character past the verb's start, so that a masked year right before 被 (201*被) is seen as a year.
  const clause = text.slice(clauseStart, verbStart + 1);
  const y = YEAR.exec(clause);
  if (y && !PERIOD_FRAME.test(clause.slice(y.index))) return yearText(y);
  const sentence = text.slice(sentenceStartBefore(text, verbStart), clauseStart);
  // 2023年,A被授予…,B荣获…: the opening year is the first clause's only.
  const opening = OPENING_YEAR.exec(sentence);
  return opening ? yearText(opening) : null;
}

/** The end of an honor's evidence: after its title, and after a following 称号 within the clause. */
function withTitleWord(text: string, titleEnd: number, clauseEnd: number): number {
  const word = /^(?:等)?(?:荣誉称号|光荣称号|称号)/u.exec(text.slice(titleEnd, clauseEnd));
  return titleEnd + (word ? word[0].length : 0);
}

/**
 * Reports copied from web pages are often hard-wrapped mid-sentence; such a line break (no sentence end before
 * it, no heading after it) is read as a continuation. The stand-in keeps offsets unchanged.
 */
const WRAP_JOINER = '\u2060';
const HEADING = /^\s*(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.](?!\d))/u;

function joinHardWraps(text: string): string {
  const lines = text.split('\n');
  return lines
    .map((line, i) => {
      const next = lines[i + 1];
      // A short line is a title or heading; a line ending a sentence is no wrap.
      // A line ending in a title word (…荣誉称号) is a whole statement, as in pages of one short line each.
      // A table row (cells split by tabs) is never a wrap.
      const wrapped = next !== undefined && line.length >= 15 && !line.includes('\t') && !next.includes('\t') && !/(?:[。！？!?；;：:”…]|称号|殊荣)\s*$/u.test(line) && !HEADING.test(line) && !HEADING.test(next) && next.trim() !== '';
      return wrapped ? line + WRAP_JOINER : line + (i < lines.length - 1 ? '\n' : '');
    })
    .join('');
}

/**
 * Matches of a verb pattern, each scan resuming right after the previous match's verb rather than after its whole
 * title run, so a second verb inside one run (…获“A”,“B”活动获“C”) gets its own match.
 */
function* scan(re: RegExp, text: string, runGroup: number): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield m;
    re.lastIndex = m.index + m[0].length - m[runGroup]!.length;
  }
}

interface Candidate {
  start: number;
  end: number;
  item: Item;
  awarder: string | null;
  verbStart: number;
  /** A quoted title conferred by a named body (被…评为“…”) is an honor whatever its words. */
  conferred?: boolean;
  emerged?: boolean;
  /** A title listed after another honor's clause goes to that honor's recipient. */
  heldBy?: { recipient: string; name: Span | null };
}

/** Honors in normalized text, clause by clause. */
export function findHonors(normalized: string): HonorMatch[] {
  const text = joinHardWraps(normalized);
  const p = loadHonorPatterns();
  const out: HonorMatch[] = [];
  const seen = new Set<string>();
  const author = authorOf(text, p);
  const add = ({ start, end, item, awarder, verbStart, emerged, heldBy }: Candidate) => {
    const clauseStart = clauseStartBefore(text, start);
    // The name of a document (关于…继续保留…荣誉称号的通报) mentions the honor; the report's own sentence holds it.
    if (DOCUMENT_NAME.test(text.slice(verbStart, end + 8))) return;
    // A goal, not an honor held: 争创, 力争 between the clause start and the verb.
    if (p.pursuit.test(text.slice(clauseStart, verbStart + 2).replace(QUOTED, ''))) return;
    let title = item.title.replaceAll(WRAP_JOINER, '');
    // The level of a prize comes from the prize or its contest, never from the subject put in front of it.
    let levelSource = title;
    let year = item.year ?? yearAround(text, verbStart);
    awarder ??= item.awarder ?? null;
    if (awarder) awarder = awarder.replaceAll(WRAP_JOINER, '').replace(/^(?:了|由)/u, '');
    if (p.genericPrize.test(title)) {
      const contest = contestBefore(text, verbStart, p);
      const subject = text.slice(clauseStart, verbStart).replaceAll(WRAP_JOINER, '').replace(p.adverbsAtEnd, '').replace(EDGE_QUOTES, '');
      const inContest = /在(.{2,30}?)(?:中|上)$/u.exec(subject);
      if (contest && (subject.includes('的') || subject.length > 20)) {
        title = contest.name.replace(ALL_QUOTES, '') + title;
        levelSource = title;
        awarder ??= contest.awarder;
        year ??= contest.year;
      } else if (inContest) {
        title = inContest[1]! + title;
        levelSource = title;
      } else if (subject.length >= 2 && subject.length <= 20) title = subject + title;
      else if (contest) {
        title = contest.name + title;
        levelSource = title;
        awarder ??= contest.awarder;
        year ??= contest.year;
      }
    }
    if (title.length < 2 || p.notTitle.test(title)) return;
    seen.add(title);
    const held: { recipient: string; name: Span | null; count?: number } = heldBy ?? (emerged ? { recipient: 'person', name: null } : recipientOf(text, verbStart, title, item.people, author, p));
    const { recipient, name } = held;
    let level = levelOf(awarder, levelSource, p);
    if (level === 'unknown' && item.place) level = levelOf(item.place, '', p);
    const count = recipient.startsWith('person:') ? null : (item.count ?? held.count ?? null);
    out.push({ start, end, title, awarder, level, year, recipient, recipientName: name, count });
  };

  const runStart = (m: RegExpExecArray, rest: string) => m.index + m[0].length - rest.length;
  for (const m of scan(p.conferred, text, 3)) {
    const [, awarder, , rest] = m;
    const restStart = runStart(m, rest!);
    for (const item of titlesOf(rest!, p)) add({ start: m.index, end: withTitleWord(text, restStart + item.end, restStart + rest!.length), item, awarder: awarder ?? null, verbStart: m.index });
    // Conferred quoted titles are honors whatever their words: 被…命名为“书香机关”.
    for (const item of listParts(rest!, p).map((part) => ({ cleaned: cleanItem(part.text, p, 'normal'), end: part.start + part.text.length }))) {
      if (item.cleaned?.quoted && !seen.has(item.cleaned.title) && !p.pursuit.test(item.cleaned.title) && item.cleaned.title.length <= 30) add({ start: m.index, end: withTitleWord(text, restStart + item.end, restStart + rest!.length), item: { ...item.cleaned, end: item.end }, awarder: awarder ?? null, verbStart: m.index });
    }
  }
  for (const m of scan(p.received, text, 2)) {
    const [, verb, rest] = m;
    // 获 must not be part of 获取, 获悉.
    if ((verb === '获' && /^[取悉得益救奖]/u.test(rest!)) || /^者/u.test(rest!)) continue;
    const restStart = runStart(m, rest!);
    for (const item of titlesOf(rest!, p)) add({ start: m.index, end: withTitleWord(text, restStart + item.end, restStart + rest!.length), item, awarder: null, verbStart: m.index });
  }
  for (const m of scan(p.kept, text, 2)) {
    const [, , rest] = m;
    // 复查确认继续保留…: the second verb's own match reads the title.
    if (p.keptAtStart.test(rest!)) continue;
    const restStart = runStart(m, rest!);
    for (const item of titlesOf(rest!, p, 'kept')) add({ start: m.index, end: withTitleWord(text, restStart + item.end, restStart + rest!.length), item, awarder: null, verbStart: m.index });
  }
  // 省卫生厅表彰其为全省卫生系统先进集体: the subject gave it to the unit the report is about.
  for (const m of text.matchAll(p.pronounConferred)) {
    const run = m[1]!;
    const restStart = m.index + m[0].length - run.length;
    const awarder = clauseSubject(text, m.index, p);
    for (const item of titlesOf(run, p)) add({ start: m.index, end: withTitleWord(text, restStart + item.end, restStart + run.length), item, awarder, verbStart: m.index, heldBy: { recipient: 'unit', name: null } });
  }
  // 中央文明委授予xx“全国文明城市”称号: the subject gave it, and the words before the title name who got it.
  for (const m of activeConferrals(text, p.active)) {
    const run = m[2]!;
    // 荣获县委授予的“…”称号: a relative clause, read with 荣获.
    if (run.startsWith('的')) continue;
    const restStart = m.index + m[0].indexOf(run, m[1]!.length);
    const at = titleStartIn(run, p);
    if (at < 0) continue;
    const item = cleanItem(run.slice(at), p, 'kept');
    if (!item || !honorShaped(item, p, 'normal')) continue;
    const awarder = clauseSubject(text, m.index, p);
    const receiver = run.slice(0, at).replace(/^(?:了|给)/u, '').trim();
    const person = p.namedSubject.test(receiver) && !p.unitAtEnd.test(receiver) ? receiver : /^(.{2,3}?)同志$/u.exec(receiver)?.[1];
    const heldBy = person ? { recipient: `person:${person}`, name: { start: restStart + run.indexOf(person), end: restStart + run.indexOf(person) + person.length } } : { recipient: 'unit', name: null };
    add({ start: m.index, end: m.index + m[0].length, item: { ...item, end: 0 }, awarder, verbStart: m.index, heldBy });
  }
  for (const m of text.matchAll(p.reviewed)) {
    const run = m[1]!;
    const restStart = m.index + m[0].indexOf(run);
    for (const item of titlesOf(run, p, 'kept')) add({ start: m.index, end: restStart + item.end, item, awarder: null, verbStart: m.index });
  }
  for (const m of scan(p.weak, text, 2)) {
    const [, , rest] = m;
    // 是 is everywhere: only a quoted or level-led run can name an honor.
    if (!ANY_QUOTE.test(rest!) && !p.startsWithLevel.test(rest!.replace(/^了/u, ''))) continue;
    const restStart = runStart(m, rest!);
    for (const item of titlesOf(rest!, p, 'weak')) add({ start: m.index, end: withTitleWord(text, restStart + item.end, restStart + rest!.length), item, awarder: null, verbStart: m.index });
  }
  for (const m of scan(p.emerged, text, 2)) {
    const [, , rest] = m;
    const restStart = runStart(m, rest!);
    for (const item of titlesOf(rest!, p)) add({ start: m.index, end: restStart + item.end, item, awarder: null, verbStart: m.index, emerged: true });
  }
  // A list published by a body, and the unit named in it (…公布的第二批全国文明单位名单中，某公司榜上有名).
  for (const m of listedMatches(text, p)) {
    const [, before] = m;
    const published = /^(?:在|于)?(?:[\d一二三四五六七八九十本上]+[年月日]|本月|上月|近日|日前)*(.{2,20}?)(?:公布|发布|命名|表彰|通报)+的/u.exec(before!);
    const raw = before!.slice(before!.lastIndexOf('的') + 1);
    const item = cleanItem(raw, p, 'normal');
    if (!item || item.title.length < LISTED_TITLE || !honorShaped(item, p, 'normal')) continue;
    const verbStart = m.index + m[0].length - p.listedVerbLength(m[0]);
    add({ start: m.index + before!.length - raw.length, end: m.index + m[0].length, item: { ...item, end: 0 }, awarder: published?.[1]?.replace(/(?:日前|近日|最近|近期|刚刚)$/u, '') ?? null, verbStart });
  }
  for (const m of text.matchAll(p.merit)) {
    // 2名干警被市中院荣记个人三等功: the body after 被 gave it, and the subject before 被 received it.
    const before = text.slice(clauseStartBefore(text, m.index), m.index);
    const by = /被([^被]{2,16})$/u.exec(before);
    const verbStart = by ? m.index - by[0].length : m.index;
    const people = /个人/u.test(m[0]);
    add({ start: verbStart, end: m.index + m[0].length, item: { title: m[0].replace(/^(?:荣立|荣记|记|立)(?:个人)?/u, ''), end: 0, quoted: false, year: null, people }, awarder: by?.[1] ?? null, verbStart });
  }
  // The designation is found first and its level or place (迁安市, 市级) read back from it: a pattern that opens
  // with an optional place would be tried at every character of the text.
  for (const m of text.matchAll(p.designation)) {
    const place = p.designationPlace.exec(text.slice(Math.max(0, m.index - 9), m.index))?.[0] ?? '';
    const start = m.index - place.length;
    const name = text.slice(start, m.index) + m[0].replace(/\d+(?:人|名|位)$/u, '');
    const lead = /^(?:现有|共有|拥有|其中|有)/u.exec(name)?.[0].length ?? 0;
    const count = headCount(m[0]);
    add({ start: start + lead, end: m.index + m[0].length, item: { title: name.slice(lead), end: 0, quoted: false, year: null, people: true, ...(count ? { count } : {}) }, awarder: null, verbStart: start + lead, emerged: true });
  }
  listedWithoutVerb(text, out, p, add);
  honorTableRows(text, p, add);
  return bestOfEach(out, text).sort((a, b) => a.start - b.start);
}

/** The list pattern reaches this far back from its verb: 60 characters of name, 名单中, 30 of words and more. */
const LISTED_REACH = 120;

/**
 * Matches of the list pattern, looked for only in the stretch before each of its verbs: a pattern that opens with
 * any words would be tried at every character of the text. Indices are the text's.
 */
function listedMatches(text: string, p: HonorPatterns): RegExpExecArray[] {
  const ends = new Set<number>();
  const out: RegExpExecArray[] = [];
  for (const verb of p.listedVerbs) {
    for (let v = text.indexOf(verb); v >= 0; v = text.indexOf(verb, v + verb.length)) {
      const from = Math.max(0, v - LISTED_REACH);
      const window = text.slice(from, v + verb.length);
      for (const m of window.matchAll(p.listed)) {
        if (m.index + m[0].length !== window.length || ends.has(v + verb.length)) continue;
        ends.add(v + verb.length);
        m.index += from;
        out.push(m);
      }
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The body named before an active verb (中央文明委授予…, 2016年,省文明委授予…), without time words: the awarder. */
function clauseSubject(text: string, verbStart: number, p: HonorPatterns): string | null {
  const subject = text.slice(clauseStartBefore(text, verbStart), verbStart).replace(p.adverbsAtEnd, '').replace(/^.*?(?:由|经)/u, '').trim();
  return subject.replace(YEAR_AND_MONTH_LEAD, '').replace(/^[在于,，\s]+/u, '').replace(/(?:也|又|还|联合|共同|正式)+$/u, '') || null;
}

const ACTIVE_VERBS = ['授予', '命名', '表彰'];

/**
 * Matches of the sticky `active` pattern at each of its verbs, found with indexOf: a pattern opening with an
 * alternation would be tried at every character of the text.
 */
function activeConferrals(text: string, active: RegExp): RegExpExecArray[] {
  const at = ACTIVE_VERBS.flatMap((verb) => {
    const found: number[] = [];
    for (let i = text.indexOf(verb); i >= 0; i = text.indexOf(verb, i + verb.length)) found.push(i);
    return found;
  }).sort((a, b) => a - b);
  const out: RegExpExecArray[] = [];
  for (const i of at) {
    active.lastIndex = i;
    const m = active.exec(text);
    if (m) out.push(m);
  }
  return out;
}

/** Where a title starts after the words naming who got it: at a quote, or at a level or place word. */
function titleStartIn(run: string, p: HonorPatterns): number {
  const quote = run.search(/[“"「《]/u);
  if (quote >= 0) return quote;
  // A level word (全国, 省级) first, then a place (江苏省): a place pattern would also take xx全国文明城市 for a place.
  for (const start of [p.levelWordAtStart, p.startsWithLevel]) {
    for (let k = 0; k < run.length - 1; k++) {
      const rest = run.slice(k);
      if (start.test(rest) && honorShaped({ title: rest, quoted: false, year: null, people: false }, p, 'normal')) return k;
    }
  }
  return -1;
}

/** A table header naming honors (荣誉名称	授予单位	时间). */
const HONOR_TABLE_HEADER = /荣誉|称号|奖项|表彰|获奖|奖励/u;
/** A cell naming a body: the awarder column of an honor table. */
const AWARDER_CELL = /(?:委|政府|局|厅|部|会|院|办|中心|公司|集团|总工会|团委|妇联|文明委)$/u;

/**
 * Rows of a table of honors (cells split by tabs, as tables come out of .docx and PDF layout): under a header that
 * names honors, or holding a year cell, a row's honor-shaped cell is the title, a body's cell the awarder and a year
 * cell the year. A table of figures (tables4's) has no honor-shaped cells and gives none.
 */
function honorTableRows(text: string, p: HonorPatterns, add: (c: Candidate) => void): void {
  if (!text.includes('\t')) return;
  let underHeader = false;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const start = lineStart;
    lineStart += line.length + 1;
    if (!line.includes('\t')) {
      underHeader = false;
      continue;
    }
    const cells: { text: string; start: number }[] = [];
    for (let at = 0, i = 0; i <= line.length; i++) {
      if (i === line.length || line[i] === '\t') {
        const cell = line.slice(at, i);
        const lead = cell.length - cell.trimStart().length;
        if (cell.trim() !== '') cells.push({ text: cell.trim(), start: start + at + lead });
        at = i + 1;
      }
    }
    const items = cells.map((cell) => ({ cell, item: cell.text.length <= 40 ? cleanItem(cell.text, p, 'kept') : null }));
    const titleAt = items.findIndex(({ cell, item }) => item !== null && !YEAR_CELL.test(cell.text) && honorShaped(item, p, 'normal'));
    if (titleAt < 0) {
      if (cells.some((cell) => HONOR_TABLE_HEADER.test(cell.text))) underHeader = true;
      continue;
    }
    const yearCell = cells.find((cell) => YEAR_CELL.test(cell.text));
    const { cell, item } = items[titleAt]!;
    // Without a header about honors, a dated row needs honor words (2020年	市级重点项目	3个 is a plan).
    if (!underHeader && !(yearCell && p.honorWords.test(item!.title))) continue;
    const awarder = cells.find((other, i) => i !== titleAt && other.text.length <= 20 && AWARDER_CELL.test(other.text))?.text ?? null;
    const y = yearCell ? YEAR.exec(yearCell.text) ?? /^((?:19|20)\d{2})/u.exec(yearCell.text) : null;
    add({ start: cell.start, end: cell.start + cell.text.length, item: { ...item!, end: 0, year: item!.year ?? (y ? y[1]! : null) }, awarder: item!.awarder ?? awarder, verbStart: cell.start, heldBy: { recipient: p.personHead.test(item!.title) ? 'person' : 'unit', name: null } });
  }
}

/** A cell that is a date: 2019年, 2019年12月, 2019.12, 2019-12-01. */
const YEAR_CELL = /^(?:19|20)\d{2}(?:年(?:度)?(?:\d{1,2}月(?:\d{1,2}日)?)?|[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?)?$/u;

interface Clause {
  start: number;
  end: number;
  /** The mark that ends it ('' at the end of the text). */
  mark: string;
}

/** What each character is to clausesOf: 0 nothing, 1 a clause end, 2 an opening quote, 3 a closing quote, 4 ". */
const CLAUSE_MARK_KIND = (() => {
  const kinds = new Uint8Array(0x10000);
  for (const c of ',，。;；!?！？…\n:：') kinds[c.charCodeAt(0)] = 1;
  for (const c of '“「《『') kinds[c.charCodeAt(0)] = 2;
  for (const c of '”」》』') kinds[c.charCodeAt(0)] = 3;
  kinds['"'.charCodeAt(0)] = 4;
  return kinds;
})();

/** The clauses of a text, split at clause breaks and colons outside quotation marks; a line break ends any quote. */
function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = CLAUSE_MARK_KIND[text.charCodeAt(i)]!;
    if (kind === 0) continue;
    if (kind === 2) depth = 1;
    else if (kind === 3) depth = 0;
    else if (kind === 4) depth = depth > 0 ? 0 : 1;
    else if (text[i] === '\n') depth = 0;
    if (kind !== 1 || depth > 0) continue;
    out.push({ start, end: i, mark: text[i]! });
    start = i + 1;
  }
  out.push({ start, end: text.length, mark: '' });
  return out;
}

/** No honor's evidence runs longer than this (a verb, a list of titles, 称号). */
const MAX_EVIDENCE = 400;
const OPENS_WITH_YEAR = new RegExp(`^\\s*(?:${YEAR.source})`, 'u');
/** Marks after which a list of titles goes on (…被评为A,B;C), unlike a sentence end. */
const LIST_GOES_ON = new Set([',', '，', ';', '；', '、']);
/** A heading or label over a list of honors (所获荣誉, 五、学校获得的荣誉, 获奖情况:). */
const HONORS_HEADING = /(?:荣誉|获奖|表彰|殊荣|奖项|称号)(?:情况|名录|一览)?\s*$/u;
/** What may open a listed title's clause: numbering, years (XX年、XX年), and words of time or repetition. */
const LIST_LEAD = new RegExp(`^\\s*(?:[(（]?[\\d一二三四五六七八九十]{1,3}[)）、.．]\\s*)?(?:(?:${YEAR.source})[、,，和及]?\\s*)*(?:连续[两二三四五六七八九十\\d]+年|先后|又|还|均|同时|再次|多次|曾|另外)?\\s*`, 'u');

/**
 * Titles listed without a verb of their own: clauses holding nothing but honor-shaped titles, after a clause that
 * ended with an honor (先后被评为A,B,C), opening with a year (XX年**市“治安综合治理”先进单位), or under a heading or
 * label about honors (所获荣誉:…). They take the recipient and awarder of the honor they follow.
 */
function listedWithoutVerb(text: string, found: HonorMatch[], p: HonorPatterns, add: (c: Candidate) => void): void {
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
    const underHeading = prev !== undefined && (((prev.mark === ':' || prev.mark === '：') && HONORS_HEADING.test(text.slice(prev.start, prev.end))) || (prev.mark === '\n' && prev.end - prev.start <= 30 && text.slice(prev.start, prev.end).trim().length <= 20 && HONORS_HEADING.test(text.slice(prev.start, prev.end))));
    // Only clauses that may be listed titles are read as titles: the rest of the text costs one test each.
    const mayList = !ending && (chained || underHeading || OPENS_WITH_YEAR.test(clause)) && !around.some((h) => h.start < c.end && h.end > c.start);
    const listed = mayList ? bareTitles(clause, p) : null;
    // On its own, a year and a place need honor words too: 2020年市级重点项目 is a plan, not an honor.
    const yearLed = listed !== null && listed.year && listed.items.every((item) => (p.startsWithLevel.test(item.title) || item.place) && p.honorWords.test(item.title));
    if (listed && (chained || underHeading || yearLed)) {
      const restStart = c.start + listed.lead;
      for (const item of listed.items) add({ start: restStart, end: withTitleWord(text, restStart + item.end, c.end), item, awarder: chained ? chain!.awarder : null, verbStart: restStart, heldBy: chained ? chain!.heldBy : undefined });
      if (!chained) chain = { awarder: null, heldBy: undefined };
      continue;
    }
    chain = ending ? { awarder: ending.awarder, heldBy: { recipient: ending.recipient, name: ending.recipientName } } : null;
  }
}

const THINGS_COUNTED = /(?:\d+|[一二两三四五六七八九十]+)(?:多|余)?(?:个|项|家|处|所|座|次)$/u;

/** A clause that is nothing but titles, after an optional lead of numbering and years: the titles, or null. */
function bareTitles(clause: string, p: HonorPatterns): { items: Item[]; year: string | null; lead: number } | null {
  if (clause.length > 80) return null;
  const lead = LIST_LEAD.exec(clause)![0];
  const rest = clause.slice(lead.length);
  // Things counted (市级重点项目3个) are no titles held.
  if (rest.trim().length < 3 || THINGS_COUNTED.test(rest.trim())) return null;
  // Most clauses do not end as a title does: that one test spares them the rest.
  if (!p.titleHead.test(rest.replace(TRAILING_TITLE_WORD, '').replace(ALL_QUOTES, '').trimEnd().slice(-12))) return null;
  if (p.verbInside.test(rest.replace(QUOTED, '')) || p.weakAtStart.test(rest) || p.pursuit.test(rest)) return null;
  const parts = splitItems(rest);
  // As after 保持: the title must end the clause (…“文明创建”工作又迈上新台阶 names none), and words before a quoted
  // title must be a place or level (入围“年度好人十星” is no listed title).
  const items = titlesOf(rest, p, 'kept');
  if (items.some((item) => item.quoted && !item.place && !p.startsWithLevel.test(item.title) && !ANY_QUOTE.test(item.title[0] ?? '') && !p.wholeQuote.test(item.title) && /^[^“"「《]+[“"「《]/u.test(item.title))) return null;
  // Every item must be a title: a clause that only holds one (…市级文明单位的创建) is no list of them.
  const whole = items.length === 1 && items[0]!.end === rest.length;
  if (items.length === 0 || (items.length < parts.length && !whole) || items.at(-1)!.end < rest.replace(TRAILING_TITLE_WORD, '').trimEnd().length) return null;
  const y = YEAR.exec(lead);
  return { items: items.map((item) => ({ ...item, year: item.year ?? (y ? yearText(y) : null) })), year: y ? yearText(y) : null, lead: lead.length };
}

/**
 * One honor per title. A report names an honor in its headline and again in the body, with the year and the body
 * that gave it: the mention telling most (awarder, year) wins, then one outside a short headline line, then the
 * first; a headline's shorter name of a body honor gives way to it.
 */
function bestOfEach(found: HonorMatch[], text: string): HonorMatch[] {
  const headline = (h: HonorMatch) => {
    const lineStart = text.lastIndexOf('\n', h.start - 1) + 1;
    const lineEnd = text.indexOf('\n', h.end);
    return (lineEnd < 0 ? text.length : lineEnd) - lineStart <= HEADLINE && !/[。;；,，]/u.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/[。]\s*$/u, ''));
  };
  const rank = (h: HonorMatch) => (h.awarder ? 2 : 0) + (h.year ? 2 : 0) + (headline(h) ? 0 : 1);
  const best = new Map<string, HonorMatch>();
  for (const h of [...found].sort((a, b) => a.start - b.start)) {
    const kept = best.get(h.title);
    if (!kept || rank(h) > rank(kept)) best.set(h.title, h);
  }
  // A headline names it shorter or longer (烟台“美丽乡村”), the body otherwise (烟台市第二届“美丽乡村”): one honor, the body's.
  const bare = (title: string) => title.replace(ALL_QUOTES, '');
  const body = [...best.values()].filter((h) => !headline(h));
  return [...best.values()].filter((h) => !headline(h) || !body.some((b) => bare(b.title) !== bare(h.title) && bare(b.title).endsWith(bare(h.title).slice(-4)) && (inOrder(bare(h.title), bare(b.title)) || inOrder(bare(b.title), bare(h.title)))));
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
