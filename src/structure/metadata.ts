// Reads a report's title, reporting unit, period and genre, and tells whether it is a compilation of essays.
import { loadYamlDictionary, regexSource, type Zod } from '../dictionary/index.js';
import { oncePerFile } from '../dictionary/once-per-file.js';
import { alternation } from '../dictionary/word-pattern.js';
import type { Genre, Span } from '../model/document.js';
import { GENRES } from '../model/vocabulary.js';
import type { LineInfo } from './headings.js';

const fileSchema = (z: Zod) =>
  z.strictObject({
    genres: z.array(z.strictObject({ genre: z.enum(GENRES), pattern: regexSource(z) })).min(1),
    addressee: regexSource(z),
    noticeCover: regexSource(z),
    firstPerson: z.strictObject({ pattern: regexSource(z), minCount: z.number().int().positive(), perThousand: z.number().positive() }),
    unitVoice: z.strictObject({ pattern: regexSource(z), minCount: z.number().int().positive(), perThousand: z.number().positive() }),
    personalMarks: z.strictObject({ pattern: regexSource(z), minDistinct: z.number().int().positive() }),
    personalOpinion: z.strictObject({ opinion: regexSource(z), unitSelf: regexSource(z) }),
    personDeeds: z.strictObject({ title: regexSource(z), pattern: regexSource(z), minCount: z.number().int().positive(), perThousand: z.number().positive() }),
    collectiveDuty: z.strictObject({ title: regexSource(z), maxFirstPerson: z.number().int().positive() }),
    unitUnderPersonalTitle: z.strictObject({ title: regexSource(z), maxFirstPerson: z.number().int().positive() }),
    openingUnit: z.strictObject({ lead: regexSource(z), after: regexSource(z), notInName: regexSource(z) }),
    titleUnit: z.strictObject({ notOpening: regexSource(z), notInName: regexSource(z), after: regexSource(z) }),
    recurringUnit: z.strictObject({ notOpening: regexSource(z), notInName: regexSource(z), notEnd: regexSource(z), notFollowedBy: regexSource(z) }),
    fullerName: z.strictObject({ place: regexSource(z), stop: regexSource(z) }),
    planOpening: regexSource(z),
    planReport: regexSource(z),
    selfName: regexSource(z),
    reportOpening: regexSource(z),
    cutOpening: regexSource(z),
    reportWords: regexSource(z),
    citingOpener: regexSource(z),
    contentsMarker: regexSource(z),
    thirdPerson: regexSource(z),
    chrome: z.array(regexSource(z)).min(1),
    titleCount: regexSource(z),
    unitSuffixes: z.array(z.string().min(1)).min(1),
    periods: z.array(regexSource(z)).min(1),
    compilationMarkers: z.array(regexSource(z)).min(1),
    articleMarks: regexSource(z),
    pressMarks: regexSource(z),
    pressSource: regexSource(z),
    weakSummaryTitle: z.strictObject({ words: regexSource(z), strong: regexSource(z) }),
    newsOpening: regexSource(z),
    noticeBody: regexSource(z),
    ruleSheet: regexSource(z),
    headerLines: regexSource(z),
    planHeadings: regexSource(z),
    newsMarks: regexSource(z),
    breadcrumb: regexSource(z),
    proseOpener: regexSource(z),
    statementEnd: regexSource(z),
    titleEnds: z.strictObject({ leadIn: z.array(z.string().min(1)).min(1), restated: z.array(z.string().min(1)).min(1) }),
    runOnOpening: regexSource(z),
  });

interface StructureData {
  /** `runOn`: the pattern with its line ends (`$`) standing before more words, for a title run into its text. */
  genres: { genre: Genre; pattern: RegExp; runOn: RegExp | null }[];
  addressee: RegExp;
  noticeCover: RegExp;
  firstPerson: { pattern: RegExp; minCount: number; perThousand: number };
  unitVoice: { pattern: RegExp; minCount: number; perThousand: number };
  thirdPerson: RegExp;
  chrome: RegExp[];
  titleCount: RegExp;
  unit: RegExp;
  /** A title's opening words that may hold a unit's name (titleUnit's notOpening and notInName, no `after`). */
  titleNameRun: RegExp;
  unitEnd: RegExp;
  period: RegExp;
  compilation: RegExp[];
  articleMarks: RegExp;
  pressMarks: RegExp;
  pressSource: RegExp;
  weakSummaryTitle: { words: RegExp; strong: RegExp };
  newsOpening: RegExp;
  noticeBody: RegExp;
  ruleSheet: RegExp;
  personalMarks: { pattern: RegExp; minDistinct: number };
  personalOpinion: { opinion: RegExp; unitSelf: RegExp };
  personDeeds: { title: RegExp; pattern: RegExp; minCount: number; perThousand: number };
  collectiveDuty: { title: RegExp; maxFirstPerson: number };
  unitUnderPersonalTitle: { title: RegExp; maxFirstPerson: number };
  /** A unit's name opening the first paragraph (今年以来，市林业局按照…), group 1. */
  openingUnit: RegExp;
  /** A clause's opening words that may hold a unit's name, after openingUnit's lead (no `after`), group 1. */
  openingNameRun: RegExp;
  /** What a name read with any word after it may not be (structure.yaml recurringUnit). */
  recurringUnit: { notName: RegExp; notFollowedBy: RegExp };
  /** A place right before a short form of a name, after a character or word that no name holds (structure.yaml fullerName). */
  fullerName: RegExp;
  /** A short form opening with a place word (市, 区) and the place's name right before it (鹤城 of 鹤城区民政局). */
  placeInitial: RegExp;
  placeName: RegExp;
  planOpening: RegExp;
  /** A report that a plan was settled or issued, going on to its aims (…工作方案已经确定。其总体目标是:…). */
  planReport: RegExp;
  /** The unit naming itself with 本 (本局, 本所, 本单位): its own voice as much as 我局. */
  selfName: RegExp;
  reportOpening: RegExp;
  cutOpening: RegExp;
  reportWords: RegExp;
  citingOpener: RegExp;
  contentsMarker: RegExp;
  headerLines: RegExp;
  planHeadings: RegExp;
  newsMarks: RegExp;
  breadcrumb: RegExp;
  proseOpener: RegExp;
  statementEnd: RegExp;
  /** A lone 一、 after a title run into the text (…工作总结一、…) or a lead-in colon; global, for matchAll. */
  embeddedFirstLabel: RegExp;
  leadIn: RegExp;
  /** A line restating a report's title (…自查报告, …工作总结篇1). */
  titleLike: RegExp;
  /** Words that open a report's text right after a title run into it (…事迹材料近年来,…; …事迹材料xx院,是…). */
  runOnOpening: RegExp;
}

