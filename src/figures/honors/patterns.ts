// Turns dictionaries/figures/honors.yaml into the compiled patterns the honor finders share.
import { DictionaryError, loadWordList, loadYamlDictionary, regexSource, type Zod } from '../../dictionary/index.js';
import type { HonorLevel } from '../../model/document.js';
import { HONOR_LEVELS } from '../../model/vocabulary.js';
import { EDITION, MONTH_DAY, YEAR } from './years.js';

const fileSchema = (z: Zod) => {
  const words = z.array(z.string().min(1)).min(1);
  return z.strictObject({
    conferredVerbs: words,
    receivedVerbs: words,
    weakVerbs: words,
    keptVerbs: words,
    emergedVerbs: words,
    commendations: words,
    commendedAs: words,
    titleHeads: regexSource(z),
    merit: regexSource(z),
    pursuit: regexSource(z),
    listedVerbs: words,
    listedAtEnd: words,
    meetingWords: words,
    reviewedVerbs: words,
    reviews: words,
    honorWords: regexSource(z),
    notTitle: regexSource(z),
    genericPrizes: words,
    genericPrizeShapes: regexSource(z),
    contestStages: words,
    commendedRoundVerbs: words,
    commendedRoundHeads: words,
    contests: words,
    levelPrefixes: words,
    placeSuffixes: words,
    notPlaceBefore: words,
    nationalWords: words,
    levels: z.array(z.strictObject({ level: z.enum(HONOR_LEVELS).exclude(['unknown']), pattern: regexSource(z) })),
    adverbs: words,
    roles: words,
    roleEndings: words,
    surnames: words,
    unitWords: words,
    personHeads: regexSource(z),
    designations: words,
    ordinal: regexSource(z),
    holdingVerbs: words,
    prepositions: words,
    plannedBefore: regexSource(z),
    awarderLeads: words,
    framePrepositions: words,
    frameEnds: words,
    subjectEndings: words,
    relativeVerbs: words,
    awarderEnds: words,
    bodyVerbs: words,
    placeKinds: words,
    fameWords: words,
    decisionVerbs: words,
    readOutVerbs: words,
    placeTitles: z.strictObject({ holder: regexSource(z), title: regexSource(z) }),
    kindsOfHolder: z.array(z.strictObject({ holder: regexSource(z), title: regexSource(z) })).min(1),
    ruleAfter: regexSource(z),
    othersHold: regexSource(z),
    actingWords: words,
    repeatedBefore: words,
    holderMeasures: words,
    timeWords: words,
    subjectlessWords: words,
    whereOnly: regexSource(z),
    recentWords: words,
    publishVerbs: words,
    notFirstPersonAfter: words,
    awarderNames: words,
    ceremonies: words,
    prizeCeremonies: words,
    tookIt: words,
    documentActs: words,
    documentReceivedVerbs: words,
    roundDocuments: words,
    listedDocuments: words,
    roundIssuedVerbs: words,
    namedDecisions: words,
    jointWords: words,
    hostVerbs: words,
    hostedContests: words,
    earlierWords: words,
    documentHolders: words,
    documentKinds: words,
    contestWhere: regexSource(z),
    whereOrWhyAtEnd: regexSource(z),
    whereAlone: regexSource(z),
    openingEnds: z.array(z.string().length(1)).min(1),
    leadConnectives: words,
    authorVerbs: words,
    authorWorks: words,
    thirdPersons: words,
    honoreeMeasures: words,
    honoreeLeads: words,
    andThen: words,
    onlyOne: words,
    coHostVerbs: words,
    launchVerbs: words,
    heldVerbs: words,
    deedsReports: words,
    honorifics: words,
    deedsIntro: words,
    inTurn: words,
    listLeads: regexSource(z),
    levelAfterAnd: words,
    passiveNotConferred: regexSource(z),
  });
};

