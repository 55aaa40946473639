// Takes out numbers that claim nothing: spans of time and ages (3年, 60岁), 一 + a measure word used as an
// article (组建一支志愿服务队), counts naming the parts of a slogan or plan (八个方面, 六个一, 三个文明), site
// counts (masked before quantities are read, see cues.yaml), session numbers, numbers inside quoted names and book titles
// (《…十项准则》), year placeholders, counts restating the list before them
// the times an honor was received and counts told again after a pointing word (这5名).
import type { FigureRefiner, FigureDraft, FigureContext } from '../figures.js';
import { findStartingIn, firstStartingAt, spansBetween } from '../contained.js';
import { loadTokenizer } from '../../segment/index.js';
import { CLAUSE_OR_SENTENCE_BREAK, CLOSE_QUOTES, OPEN_QUOTES, SENTENCE_BREAK, clauseEnd, clauseStart, lastIndexOfAny } from '../clause.js';

/** A count beside the 一 starts no farther before it than this (its own length and a 、 and six characters). */
const NEIGHBOUR_REACH = 48;

/** What may follow a count that closes its clause: a break, or the text's end. */
const CLOSES_CLAUSE = /^(?:[，,；;。！？!?\n]|$)/u;

/**
 * 召开动员会一次: a once of an event (cues.yaml `postposed-once`) closing its clause after what it counts is a count;
 * an article stands before its noun (开展一次整治). Not the times an honor was received (荣立三等功一次).
 */
function isPostposedOnce(context: FigureContext, d: FigureDraft): boolean {
  const { text } = context;
  const q = d.quantity;
  const { units, notAfter, narrative } = context.cues.postposedOnce;
  if (q.unit === null || !units.has(q.unit) || !CLOSES_CLAUSE.test(text.slice(q.end, q.end + 1))) return false;
  const lead = text.slice(clauseStart(text, q.start, d.sentence.norm.start), q.start);
  return lead.length > 0 && !notAfter.some((w) => lead.includes(w)) && !narrative.has(lead.trim());
}

/**
 * A count of the parts a scheme's tasks are split into (把创建任务细化为28项, 分解为八个方面、36项具体措施; 将19项工作任务
 * 进行分解): it names the scheme's shape, not work done.
 */
function isSchemePart(context: FigureContext, d: FigureDraft): boolean {
  const { text } = context;
  const q = d.quantity;
  const { units, before, disposal, after } = context.cues.schemeParts;
  if (q.unit === null || !units.has(q.unit)) return false;
  // The verb stands a few characters before the count, with no break between: no need to find the clause's start.
  if (before.test(text.slice(Math.max(d.sentence.norm.start, q.start - SCHEME_LEAD), q.start))) return true;
  if (q.unit === '个') return false;
  const lead = text.slice(clauseStart(text, q.start, d.sentence.norm.start), q.start);
  if (!disposal.some((w) => lead.includes(w))) return false;
  const clause = text.slice(q.end, clauseEnd(text, q.end, q.end + SCHEME_CLAUSE));
  return after.some((w) => clause.includes(w));
}
/** How far before a count of parts the verb that splits a scheme into them is looked for (its length and the gap). */
const SCHEME_LEAD = 16;
/** How far after a count of parts the verb that splits or hands them out is looked for. */
const SCHEME_CLAUSE = 30;