const structureDataOnce = oncePerFile(readStructureData);

export function loadStructureData(file = 'structure.yaml'): StructureData {
  return structureDataOnce(file);
}

function readStructureData(file: string): StructureData {
  const raw = loadYamlDictionary(file, fileSchema);
  const suffixes = [...raw.unitSuffixes].sort((a, b) => b.length - a.length).join('|');
  return {
    genres: raw.genres.map((g) => ({ genre: g.genre, pattern: new RegExp(g.pattern, 'u'), runOn: /(?<!\\)\$/u.test(g.pattern) ? new RegExp(g.pattern.replace(/(?<!\\)\$/gu, '(?=[\\p{Script=Han}xX×*])'), 'gu') : null })),
    addressee: new RegExp(raw.addressee, 'mu'),
    noticeCover: new RegExp(raw.noticeCover, 'u'),
    firstPerson: { ...raw.firstPerson, pattern: new RegExp(raw.firstPerson.pattern, 'gu') },
    unitVoice: { ...raw.unitVoice, pattern: new RegExp(raw.unitVoice.pattern, 'gu') },
    thirdPerson: new RegExp(raw.thirdPerson, 'u'),
    chrome: raw.chrome.map((c) => new RegExp(c, 'u')),
    titleCount: new RegExp(raw.titleCount, 'u'),
    // A unit name: place and body words ending in a suffix, before the words that name the report (structure.yaml titleUnit).
    unit: new RegExp(`^(?!${raw.titleUnit.notOpening})((?:(?!${raw.titleUnit.notInName})[\\p{Script=Han}xX×]){1,24}?(?:${suffixes}))(?=${raw.titleUnit.after})`, 'u'),
    titleNameRun: new RegExp(`^(?!${raw.titleUnit.notOpening})(?:(?!${raw.titleUnit.notInName})[\\p{Script=Han}xX×]){1,24}`, 'u'),
    unitEnd: new RegExp(`(?:${suffixes})$`, 'u'),
    openingNameRun: new RegExp(`^\\s*(?:${raw.openingUnit.lead})?((?:(?!${raw.openingUnit.notInName})[\\p{Script=Han}xX×]){2,24})`, 'u'),
    recurringUnit: {
      notName: new RegExp(`^(?:${raw.recurringUnit.notOpening})|${raw.recurringUnit.notInName}|(?:${raw.recurringUnit.notEnd})$`, 'u'),
      notFollowedBy: new RegExp(`^(?:${raw.recurringUnit.notFollowedBy})`, 'u'),
    },
    fullerName: new RegExp(`(?:[^\\p{Script=Han}xX×]|${raw.fullerName.stop})((?:(?!${raw.fullerName.stop})[\\p{Script=Han}xX×]){0,8}?${raw.fullerName.place})$`, 'u'),
    placeInitial: new RegExp(`^${raw.fullerName.place}`, 'u'),
    placeName: new RegExp(`(?:[^\\p{Script=Han}xX×]|${raw.fullerName.stop})((?:(?!${raw.fullerName.stop})[\\p{Script=Han}xX×]){1,${PLACE_NAME}})$`, 'u'),
    openingUnit: new RegExp(`^\\s*(?:${raw.openingUnit.lead})?((?:(?!${raw.openingUnit.notInName})[\\p{Script=Han}xX×]){2,24}?(?:${suffixes}))(?=${raw.openingUnit.after})`, 'u'),
    period: new RegExp(raw.periods.join('|'), 'u'),
    compilation: raw.compilationMarkers.map((m) => new RegExp(m, 'u')),
    articleMarks: new RegExp(raw.articleMarks, 'u'),
    pressMarks: new RegExp(raw.pressMarks, 'u'),
    pressSource: new RegExp(raw.pressSource, 'u'),
    weakSummaryTitle: { words: new RegExp(raw.weakSummaryTitle.words, 'u'), strong: new RegExp(raw.weakSummaryTitle.strong, 'u') },
    newsOpening: new RegExp(raw.newsOpening, 'u'),
    noticeBody: new RegExp(raw.noticeBody, 'u'),
    ruleSheet: new RegExp(raw.ruleSheet, 'u'),
    personalMarks: { pattern: new RegExp(raw.personalMarks.pattern, 'gu'), minDistinct: raw.personalMarks.minDistinct },
    personalOpinion: { opinion: new RegExp(raw.personalOpinion.opinion, 'u'), unitSelf: new RegExp(raw.personalOpinion.unitSelf, 'u') },
    personDeeds: { ...raw.personDeeds, title: new RegExp(raw.personDeeds.title, 'u'), pattern: new RegExp(raw.personDeeds.pattern, 'gu') },
    collectiveDuty: { title: new RegExp(raw.collectiveDuty.title, 'u'), maxFirstPerson: raw.collectiveDuty.maxFirstPerson },
    unitUnderPersonalTitle: { title: new RegExp(raw.unitUnderPersonalTitle.title, 'u'), maxFirstPerson: raw.unitUnderPersonalTitle.maxFirstPerson },
    planOpening: new RegExp(raw.planOpening, 'u'),
    planReport: new RegExp(raw.planReport, 'u'),
    selfName: new RegExp(raw.selfName, 'u'),
    reportOpening: new RegExp(raw.reportOpening, 'u'),
    cutOpening: new RegExp(raw.cutOpening, 'u'),
    reportWords: new RegExp(raw.reportWords, 'u'),
    citingOpener: new RegExp(`^\\s*(?:${raw.citingOpener})`, 'u'),
    contentsMarker: new RegExp(raw.contentsMarker, 'u'),
    headerLines: new RegExp(raw.headerLines, 'u'),
    planHeadings: new RegExp(raw.planHeadings, 'u'),
    newsMarks: new RegExp(raw.newsMarks, 'u'),
    breadcrumb: new RegExp(raw.breadcrumb, 'u'),
    proseOpener: new RegExp(raw.proseOpener, 'u'),
    statementEnd: new RegExp(raw.statementEnd, 'u'),
    embeddedFirstLabel: new RegExp(`(?<=[。:：;；!！?？\\s]|${alternation(raw.titleEnds.leadIn)})\\s*(?=([一二三四五六七八九十]{1,3})、)`, 'gu'),
    leadIn: new RegExp(`(?:[:：]|${alternation(raw.titleEnds.leadIn)})\\s*$`, 'u'),
    titleLike: new RegExp(`(?:${alternation(raw.titleEnds.restated)})\\s*(?:篇?\\s*[\\d一二三四五六七八九十]+|【[^】]*】)?\\s*$`, 'u'),
    runOnOpening: new RegExp(`^(?:${raw.runOnOpening})`, 'u'),
  };
}