export interface HonorPatterns {
  conferred: RegExp;
  received: RegExp;
  weak: RegExp;
  kept: RegExp;
  /** <awarder>表彰其为<title> (授予它, 命名其为): group 1 holds the titles. */
  pronounConferred: RegExp;
  /** <awarder>授予<recipient>“<title>”称号, with no 被: group 1 the verb, group 2 recipient and title. */
  active: RegExp;
  /**
   * 被<body><verb>“<title>”…称号 with any verb (被予, 被县妇联授命为…): group 1 the words from 被 to the first quote
   * (body, verb, year), group 2 the quoted titles up to the closing title word.
   */
  titledPassive: RegExp;
  /** Words between 被 and a quoted title that give none (称为, 取消…). */
  passiveNotConferred: RegExp;
  keptAtStart: RegExp;
  /** 通过<titles>的复查验收: group 1 holds the titles. */
  reviewed: RegExp;
  emerged: RegExp;
  /** 受到<body>表彰: group 1 the body, group 2 the word of commendation. */
  commended: RegExp;
  /** 作为<title>受到表彰: the title a unit was commended as. Group 1: the title run. */
  commendedAs: RegExp;
  titleHead: RegExp;
  verbInside: RegExp;
  weakAtStart: RegExp;
  /** A weak verb of two characters or more anywhere (…继2021年成为…): 是 alone is too common inside names to count. */
  weakInside: RegExp;
  merit: RegExp;
  pursuit: RegExp;
  /** <title>名单中，<unit>榜上有名 or <unit>在<title>名单中榜上有名: group 1 runs to 名单. */
  listed: RegExp;
  listedVerbLength: (match: string) => number;
  listedVerbs: string[];
  /** Listed verbs that only say so at a clause's end (某库入选。), besides listedVerbs. */
  listedAtEnd: string[];
  honorWords: RegExp;
  /** An honor word ending the words before a title's head (建整扶贫先进|单位): the head shared in a list takes it along. */
  honorWordAtEnd: RegExp;
  notTitle: RegExp;
  genericPrize: RegExp;
  contest: RegExp;
  /**
   * A contest the subject took part in, unquoted, ending a stretch (本人参加省高校辅导员素质能力大赛,): group 1 its name,
   * with the division a bracket names (…大赛(黑龙江赛区)) and without its edition (第三届).
   */
  joinedContest: RegExp;
  /** A contest named after 在 (在全县技能竞赛中): group 1 its name. */
  contestAfterAt: RegExp;
  /** Bodies acting together (…联合, …共同) ending an awarder: no part of its name. */
  jointAtEnd: RegExp;
  /** The unit itself as a subject (我院, 本单位, 该校): no subject of a generic prize, which it only won. */
  selfUnit: RegExp;
  /** A commendation naming its round right before the clause (县委表彰全县…工作先进单位和先进个人,): group 1 the body, 2 the round. */
  commendedRound: RegExp;
  levelPrefix: RegExp;
  /** A title that is one quoted name, with a level word before it or not (市级“文明窗口”). */
  wholeQuote: RegExp;
  startsWithLevel: RegExp;
  levelWordAtStart: RegExp;
  /** A whole title that is a level word with 级 and three or more characters (省级文明单位): group 1 the words after it. */
  rankWithJi: RegExp;
  /** A list item that is only a level or place word (省、市级文明单位: 省). */
  onlyLevel: RegExp;
  levels: { level: HonorLevel; pattern: RegExp }[];
  adverbsAtEnd: RegExp;
  /** Words of time or sequence that may open a clause before its subject (去年她), as a run at the start. */
  timeWords: RegExp;
  /** A subject made only of time and sequence words (去年, 并, 先后): the clause has none of its own. */
  subjectless: RegExp;
  /** Only where an honor was won (在全市…竞赛中), with no one named. */
  whereOnly: RegExp;
  /** A leading word of recent time (近日, 日前) before an awarder's name; the second also takes a leading 在. */
  recentLead: RegExp;
  recentOrAtLead: RegExp;
  /** A recent-time word ending an awarder's name (市文明委日前): stripped. */
  recentTrail: RegExp;
  /** What opens a listed honor's clause when a body published the list (近日市文明委公布的): group 1 the body. */
  listPublisher: RegExp;
  /** <body><publish verb><title>,<unit><listed verb> (公安部命名新一轮…示范单位,某中队榜上有名): 1 the body, 2 the title. */
  publishedListed: RegExp;
  /**
   * ,<publish verb><title>,<unit><listed verb> in a clause of its own, with no body or a meeting as its subject
   * (…联合发文,公布了12家…基地,某库入选; 会议审议通过了…,某局在列): 1 the title.
   */
  publishedAfterBody: RegExp;
  /** A meeting alone (会议, 会上) as the subject publishing a list: no body. */
  meetingAlone: RegExp;
  /** A publish verb (g flag): `publishedListed` is tried only PUBLISHER_LEAD characters before one. */
  publishVerb: RegExp;
  /** 举行“…”授牌仪式: 1 the title the unit's plaque names. */
  heldCeremony: RegExp;
  /** “…”颁奖典礼…,<unit>获此殊荣: 1 the quoted title. */
  prizeCeremony: RegExp;
  /** 我 or 本人 as a person opening a subject, not 我们, 我局, 我校 …; firstPersonMarks finds every one in a text. */
  firstPerson: RegExp;
  firstPersonMarks: RegExp;
  person: RegExp;
  /** A word ending as a role does (客运值班员, 环卫工人) and a name with a common surname at the end of a subject. */
  personAfterRole: RegExp;
  /** A role and a name opening a clause (退休教师刘长林在…): group 1 the name. */
  personOpening: RegExp;
  nameAfterUnit: RegExp;
  nameBeforeRole: RegExp;
  namedSubject: RegExp;
  /** The role words (roles) and role endings (roleEndings) as pattern alternations. */
  roleSource: string;
  roleEndingSource: string;
  unitAtEnd: RegExp;
  personHead: RegExp;
  designation: RegExp;
  /** A place name (or a national word) right before a counted designation: 迁安市骨干教师8人. */
  designationPlace: RegExp;
  /** An ordinal of a round of awards (第六届, 第二批) at a title's start. */
  ordinalAtStart: RegExp;
  ordinalAnywhere: RegExp;
  /** The round of a recurring title opening it, right before its level or place (第六届全国文明单位, 首批“…”). */
  roundBeforeLevel: RegExp;
  /** The round right after a level or place word opening a title (全省首批“五星级服务区”): group 1 the level, kept. */
  roundAfterLevel: RegExp;
  /** A contest or a prize in a title (…大赛一等奖, 中国新闻奖): its edition (第三十二届) is part of its name. */
  contestOrPrize: RegExp;
  /** A clause ending in titles a place holds and their count (泉州有全国文明校园3所): group 1 the titles, 2 各, 3 the number. */
  holdingsOpening: RegExp;
  /** A clause that is only such titles and their count, after one that opened the count (省级文明校园76所). */
  holdingsItem: RegExp;
  /** A preposition right after a weak verb (是继…后, 是在…中): what follows is no title. */
  prepositionAtStart: RegExp;
  /** 对<titles>进行表彰 (对2013年度全市…先进单位进行表彰): group 1 the titles. */
  commendedHolders: RegExp;
  /** Words in a sentence before its verb that make it a plan or a rule (凡…, 将对…进行表彰). */
  plannedBefore: RegExp;
  /** 由, 经 before a body: no part of its name. */
  awarderLead: RegExp;
  /** Everything up to the last 以/借 of a subject (某党支部以省政府): what acts now, not the body that gave the honor. */
  framedSubjectLead: RegExp;
  /** 为契机, 之际 …: the words closing an occasion framed with 以/借. */
  frameEnd: RegExp;
  /** Words before an active verb that end a body's clause and are no part of it (也, 联合): at the end, repeated. */
  subjectEndingsAtEnd: RegExp;
  /** <body><verb>的<title> (中华全国铁路总工会颁发的火车头奖杯): group 1 the body. */
  conferredByLead: RegExp;
  /** Words before a quoted title that are only <body><verb>的 (县委县政府授予的“文明校园”): group 1 the body. */
  conferredByHead: RegExp;
  /** <verb>的 of a relative clause, anywhere (global). */
  conferredBy: RegExp;
  /** 命名的, 表彰的 before a title: a class of units described (conferredBy without the global flag, so test keeps no state). */
  describedClass: RegExp;
  /** A body's name at the end of some words (国家电网公司“…”). */
  awarderBeforeQuote: RegExp;
  /** A body opening a title right before the round of its award (文化部首届…奖, 省委宣传部第三届…奖): group 1 the body. */
  bodyBeforeRound: RegExp;
  /** A sentence opening with a body that gives honors (2018年3月5日,共青团南浔区委、南浔区志愿者协会召开…): group 1 the body. */
  bodyOpening: RegExp;
  /** A word ending a place's name (村, 镇, 社区): a title so ending needs an honor word. */
  placeKindAtEnd: RegExp;
  /** 《关于表彰<titles>的决定》,<units>榜上有名: group 1 the titles, group 2 the units. */
  decisionListed: RegExp;
  /** <body>下发 right before a decision's title: group 1 the body. */
  decisionBody: RegExp;
  /** The verb issuing or reading out a document, right before its name (…联合发布《…》, 宣读了《…》). */
  documentIssued: RegExp;
  /** A document received (收到省文明委《…》): 1 the body whose document it is, right before 《. */
  documentReceived: RegExp;
  /** A second act opening a document's list (命名 in 《关于认定命名…》). */
  documentActAtStart: RegExp;
  /** What kind of title a kind of holder gets (a 局 a 文明单位, a 村 a 文明村镇). */
  kindOfHolder: { holder: RegExp; title: RegExp }[];
  /** 表彰了 and the run after it, up to the clause's end: 1 the run (10个先进集体和100名先进个人). */
  commendedRun: RegExp;
  /** One item of such a run, ten or more honorees counted before their title: 1 the title. */
  countedTitle: RegExp;
  /** Words ending as a body's name does (县委, 最高人民法院). */
  bodyNameAtEnd: RegExp;
  /** 宣读了《关于表彰…》: a document read out whose name holds no issuer. */
  readOutUnnamed: RegExp;
  /** From an honor's verb, …美誉的某某村 in its clause: the titles are those of the place named after 的. */
  placeHoldsBefore: RegExp;
  /** A city, county or district as the subject, and the titles only such a place holds. */
  placeTitle: { holder: RegExp; title: RegExp };
  /** Words after a title in its sentence that make it a rule (均可申报). */
  ruleAfter: RegExp;
  /** A subject counting others in the area (全市有186人, 120家单位和个人): their honors are no unit's. */
  othersHold: RegExp;
  /** Names listed with 、 as the subject, perhaps counted with a role (杨稳丽、李飞婷两名志愿者). */
  namedList: RegExp;
  /** A title followed by a count of things (获得市级先进单位8个): a figure, not an honor. */
  countAfter: RegExp;
  countAtEnd: RegExp;
  /** Words of someone acting (参加会议并领了奖): a clause with one names no title. */
  acting: RegExp;
  /** Before 受到…表彰: repeated, unnamed commendations (多次受到…表彰). */
  repeatedBefore: RegExp;
  /** 《<body>关于表彰<year><titles>的决定》: 1 a body inside the name, 2 the titles (the year with them). */
  roundDocument: RegExp;
  /** <body>公布了2019-2020年度山东省青年文明号命名决定: 1 the body, 2 the titles with the year. */
  namedDecision: RegExp;
  /** The verb and year of namedDecision, DECISION_BODY_LEAD characters after its start: it is tried only before one (global). */
  namedDecisionVerb: RegExp;
  /** A word of a kind of round document (决定, 名单): a text without one names no round. */
  roundDocumentWord: RegExp;
  /** Words before an honor's verb that make it one held before the sentence's news (继2017年被评为…之后). */
  earlier: RegExp;
  /** A contest clause naming its hosts after 由, right before the honor's clause: 1 the hosts. */
  hostedContest: RegExp;
  /** The end of a document's name (…荣誉称号的通报), from the start of the words tested. */
  documentName: RegExp;
  /** 在<contest>中 as a whole subject: 1 the contest. */
  contestWhere: RegExp;
  /** Where or why an honor was won, ending a subject. */
  whereOrWhyAtEnd: RegExp;
  /** A subject that is only where an honor was won. */
  whereAlone: RegExp;
  /** The last characters of words opening a clause before a list of a person's titles. */
  openingEnds: Set<string>;
  /** A contest clause with a year, right before the honor's clause (在…2019年度…评选活动中,). */
  contestRound: RegExp;
  /** What opens a clause before its subject: a connective, a date (2021年本人被评为…). */
  subjectLead: RegExp;
  /** The writer's own work as a subject (撰写的论文). */
  authorWork: RegExp;
  /** 他, 她 (她本人) as the whole subject; thirdPersonAlone without 本人. */
  thirdPerson: RegExp;
  thirdPersonAlone: RegExp;
  /** …等326个单位, …等749名同志: ten or more honorees counted after the first named. */
  roundHonorees: RegExp;
  /** 100名同志, 给100个集体: a receiver that is only ten or more honorees counted. */
  countedHonorees: RegExp;
  /** 并 (并且, 同时) with a verb of an honor or a merit within a few characters after it: a title ends before it. */
  andThenVerb: RegExp;
  /** A level (and trade) opening a title of a list, which later titles without a level share (全国水利系统…). */
  listLead: RegExp;
  /** Two level words written as one before a title (省市“…”, 市县级…): 1 and 2 the levels, 3 a shared 级. */
  levelPair: RegExp;
  /** A level word right after 和: the list item ends at 和 (…示范站和全省先进党组织、…). */
  levelAfterAnd: RegExp;
  /** 分别 between a list of names and their titles, within the clause: each name got one title, in order. */
  inTurn: RegExp;
  /** 全市唯一一所 opening a title: the holder is the only one of its place, no part of the title. */
  onlyOneLead: RegExp;
  /** 事迹材料 … <role><name><honorific>, the account of the deeds report opening: 1 the name. */
  deedsOpening: RegExp;
  /** A deeds report revealing its person (他就是某局高级工——刘学新, 她就是…李华同志): 1 the name. */
  deedsReveal: RegExp;
  /** The word naming a report of one person's deeds (事迹材料). */
  deedsReport: RegExp;
  /** A deeds report's account introducing its person (徐某,男,…; 孙某某,是…): 1 the name, perhaps masked (徐**). */
  deedsIntro: RegExp;
  /** A person's bare name opening a sentence, perhaps after a span of time (30年来,董云生多次被…): 1 the name. */
  nameOpening: RegExp;
  /** A level-led contest ending the words before a quoted title (全市…达标活动“十佳营业窗口”): the title's round, kept. */
  levelContestHead: RegExp;
  /** “<name>”…评选活动(是) ending the words before 由<hosts>…主办: 1 the contest's name from its first quote. */
  contestBeforeHosts: RegExp;
  /** 由<hosts>联合发起并主办, from 由 on (sticky): 1 the hosts. */
  hostsOfContest: RegExp;
  /** 由<hosts>联合主办的<year>…活动在…举行, a whole sentence: 1 the hosts, 2 the event's name. */
  heldEvent: RegExp;
}