function isArticle(context: FigureContext, d: FigureDraft): boolean {
  const { text } = context;
  const q = d.quantity;
  if (text.slice(q.number.start, q.number.end) !== '一' || q.qualifier !== 'exact' || q.start !== q.number.start) return false;
  if (q.unit !== null && context.cues.vagueMeasures.has(q.unit)) return true;
  // 每一 + a measure word is "every" (每一座车站、每一趟列车), however a 每 before it counts (每月一次).
  if (text[q.start - 1] === '每') return true;
  if (context.cues.countingWords.test(text.slice(Math.max(d.sentence.norm.start, q.start - 14), q.start))) return false;
  if (isPostposedOnce(context, d)) return false;
  // 新建文化广场一处、公厕2座: a count beside other counts is one of them.
  const besides = context.claims.functionWords.neighbour;
  for (let i = firstStartingAt(d.inSentence, q.start - NEIGHBOUR_REACH); i < d.inSentence.length && d.inSentence[i]!.start <= q.end + 7; i++) {
    const o = d.inSentence[i]!;
    if (o !== q && o.unit !== null && (besides.test(text.slice(o.end, q.start)) || besides.test(text.slice(q.end, o.start)))) return false;
  }
  // 书柜三组，长桌一张，椅子12条: a 一 written after a bare noun that is its whole clause, with a count of an
  // inventory beside it across a comma and a bare noun, is one of the list, not an article.
  const inventory = context.claims.functionWords.inventoryNeighbour;
  const item = (between: string) => inventory.test(between) && !context.cues.predicates.test(between);
  const lead = text.slice(clauseStart(text, q.start, d.sentence.norm.start) - 1, q.start);
  if (CLOSES_CLAUSE.test(text.slice(q.end, q.end + 1)) && item(lead)) {
    for (let i = firstStartingAt(d.inSentence, q.start - NEIGHBOUR_REACH); i < d.inSentence.length && d.inSentence[i]!.start <= q.end + 8; i++) {
      const o = d.inSentence[i]!;
      if (o !== q && o.unit !== null && (item(text.slice(o.end, q.start)) || item(text.slice(q.end, o.start)))) return false;
    }
  }
  return true;
}

/** A slogan or plan names few parts: a larger count before a head word (83个重点保电单位) counts things. */
const SET_PHRASE_MAX = 20;

function isSetPhrase(context: FigureContext, d: FigureDraft): boolean {
  const after = context.text.slice(d.quantity.end, d.quantity.end + 4);
  if (followsSetPhrase(context, d)) return true;
  if (d.quantity.value !== null && d.quantity.value > SET_PHRASE_MAX) return false;
  if (context.cues.setPhraseCounted.some((w) => context.text.startsWith(w, d.quantity.end))) return false;
  return d.quantity.unitKind === 'count' && context.cues.setPhraseHeads.some((h) => after.startsWith(h) && !(NUMERAL_HEAD.test(h) && countsOnItsOwn(d)));
}
/** A set-phrase head that is a numeral (六个一, 四个100). */
const NUMERAL_HEAD = /^[一二三四五六七八九十百千万零\d]/u;

/**
 * A quantity with its own measure word starts right after the count (接待20余批次1000多人次, 5批次300人): the numeral
 * after it opens a second count, not the last word of a slogan.
 */
function countsOnItsOwn(d: FigureDraft): boolean {
  const q = d.quantity;
  return findStartingIn(d.inSentence, q.end, q.end + 1, (o) => o.unit !== null) !== undefined;
}

/**
 * A count of a scheme's parts (`scheme-parts` units) written right after a set-phrase count and its head (12个方面30项
 * 工作要点, 3个层面、12个环节, 五大类20项指标) names the finer parts of the same scheme: no figure either, whatever its size.
 */
function followsSetPhrase(context: FigureContext, d: FigureDraft): boolean {
  const q = d.quantity;
  if (q.unit === null || !context.cues.schemeParts.units.has(q.unit)) return false;
  const { text } = context;
  const i = firstStartingAt(d.inSentence, q.start) - 1;
  const o = d.inSentence[i];
  if (!o || o.end > q.start || q.start - o.end > SET_PHRASE_GAP || o.unitKind !== 'count' || (o.value !== null && o.value > SET_PHRASE_MAX)) return false;
  const between = text.slice(o.end, q.start);
  const head = context.cues.setPhraseHeads.find((h) => between.startsWith(h) && !/^[一二三四五六七八九十\d]/u.test(h));
  return head !== undefined && /^[、和及与]?$/u.test(between.slice(head.length));
}
/** The head word and a join between a set-phrase count and the finer count after it, at most. */
const SET_PHRASE_GAP = 4;