export interface Metadata {
  /** Normalized spans; the caller maps them to the original. */
  title: Span | null;
  unit: Span | null;
  period: Span | null;
  genre: Genre;
  /** Start lines of the essays of a compilation page (two or more), else empty. */
  essays: number[];
}

const MAX_TITLE = 50;
const MIN_UNIT = 3;
/** The first paragraphs whose opening may name the unit as its subject. */
const OPENING_PARAGRAPHS = 3;
/** A text with no genre named and this many numbered headings is a work report. */
const MIN_REPORT_HEADINGS = 2;

/** Chrome is a line of at most this many characters; */
const MAX_CHROME = 90;
/** a line longer than this reads like prose and needs two different chrome words (版权…客服, 小编…供大家参考): one word
 * alone (联络员负责上传下达工作, 推广…APP的下载及使用方法) stands in report sentences too. */
const PROSE_CHROME = 60;
/** A site's prompt paragraph (…总结怎么写。看下吧。…以下是小编收集整理的…范文,仅供参考) runs longer than a chrome line: up
 * to this many characters it is chrome with PROMPT_WORDS different chrome words, which no report paragraph holds. */
const MAX_PROMPT = 300;
const PROMPT_WORDS = 3;

/**
 * Lines already judged, per dictionary: the structure and section stages ask about the same lines of a document
 * (its lines, its body paragraphs), and a page's chrome repeats over the documents of a batch.
 */
const chromeJudged = new WeakMap<StructureData, Map<string, boolean>>();
/** Lines remembered at most (each at most MAX_PROMPT characters). */
const CHROME_MEMORY = 20_000;

/** Template-site chrome: a short line naming the site, the navigation, a prompt or a counter. */
export function isChrome(line: string): boolean {
  if (line.length > MAX_PROMPT) return false;
  const d = loadStructureData();
  let judged = chromeJudged.get(d);
  if (!judged) chromeJudged.set(d, (judged = new Map()));
  let chrome = judged.get(line);
  if (chrome === undefined) {
    chrome = chromeLine(line, d);
    if (judged.size >= CHROME_MEMORY) judged.clear();
    judged.set(line, chrome);
  }
  return chrome;
}

function chromeLine(line: string, d: StructureData): boolean {
  if (gluedChrome(line, d)) return false;
  if (line.length <= PROSE_CHROME) return d.chrome.some((c) => c.test(line));
  const needed = line.length <= MAX_CHROME ? 2 : PROMPT_WORDS;
  const words = new Set<string>();
  for (const c of d.chrome) {
    const m = c.exec(line);
    if (!m) continue;
    words.add(m[0]);
    for (const more of line.slice(m.index + Math.max(1, m[0].length)).match(new RegExp(c.source, 'gu')) ?? []) words.add(more);
    if (words.size >= needed) return true;
  }
  return false;
}

/** A headline's unit or topic, a colon and a phrase, with no sentence's end: 某某银行:志愿服务点亮文明之光. */
const COLON_HEADLINE = /^[^:：。；;!！?？]{2,20}[:：][^:：。；;]{4,}$/u;

/** A heading's number label as the original text writes it: 二、, (三), （三）, 4. or 4、 (not 4.5). */
const NUMBER_LABEL = String.raw`[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、](?!\d)`;
/** A numbered heading opening a line. */
const NUMBERED_OPENING = new RegExp(String.raw`^\s*(?:${NUMBER_LABEL})`, 'u');
/** A reporter's byline stands in the last lines of a page. */
const CLOSING_LINES = 3;
/** A numbered part's label: a numbered opening or 第一部分, 第二章. */
const NUMBERED_PART = new RegExp(String.raw`^\s*(?:${NUMBER_LABEL}|第[一二三四五六七八九十]{1,3}(?:部分|章|节))`, 'u');

/**
 * Whether chrome only ends the line, glued to a numbered heading and its first sentence (二、…加强网络警务建设。…新问题、
 * 新情况某某汇,范文库): the line is the report's, its tail the page's. A site's list of titles (1、某某工作总结范文) holds
 * no sentence before its chrome word, and a site's prompt (一年又过去了。下面是小编…) opens with no number.
 */
function gluedChrome(line: string, d: StructureData): boolean {
  if (!NUMBERED_OPENING.test(line)) return false;
  let first = -1;
  for (const c of d.chrome) {
    const m = c.exec(line);
    if (m && (first < 0 || m.index < first)) first = m.index;
  }
  const sentenceEnd = line.indexOf('。');
  return first > 0 && sentenceEnd >= 0 && sentenceEnd < first && !d.chrome.some((c) => c.test(line.slice(0, sentenceEnd + 1)));
}

/** The genre a title names, trying genres in order. */
function genreOfTitle(title: string, d: StructureData): Genre | null {
  return d.genres.find((g) => g.pattern.test(title))?.genre ?? null;
}

/**
 * The genre named earliest in the opening words of a text without a title line, read as a title is: genre words run
 * together make one compound read whole (…工作自查安排 is a plan, 述职报告 personal, 事迹材料 other), and a genre word before
 * 会 names a meeting (在汇报会上, 总结会), no genre.
 */
function genreOfOpening(words: string, d: StructureData): Genre | null {
  const found: { at: number; end: number; genre: Genre }[] = [];
  for (const g of d.genres) {
    const m = headOf(g.pattern, words);
    if (m) found.push({ ...m, genre: g.genre });
    const run = runOnTitle(words, g, d);
    if (run !== null) found.push({ ...run, genre: g.genre });
  }
  const first = found.reduce<(typeof found)[number] | null>((b, f) => (!b || f.at < b.at ? f : b), null);
  if (!first) return null;
  let end = first.end;
  for (let next = found.find((f) => f.at === end && f.end > end); next; next = found.find((f) => f.at === end && f.end > end)) end = next.end;
  return end > first.end ? (genreOfTitle(words.slice(first.at, end), d) ?? first.genre) : first.genre;
}

