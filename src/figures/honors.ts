// Finds honors a report says the unit or its people received: 被…授予…称号, 被…评为…, 荣获…, 获得…奖,
// 荣记集体三等功; a list of titles in one clause gives one honor each.
import { z } from 'zod';
import { loadYamlDictionary, regexSource } from '../dictionary/index.js';
import { honorLevelSchema, type HonorLevel, type Span } from '../model/document.js';

const fileSchema = z.strictObject({
  conferredVerbs: z.array(z.string().min(1)).min(1),
  receivedVerbs: z.array(z.string().min(1)).min(1),
  titleEnd: regexSource,
  merit: regexSource,
  pursuit: regexSource,
  honorWords: regexSource,
  notTitle: regexSource,
  levels: z.array(z.strictObject({ level: honorLevelSchema.exclude(['unknown']), pattern: regexSource })),
  roles: z.array(z.string().min(1)),
  designations: z.array(z.string().min(1)),
});

export interface HonorMatch extends Span {
  title: string;
  awarder: string | null;
  level: HonorLevel;
  year: string | null;
  recipient: string;
}

interface HonorPatterns {
  conferred: RegExp;
  received: RegExp;
  titleEnd: RegExp;
  merit: RegExp;
  pursuit: RegExp;
  honorWords: RegExp;
  notTitle: RegExp;
  levels: { level: HonorLevel; pattern: RegExp }[];
  person: RegExp;
  designation: RegExp;
}

let patterns: HonorPatterns | undefined;

const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

export function loadHonorPatterns(file = 'figures/honors.yaml'): HonorPatterns {
  if (patterns) return patterns;
  const data = loadYamlDictionary(file, fileSchema);
  patterns = {
    conferred: new RegExp(`被(?:([^${CLAUSE_BREAK}]{2,40}?))?(${alternation(data.conferredVerbs)})(?:为)?(${TITLE_RUN})`, 'gu'),
    received: new RegExp(`(${alternation(data.receivedVerbs)})(?:了)?(${TITLE_RUN})`, 'gu'),
    titleEnd: new RegExp(`(?:等)?${data.titleEnd}$`, 'u'),
    merit: new RegExp(data.merit, 'gu'),
    pursuit: new RegExp(data.pursuit, 'u'),
    honorWords: new RegExp(data.honorWords, 'u'),
    notTitle: new RegExp(data.notTitle, 'u'),
    levels: data.levels.map((l) => ({ level: l.level, pattern: new RegExp(l.pattern, 'u') })),
    designation: new RegExp(`((?:[\\p{Script=Han}xX]{0,6}?(?:市|县|区|省|国家|全国)级?)?(?:${alternation(data.designations)}))\\d+(?:人|名|位)`, 'gu'),
    person: new RegExp(`(?:${alternation(data.roles)})([\\p{Script=Han}]{2,3}?)(?:同志)?$|([\\p{Script=Han}]{2,3})同志$`, 'u'),
  };
  return patterns;
}

const CLAUSE_BREAK = ',，。;；!?！？\\n';
// The words after a verb up to the end of the clause; a comma before another quoted title continues a list,
// and 、被 starts the next conferral.
const TITLE_RUN = `(?:(?!、被|和被)(?:[^${CLAUSE_BREAK}]|[,，、](?=[“"《])))+`;
/** Longer than this without quotes, a "title" is a sentence (被授予…的分别给予…奖励), not a name. */
const MAX_TITLE = 30;

const YEAR = /((?:19|20)\d{2}|20[xX×_]{2})(?:[-—至]((?:19|20)\d{2}))?年(?:度)?/u;

/** Titles named in a clause, each with where it ends in the clause: the quoted ones when there are quotes. */
function titlesOf(raw: string, p: HonorPatterns): { title: string; end: number; quoted?: boolean }[] {
  const quoted = [...raw.matchAll(/[“"《]([^”"》]{2,40})[”"》]/gu)];
  if (quoted.length > 0) {
    // Unquoted prizes before the first quote are titles too: 获得二等奖和三等奖,“…”获….
    const head = raw.slice(0, quoted[0]!.index).replace(/[,，、和及]+$/u, '');
    const headTitles = quoted[0]!.index! > 0 && p.honorWords.test(head) && !/[“"《]/u.test(head) ? titlesOf(head, p) : [];
    // A quoted name with a level word right before it keeps the word: 市级“文明窗口”.
    return headTitles.concat(quoted.map((m) => {
      const before = /(?:全国|省级|市级|县级|区级|国家级|校级|校|院|省|市|县|区)$/u.exec(raw.slice(0, m.index));
      return { title: before ? `${before[0]}${m[1]}` : m[1]!, end: m.index! + m[0].length, quoted: true };
    }));
  }
  const trimmed = raw.replace(p.titleEnd, '');
  const title = trimmed.replace(/^(?:了|为|过)/u, '').replace(/(?:的)?(?:荣誉|光荣)$/u, '').trim();
  // 二等奖和三等奖: each part that names an honor on its own is one.
  const parts = title.split(/和|、|及/u);
  if (parts.length > 1 && parts.every((part) => p.honorWords.test(part))) {
    let offset = 0;
    return parts.map((part) => {
      offset = raw.indexOf(part, offset) + part.length;
      return { title: part, end: offset };
    });
  }
  return title.length >= 2 ? [{ title, end: raw.length }] : [];
}

function levelOf(awarder: string | null, title: string, p: HonorPatterns): HonorLevel {
  for (const source of [awarder, title]) {
    if (!source) continue;
    for (const l of p.levels) if (l.pattern.test(source)) return l.level;
  }
  return 'unknown';
}

function recipientOf(text: string, verbStart: number, p: HonorPatterns): string {
  const before = text.slice(Math.max(0, verbStart - 12), verbStart).replace(/(?:先后|连续|多次|曾|均|已|都|还|又)+$/u, '');
  const m = p.person.exec(before);
  const name = m?.[1] ?? m?.[2];
  return name ? `person:${name}` : 'unit';
}

function clauseStartBefore(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && !CLAUSE_BREAK.includes(text[i]!)) i--;
  return i + 1;
}

/** Prizes that name no contest (二等奖, 组织奖) take the subject before the verb: 党建研究课题二等奖. */
const GENERIC_PRIZE = /^(?:[一二三四五六七八九特]等奖|优秀奖|组织奖|优胜奖|金奖|银奖|铜奖|最佳组织奖|鼓励奖)$/u;

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
      const wrapped = next !== undefined && line.length >= 15 && !/[。！？!?；;：:”]\s*$/u.test(line) && !HEADING.test(line) && !HEADING.test(next) && next.trim() !== '';
      return wrapped ? line + WRAP_JOINER : line + (i < lines.length - 1 ? '\n' : '');
    })
    .join('');
}

