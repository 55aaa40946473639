// Finds honors named after a verb: 被…评为, 荣获, 保持, 是/成为, 授予…称号, 涌现出, 榜上有名, 荣记三等功, counted designations.
import { matchAllAnchored } from '../anchored.js';
import { awarderWords, clauseSubject, sentenceBody } from './awarder.js';
import { ANY_QUOTE, clauseStartBefore, sentenceEndAfter } from './clauses.js';
import { PUBLISHER_LEAD, type HonorPatterns } from './patterns.js';
import { headCount } from './recipient.js';
import type { Collector } from './resolve.js';
import { cleanItem, HELD_ROUNDS, honorShaped, listParts, titlesOf, withTitleWord } from './titles.js';

/** A list's name shorter than this (获奖名单) names no honor. */
const LISTED_TITLE = 4;
/** Holders of a title counted this many or more after it (“服务之星”457名) are a tally, as a round's honorees are. */
const TALLY = 10;
/** 新一轮, 新一批: the latest round, no part of the title. */
const NEW_ROUND_WORDS = /^(?:最)?新一(?:轮|批|届)/u;
/** After 作为, a title qualifying a role with 的 (省级文明单位的示范带头作用): 1 the title. */
const HELD_AS_ROLE = /^([^的“”"「」]{4,20})的/u;
/** A kept verb's object ending in the results of a campaign (…创建成果, …工作成效): no title kept. */
const KEPT_RESULTS = /(?:成果|成效|成绩)$/u;
const ALL_QUOTE_MARKS = /[“”"「」『』]/gu;
/** A quoted title right after a verb, qualifying what follows with 的 (“…”的各项工作成果): 1 the quoted title. */
const QUOTED_THEN_DE = /^([“"「][^”"」]{2,30}[”"」])的/u;
/** The size of a published list before its title (公布了12家…基地): the round's, no part of the title. */
const COUNTED_LEAD = /^(?:\d+|[一二两三四五六七八九十百]+)(?:多|余)?[个家所座处名位]/u;


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

/** The list pattern reaches this far back from its verb: 60 characters of name, 名单中, 30 of words and more. */
const LISTED_REACH = 120;
/** Quoted words, blanked before looking for a body's verb: 发布 in “云山发布” is a name. */
const QUOTED_WORDS = /“[^”]*”/gu;

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


const ACTIVE_VERBS = ['授予', '命名', '表彰'];
/** Right after 受到…表彰, a clause naming the title given (，荣获…称号, ，被评为…). */
const COMMENDATION_NAMED = /^[,，]\s*(?:并|同时)?(?:荣获|获得|获评|喜获|被(?:评为|授予|命名为)|授予)/u;

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
      // 院, 校 right after a character end a unit's name (中国中医科学院广安门医院), no level word (院级, 校级).
      if (k > 0 && /^[院校](?!级)/u.test(rest) && /\p{Script=Han}/u.test(run[k - 1]!)) continue;
      if (start.test(rest) && honorShaped({ title: rest, quoted: false, year: null, people: false }, p, 'normal')) return laterAfterUnit(run, k, p) ?? k;
    }
  }
  return -1;
}

/**
 * 授予中国中医科学院广安门医院首都文明单位标兵称号: a level word opening the unit's name (中国…医院) is no title's
 * start when a later one (首都) opens a title right after the unit's name: that one is.
 */
function laterAfterUnit(run: string, k: number, p: HonorPatterns): number | undefined {
  for (let j = k + 2; j < run.length - 1; j++) {
    const rest = run.slice(j);
    if (p.levelWordAtStart.test(rest) && p.unitAtEnd.test(run.slice(k, j)) && honorShaped({ title: rest, quoted: false, year: null, people: false }, p, 'normal')) return j;
  }
  return undefined;
}

/** Every honor named after a verb, each handed to the collector. */
export function verbLedHonors(text: string, p: HonorPatterns, { add, seen, out, rounds }: Collector): void {
  const namedAfter = new RegExp(`^(${p.namedSubject.source.replace(/^\^|\$$/gu, '')})(?=[、,，和及]|为代表|等)`, 'u');
  const runStart = (m: RegExpExecArray, rest: string) => m.index + m[0].length - rest.length;
  /** A round's giver of a title, the first one the text names. */
  const noteRound = (title: string | undefined, giver: string | null | undefined) => {
    if (title && giver && !rounds.has(title)) rounds.set(title, giver);
  };
  for (const m of scan(p.conferred, text, 3)) {
    const [, awarder, , rest] = m;
    const restStart = runStart(m, rest!);
    const titles = titlesOf(rest!, p);
    for (const item of titles) add({ start: m.index, end: withTitleWord(text, restStart + item.end, restStart + rest!.length), item, awarder: awarder ?? null, verbStart: m.index });
    // Conferred quoted titles are honors whatever their words: 被…命名为“书香机关”. An item read as a title already
    // (市级“A”、“B”: 市级B) is not read again bare.
    const read = new Set(titles.map((item) => item.end));
    for (const item of listParts(rest!, p).map((part) => ({ cleaned: cleanItem(part.text, p, 'normal'), end: part.start + part.text.length }))) {
      if (item.cleaned?.quoted && !read.has(item.end) && !seen.has(item.cleaned.title) && !p.pursuit.test(item.cleaned.title) && item.cleaned.title.length <= 30) add({ start: m.index, end: withTitleWord(text, restStart + item.end, restStart + rest!.length), item: { ...item.cleaned, end: item.end }, awarder: awarder ?? null, verbStart: m.index });
    }
  }
  for (const m of scan(p.received, text, 2)) {
    const [, verb, rest] = m;
    // 获 must not be part of 获取, 获悉.
    if ((verb === '获' && /^[取悉得益救奖]/u.test(rest!)) || /^者/u.test(rest!)) continue;
    const restStart = runStart(m, rest!);
    // 巩固我局荣获“省级最佳文明单位”的各项成果: a unit as the subject, its quoted title qualifying a noun with 的, won it.
    const relative = QUOTED_THEN_DE.exec(rest!);
    const run = relative && p.unitAtEnd.test(text.slice(clauseStartBefore(text, m.index), m.index).replace(p.adverbsAtEnd, '').trim()) ? relative[1]! : rest!;
    for (const item of titlesOf(run, p)) add({ start: m.index, end: withTitleWord(text, restStart + item.end, restStart + run.length), item, awarder: null, verbStart: m.index });
  }
  for (const m of scan(p.kept, text, 2)) {
    const [, , rest] = m;
    // 复查确认继续保留…: the second verb's own match reads the title.
    if (p.keptAtStart.test(rest!)) continue;
    // 巩固提升省级文明单位和市级文明单位标兵创建成果: what is kept is the results of the titles' campaigns, no title.
    if (KEPT_RESULTS.test(rest!.replace(ALL_QUOTE_MARKS, ''))) continue;
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
    // 授予某医院等326个单位…称号, 授予100名同志…称号: a round's honorees summed up (ten or more, counted), not the unit's own honor.
    if ((p.roundHonorees.test(receiver) && !/^(?:我|本|该)/u.test(receiver)) || p.countedHonorees.test(receiver)) {
      noteRound(item.title, awarder);
      continue;
    }
    const person = p.namedSubject.test(receiver) && !p.unitAtEnd.test(receiver) ? receiver : /^(.{2,3}?)同志$/u.exec(receiver)?.[1];
    const heldBy = person ? { recipient: `person:${person}`, name: { start: restStart + run.indexOf(person), end: restStart + run.indexOf(person) + person.length } } : { recipient: 'unit', name: null };
    add({ start: m.index, end: m.index + m[0].length, item: { ...item, end: 0 }, awarder, verbStart: m.index, heldBy });
  }
  // 某公司先后被予“A”、“B”等荣誉称号; 院长被县妇联授命为“…”荣誉称号: a passive clause closed by a title word gave the
  // titles whatever its verb. A verb of the family was read above, with its body; a goal, a nomination (被推荐为“…”
  // 称号) or a name given by others (被群众称为“…”) gives none.
  for (const m of text.matchAll(p.titledPassive)) {
    const [, lead, run] = m;
    if (p.verbInside.test(lead!) || p.pursuit.test(lead!) || p.passiveNotConferred.test(lead!)) continue;
    const runStart = m.index + 1 + lead!.length;
    const body = bodyOpening(lead!, p);
    for (const item of titlesOf(run!, p)) add({ start: m.index, end: withTitleWord(text, runStart + item.end, m.index + m[0].length), item, awarder: body, verbStart: m.index });
  }
  for (const m of text.matchAll(p.reviewed)) {
    const run = m[1]!;
    const restStart = m.index + m[0].indexOf(run);
    for (const item of titlesOf(run, p, 'kept')) add({ start: m.index, end: restStart + item.end, item, awarder: null, verbStart: m.index });
  }
  for (const m of scan(p.weak, text, 2)) {
    const [, verb] = m;
    let rest = m[2]!;
    // 发挥我院作为省级文明单位的示范带头作用: a unit as the subject holds the title its role is qualified by.
    const held = verb === '作为' && p.unitAtEnd.test(text.slice(clauseStartBefore(text, m.index), m.index).trim()) ? HELD_AS_ROLE.exec(rest) : null;
    if (held) rest = held[1]!;
    // 是 is everywhere: only a quoted or level-led run can name an honor.
    if (!ANY_QUOTE.test(rest) && !p.startsWithLevel.test(rest.replace(/^了/u, '').replace(HELD_ROUNDS, ''))) continue;
    // 是继文明城市、文明村镇…后: a preposition after 是 opens a phrase about the titles, not a title held.
    if (p.prepositionAtStart.test(rest)) continue;
    // 是全县发展的“主力军”和“功臣”: quoted words qualified with 的 after 是 are a figure of speech.
    if (/^[^“"「《]*的[^“"「《]*[“"「《]/u.test(rest)) continue;
    const restStart = runStart(m, m[2]!);
    for (const item of titlesOf(rest, p, 'weak')) add({ start: m.index, end: withTitleWord(text, restStart + item.end, restStart + rest!.length), item, awarder: null, verbStart: m.index });
  }
  for (const m of scan(p.emerged, text, 2)) {
    // 涌现出了以“A”张某、“B”李某为代表的…: each quoted title is the honor of the name after it.
    const lead = /^以/u.test(m[2]!) ? 1 : 0;
    const rest = m[2]!.slice(lead);
    const restStart = runStart(m, m[2]!) + lead;
    // 培育出全国一级英模张某、李某,二级英模王某: titles each followed by the names of those holding them.
    if (titlesBeforeNames(rest, restStart, m.index, p, add)) continue;
    for (const item of titlesOf(rest, p)) {
      // 16年来,涌现出“服务之星”457名: a title with no level or place, counted by the dozen, is the unit's own rating
      // tallied over the years, no honor; 涌现出省级优秀教师12人 names an outside round's.
      if (!p.startsWithLevel.test(item.title) && (item.count ?? 0) >= TALLY) continue;
      const quoted = rest.indexOf(`${item.title}”`);
      const named = quoted >= 0 && lead > 0 ? namedAfter.exec(rest.slice(quoted + item.title.length + 1)) : null;
      const nameStart = named ? restStart + quoted + item.title.length + 1 : 0;
      const heldBy = named ? { recipient: `person:${named[1]}`, name: { start: nameStart, end: nameStart + named[1]!.length } } : undefined;
      add({ start: m.index, end: restStart + item.end, item, awarder: null, verbStart: m.index, emerged: true, ...(heldBy ? { heldBy } : {}) });
    }
  }
  // A list published by a body, and the unit named in it (…公布的第二批全国文明单位名单中，某公司榜上有名).
  for (const m of listedMatches(text, p)) {
    const [, before] = m;
    // 中央文明委公布第七届全国文明单位名单: with or without 的, the title follows the body's verb.
    const published = p.listPublisher.exec(before!.replace(QUOTED_WORDS, (q) => '“'.padEnd(q.length - 1, '_') + '”'));
    // <unit>在<title>名单中榜上有名: the unit comes before 在, the title after it.
    const named = published ? -1 : before!.lastIndexOf('在');
    const raw = before!.includes('的') ? before!.slice(before!.lastIndexOf('的') + 1) : before!.slice(published?.[0].length ?? named + 1);
    const item = cleanItem(raw, p, 'normal');
    if (!item || item.title.length < LISTED_TITLE || !honorShaped(item, p, 'normal')) continue;
    const verbStart = m.index + m[0].length - p.listedVerbLength(m[0]);
    add({ start: m.index + before!.length - raw.length, end: m.index + m[0].length, item: { ...item, end: 0 }, awarder: published?.[1]?.replace(p.recentTrail, '') ?? null, verbStart });
  }
  // 公安部命名新一轮全国公安机关执法示范单位,某中队榜上有名: the body's act names the title, with no 名单.
  for (const m of matchAllAnchored(text, p.publishedListed, p.publishVerb, PUBLISHER_LEAD.min, PUBLISHER_LEAD.max)) {
    const [, body, raw] = m;
    if (raw!.includes('名单')) continue;
    const item = cleanItem(raw!.replace(NEW_ROUND_WORDS, ''), p, 'normal');
    if (!item || item.title.length < LISTED_TITLE || !honorShaped(item, p, 'normal')) continue;
    const awarder = body!.replace(/^.*(?:[\d一二三四五六七八九十]+[年月日]|近日|日前|近期|最近)/u, '').replace(p.recentTrail, '');
    // 会议审议通过了…: a meeting names no body; the body that held it (publishedAfterBody) did.
    if (p.meetingAlone.test(awarder)) continue;
    const verbStart = m.index + m[0].length - p.listedVerbLength(m[0]);
    add({ start: m.index, end: m.index + m[0].length, item: { ...item, end: 0 }, awarder: awarder.length >= 2 ? awarder : null, verbStart, heldBy: { recipient: 'unit', name: null } });
  }
  // 某委联合发文,公布了12家全国…基地,某库入选; 市文明委召开全会,会议审议通过了…文明单位,某局在列: the list is published
  // in a clause of its own, its subject left out or a meeting; the body acting at the sentence's opening published it.
  for (const m of text.matchAll(p.publishedAfterBody)) {
    const awarder = sentenceBody(text, m.index + 1, p);
    if (!awarder) continue;
    const item = cleanItem(m[1]!.replace(NEW_ROUND_WORDS, '').replace(COUNTED_LEAD, ''), p, 'normal');
    if (!item || item.title.length < LISTED_TITLE || !honorShaped(item, p, 'normal')) continue;
    const verbStart = m.index + m[0].length - [...p.listedVerbs, ...p.listedAtEnd].find((v) => m[0].endsWith(v))!.length;
    add({ start: m.index + 1, end: m.index + m[0].length, item: { ...item, end: 0 }, awarder, verbStart, heldBy: { recipient: 'unit', name: null } });
  }
  // 某局举行“全国文明单位”授牌仪式: the unit is given the plaque of a title it won. A plaque or flag with no honor word
  // (“爱心驿站”揭牌, 志愿服务队授旗暨“便民服务站”揭牌) opens a place or a team: no title.
  for (const m of text.matchAll(p.heldCeremony)) {
    const item = cleanItem(m[1]!, p, 'kept');
    if (!item || !honorShaped(item, p, 'normal') || !p.honorWords.test(item.title)) continue;
    add({ start: m.index, end: m.index + m[0].length, item: { ...item, end: 0 }, awarder: null, verbStart: m.index, heldBy: { recipient: 'unit', name: null } });
  }
  // “中国最美供电所”颁奖典礼在京举行,某所获此殊荣: the prize the ceremony gave.
  for (const m of text.matchAll(p.prizeCeremony)) {
    const item = cleanItem(m[1]!, p, 'kept');
    if (!item || !honorShaped(item, p, 'normal')) continue;
    const verbStart = m.index + m[0].length - 4;
    add({ start: m.index, end: m.index + m[0].length, item: { ...item, end: 0 }, awarder: null, verbStart, heldBy: { recipient: 'unit', name: null } });
  }
  // 中央文明委下发《关于表彰第四届全国文明城市(区)、文明村镇、文明单位的决定》,某局榜上有名: the title of the
  // kind the named units are.
  for (const m of text.matchAll(p.decisionListed)) {
    const [, titles, named] = m;
    const clauseStart = clauseStartBefore(text, m.index);
    const bodyMatch = p.decisionBody.exec(text.slice(clauseStart, m.index));
    const body = bodyMatch?.[1] ?? '';
    const start = bodyMatch ? clauseStart + bodyMatch.index : m.index;
    const items = titlesOf(titles!, p);
    const kind = p.kindOfHolder.find((k) => k.holder.test(named!.replace(/等.*$/u, '')));
    const chosen = items.length > 1 && kind ? items.filter((item) => kind.title.test(item.title.replace(/[(（][^)）]*[)）]$/u, ''))) : items;
    const verbStart = m.index + m[0].length - p.listedVerbLength(m[0]);
    const awarder = awarderWords(body, p, false) || null;
    for (const item of chosen) add({ start, end: m.index + m[0].length, item: { ...item, end: 0 }, awarder, verbStart, heldBy: { recipient: 'unit', name: null } });
  }
  // 安庆市文明办下发文件，对2013年度全市…先进单位进行表彰: a body commends holders of a level-led title it names.
  for (const m of text.matchAll(p.commendedHolders)) {
    const run = m[1]!;
    const runStart = m.index + m[0].indexOf(run);
    const awarder = clauseSubject(text, m.index, p) ?? sentenceBody(text, clauseStartBefore(text, m.index), p);
    if (!awarder || !p.awarderBeforeQuote.test(awarder)) continue;
    for (const item of titlesOf(run, p)) {
      if (!p.startsWithLevel.test(item.title)) continue;
      add({ start: m.index, end: m.index + m[0].length, item, awarder, verbStart: m.index, heldBy: { recipient: 'unit', name: null } });
    }
  }
  // 受到区政府表彰: a commendation by a body (one named as a body: 受到各级表彰 names none).
  for (const m of text.matchAll(p.commended)) {
    const body = m[1]!.replace(/^(?:了|过)/u, '');
    // 受到个人嘉奖, 受到集体通报嘉奖: the kind of commendation, no body; a person's or the unit's, its giver unnamed.
    if (body === '个人' || body === '集体') {
      add({ start: m.index, end: m.index + m[0].length, item: { title: body + m[2]!, end: 0, quoted: false, year: null, people: body === '个人' }, awarder: null, verbStart: m.index });
      continue;
    }
    if (!p.awarderBeforeQuote.test(body) || /^(?:各|多|上级|有关)/u.test(body)) continue;
    // 多次受到…表彰: many commendations, none named.
    if (p.repeatedBefore.test(text.slice(clauseStartBefore(text, m.index), m.index))) continue;
    // 受到市文明委表彰，荣获“文明单位”称号: the commendation is the title the next clause names.
    const named = COMMENDATION_NAMED.exec(text.slice(m.index + m[0].length, sentenceEndAfter(text, m.index + m[0].length)));
    if (named) {
      // …and the body that commended it gave that title.
      const verbAt = m.index + m[0].length + named[0].length;
      for (const honor of out) if (honor.awarder === null && honor.start >= m.index + m[0].length && honor.start < verbAt) honor.awarder = body;
      continue;
    }
    add({ start: m.index, end: m.index + m[0].length, item: { title: body + m[2]!, end: 0, quoted: false, year: null, people: false }, awarder: body, verbStart: m.index });
  }
  // 某会召开…会议,…表彰10个先进集体和100名优秀义工: the round's honorees counted; the body opening the sentence gave
  // the unit's own honor of such a title that a later sentence names without a giver.
  for (const m of text.matchAll(p.commendedRun)) {
    const body = sentenceBody(text, clauseStartBefore(text, m.index), p);
    if (!body) continue;
    for (const part of m[1]!.split(/[、和及]/u)) {
      const title = p.countedTitle.exec(part.trim())?.[1];
      noteRound(title, body);
    }
  }
  for (const m of text.matchAll(p.merit)) {
    // 2名干警被市中院荣记个人三等功: the body after 被 gave it, and the subject before 被 received it.
    const before = text.slice(clauseStartBefore(text, m.index), m.index);
    // 给100个集体记集体一等功: a round's honorees summed up.
    if (p.countedHonorees.test(before.replace(/(?:记|立)$/u, '').trim())) {
      const body = sentenceBody(text, clauseStartBefore(text, m.index), p);
      const title = m[0].replace(/^(?:荣立|荣记|记|立)/u, '');
      noteRound(title, body);
      continue;
    }
    const by = /被([^被]{2,16})$/u.exec(before);
    const verbStart = by ? m.index - by[0].length : m.index;
    // 被授予“集体三等功” names no body: the verb and the opening mark after 被 are no awarder (被省厅授予“…” keeps 省厅).
    const agent = by?.[1]!.replace(/(?:授予|给予)?(?:了)?[“"「『]?$/u, '') ?? '';
    const people = /个人/u.test(m[0]);
    const title = m[0].replace(/^(?:荣立|荣记|记|立)/u, '').replace(/^((?:[\p{Script=Han}]*?(?:部|厅|局|委|政府))?)个人/u, '$1');
    // 荣立公安部集体一等功: the body before the kind of merit recorded it.
    const recordedBy = /^([\p{Script=Han}]+?(?:部|厅|局|委|政府))(?=个人|集体|[一二三]、|[一二三]等功)/u.exec(title)?.[1] ?? null;
    // 个人一、二、三等功: a merit of each rank.
    const ranks = /((?:[一二三]、)+[一二三])等功$/u.exec(title);
    const titles = ranks ? ranks[1]!.split('、').map((rank) => `${title.slice(0, ranks.index)}${rank}等功`) : [title];
    for (const one of titles) add({ start: verbStart, end: m.index + m[0].length, item: { title: one, end: 0, quoted: false, year: null, people }, awarder: (agent.length >= 2 ? agent : null) ?? recordedBy, verbStart });
  }
  // The designation is found first and its level or place (迁安市, 市级) read back from it: a pattern that opens
  // with an optional place would be tried at every character of the text.
  for (const m of text.matchAll(p.designation)) {
    const place = p.designationPlace.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[0] ?? '';
    const start = m.index - place.length;
    const name = text.slice(start, m.index) + m[0].replace(/\d+(?:人|名|位)$/u, '');
    // 学校现有省级骨干教师3人: the words up to 现有 say who has them, not which designation.
    const lead = /^(?:.*(?:现有|共有|拥有|其中)|有)/u.exec(name)?.[0].length ?? 0;
    const count = headCount(m[0]);
    add({ start: start + lead, end: m.index + m[0].length, item: { title: name.slice(lead), end: 0, quoted: false, year: null, people: true, ...(count ? { count } : {}) }, awarder: null, verbStart: start + lead, emerged: true });
  }
}

/** The longest opening of a passive's words that ends as a body's name does (县妇联 in 县妇联授命为): the body, or null. */
function bodyOpening(words: string, p: HonorPatterns): string | null {
  for (let end = words.length; end >= 2; end--) if (p.awarderBeforeQuote.test(words.slice(0, end))) return words.slice(0, end);
  return null;
}

/**
 * A run of groups, each a title followed by names, the groups and the names parted by commas or 、 (全国一级英模张某、
 * 李某,二级英模王某等五位英雄模范; “全国优秀人民警察”黄某、一等功臣张某、李某等): honors of those people. A title is quoted
 * or ends as a title does; a later group's unquoted title without the first's modifier shares it (二级英模 → 全国二级英模).
 * Groups are read up to the first comma-part that does not read so (a name after a comma opens none), none of whose
 * groups is kept; false, adding nothing, unless the first does.
 */
function titlesBeforeNames(run: string, runStart: number, verbStart: number, p: HonorPatterns, add: Collector['add']): boolean {
  const name = p.namedSubject.source.replace(/^\^|\$$/gu, '');
  const opening = new RegExp(`^(?:([“"「])([^“”"「」]{2,30})[”"」]|(.{2,30}?${p.titleHead.source.replace(/\$$/u, '')}))(${name})(?:等[^,，、]*)?$`, 'u');
  const another = new RegExp(`^(${name})(?:等[^,，、]*)?$`, 'u');
  const groups: { title: string; quoted: boolean; names: { at: number; name: string }[]; at: number }[] = [];
  let kept = 0;
  let at = 0;
  for (const part of run.split(/[,，]/u)) {
    let ok = true;
    let tokenAt = at;
    for (const token of part.split('、')) {
      const m = opening.exec(token);
      const more = m ? null : another.exec(token);
      if (m) {
        const title = m[2] ?? m[3]!;
        groups.push({ title, quoted: m[2] !== undefined, names: [{ at: tokenAt + (m[3] ?? `${m[1]}${m[2]}”`).length, name: m[4]! }], at: tokenAt });
      } else if (more && groups.length > kept) groups.at(-1)!.names.push({ at: tokenAt, name: more[1]! });
      else {
        ok = false;
        break;
      }
      tokenAt += token.length + 1;
    }
    if (!ok) break;
    kept = groups.length;
    at += part.length + 1;
  }
  groups.length = kept;
  if (groups.length === 0) return false;
  const first = groups[0]!.title;
  for (const g of groups) {
    let title = g.title;
    if (!g.quoted && title !== first && !p.startsWithLevel.test(title) && first.endsWith(title.slice(-2)) && first.length > title.length) title = first.slice(0, first.length - title.length) + title;
    const item = { title, end: 0, quoted: g.quoted, year: null, people: true };
    if (!honorShaped(item, p, 'normal')) return groups.indexOf(g) > 0;
    const last = g.names.at(-1)!;
    const one = g.names[0]!;
    const heldBy = g.names.length > 1 ? { recipient: 'person', name: null } : { recipient: `person:${one.name}`, name: { start: runStart + one.at, end: runStart + one.at + one.name.length } };
    add({ start: runStart + g.at, end: runStart + last.at + last.name.length, item, awarder: null, verbStart, emerged: true, heldBy });
  }
  return true;
}