/** Compiled once per dictionary file. */
const compiled = new Map<string, HonorPatterns>();

const alternation = (list: string[]) => [...list].sort((a, b) => b.length - a.length).join('|');

// An ellipsis ends a clause too (…示范点……二、丰富管理理念).
export const CLAUSE_BREAK = ',，。;；!?！？…\\n';
/** A streak of rounds (连续十年, 连续3届): how long an honor was held, no subject. */
export const STREAK = '连续[\\d一二两三四五六七八九十]+(?:年|届|次)';
export const QUOTES = '“”"「」《》『』';
/** How many characters the body before a publish verb of `publishedListed` takes. */
export const PUBLISHER_LEAD = { min: 2, max: 30 };
/** How far before its verb and year a named decision's body starts: `namedDecision` is tried only that far before one. */
export const DECISION_BODY_LEAD = { min: 2, max: 24 };
// The words after a verb up to the end of the clause; a comma before another quoted title (or a place or level
// word and a quoted title) continues a list, and 、被 starts the next conferral. A list of names written with 、 goes
// on over a comma into more names with 、 (荣获A、B,C、D等荣誉), and a comma before 例如, 比如, 包括 opens the list of
// what the words before it sum up (享有很多美誉,例如A、B).
const LIST_GOES_ON = `[,，](?<=、[^${CLAUSE_BREAK}]{1,40}[,，])(?=[^${CLAUSE_BREAK}、${'“”"'}]{2,20}、)|[,，](?=(?:例如|比如|包括|诸如)[^${CLAUSE_BREAK}]{2,20}、)`;
// After 是 or 成为 the run stops at the comma: 是…授予的最高荣誉称号,包括A、B defines a title, naming no one's.
// After a verb, a comma goes on into a next unquoted item led by a level word and ending its clause (是陕西省首家三级甲等医院,全国百佳
// 医院,全国…示范基地): a hospital's or school's profile lists the statuses it holds so, its grade first.
const levelItemGoesOn = (levels: string) => `[,，](?=(?:${levels})[^${CLAUSE_BREAK}${QUOTES}]{2,24}(?:[${CLAUSE_BREAK}]|$))`;
// A comma goes on into a quoted title led by the body that gave it, too, when the title ends an item (获得“A”,“B”,北京市总工会“C”;).
const titleRun = (placeEnd: string, listGoesOn = true, levelItems = '', bodyEnds = '') => `(?:(?!、被|和被|被)(?:[^${CLAUSE_BREAK}]|[,，、](?=[“"《「]|[\\p{Script=Han}]{0,5}${placeEnd}[“"《「]${bodyEnds ? `|[\\p{Script=Han}]{1,12}?(?:${bodyEnds})[“"《「][^“”"《》「」]{2,30}[”"》」](?:[,，、;；。和等]|荣誉|称号|$)` : ''})${listGoesOn ? `|${LIST_GOES_ON}` : ''}${levelItems ? `|${levelItemGoesOn(levelItems)}` : ''}))+`;

/** County-level cities, one a line in dictionaries/figures/county-level-cities.txt. */
function loadCountyLevelCities(file = 'figures/county-level-cities.txt'): string[] {
  return loadWordList(file).map(({ line, text }) => {
    if (!/^[\p{Script=Han}]{1,8}市$/u.test(text)) throw new DictionaryError(`${file}:${line}: "${text}" is not a city name ending in 市`);
    return text;
  });
}

/** Ten or more, in digits or numerals (12, 三十五, 一百…). */
const TEN_OR_MORE = String.raw`(?:[1-9]\d+|[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九]百[\p{Script=Han}]*)`;
/** A count of titles won or held (8, 十余): digits or up to three numerals, perhaps hedged. */
const HOLDER_COUNT = String.raw`(?:\d+|[一二两三四五六七八九十]{1,3})(?:多|余)?`;

export function loadHonorPatterns(file = 'figures/honors.yaml'): HonorPatterns {
  const cached = compiled.get(file);
  if (cached) return cached;
  const data = loadYamlDictionary(file, fileSchema);
  const notPlace = `(?<!${alternation(data.notPlaceBefore)})`;
  const placeSuffix = `(?:${alternation(data.placeSuffixes)})`;
  const TITLE_RUN = titleRun(`${notPlace}(?:${placeSuffix}|级)`, true, alternation(data.levelAfterAnd), alternation(data.awarderEnds));
  const WEAK_RUN = titleRun(`${notPlace}(?:${placeSuffix}|级)`, false, alternation(data.levelAfterAnd));
  // A county-level city ranks first: 句容市 is county, although its 市 would say city.
  const countyCities = { level: 'county' as HonorLevel, pattern: new RegExp(alternation(loadCountyLevelCities()), 'gu') };
  const patterns: HonorPatterns = {
    // The awarder never runs over another 被 or conferring verb: 我镇东岗村被评为省级文明村、石灰等村被评为… is two
    // conferrals, not one by 评为省级文明村、石灰等村.
    conferred: new RegExp(`被(?:((?:(?!被|${alternation(data.conferredVerbs)})[^${CLAUSE_BREAK}]){2,40}?))?(${alternation(data.conferredVerbs)})(?:为)?(?:[,，:：]\\s*)?(${TITLE_RUN})`, 'gu'),
    received: new RegExp(`(${alternation(data.receivedVerbs)})(?:了)?(${TITLE_RUN})`, 'gu'),
    // 一是, 但是, 就是 … are no verbs of being.
    // 为 is a verb of being only on its own (成为, 作为, 命名为, 以…为 have their own readings or none), and only before a
    // quoted title or a level word (区文化馆为国家一级文化馆; 为配合新乡市…, 为什么… are no such).
    weak: new RegExp(`(?<![一二三四五六七八九十但于还就也都只正更总凡要又却可倒硬说即乃而或若真像不])(${alternation(data.weakVerbs)}|(?<![成作评选认命名确列授定称以被因更较广视改分化誉])为(?=[“"「《]|${alternation(data.levelPrefixes)}))(?:了)?(${WEAK_RUN})`, 'gu'),
    pronounConferred: new RegExp(`(?:授予|表彰|命名|评)(?:其|它|他|她)为?(${TITLE_RUN})`, 'gu'),
    // The verb first and the look back after it, so the look back runs at the verb only.
    active: new RegExp(`(授予|命名|表彰)(?<!被[^${CLAUSE_BREAK}]{0,40}(?:授予|命名|表彰))(?:了)?([^${CLAUSE_BREAK}被]{2,50}?)(?:等)?(?:荣誉称号|光荣称号|称号)`, 'uy'),
    // The passive twin of `active`: 被 opens it, the title word closes the clause, and the verb between can be any.
    titledPassive: new RegExp(`被([^${CLAUSE_BREAK}${QUOTES}被]{1,20}?)([“"「][^${CLAUSE_BREAK}被]{2,80}?)(?:等)?(?:荣誉称号|光荣称号|称号)(?=[${CLAUSE_BREAK}]|$)`, 'gu'),
    passiveNotConferred: new RegExp(data.passiveNotConferred, 'u'),
    keptAtStart: new RegExp(`^(?:确认)?(?:${alternation(data.keptVerbs)})`, 'u'),
    reviewed: new RegExp(`(?:${alternation(data.reviewedVerbs)})(?:了)?((?:(?!${alternation(data.reviews)})[^${CLAUSE_BREAK}]){2,60}?)(?:的)?(?:双重|年度|届满)?(?:${alternation(data.reviews)})`, 'gu'),
    kept: new RegExp(`(${alternation(data.keptVerbs)})(?:了)?(${TITLE_RUN})`, 'gu'),
    // 涌现出的先进典型 is a relative clause, not a list of titles.
    commended: new RegExp(`受到了?([^${CLAUSE_BREAK}${QUOTES}]{2,20}?)(?:的)?(${alternation(data.commendations)})`, 'gu'),
    commendedAs: new RegExp(`(?:${alternation(data.commendedAs)})([^${CLAUSE_BREAK}]{2,30}?)(?:在[^${CLAUSE_BREAK}]{1,24}?上)?(?:受到|获得|接受|被)了?(?:${alternation(data.commendations)})`, 'gu'),
    emerged: new RegExp(`(${alternation(data.emergedVerbs)})(?!的)(${TITLE_RUN})`, 'gu'),
    titleHead: new RegExp(data.titleHeads, 'u'),
    weakAtStart: new RegExp(`^\\s*(?:${alternation(data.weakVerbs)})`, 'u'),
    weakInside: new RegExp(alternation(data.weakVerbs.filter((v) => v.length > 1)), 'u'),
    verbInside: new RegExp(`被|${alternation([...data.receivedVerbs, ...data.conferredVerbs])}`, 'u'),
    merit: new RegExp(data.merit, 'gu'),
    listed: new RegExp(`([^${CLAUSE_BREAK}]{2,60}?)名单(?:中|里|上)?(?:[,，]?[^${CLAUSE_BREAK}]{2,30}?)?(?:${alternation(data.listedVerbs)})`, 'gu'),
    listedVerbLength: (match: string) => data.listedVerbs.find((v) => match.endsWith(v))!.length,
    listedVerbs: data.listedVerbs,
    listedAtEnd: data.listedAtEnd,
    pursuit: new RegExp(data.pursuit, 'u'),
    honorWords: new RegExp(data.honorWords, 'u'),
    honorWordAtEnd: new RegExp(`(?:${data.honorWords})$`, 'u'),
    notTitle: new RegExp(data.notTitle, 'u'),
    genericPrize: new RegExp(`^(?:${alternation(data.genericPrizes)}|${data.genericPrizeShapes})$`, 'u'),
    contest: new RegExp(`(?:([^${CLAUSE_BREAK}${QUOTES}]{2,30}?)(?:组织|举办|主办|承办|开展)的)?([${QUOTES}][^${QUOTES}]{2,40}[${QUOTES}][^${CLAUSE_BREAK}${QUOTES}]{0,10}?(?:${alternation(data.contests)}))`, 'gu'),
    selfUnit: new RegExp(`^(?:我|本|该)(?:${alternation(data.notFirstPersonAfter)})$`, 'u'),
    commendedRound: new RegExp(`(?:^|[${CLAUSE_BREAK}])\\s*(?:${alternation(data.recentWords)})?([^${CLAUSE_BREAK}${QUOTES}]{2,24}?(?:${alternation(data.awarderEnds)}))?(?:${alternation(data.commendedRoundVerbs)})([^${CLAUSE_BREAK}${QUOTES}]{2,30}?)(?:${alternation(data.commendedRoundHeads)})(?:(?:和|及|、)(?:${alternation(data.commendedRoundHeads)}))*[,，]?\\s*$`, 'u'),
    joinedContest: new RegExp(`(?:参加|参与|在)了?${EDITION}?([^${CLAUSE_BREAK}${QUOTES}]{2,30}?(?:${alternation(data.contests)})(?:[(（][^()（）${CLAUSE_BREAK}]{1,12}[)）])?)(?:的?(?:${alternation(data.contestStages)}))?(?:中|上)?[,，]?$`, 'u'),
    levelPrefix: new RegExp(`(?:${alternation(data.levelPrefixes)})$`, 'u'),
    wholeQuote: new RegExp(`^((?:${data.ordinal})?(?:${alternation(data.levelPrefixes)})?(?:${data.ordinal})?)?[${QUOTES}]([^${QUOTES}]+)[${QUOTES}]$`, 'u'),
    // A masked place (**市, xx区) is a place.
    startsWithLevel: new RegExp(`^(?:${data.ordinal})?(?:${alternation(data.levelPrefixes)}|[\\p{Script=Han}xX*]{1,6}?${placeSuffix}级?)`, 'u'),
    levelWordAtStart: new RegExp(`^(?:${alternation(data.levelPrefixes)})`, 'u'),
    rankWithJi: new RegExp(`^(?:${alternation(data.levelPrefixes.filter((w) => w.endsWith('级')))})(\\p{Script=Han}{3,})$`, 'u'),
    onlyLevel: new RegExp(`^(?:${alternation(data.levelPrefixes)}|[\\p{Script=Han}xX*]{1,6}?${placeSuffix})级?$`, 'u'),
    levels: [countyCities, ...data.levels.map((l) => ({ level: l.level, pattern: new RegExp(l.pattern, 'gu') }))],
    adverbsAtEnd: new RegExp(`(?:${alternation(data.adverbs)})+$`, 'u'),
    timeWords: new RegExp(`^(?:${alternation(data.timeWords)})+`, 'u'),
    subjectless: new RegExp(`^(?:${alternation([...data.timeWords, ...data.subjectlessWords])}|${STREAK})+$`, 'u'),
    nameOpening: new RegExp(`^(?:[^,，。]{1,12}(?:以来|来|期间|中)[,，])?((?:${alternation(data.surnames)})[\\p{Script=Han}]{1,2}?)(?=多次|先后|连续|曾|被|荣获|获得)`, 'u'),
    whereOnly: new RegExp(data.whereOnly, 'u'),
    recentLead: new RegExp(`^(?:${alternation(data.recentWords)})`, 'u'),
    recentOrAtLead: new RegExp(`^(?:${alternation(data.recentWords)}|在)`, 'u'),
    recentTrail: new RegExp(`(?:${alternation(data.recentWords)})$`, 'u'),
    publishedListed: new RegExp(`([^${CLAUSE_BREAK}${QUOTES}]{${PUBLISHER_LEAD.min},${PUBLISHER_LEAD.max}}?)(?:${alternation(data.publishVerbs)})(?:了)?([^${CLAUSE_BREAK}]{4,40}?)[,，][^${CLAUSE_BREAK}]{2,30}?(?:${alternation(data.listedVerbs)})`, 'gu'),
    publishedAfterBody: new RegExp(`[,，](?:${alternation(data.meetingWords)})?(?:${alternation(data.publishVerbs)})(?:了)?([^${CLAUSE_BREAK}]{4,40}?)[,，][^${CLAUSE_BREAK}]{2,30}?(?:${alternation([...data.listedVerbs, ...data.listedAtEnd])})(?=[${CLAUSE_BREAK}]|$)`, 'gu'),
    meetingAlone: new RegExp(`^(?:${alternation(data.meetingWords)})$`, 'u'),
    publishVerb: new RegExp(alternation(data.publishVerbs), 'gu'),
    heldCeremony: new RegExp(`举行(?:了)?([^${CLAUSE_BREAK}]{2,40}?)(?:${alternation(data.ceremonies)})`, 'gu'),
    prizeCeremony: new RegExp(`([${QUOTES}][^${QUOTES}]{2,30}[${QUOTES}])(?:${alternation(data.prizeCeremonies)})[^。!?\\n]{0,80}?(?:${alternation(data.tookIt)})`, 'gu'),
    listPublisher: new RegExp(`^(?:在|于)?(?:[\\d一二三四五六七八九十本上]+[年月日]|本月|上月|${alternation(data.recentWords)})*(.{2,20}?)(?:${alternation(data.publishVerbs)})+(?:的|了)?`, 'u'),
    firstPerson: new RegExp(`^(?:本人|我(?!${alternation(data.notFirstPersonAfter)}))`, 'u'),
    firstPersonMarks: new RegExp(`我(?!${alternation(data.notFirstPersonAfter)})|本人`, 'gu'),
    person: new RegExp(`(?:${alternation(data.roles)})([\\p{Script=Han}]{2,3}?)(?:同志|家庭|一家)?$|([\\p{Script=Han}]{2,3})同志$`, 'u'),
    personAfterRole: new RegExp(`(?:${alternation(data.roleEndings)})((?:${alternation(data.surnames)})[\\p{Script=Han}]{1,2})(?:同志|家庭|一家)?$`, 'u'),
    personOpening: new RegExp(`^[\\p{Script=Han}]{0,6}?(?:${alternation([...data.roles, ...data.roleEndings])})((?:${alternation(data.surnames)})[\\p{Script=Han}]{1,2}?)(?=在|被|获|荣|当|于|参加|同志|坚持|带领|主动|积极|多年|长期|一直|始终|扎根|从事|连续|先后|自|是|作为|担任|坚守|精心|悉心|用心|默默|潜心|热心|[,，])`, 'u'),
    nameAfterUnit: new RegExp(`(?:${alternation(data.unitWords)})((?:${alternation(data.surnames)})[\\p{Script=Han}]{1,2})(?:家庭|一家)?$`, 'u'),
    nameBeforeRole: new RegExp(`^((?:${alternation(data.surnames)})[\\p{Script=Han}]{1,2}?)(?:${alternation(data.roles)})$`, 'u'),
    roleSource: alternation(data.roles),
    roleEndingSource: alternation(data.roleEndings),
    namedSubject: new RegExp(`^(?:${alternation(data.surnames)})[\\p{Script=Han}]{1,2}$`, 'u'),
    namedList: new RegExp(`^((?:${alternation(data.surnames)})[\\p{Script=Han}]{1,2}?(?:[、和](?:${alternation(data.surnames)})[\\p{Script=Han}]{1,2}?)+)(?:[两二三四五六七八九十\\d]+(?:名|位))?(?:${alternation(data.roles)})?(?:同志)?$`, 'u'),
    unitAtEnd: new RegExp(`(?:${alternation(data.unitWords)})$`, 'u'),
    personHead: new RegExp(data.personHeads, 'u'),
    designation: new RegExp(`(?:${alternation(data.designations)})\\d+(?:人|名|位)`, 'gu'),
    designationPlace: new RegExp(`[\\p{Script=Han}xX]{0,6}(?:${placeSuffix}|${alternation(data.nationalWords)})(?:级[\\p{Script=Han}]{0,3})?$`, 'u'),
    ordinalAtStart: new RegExp(`^(?:${data.ordinal})`, 'u'),
    ordinalAnywhere: new RegExp(data.ordinal, 'gu'),
    roundBeforeLevel: new RegExp(`^(?:${data.ordinal})(?=${alternation(data.levelPrefixes)}|[\\p{Script=Han}xX*]{1,6}?${placeSuffix}|[${QUOTES}])`, 'u'),
    roundAfterLevel: new RegExp(`^((?:${alternation(data.levelPrefixes)}|[\\p{Script=Han}xX*]{1,6}?${placeSuffix})级?)(?:${data.ordinal})`, 'u'),
    contestOrPrize: new RegExp(`${alternation(data.contests)}|奖`, 'u'),
    holdingsOpening: new RegExp(`(?:${alternation(data.holdingVerbs)})了?((?:(?!${alternation(data.holdingVerbs)})[^\\d])+?)(各)?(\\d+|[一二两三四五六七八九十]{1,3})(?:${alternation(data.holderMeasures)})\\s*$`, 'du'),
    plannedBefore: new RegExp(data.plannedBefore, 'u'),
    commendedHolders: new RegExp(`对([^${CLAUSE_BREAK}${QUOTES}的]{4,40}?)(?:进行|予以|给予)了?(?:${alternation(data.commendations)}|命名)`, 'gu'),
    awarderLead: new RegExp(`^.*?(?:${alternation(data.awarderLeads)})`, 'u'),
    framedSubjectLead: new RegExp(`^.*(?:${alternation(data.framePrepositions)})(?=.{2})`, 'u'),
    frameEnd: new RegExp(alternation(data.frameEnds), 'u'),
    subjectEndingsAtEnd: new RegExp(`(?:${alternation(data.subjectEndings)})+$`, 'u'),
    conferredByLead: new RegExp(`^(?:${alternation(data.awarderLeads)})?([^的]{2,20}?)(?:${alternation(data.relativeVerbs)})的(?=.{2})`, 'u'),
    conferredByHead: new RegExp(`^(?:${alternation(data.awarderLeads)})?([^的]{2,20}?)(?:${alternation(data.relativeVerbs)})的$`, 'u'),
    conferredBy: new RegExp(`(?:${alternation(data.relativeVerbs)})的`, 'gu'),
    describedClass: new RegExp(`(?:${alternation(data.relativeVerbs)})的`, 'u'),
    awarderBeforeQuote: new RegExp(`(?:${alternation(data.awarderEnds)})$`, 'u'),
    bodyBeforeRound: new RegExp(`^([^${QUOTES}]{1,12}?(?:${alternation(data.awarderEnds)}))(?=首届|首批|第[一二三四五六七八九十\\d]+[届批])`, 'u'),
    bodyOpening: new RegExp(`^(?:[^${CLAUSE_BREAK}${QUOTES}]{0,40}?[,，\\s:：]){0,2}?(?:在)?((?:(?:[^${CLAUSE_BREAK}${QUOTES}]{2,20}?(?:${alternation(data.awarderEnds)})|${alternation(data.awarderNames)})[、和]?)+?)(?:${alternation([...data.subjectEndings, ...data.recentWords])})*(?:${alternation(data.bodyVerbs)})`, 'u'),
    placeHoldsBefore: new RegExp(`^[^${CLAUSE_BREAK}]*?(?:[”"」』]|${alternation(data.fameWords)})的[\\p{Script=Han}]{2,6}?(?:${alternation(data.placeKinds)})`, 'u'),
    placeKindAtEnd: new RegExp(`(?:${alternation(data.placeKinds)})$`, 'u'),
    // Opening with 《, so the pattern is tried only there; the body is read back from the words before it.
    decisionListed: new RegExp(`《(?:关于)?(?:${alternation(data.documentActs)})([^》]{2,80}?)的(?:${alternation([...data.roundDocuments, ...data.listedDocuments])})》[,，]?([^${CLAUSE_BREAK}]{2,60}?)(?:${alternation(data.listedVerbs)})`, 'gu'),
    decisionBody: new RegExp(`([^${CLAUSE_BREAK}${QUOTES}]{2,30}?)(?:${alternation(data.decisionVerbs)})了?$`, 'u'),
    contestAfterAt: new RegExp(`在([^${CLAUSE_BREAK}${QUOTES}在]{2,30}?(?:${alternation(data.contests)}))(?:中|上)`, 'gu'),
    jointAtEnd: new RegExp(`(?:${alternation(data.jointWords)})$`, 'u'),
    documentReceived: new RegExp(`(?:${alternation(data.documentReceivedVerbs)})了?([^${CLAUSE_BREAK}${QUOTES}]{2,30})$`, 'u'),
    documentActAtStart: new RegExp(`^(?:${alternation(data.documentActs)})`, 'u'),
    documentIssued: new RegExp(`(?:${alternation(data.jointWords)})?(?:${alternation([...data.decisionVerbs, ...data.readOutVerbs])})了?$`, 'u'),
    commendedRun: new RegExp(`(?:${alternation(data.commendations)})了?([^${CLAUSE_BREAK}]{4,80})`, 'gu'),
    countedTitle: new RegExp(`^${TEN_OR_MORE}(?:多|余)?(?:${alternation(data.honoreeMeasures)})([^${QUOTES}]{2,20})$`, 'u'),
    bodyNameAtEnd: new RegExp(`(?:${alternation([...data.awarderEnds, ...data.awarderNames])})$`, 'u'),
    readOutUnnamed: new RegExp(`(?:${alternation(data.readOutVerbs)})了?[^${CLAUSE_BREAK}]{0,6}?《关于(?:${alternation(data.documentActs)})`, 'u'),
    placeTitle: { holder: new RegExp(data.placeTitles.holder, 'u'), title: new RegExp(data.placeTitles.title, 'u') },
    kindOfHolder: data.kindsOfHolder.map((k) => ({ holder: new RegExp(k.holder, 'u'), title: new RegExp(k.title, 'u') })),
    ruleAfter: new RegExp(data.ruleAfter, 'u'),
    othersHold: new RegExp(data.othersHold, 'u'),
    countAfter: new RegExp(`^\\s*${HOLDER_COUNT}(?:${alternation(data.holderMeasures)})`, 'u'),
    countAtEnd: new RegExp(`[^\\d一二两三四五六七八九十]${HOLDER_COUNT}(?:${alternation(data.holderMeasures)})\\s*$`, 'u'),
    acting: new RegExp(alternation(data.actingWords), 'u'),
    repeatedBefore: new RegExp(`(?:${alternation(data.repeatedBefore)})$`, 'u'),
    prepositionAtStart: new RegExp(`^(?:${alternation(data.prepositions)})`, 'u'),
    holdingsItem: new RegExp(`^\\s*([^\\d]+?)(各)?(\\d+|[一二两三四五六七八九十]{1,3})(?:${alternation(data.holderMeasures)})\\s*$`, 'du'),
    roundDocument: new RegExp(`《([^《》,，。]{2,30}?)?关于(?:${alternation(data.documentActs)})([^《》]{2,80}?)的(?:${alternation(data.roundDocuments)})》`, 'gu'),
    namedDecision: new RegExp(`([^,，。;；!?\\n“”《》]{${DECISION_BODY_LEAD.min},${DECISION_BODY_LEAD.max}}?)(?:${alternation(data.roundIssuedVerbs)})了?((?:19|20)\\d{2}[^,，。;；!?\\n《》]{2,30}?)(?:${alternation(data.namedDecisions)})`, 'gu'),
    namedDecisionVerb: new RegExp(`(?:${alternation(data.roundIssuedVerbs)})了?(?:19|20)\\d{2}`, 'gu'),
    roundDocumentWord: new RegExp(alternation(data.roundDocuments), 'u'),
    earlier: new RegExp(alternation(data.earlierWords), 'u'),
    hostedContest: new RegExp(`在由([^,，。;；“”"]{2,60}?)(?:${alternation(data.jointWords)})?(?:${alternation(data.hostVerbs)})(?:[,，][^,，。;；“”"]{2,60}?(?:${alternation(data.jointWords)})?(?:${alternation(data.coHostVerbs)}))?的[^,，。;；]*?(?:${alternation(data.hostedContests)})(?:中|上)[,，]\\s*$`, 'u'),
    documentName: new RegExp(`^[^,，。;；]*(?:${alternation(data.documentHolders)})的(?:${alternation(data.documentKinds)})`, 'u'),
    contestWhere: new RegExp(data.contestWhere, 'u'),
    whereOrWhyAtEnd: new RegExp(data.whereOrWhyAtEnd, 'u'),
    whereAlone: new RegExp(data.whereAlone, 'u'),
    openingEnds: new Set(data.openingEnds),
    contestRound: new RegExp(`在(?:[^,，。;；]|[,，](?=[^,，。;；“”"]{2,60}?(?:${alternation(data.coHostVerbs)})的))*?${YEAR.source}[^,，。;；]*?(?:${alternation(data.hostedContests)})(?:中|上)[,，]\\s*$`, 'u'),
    subjectLead: new RegExp(`^\\s*(?:${alternation(data.leadConnectives)})?(?:(?:在|于)?${YEAR.source}${MONTH_DAY}\\s*)?`, 'u'),
    authorWork: new RegExp(`^(?:本人|我)?(?:${alternation(data.authorVerbs)})的|(?:${alternation(data.authorWorks)})$`, 'u'),
    thirdPerson: new RegExp(`^(?:${alternation(data.thirdPersons)})(?:本人)?$`, 'u'),
    thirdPersonAlone: new RegExp(`^(?:${alternation(data.thirdPersons)})$`, 'u'),
    roundHonorees: new RegExp(`等${TEN_OR_MORE}(?:多|余)?(?:${alternation(data.honoreeMeasures)})`, 'u'),
    andThenVerb: new RegExp(`(?:${alternation(data.andThen)})(?=[^${CLAUSE_BREAK}、]{0,8}?(?:被|${alternation([...data.receivedVerbs, ...data.conferredVerbs])}|${data.merit}))`, 'u'),
    listLead: new RegExp(`^(?:${data.listLeads})`, 'u'),
    levelPair: new RegExp(`^(${alternation(data.placeSuffixes)})(?!\\1)(${alternation(data.placeSuffixes)})(级)?`, 'u'),
    levelAfterAnd: new RegExp(`^(?:${alternation(data.levelAfterAnd)})`, 'u'),
    inTurn: new RegExp(`^[^${CLAUSE_BREAK}]*(?:${alternation(data.inTurn)})[^${CLAUSE_BREAK}]*$`, 'u'),
    onlyOneLead: new RegExp(`^[\\p{Script=Han}]{0,8}?(?:${alternation(data.onlyOne)})(?=.{2})`, 'u'),
    levelContestHead: new RegExp(`^(?:${alternation(data.levelPrefixes)})[^${CLAUSE_BREAK}${QUOTES}的]{2,30}(?:${alternation(data.contests)})$`, 'u'),
    deedsReport: new RegExp(alternation(data.deedsReports), 'u'),
    deedsIntro: new RegExp(`(?:^|[。!！?？\\n])\\s*((?:${alternation(data.surnames)})(?:[\\p{Script=Han}]{1,2}?|[*＊×]{1,2}))[,，](?:${alternation(data.deedsIntro)})`, 'du'),
    deedsReveal: new RegExp(`[他她]就是[^。!！?？]{0,40}?(?:——|—|:|：)\\s*((?:${alternation(data.surnames)})[\\p{Script=Han}]{1,2}?)(?=[。!！,，\\s]|$)|[他她]就是[^。!！?？]{0,40}?((?:${alternation(data.surnames)})[\\p{Script=Han}]{1,2}?)(?:${alternation(data.honorifics)})`, 'du'),
    deedsOpening: new RegExp(`(?:${alternation(data.deedsReports)})[^。]{0,20}?(?:${alternation(data.roles)})((?:${alternation(data.surnames)})[\\p{Script=Han}]{1,2}?)(?:${alternation(data.honorifics)})`, 'du'),
    contestBeforeHosts: new RegExp(`([“"「][^${CLAUSE_BREAK}]{2,60}?(?:${alternation(data.hostedContests)}))(?:是)?$`, 'u'),
    hostsOfContest: new RegExp(`由([^${CLAUSE_BREAK}${QUOTES}]{2,80}?)(?:${alternation(data.jointWords)})?(?:${alternation(data.launchVerbs)})?(?:${alternation(data.hostVerbs)})`, 'uy'),
    heldEvent: new RegExp(`由([^${CLAUSE_BREAK}${QUOTES}]{2,80}?)(?:${alternation(data.jointWords)})?(?:${alternation(data.hostVerbs)})的([^${CLAUSE_BREAK}]{2,60}?(?:${alternation(data.hostedContests)}))在[^${CLAUSE_BREAK}]{0,30}?(?:${alternation(data.heldVerbs)})[。!！]?\\s*$`, 'u'),
    countedHonorees: new RegExp(`^(?:${alternation(data.honoreeLeads)})?${TEN_OR_MORE}(?:多|余)?(?:${alternation(data.honoreeMeasures)})[\\p{Script=Han}]{0,4}$`, 'u'),
  };
  compiled.set(file, patterns);
  return patterns;
}