/** A meeting named by a genre word (汇报会, 总结会, 报告会). */
const MEETING = /^会/u;

/** The first match of a genre's pattern in `words` that is no meeting's name, with its end. */
function headOf(pattern: RegExp, words: string): { at: number; end: number } | null {
  for (let from = 0; from < words.length; ) {
    const m = pattern.exec(words.slice(from));
    if (!m) return null;
    const at = from + m.index;
    const end = at + m[0].length;
    if (!MEETING.test(words.slice(end))) return { at, end };
    from = Math.max(end, at + 1);
  }
  return null;
}

/** The words after a run-on title may name its unit again this far in (a place before it: 东港市…). */
const RUN_ON_LEAD = 6;
/** The last characters of the title's unit that the text's opening repeats. */
const RUN_ON_UNIT = 4;

/**
 * Where a genre that ends a title (…事迹材料, …制度) is named in the opening of a flattened page, its title run into its
 * text: the title names a unit before the genre word (市某某大队事迹材料) and the text opens by naming that unit again
 * (东港市某某大队在…), or the text opens as a report does (structure.yaml runOnOpening: 近年来，…; a template's blanked name,
 * xx院,是…). A genre word followed by anything else stays inside a sentence (加强规章制度建设).
 */
function runOnTitle(words: string, g: StructureData['genres'][number], d: StructureData): { at: number; end: number } | null {
  if (!g.runOn) return null;
  g.runOn.lastIndex = 0;
  for (let m = g.runOn.exec(words); m; m = g.runOn.exec(words)) {
    const unit = words.slice(0, m.index);
    const after = words.slice(m.index + m[0].length, m.index + m[0].length + unit.length + RUN_ON_LEAD);
    const span = { at: m.index, end: m.index + m[0].length };
    if (unit.length >= MIN_UNIT && d.unitEnd.test(unit) && after.includes(unit.slice(-RUN_ON_UNIT))) return span;
    if (unit.length >= MIN_TITLE_HAN && d.runOnOpening.test(words.slice(m.index + m[0].length))) return span;
    if (m[0].length === 0) g.runOn.lastIndex++;
  }
  return null;
}

/** Whether a voice (我 of one person, 我局/我们 of a unit) stands often enough in the text. */
function speaks(text: string, voice: StructureData['firstPerson']): boolean {
  const count = (text.match(voice.pattern) ?? []).length;
  // A short text (a page's excerpt, a one-page summary) cannot say 我 eight times and still be short: its share says it.
  const needed = text.length < SHORT_TEXT ? Math.min(voice.minCount, SHORT_TEXT_MIN_COUNT) : voice.minCount;
  return count >= needed && (count * 1000) / Math.max(1, text.length) >= voice.perThousand;
}

/** A text shorter than this speaks in a voice used SHORT_TEXT_MIN_COUNT times at the voice's share. */
const SHORT_TEXT = 1500;
const SHORT_TEXT_MIN_COUNT = 3;

/** Whether enough different phrases of a personal summary (领导交办, 提高自己) stand in the text. */
function personalPhrases(text: string, marks: StructureData['personalMarks']): boolean {
  return new Set(text.match(marks.pattern) ?? []).size >= marks.minDistinct;
}

/** Where a heading line's own words end: a run-in head's first sentence. */
const HEAD_END = /[。;；!！?？]/u;

/** A title holds at least this many Chinese characters (not 2023, not |). */
const MIN_TITLE_HAN = 4;
/** A page's header (site name, date widget, search box) ends with a breadcrumb among its first lines. */
const HEADER_LINES = 10;
/** A document viewer's keyword cloud: this many short lines in a row (2023 / 创建 / 文明城市 / 志愿者 …). */
const CLOUD_RUN = 3;
const CLOUD_WORD = 4;
/** A line of prose: a sentence of some length with its clause marks (not a form's field line). */
const PROSE = /^[^\n]{30,}$/u;
/** Words in brackets that end a title: a unit's name there (…自查报告(市数字办)) is the reporting unit. */
const TITLE_BRACKET_UNIT = /[(（](\p{Script=Han}{2,24})[)）]$/u;
/** An official document's header has at most this many lines (issuer, number). */
const MAX_HEADER_LINES = 3;

/** An English name set under a site's Chinese name in its masthead: capitals and spaces only. */
const ENGLISH_NAME = /^\s*[A-Z][A-Z'&.\-]*(?:\s+[A-Z'&.\-]+){1,8}\s*$/u;
/** A column's name in a breadcrumb is short (管理论道, 新闻资讯); a longer last crumb is the article's headline. */
const MAX_COLUMN_NAME = 10;

/** The index of the first line after a breadcrumb in the page's first lines (0 when there is none). */
function pageHeaderEnd(text: string, lines: LineInfo[], d: StructureData): number {
  let end = 0;
  // A chrome line comes blanked (end = start): its words are still in the text up to the line break.
  const lineText = (i: number) => {
    const start = lines[i]!.start;
    const stop = text.indexOf('\n', start);
    return text.slice(start, stop < 0 ? text.length : stop);
  };
  let previous = -1;
  for (let i = 0; i < Math.min(lines.length, HEADER_LINES); i++) {
    const line = lineText(i);
    if (d.breadcrumb.test(line)) end = i + 1;
    // A site's masthead: the body's name over its English name (榆林市体育局 / YULIN CITY SPORTS BUREAU).
    if (previous >= 0 && ENGLISH_NAME.test(line) && d.unitEnd.test(lineText(previous).trim()) && /^\p{Script=Han}{3,24}$/u.test(lineText(previous).trim())) end = Math.max(end, i + 1);
    if (line.trim() !== '') previous = i;
  }
  // The column's name under the trail (首页 > 管理论道, then 管理论道) is the page's too; a trail that ends in the
  // article's headline (…> 新闻资讯 > 某院荣获全国文明单位称号) leaves the headline line under it the title.
  if (end > 0) {
    const trail = text.slice(lines[end - 1]!.start, text.indexOf('\n', lines[end - 1]!.start) >>> 0).trim();
    const crumb = trail.split(/>+/u).at(-1)!.trim();
    let next = end;
    while (next < lines.length && text.slice(lines[next]!.start, lines[next]!.end).trim() === '') next++;
    if (crumb !== '' && crumb.length <= MAX_COLUMN_NAME && next < lines.length && next < HEADER_LINES && text.slice(lines[next]!.start, lines[next]!.end).trim() === crumb) end = next + 1;
  }
  return end;
}