/** A pattern of `patterns` matches around the quantity and covers it (八届五次, 六次全委会). */
function isCovered(context: FigureContext, d: FigureDraft, patterns: RegExp[], reach = SITE_REACH): boolean {
  const q = d.quantity;
  const from = Math.max(0, q.start - reach);
  const window = context.text.slice(from, q.end + reach);
  return patterns.some((pattern) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
      if (from + m.index <= q.start && from + m.index + m[0].length >= q.end) return true;
    }
    return false;
  });
}
const SITE_REACH = 10;
/** An idiom (做好…四篇文章) may open this far before its count: its verb and a list of up to 24 characters. */
const IDIOM_REACH = 30;

const CLOSE_QUOTE_CHARS = [...CLOSE_QUOTES];
/** A number inside a short quoted name or slogan (围绕“两个重镇”建设, “四个100”). */
function isInQuotedName(context: FigureContext, d: FigureDraft): boolean {
  const { text } = context;
  const q = d.quantity;
  const before = text.slice(Math.max(0, q.start - QUOTED_NAME), q.start);
  const open = lastIndexOfAny(before, OPEN_QUOTES);
  if (open < 0) return false;
  // A name the number opens (“两支队伍 四心服务”品牌) may run on a little longer before its quote closes.
  const after = text.slice(q.end, q.end + (before.slice(open + 1).trim() === '' ? QUOTED_NAME_LED : QUOTED_NAME));
  let close = Infinity;
  for (const c of CLOSE_QUOTE_CHARS) if (after.includes(c)) close = Math.min(close, after.indexOf(c));
  // The quote before opens here (no quote closes between it and the number), and one closes soon after.
  return !CLOSE_QUOTE_CHARS.some((c) => before.slice(open + 1).includes(c)) && close !== Infinity && !CLAUSE_OR_SENTENCE_BREAK.test(before.slice(open + 1) + after.slice(0, close));
}
const QUOTED_NAME = 6;
/** How far the closing quote of a name that opens with the number may stand. */
const QUOTED_NAME_LED = 10;

/**
 * A number inside a book title (学习《…职业行为十项准则》, 《…学法100问》): part of the name of a document, however far
 * inside it; a count after the closing mark (《…》印发1.5万册) is no part of it.
 */
function isInBookTitle(context: FigureContext, d: FigureDraft): boolean {
  const { text } = context;
  const q = d.quantity;
  const before = text.slice(Math.max(0, q.start - BOOK_TITLE_REACH), q.start);
  const open = before.lastIndexOf('《');
  if (open < 0 || before.includes('》', open) || SENTENCE_BREAK.test(before.slice(open))) return false;
  const after = text.slice(q.end, q.end + BOOK_TITLE_REACH);
  const close = after.indexOf('》');
  return close >= 0 && !after.slice(0, close).includes('《') && !SENTENCE_BREAK.test(after.slice(0, close));
}
/** How far a book title's opening and closing marks stand from a number inside it, at most. */
const BOOK_TITLE_REACH = 40;

/**
 * A year written as a placeholder (20__, 20xx, 201*) with no unit: a date, not a count; so is a masked phone or
 * ID number (807****, 0531-86****): a blank after three or more digits or after a dash, with no unit.
 */
function isYearPlaceholder(context: FigureContext, d: FigureDraft): boolean {
  const q = d.quantity;
  return q.placeholder && q.unit === null && (/^(?:19|20|\d{3})/u.test(context.text.slice(q.start, q.end)) || /[\d-]$/u.test(context.text.slice(Math.max(0, q.start - 1), q.start)));
}