/** Honors in normalized text, clause by clause. */
export function findHonors(normalized: string): HonorMatch[] {
  const text = joinHardWraps(normalized);
  const p = loadHonorPatterns();
  const out: HonorMatch[] = [];
  const seen = new Set<string>();
  // A quoted title conferred by a named body (被…评为“…”) is an honor whatever its words.
  const add = (start: number, end: number, title: string, awarder: string | null, verbStart: number, conferredQuote = false) => {
    const clauseStart = clauseStartBefore(text, start);
    // A goal, not an honor held: 争创, 力争 between the clause start and the verb.
    if (p.pursuit.test(text.slice(clauseStart, verbStart + 2))) return;
    let year: string | null = null;
    const inTitle = YEAR.exec(title);
    if (inTitle) {
      year = inTitle[2] ? `${inTitle[1]}-${inTitle[2]}` : inTitle[1]!;
      title = title.replace(YEAR, '').replace(/^的/u, '');
    } else {
      const sentenceStart = Math.max(text.lastIndexOf('。', verbStart), text.lastIndexOf('\n', verbStart)) + 1;
      const yearBefore = YEAR.exec(text.slice(sentenceStart, verbStart));
      if (yearBefore) year = yearBefore[2] ? `${yearBefore[1]}-${yearBefore[2]}` : yearBefore[1]!;
    }
    title = title.replaceAll(WRAP_JOINER, '').replace(/^[“”"]+|[“”"]+$/gu, '').replace(/^的/u, '').trim();
    if (awarder) awarder = awarder.replaceAll(WRAP_JOINER, '');
    if (GENERIC_PRIZE.test(title)) {
      const subject = text.slice(clauseStart, verbStart).replaceAll(WRAP_JOINER, '').replace(/(?:分别|先后|连续|多次|均|都|曾|还|也|共)+$/u, '').replace(/^[“"]|[”"]$/gu, '');
      if (subject.length >= 2 && subject.length <= 20) title = subject + title;
    }
    if (title.length < 2 || title.length > MAX_TITLE || (!conferredQuote && !p.honorWords.test(title)) || p.notTitle.test(title)) return;
    const key = `${title}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ start, end, title, awarder, level: levelOf(awarder, title, p), year, recipient: recipientOf(text, verbStart, p) });
  };

  for (const m of text.matchAll(p.conferred)) {
    const [, awarder, verb, rest] = m;
    const restStart = m.index! + m[0].length - rest!.length;
    for (const t of titlesOf(rest!, p)) {
      add(m.index!, withTitleWord(text, restStart + t.end, restStart + rest!.length), t.title, awarder ? awarder.replace(/^(?:了|由)/u, '') : null, m.index!, t.quoted);
    }
    void verb;
  }
  for (const m of text.matchAll(p.received)) {
    const [, verb, rest] = m;
    const restStart = m.index! + verb!.length + (m[0].length - verb!.length - rest!.length);
    // 获得 inside a conferred clause was handled above; 获 must not be part of 获取, 获悉.
    if (verb === '获' && /^[取悉得益救]/u.test(rest!)) continue;
    for (const t of titlesOf(rest!, p)) add(m.index!, withTitleWord(text, restStart + t.end, restStart + rest!.length), t.title, null, m.index!);
  }
  for (const m of text.matchAll(p.merit)) add(m.index!, m.index! + m[0].length, m[0].replace(/^荣?记/u, ''), null, m.index!);
  for (const m of text.matchAll(p.designation)) {
    const before = out.length;
    const lead = /^(?:现有|共有|拥有|其中|有)/u.exec(m[1]!)?.[0].length ?? 0;
    add(m.index! + lead, m.index! + m[0].length, m[1]!.slice(lead), null, m.index! + lead);
    if (out.length > before) out[out.length - 1]!.recipient = 'person';
  }
  return out.sort((a, b) => a.start - b.start);
}