/** Leading lines dropped at most as unrelated to the text below them. */
const MAX_UNRELATED = 3;
/** Pairs of Chinese characters a line needs before its relation to the text is judged (政务公开 has three). */
const MIN_PAIRS = 3;
/** Characters of text below a line before words it does not share tell anything (a page has hundreds). */
const MIN_BELOW = 200;
/** At most this share of a line's character pairs recurring below it makes it unrelated (a title shares most). */
const UNRELATED_SHARE = 0.15;

/** A sentence's end or a lead-in colon: the line is prose or a label, which the title rules judge. */
const SENTENCE_MARK = /[。；;！!？?：:]/u;

/** The pairs of adjacent Chinese characters of a text. */
function hanPairs(text: string): Set<string> {
  const han = text.replace(/[^\p{Script=Han}]+/gu, '');
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < han.length; i++) pairs.add(han.slice(i, i + 2));
  return pairs;
}

/** A short line, no heading, naming no genre, whose character pairs hardly recur in the text after it. */
function unrelatedLine(text: string, l: LineInfo & { i: number }, headingLines: Set<number>, d: StructureData): boolean {
  const line = text.slice(l.start, l.end).trim();
  if (line.length > MAX_TITLE || SENTENCE_MARK.test(line) || headingLines.has(l.i) || genreOfTitle(line, d)) return false;
  const pairs = hanPairs(line);
  if (pairs.size < MIN_PAIRS) return false;
  const below = text.slice(l.end);
  if (below.length < MIN_BELOW) return false;
  let shared = 0;
  for (const pair of pairs) if (below.includes(pair)) shared++;
  return shared / pairs.size <= UNRELATED_SHARE;
}

/** Clauses read for their subject at most (a page's first few paragraphs name its unit). */
const SUBJECT_CLAUSES = 80;
/** A unit named as a subject this often is the text's own. */
const MIN_SUBJECT_MENTIONS = 2;
/** Where a clause starts: after a sentence's or a clause's mark. */
const CLAUSE_START = /[。！!？?；;，,]\s*/gu;

/**
 * The name most often opening a clause as its subject (structure.yaml openingUnit) in the text's lines, at least
 * MIN_SUBJECT_MENTIONS times; the first place it is named. A name read at one place only could be any body the text
 * mentions (a visiting office, a partner).
 */
function mostNamedSubject(text: string, lines: (LineInfo & { i: number })[], headingLines: Set<number>, d: StructureData): Span | null {
  const counts = new Map<string, { count: number; span: Span }>();
  let clauses = 0;
  for (const l of lines) {
    if (clauses >= SUBJECT_CLAUSES) break;
    if (headingLines.has(l.i)) continue;
    // Only as many clause starts as are still read: a text of one long line has hundreds of thousands.
    const starts = [l.start];
    CLAUSE_START.lastIndex = 0;
    const line = text.slice(l.start, l.end);
    for (let m = CLAUSE_START.exec(line); m && starts.length < SUBJECT_CLAUSES - clauses; m = CLAUSE_START.exec(line)) starts.push(l.start + m.index + m[0].length);
    for (const at of starts) {
      if (++clauses > SUBJECT_CLAUSES) break;
      const span = openingSubject(text, at, Math.min(l.end, at + SUBJECT_REACH), d, true);
      if (!span) continue;
      const name = text.slice(span.start, span.end);
      const seen = counts.get(name);
      if (seen) seen.count++;
      else counts.set(name, { count: 1, span });
    }
  }
  let best: { count: number; span: Span } | null = null;
  for (const c of counts.values()) if (c.count >= MIN_SUBJECT_MENTIONS && (!best || c.count > best.count)) best = c;
  return best?.span ?? null;
}

/** How far into a clause its subject's name is read. */
const SUBJECT_REACH = 60;

/**
 * The unit named as the subject opening text[from, to) (structure.yaml openingUnit), or null. With `recurring`, a name
 * followed by any word counts when the text names it again elsewhere (汉川市司法局以…, 市公路局因…): the word after a
 * name varies without end, a name the text repeats is the text's subject.
 */
function openingSubject(text: string, from: number, to: number, d: StructureData, recurring = false): Span | null {
  const m = d.openingUnit.exec(text.slice(from, to));
  // A name running on through a collective (某局会同各街道) is none: the loose reading below finds the name in it.
  if (m && m[1]!.length >= MIN_UNIT && !d.recurringUnit.notName.test(m[1]!)) {
    const start = from + m.index + m[0].length - m[1]!.length;
    return { start, end: start + m[1]!.length };
  }
  if (!recurring) return null;
  const run = d.openingNameRun.exec(text.slice(from, to));
  if (!run) return null;
  const start = from + run.index + run[0].length - run[1]!.length;
  const name = recurringName(text, run[1]!, start, d);
  return name ? { start, end: start + name.length } : null;
}

/** The longest place name read before a short form opening with a place word (石家庄 of 市疾控中心). */
const PLACE_NAME = 4;

/** How far before a short form of a name a place word is looked for. */
const FULLER_REACH = 10;

/**
 * The fullest form the text gives the unit it names at `span` (区民政局 → 鹤城区民政局 where the text writes that): a place
 * word right before the name at one of the places it is named (structure.yaml fullerName), the longest such.
 */