/** The measure word only starts a word (**人民), or a title after a blank (尊敬的**处长). */
function startsWord(context: FigureContext, d: FigureDraft): boolean {
  const q = d.quantity;
  if (q.unit === null) return false;
  const from = q.end - q.unit.length;
  const heads = (words: string[]) => words.some((w) => context.text.startsWith(w, from));
  return heads(context.cues.unitWordHeads) || (q.placeholder && heads(context.cues.placeholderWordHeads));
}

/** A character of a web address, file name or code (http://…/00300718539_4e3e.jpg). */
const TOKEN_CHAR = /[A-Za-z0-9_\-./:%?=&#~+]/u;
/** A token of those characters holding a letter, a slash or an underscore is an address or an ID. */
const ADDRESS_OR_ID = /[A-Za-z_/]/u;
/** How far around a number its token is read. */
const TOKEN_REACH = 40;

/** A number inside a web address, a file name or a document ID: no quantity the text states. */
function isInToken(context: FigureContext, d: FigureDraft): boolean {
  const { text } = context;
  const q = d.quantity;
  let from = q.start;
  while (from > Math.max(0, q.start - TOKEN_REACH) && TOKEN_CHAR.test(text[from - 1]!)) from--;
  let to = q.end;
  while (to < Math.min(text.length, q.end + TOKEN_REACH) && TOKEN_CHAR.test(text[to]!)) to++;
  return ADDRESS_OR_ID.test(text.slice(from, q.start)) || ADDRESS_OR_ID.test(text.slice(q.end, to));
}

/** How far after a count its ranking (…第8位) is looked for. */
const RANKING_REACH = 24;

/** A count that is the field of a ranking in its clause (位列113个地级提名城市第8位). */
function isRankingPool(context: FigureContext, d: FigureDraft): boolean {
  const q = d.quantity;
  return q.unitKind === 'count' && context.cues.rankingPool.test(context.text.slice(q.end, Math.min(d.sentence.norm.end, q.end + RANKING_REACH)));
}

/** A restated list has at most this many items. */
const MAX_RESTATED = 10;

/**
 * A small count right after a list of as many names in its clause (华润新苑、阳光花城两个小区; 沙井、昌北、庐南、
 * 丰和四个老社区): it restates the list, claiming nothing new. The list holds no other quantity, and no verb
 * that makes the count a result (设置…五个小组), nor an honor after it (甲、乙两位教师被评为…: the honorees).
 */
function isRestatedList(context: FigureContext, d: FigureDraft): boolean {
  const { text } = context;
  const q = d.quantity;
  if (q.unitKind !== 'count' || q.value === null || q.value < 2 || q.value > MAX_RESTATED || q.qualifier !== 'exact') return false;
  const start = clauseStart(text, q.start, d.sentence.norm.start);
  const words = context.claims.functionWords;
  const list = text.slice(start, q.start).replace(words.listTail, '');
  if (spansBetween(d.inSentence, q, start, q.start) > 0) return false;
  // 各村、社区都制作两条: each item has its own count; 设置乒乓球、…和摄影五个爱好小组: the count is what was set up.
  const afterLast = list.slice(Math.max(0, ...words.listSeparators.map((s) => (list.includes(s) ? list.lastIndexOf(s) + s.length : 0))));
  // A verb that only leads to the places listed (组织服务队分别到华润新苑、阳光花城两个小区) makes no count of its own.
  const places = [...list.matchAll(words.listPlaces)].pop();
  const governed = places ? list.slice(places.index! + places[0].length) : list;
  // The items of a list of proposals are verb phrases (加强师德建设、改进课堂教学三点要求): their verbs govern no count.
  const propositions = context.cues.restatedPropositions.some((w) => text.startsWith(w, q.end));
  if (words.distributive.test(afterLast) || (!propositions && context.cues.predicates.test(governed))) return false;
  // The list is of the unit's honorees (甲、乙两位教师被评为…): the count of them is a result the gold sets keep.
  if (words.listHonored.test(text.slice(q.end, d.sentence.norm.end))) return false;
  const commas = list.match(words.listSeparator)?.length ?? 0;
  // 与 before a partner the clause then pairs with (与山区2所小学结对, 与沿线2个社区共建) is a preposition, not a join:
  // the unit and its partners are no list.
  if (commas === 0 && context.cues.partnerVerbs.test(text.slice(q.end, clauseEnd(text, q.end, d.sentence.norm.end)))) return false;
  // A join word counts after the last 、 only (丰和 ends a name), and only when a name follows it.
  const tail = commas > 0 ? afterLast : list;
  const joins = tail.match(words.lastJoin)?.length ?? 0;
  const items = commas + Math.min(joins, 1) + 1;
  // A verb after the proposals (就…、…提出两条意见) governs them; one after names governs a count of its own.
  return commas + joins > 0 && items === q.value && (propositions || !endsInVerb(afterLast));
}

/**
 * The last item of a list ends in a verb (陈某、岳某应急处置两起险情; 张某、李某救起两名儿童): the names are the subject
 * and the count is the verb's object, a result, whatever the verb; `predicates` only knows the verbs of work.
 */
function endsInVerb(item: string): boolean {
  if (item.length < 2) return false;
  const tags = loadTokenizer().tag(item, true);
  return tags.at(-1)?.tag === 'v';
}

/** Short quoted names holding a numeral (“三个明确”, “五个一”): the slogans a document names. */
function quotedNames(text: string): Map<string, Set<string>> {
  // Keyed by first character, so that a figure looks only at the names that could start with it.
  const names = new Map<string, Set<string>>();
  for (const m of text.matchAll(QUOTED_SLOGAN)) {
    const name = m[1]!;
    if (!names.has(name[0]!)) names.set(name[0]!, new Set());
    names.get(name[0]!)!.add(name);
  }
  return names;
}
const QUOTED_SLOGAN = /[“"「『]([^”"」』“「『,，。;；\n]{0,3}[一二两三四五六七八九十百千万\d][^”"」』“「『,，。;；\n]{0,6})[”"」』]/gu;

/** A span of time that measures the work (办理时间缩短至15分钟, 3日内): a figure, unlike 历时3天. */
function isTimed(context: FigureContext, d: FigureDraft): boolean {
  const { text, cues } = context;
  const q = d.quantity;
  if (!cues.timed.units.has(q.unit!)) return false;
  // The limit word may close the quantity itself as its hedge (7日内: at_most).
  if (cues.timed.after.some((w) => text.startsWith(w, q.end) || q.text.endsWith(w))) return true;
  const clause = text.slice(clauseStart(text, q.start, d.sentence.norm.start), q.start);
  return cues.timed.before.some((w) => clause.includes(w));
}

/** A headline is one of the first HEADLINE_LINES lines, at most HEADLINE_LENGTH long, with no sentence end, colon or tab. */
const HEADLINE_LINES = 4;
const HEADLINE_LENGTH = 40;
const NOT_IN_HEADLINE = /[。；;：:!?！？\t]/u;
/** How far after a headline its body starts at the latest. */
const BODY_REACH = 600;

/**
 * A number in a page's headline (110家民企争相创文，万利隆名列前茅获得表彰) or in a title above the body: the body
 * tells it again where it claims it, so the headline's copy is no figure of its own.
 */
function isHeadline(context: FigureContext, d: FigureDraft): boolean {
  if (d.sentence.paragraph >= HEADLINE_LINES) return false;
  const { text } = context;
  // Only a window of the headline's length either side is looked at: a long line is no headline.
  const from = Math.max(0, d.quantity.start - HEADLINE_LENGTH - 1);
  const before = text.slice(from, d.quantity.start);
  const after = text.slice(d.quantity.start, d.quantity.start + HEADLINE_LENGTH + 1);
  const opened = before.lastIndexOf('\n');
  const closed = after.indexOf('\n');
  if ((opened < 0 && from > 0) || closed < 0) return false;
  const next = d.quantity.start + closed;
  const line = (before.slice(opened + 1) + after.slice(0, closed)).trim();
  if (line.length > HEADLINE_LENGTH || NOT_IN_HEADLINE.test(line)) return false;
  // A body follows: a longer line, within the next few.
  return text.slice(next + 1, next + 1 + BODY_REACH).split('\n').some((l) => l.trim().length > HEADLINE_LENGTH);
}

/** Once in a regular rhythm (每月一次, 每三年复查一次) outside the named categories: a habit, not a claim. */
function isOtherRhythm(context: FigureContext, d: FigureDraft): boolean {
  const q = d.quantity;
  if (d.category !== 'other' || q.value !== 1 || q.unit !== '次') return false;
  const start = clauseStart(context.text, q.start, d.sentence.norm.start);
  return context.cues.rhythm.test(context.text.slice(start, q.start));
}

/** How far before a count a streak word (连续) is looked for. */
const STREAK_REACH = 4;

/**
 * The times an honor was received (先后5次获得…称号, 两次被…授予): a count of the honor, not of work done; a streak
 * (连续两次被评为) stays a figure.
 */
function isHonorTimes(context: FigureContext, d: FigureDraft): boolean {
  const q = d.quantity;
  const { units, before, streak } = context.cues.honorTimes;
  if (q.unit === null || !units.has(q.unit) || !before.some((w) => context.text.startsWith(w, q.end))) return false;
  const lead = context.text.slice(Math.max(0, q.start - STREAK_REACH), q.start);
  return !streak.some((w) => lead.endsWith(w));
}

/**
 * A count a pointing word stands right before (帮助这5名学生, 上述3项措施) that the text has written before: the
 * same people or things told again, no new figure.
 */
function isToldAgain(context: FigureContext, d: FigureDraft): boolean {
  const { text } = context;
  const q = d.quantity;
  if (q.unit === null || !context.cues.anaphors.some((w) => text.startsWith(w, q.start - w.length))) return false;
  return text.lastIndexOf(text.slice(q.start, q.end), q.start - 1) >= 0;
}

/** A count that, with the words after it, spells a slogan the document quotes elsewhere (三个明确就是…). */
function isQuotedSloganAgain(context: FigureContext, d: FigureDraft, slogans: Map<string, Set<string>>): boolean {
  const { text } = context;
  const q = d.quantity;
  const count = text.slice(q.start, q.end);
  for (const name of slogans.get(count[0] ?? '') ?? []) {
    if (name.startsWith(count) && name.length > count.length && text.startsWith(name.slice(count.length), q.end)) return true;
  }
  return false;
}

export const dropNonClaims: FigureRefiner = (context, drafts) => {
  const slogans = drafts.length > 0 ? quotedNames(context.text) : new Map<string, Set<string>>();
  return drafts.filter(
    (d) =>
      d.table ||
      !(
        (d.quantity.unit !== null && context.cues.notFigureUnits.has(d.quantity.unit) && !isTimed(context, d)) ||
        isArticle(context, d) ||
        isSetPhrase(context, d) ||
        isSchemePart(context, d) ||
        isCovered(context, d, context.cues.ordinals) ||
        isCovered(context, d, context.cues.idioms, IDIOM_REACH) ||
        isInQuotedName(context, d) ||
        isInBookTitle(context, d) ||
        isYearPlaceholder(context, d) ||
        startsWord(context, d) ||
        isRankingPool(context, d) ||
        isInToken(context, d) ||
        isRestatedList(context, d) ||
        isOtherRhythm(context, d) ||
        isHonorTimes(context, d) ||
        isToldAgain(context, d) ||
        isHeadline(context, d) ||
        isQuotedSloganAgain(context, d, slogans)
      ),
  );
};