function fullestForm(text: string, span: Span, d: StructureData): Span {
  const name = text.slice(span.start, span.end);
  let best = span;
  for (let at = text.indexOf(name), seen = 0; at >= 0 && seen < FULLER_MENTIONS; at = text.indexOf(name, at + 1), seen++) {
    // A mark stands for the text's start, so that a name opening the text has its boundary.
    const before = (at > FULLER_REACH ? '' : '\n') + text.slice(Math.max(0, at - FULLER_REACH), at);
    // A place's name before a short form opening with a place word is any word there (莅临民权县财政局): it must recur.
    const placed = d.fullerName.exec(before);
    const named = placed ? null : d.placeInitial.test(name) ? d.placeName.exec(before) : null;
    const m = placed ?? named;
    if (!m || name.length + m[1]!.length <= best.end - best.start) continue;
    if (named && !namedTwice(text, m[1]! + name)) continue;
    best = { start: at - m[1]!.length, end: at + name.length };
  }
  return best;
}

/** Whether `name` stands in `text` twice at least (the scan stops at the second). */
function namedTwice(text: string, name: string): boolean {
  const first = text.indexOf(name);
  return first >= 0 && text.includes(name, first + name.length);
}

/** The mentions of a name read for a fuller form at most. */
const FULLER_MENTIONS = 50;

/**
 * The longest start of `run` that ends in a unit's word, may be a name (structure.yaml recurringUnit: `next(k)` is the
 * character after the first k) and is named again (`again`), or null.
 */
function longestNamedAgain(run: string, next: (k: number) => string, again: (name: string) => boolean, d: StructureData): string | null {
  for (let k = run.length; k >= MIN_UNIT; k--) {
    const name = run.slice(0, k);
    if (d.unitEnd.test(name) && !d.recurringUnit.notName.test(name) && !d.recurringUnit.notFollowedBy.test(next(k)) && again(name)) return name;
  }
  return null;
}

/** The longest start of `run` (found at `at`) that ends in a unit's word and that the text names elsewhere too. */
function recurringName(text: string, run: string, at: number, d: StructureData): string | null {
  return longestNamedAgain(run, (k) => text.slice(at + k, at + k + 1), (name) => text.indexOf(name) !== at || text.includes(name, at + 1), d);
}

/** The longest start of a title ending in a unit's word that the text below the title names again, or null. */
function titleRecurringName(text: string, titleText: string, after: number, d: StructureData): string | null {
  const run = d.titleNameRun.exec(titleText)?.[0] ?? '';
  return longestNamedAgain(run, (k) => titleText.slice(k, k + 1), (name) => !genreOfTitle(name, d) && text.includes(name, after), d);
}

/**
 * A title's name as the text below it names the unit: a name read from a headline can run on past the unit to a later
 * word ending like one (某区文化馆升级为国家一级馆, 某市档案馆到某村); when the whole never recurs below the title and a
 * shorter start of it ending in a unit's word does, that start is the unit.
 */
function namedInText(text: string, name: string, after: number, d: StructureData): string {
  if (text.includes(name, after)) return name;
  for (let k = name.length - 1; k >= MIN_UNIT; k--) {
    const start = name.slice(0, k);
    if (d.unitEnd.test(start) && text.includes(start, after)) return start;
  }
  return name;
}

/** Whether the k-th line is one of a run of very short lines. */
function inKeywordCloud(text: string, lines: LineInfo[], k: number): boolean {
  const short = (j: number) => j >= 0 && j < lines.length && text.slice(lines[j]!.start, lines[j]!.end).trim().length <= CLOUD_WORD;
  if (!short(k)) return false;
  let from = k;
  let to = k;
  while (short(from - 1)) from--;
  while (short(to + 1)) to++;
  return to - from + 1 >= CLOUD_RUN;
}

export function readMetadata(text: string, lines: LineInfo[], headingLines: Set<number>, pageTitle = ''): Metadata {
  const d = loadStructureData();
  const header = pageHeaderEnd(text, lines, d);
  const words = lines.map((l, i) => ({ ...l, i })).filter((l) => l.i >= header && text.slice(l.start, l.end).trim() !== '' && !isChrome(text.slice(l.start, l.end).trim()));
  const hanCount = (l: LineInfo) => (text.slice(l.start, l.end).match(/\p{Script=Han}/gu) ?? []).length;
  const cloudless = words.filter((l, k) => !inKeywordCloud(text, words, k));
  // An official document's header (…委员会文件, …〔2009〕33号) or a form's first label (基本情况) above the title.
  let headerEnd = 0;
  while (headerEnd < Math.min(cloudless.length, MAX_HEADER_LINES) && d.headerLines.test(text.slice(cloudless[headerEnd]!.start, cloudless[headerEnd]!.end).trim())) headerEnd++;
  const kept = cloudless.slice(headerEnd);
  // Stray short lines above the title (首页, +, X) are the page's, not the report's.
  const lead = kept.findIndex((l) => hanCount(l) >= MIN_TITLE_HAN);
  const leadless = lead > 0 && lead <= 3 ? kept.slice(lead) : kept;
  // A short line above the text that shares no words with it (a site's 会员平台, 本版导读, a reporter's names) is the
  // page's, whatever words it uses: a title is about its text. A line naming a genre (…事迹材料) is kept: its genre
  // words need not recur below it.
  let unrelated = 0;
  while (unrelated < MAX_UNRELATED && unrelated + 1 < leadless.length && unrelatedLine(text, leadless[unrelated]!, headingLines, d)) unrelated++;
  const nonEmpty = leadless.slice(unrelated);
  const first = nonEmpty[0];
  const firstText = first ? text.slice(first.start, first.end) : '';
  const isTitleLine = (l: (typeof nonEmpty)[number] | undefined) => {
    if (!l) return false;
    const line = text.slice(l.start, l.end).trim();
    return line.length <= MAX_TITLE && !/[。:：]$/u.test(line) && hanCount(l) >= MIN_TITLE_HAN && !headingLines.has(l.i);
  };
  let title: Span | null = null;
  // A news headline naming its unit before a colon (某某收费站:传播公路文明 让出行更便捷) reads as a lead-in heading; at the top of the
  // text, unnumbered, with a phrase after its colon, it is the title.
  const colonHeadline = (l: (typeof nonEmpty)[number] | undefined) => {
    if (!l || !headingLines.has(l.i)) return false;
    const line = text.slice(l.start, l.end).trim();
    return line.length <= MAX_TITLE && COLON_HEADLINE.test(line) && !NUMBERED_PART.test(line);
  };
  if (isTitleLine(first) || colonHeadline(first)) {
    // Leading spaces and a page's count of essays (…(通用6篇)) are no part of the title.
    const lead = firstText.length - firstText.trimStart().length + (/^\s*【?第[一二三四五六七八九十\d]+篇】?[:：]?/u.exec(firstText)?.[0].trimStart().length ?? 0);
    const count = d.titleCount.exec(firstText.trimEnd());
    const cut = count && count.index > lead ? count.index : firstText.trimEnd().length;
    // A site's separator after the title (…的通知--, …的报告 |) or its mark of a cut headline (… ...) is no part of it.
    const end = lead + firstText.slice(lead, cut).replace(/(?:[\s\-—|]|\.{3,}|…+)+$/u, '').length;
    title = { start: first!.start + lead, end: first!.start + end };
  }
  const titleText = title ? text.slice(title.start, title.end) : '';

  // The title lines: the title and a second short line (a unit line above the title, or a subtitle below it).
  const second = nonEmpty[1];
  // A subtitle line under them (——某公司创建全国文明单位纪实) names the genre too.
  const third = nonEmpty[2];
  const subtitle = third && /^\s*——/u.test(text.slice(third.start, third.end)) && isTitleLine(third) ? [text.slice(third.start, third.end)] : [];
  const titleLines = title ? [titleText, ...(isTitleLine(second) ? [text.slice(second!.start, second!.end)] : []), ...subtitle] : [];
  let genre: Genre = 'other';
  /** The genre a flattened page's opening names (its title run into the text), which the body's shape does not overrule. */
  let openingNamed: Genre | null = null;
  const named = titleLines.map((t) => genreOfTitle(t, d)).find((g) => g !== null);
  if (named) genre = named;
  // A flattened page opens with its title run into the text: the words before the first clause break.
  // A page title marked as site residue (…工作总结.docxVIP) still names the genre.
  else if (!title && pageTitle.length <= MAX_TITLE && !/[,，。;；]/u.test(pageTitle) && !d.headerLines.test(pageTitle) && genreOfTitle(pageTitle, d)) genre = genreOfTitle(pageTitle, d)!;
  // A cited document's name (根据《…实施方案》的要求) names its genre, not this text's.
  // So does the instruction an opening follows (根据县文明办的安排，…): a clause opened by 根据/按照 is prose, no title.
  else if (!title && first) {
    const clause = firstText.replace(/《[^》]*》/gu, '').slice(0, 60).split(/[,，。;；:：!！?？]/u)[0]!;
    if (!d.citingOpener.test(clause)) openingNamed = genreOfOpening(clause, d);
  }
  if (openingNamed) genre = openingNamed;
  const body = nonEmpty.map((l) => text.slice(l.start, l.end)).join('\n');
  // A 述职 title over a body where no one person speaks (文化站述职报告: 我站…, 文化站…) is a unit's collective report.
  if (named === 'personal' && titleLines.some((t) => d.collectiveDuty.title.test(t)) && (body.match(d.firstPerson.pattern) ?? []).length < d.collectiveDuty.maxFirstPerson) genre = 'summary';
  // A site's listing title (…个人工作总结范文) over a text where the unit speaks (我村, 我局, 我们) and no one person does is
  // the unit's report.
  const underTitle = d.unitUnderPersonalTitle;
  if (named === 'personal' && titleLines.some((t) => underTitle.title.test(t)) && (body.match(d.firstPerson.pattern) ?? []).length < underTitle.maxFirstPerson && speaks(body, d.unitVoice) && !personalPhrases(body, d.personalMarks)) genre = 'summary';
  const opening = nonEmpty.slice(0, 6).map((l) => text.slice(l.start, l.end)).join('\n');
  // With no genre named, the body's shape decides: a plan opens with its aims (一、工作目标); a work report with
  // numbered parts and no news wording is a summary.
  if (!named && !openingNamed && genre === 'other') {
    // A heading's own words: a run-in head is the first sentence of its line (健全机制,压实责任。该站…明确了指导思想… names
    // no aims of a plan).
    const headedLines = nonEmpty.filter((l) => headingLines.has(l.i));
    const headed = headedLines.map((l) => text.slice(l.start, l.end).split(HEAD_END)[0]!);
    const unitSpeaks = speaks(body, d.unitVoice);
    // Heads make a work report when it numbers its parts (一、, 1.) or speaks as the unit through them: unnumbered subheads
    // (a run-in couplet 春风化雨润人心，…。, a plain line) over a text that never speaks as the unit are a feature's about it
    // (近年来，某县统计局…). With no title, a report also says it reports (现将…如下, 一年来) or speaks as the unit.
    const numbered = headedLines.some((l) => NUMBERED_PART.test(text.slice(l.start, l.end)));
    // A headline naming no genre over numbered parts where the unit never once speaks as itself (市人社局…, 该局…, never 我局 or
    // 我们, 本局) is a feature about the unit, written by someone else: no report.
    const voiced = (body.match(d.unitVoice.pattern) ?? []).length > 0 || d.selfName.test(body);
    const reportShaped = (numbered || unitSpeaks) && ((title !== null && voiced) || unitSpeaks || d.reportWords.test(body) || d.cutOpening.test(firstText));
    // A first paragraph opening on the day of an event (8月21日，…) reports it, unless the unit speaks as itself.
    const firstProse = nonEmpty.find((l) => PROSE.test(text.slice(l.start, l.end)));
    const opensOnDay = firstProse !== undefined && d.newsOpening.test(text.slice(firstProse.start, firstProse.end));
    // A reporter's byline closing the page ((记者 张某 通讯员 李某)) tells a news item too, though the page's chrome filter drops
    // its line from the body.
    // So does a press source line (来源：某某日报) at the top or the foot of the page.
    const rawLines = text.trim().split('\n');
    const closing = rawLines.slice(-CLOSING_LINES).join('\n');
    const sourced = d.pressSource.test(rawLines.slice(0, HEADER_LINES).join('\n')) || d.pressSource.test(closing);
    const news = d.newsMarks.test(body) || d.pressMarks.test(closing) || sourced || ((d.thirdPerson.test(body) || opensOnDay) && !unitSpeaks);
    if (d.ruleSheet.test(opening)) genre = 'other';
    else if (d.planOpening.test(opening)) genre = 'plan';
    // A page telling that a plan was settled or issued and going on to its aims is the plan, told (其总体目标是…), when the
    // unit does not speak as itself (我局制定了方案，目标是… opens a report of the work).
    else if (d.planReport.test(opening) && !unitSpeaks) genre = 'plan';
    else if (d.reportOpening.test(opening) && !news) genre = 'summary';
    else if (headed.length > 0 && d.planHeadings.test(headed[0]!)) genre = 'plan';
    else if (headed.length >= MIN_REPORT_HEADINGS && !news && reportShaped) genre = 'summary';
    // A page cut from a report (no title, the text starting mid-way) speaks as the unit: 我镇…, 我们…. A whole
    // short page that speaks as the unit but neither starts mid-way nor says it reports is an article about it.
    else if (!title && unitSpeaks && !news && (d.cutOpening.test(firstText) || d.reportWords.test(body))) genre = 'summary';
  }
  // The body overrules a title that says nothing about it (a compilation page's …工作汇报篇8).
  // A press dateline or byline (本报讯, (记者 某某)) makes a news item whatever its headline names.
  // A headline naming a summary only weakly (…工作情况, …综述) over news wording, the unit never speaking as itself, is news.
  const weakTitle = named === 'summary' && titleLines.some((t) => d.weakSummaryTitle.words.test(t)) && !titleLines.some((t) => d.weakSummaryTitle.strong.test(t));
  if (d.articleMarks.test(opening) || d.pressMarks.test(opening) || (weakTitle && d.newsMarks.test(body) && !speaks(body, d.unitVoice))) genre = 'other';
  // A page whose title line names a plan keeps it under the plan's cover notice (关于印发《…方案》的通知 各科室: …, then the plan).
  else if ((named !== 'plan' && d.noticeCover.test(opening)) || (genre !== 'plan' && (d.addressee.test(opening) || d.noticeBody.test(opening)))) genre = 'notice';
  // A title that names another kind (…事迹材料, …调研报告, a news headline) keeps it though one person writes.
  else if ((genre === 'summary' || (genre === 'other' && named !== 'other')) && (speaks(body, d.firstPerson) || personalPhrases(body, d.personalMarks))) genre = 'personal';
  // One person's reflection in the staff's 我们 (我觉得…, 作为一名收费员…), the unit never naming itself (我局), with no title naming a summary.
  else if (genre === 'summary' && named !== 'summary' && d.personalOpinion.opinion.test(body) && !d.personalOpinion.unitSelf.test(body)) genre = 'personal';
  // Deeds told of one person (她…, 他…) are personal though the title does not say 个人 (…所长某某先进事迹).
  else if (titleLines.some((t) => d.personDeeds.title.test(t)) && speaks(body, d.personDeeds)) genre = 'personal';

  let unit: Span | null = null;
  // A name is longer than its kind's word (乡镇, 学校 alone name no unit).
  const fromTitle = title ? [d.unit.exec(titleText)].find((m) => m && m[1]!.length >= MIN_UNIT) ?? null : null;
  const secondText = title && isTitleLine(second) ? text.slice(second!.start, second!.end).trim() : '';
  // A unit named in brackets after the title (…自查报告(市数字办)).
  const bracketed = title && !fromTitle ? TITLE_BRACKET_UNIT.exec(titleText) : null;
  // Else a name opening the title that the text below names again, whatever word follows it (某某日报社到…社区捐赠图书).
  const recurringInTitle = title && !fromTitle ? titleRecurringName(text, titleText, title.end, d) : null;
  if (fromTitle) unit = { start: title!.start, end: title!.start + namedInText(text, fromTitle[1]!, title!.end, d).length };
  else if (recurringInTitle) unit = { start: title!.start, end: title!.start + recurringInTitle.length };
  else if (bracketed && bracketed[1]!.length >= MIN_UNIT && d.unitEnd.test(bracketed[1]!) && !genreOfTitle(bracketed[1]!, d)) {
    const at = title!.start + bracketed.index + 1;
    unit = { start: at, end: at + bracketed[1]!.length };
  }
  // A line of its own under the title that is nothing but a unit's name (石潭明德小学).
  else if (/^[\p{Script=Han}()（）]{3,24}$/u.test(secondText) && d.unitEnd.test(secondText) && !genreOfTitle(secondText, d)) {
    const at = second!.start + text.slice(second!.start, second!.end).indexOf(secondText);
    unit = { start: at, end: at + secondText.length };
  } else {
    // The signature: a unit line right before a date line at the end.
    const tail = nonEmpty.slice(-3);
    for (let k = 0; k < tail.length - 1; k++) {
      const candidate = text.slice(tail[k]!.start, tail[k]!.end);
      const next = text.slice(tail[k + 1]!.start, tail[k + 1]!.end);
      if (candidate.length <= 30 && /^(?:\d{4}|20[xX×_]{2})年/u.test(next) && d.unitEnd.test(candidate)) {
        unit = { start: tail[k]!.start, end: tail[k]!.end };
      }
    }
  }
  // A report whose title and signature name no unit often names it as the subject of its first sentence
  // (今年以来，市林业局按照…; 某市行政服务中心2015年正式成立); a news item, of a paragraph's first sentence after a lead
  // of its own (编者按, a photo's caption) or its date (5月8日，某县司法局组织…).
  if (!unit) {
    const openings = nonEmpty.filter((l, k) => (k > 0 || !title) && !headingLines.has(l.i) && /[。,，]|^[^\n]{30,}$/u.test(text.slice(l.start, l.end))).slice(0, OPENING_PARAGRAPHS);
    for (const recurring of [false, true]) {
      for (const opening of openings) {
        unit = openingSubject(text, opening.start, opening.end, d, recurring);
        if (unit) break;
      }
      if (unit) break;
    }
  }

  // Else the unit the text most often makes the subject of a clause (…，某某海关组织…。某某海关还…), named at least twice.
  if (!unit) unit = mostNamedSubject(text, nonEmpty, headingLines, d);
  if (unit) unit = fullestForm(text, unit, d);

  let period: Span | null = null;
  for (const l of [first, ...nonEmpty.slice(1, 4)]) {
    if (!l) continue;
    const m = d.period.exec(text.slice(l.start, l.end));
    if (m) {
      period = { start: l.start + m.index, end: l.start + m.index + m[0].length };
      break;
    }
  }

  const essays = words.filter((l) => d.compilation.some((p) => p.test(text.slice(l.start, l.end)))).map((l) => l.i);
  return { title, unit, period, genre, essays: essays.length >= 2 ? essays : [] };
}
