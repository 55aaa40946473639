// Finds the headings of a report in every form reports use (一、 (一) 1、 1. (1) 第一部分, Word heading styles,
// short unnumbered title lines), assigns levels by the order in which numbering styles appear, and reports
// numbering problems: gaps, restarts, a first heading that is not the first number.
import type { Block, Span } from '../model/document.js';
import { parseChineseNumber } from '../figures/chinese-numeral.js';
import { loadStructureData } from './metadata.js';

export type NumberingStyle = 'cn-dun' | 'cn-paren' | 'arabic-dun' | 'arabic-dot' | 'arabic-paren' | 'ordinal-part' | 'run-in' | 'styled' | 'plain';

export interface Heading {
  /** In normalized text: the heading's own words (label included). */
  norm: Span;
  style: NumberingStyle;
  /** 1 for top-level headings. */
  level: number;
  /** The number its label gives, where it has one. */
  number: number | null;
  label: string | null;
  text: string;
}

export interface NumberingProblem {
  kind: 'gap' | 'restart' | 'start';
  heading: Heading;
  message: string;
}

const LABELS: { style: NumberingStyle; pattern: RegExp }[] = [
  { style: 'ordinal-part', pattern: /^第([一二三四五六七八九十]{1,3})(?:部分|章|节|篇)/u },
  { style: 'cn-dun', pattern: /^([一二三四五六七八九十]{1,3})[、.](?!\d)/u },
  { style: 'cn-paren', pattern: /^\(([一二三四五六七八九十]{1,3})\)/u },
  { style: 'arabic-paren', pattern: /^\((\d{1,2})\)/u },
  { style: 'arabic-dun', pattern: /^(\d{1,2})、/u },
  { style: 'arabic-dot', pattern: /^(\d{1,2})\.(?!\d)/u },
];

const PHRASE = /^[^,，。;；:：!！?？\d]{4,16}(?=[,，])/u;
const LONG_PHRASE = /^[^,，。;；:：!！?？\d]{4,24}(?=[,，])/u;

/** A labelled heading is its first sentence: the label, a short phrase, and the end of that phrase. */
const HEADING_END = /[。;；:：!！?？]|$/u;
const MAX_HEADING = 40;

export function labelOf(line: string): { style: NumberingStyle; number: number; label: string } | null {
  for (const { style, pattern } of LABELS) {
    const m = pattern.exec(line);
    if (!m) continue;
    const number = /^\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumber(m[1]!);
    if (number !== null) return { style, number, label: m[0] };
  }
  return null;
}

export interface LineInfo {
  /** Normalized span of the line. */
  start: number;
  end: number;
  block?: Block;
}

/** Headings of the normalized text, one per heading line (a labelled run-in head counts up to its first 。). */
export function findHeadings(text: string, allLines: LineInfo[]): Heading[] {
  const headings: Omit<Heading, 'level'>[] = [];
  const lines = allLines.flatMap((line, i) => unflatten(text, line, labelOf(text.slice(allLines[i + 1]?.start ?? 0, allLines[i + 1]?.end ?? 0))));
  // Before the first line of prose stand the title lines (title, unit, a page's essay title): no plain heading.
  let prose = false;
  lines.forEach((line, index) => {
    const content = text.slice(line.start, line.end);
    if (content.trim() === '') return;
    const afterProse = prose;
    if (PROSE.test(content)) prose = true;
    const label = labelOf(content);
    // 第一篇:…自查报告 opens an essay of a compilation page; it is the essay's title, not a heading.
    if (label && !(label.style === 'ordinal-part' && /篇/u.test(label.label) && loadStructureData().titleLike.test(content))) {
      // Items introduced by 一是/二是 run inside a paragraph and are no headings; neither is a numbered
      // sentence that goes on for long (1.全年共开展活动…) unless its first phrase is short.
      const first = HEADING_END.exec(content.slice(label.label.length));
      let headEnd = label.label.length + (first ? first.index + (first[0] === '' ? 0 : 1) : content.length);
      if (headEnd > MAX_HEADING && content.length > MAX_HEADING) {
        // A long first sentence still opens with a heading when its first phrase is a short title without figures
        // ((二)大力加强职业道德教育,开展…).
        // A top-level label (一、) carries a longer first phrase than 1. or (1) do.
        // So does a lower label right after its sibling heading (1、…。 then 2、各居民小区全面开展楼道杂物集中清理工作，…).
        const previous = headings.at(-1);
        const afterSibling = previous !== undefined && previous.style === label.style && previous.number === label.number - 1;
        const phrase = (label.style === 'cn-dun' || afterSibling ? LONG_PHRASE : PHRASE).exec(content.slice(label.label.length));
        if (!phrase || /[一二三四五六七八九十百千万两]+(?:次|个|人|名|项|场|期|余|多|万|千)/u.test(phrase[0])) return;
        headEnd = label.label.length + phrase[0].length;
      }
      headings.push({ norm: { start: line.start, end: line.start + Math.min(headEnd, content.length) }, style: label.style, number: label.number, label: label.label, text: content.slice(0, headEnd) });
      return;
    }
    const block = line.block;
    if (block && block.kind === 'heading' && index > 0 && content.length <= MAX_HEADING) {
      headings.push({ norm: { start: line.start, end: line.end }, style: 'styled', number: null, label: null, text: content });
      return;
    }
    // A run-in head: a short first sentence opening a paragraph, parallel to a sibling's (抓政治理论教育。/
    // 抓职业道德教育。): same first character, both short.
    const runIn = runInHead(content);
    // Under a numbered part (二、创建工作开展情况), 在…方面， opens a paragraph on one topic of that part; only a report
    // without numbered parts above them is built on such openers (在组织推动上，… 在思想教育上，…).
    const underNumbered = headings.some((h) => h.number !== null);
    if (runIn && !(runIn.form === 'aspect' && underNumbered) && lines.some((other, k) => k !== index && Math.abs(k - index) <= 6 && sameRunIn(runIn, runInHead(text.slice(other.start, other.end))))) {
      headings.push({ norm: { start: line.start, end: line.start + runIn.text.length }, style: 'run-in', number: null, label: null, text: runIn.text });
      return;
    }
    // A short unnumbered line between longer paragraphs, not ending a sentence, is a title-like heading. Pages
    // that put a blank line between paragraphs are read the same: the next line with words decides.
    const next = nextWithWords(text, lines, index + 1);
    const nextLength = next ? next.end - next.start : 0;
    // A table's row (合计\t3012\t359.2) is no title line.
    // A short line ending in a colon over numbered items (明年工作计划：, then 一、…) heads them.
    const overItems = /[:：]$/u.test(content) && !/[,，;；:：、。]/u.test(content.slice(0, -1)) && next !== undefined && labelOf(text.slice(next.start, next.end)) !== null;
    if (afterProse && content.length >= 4 && content.length <= 20 && !content.includes('\t') && (overItems || (!/[。,，;；:：!！?？、”]$/u.test(content) && nextLength > content.length * 2)) && !/\d{4}年\d{1,2}月|^\d|[0-9]+(?:日|号)$/u.test(content) && !loadStructureData().titleLike.test(content)) {
      headings.push({ norm: { start: line.start, end: line.end }, style: 'plain', number: null, label: null, text: content });
    }
  });
  return assignLevels(headings);
}

/**
 * Run-in heads: a short first sentence (抓政治理论教育。, 抓班子、建机制，是创建工作的前提。), a short phrase before a
 * colon (思想方面：) or an 在…上， opening (在组织推动上，) — each counts only beside a sibling of the same form.
 */
/**
 * A page flattened into one line still holds its headings: 一、 二、 … in order after a sentence end (a line of
 * FLATTENED characters or more), or 1、 2、 … (or 1. 2. …) in order after a sentence end, a space or a word (normalizing drops
 * the space in 一、基本状况 1、加强领导). A lone 一、 opens a list
 * after a lead-in colon (总结如下:一、…) or a title run into it (文明创建工作总结一、加强组织领导…, …汇报材料一、学校概况…) in
 * any line.
 */
const FLATTENED = 300;
const EMBEDDED_ARABIC = /(?<=[。!！?？\s\p{Script=Han}])\s*(?=(\d{1,2})(?:、|\.(?!\d)))/gu;
/** A part's sub-headings (一)(二)… after a sentence end, a colon or a space in a flattened line. */
const EMBEDDED_CN_PAREN = /(?<=[。!！?？:：;；\s])\s*(?=\(([一二三四五六七八九十]{1,3})\))/gu;
const SENTENCE_END = /[。!！?？]\s*$/u;

/** Two lists of cuts as one, each place once, in order. */
const unionOf = (a: number[], b: number[]): number[] => [...new Set([...a, ...b])].sort((x, y) => x - y);

/**
 * Cuts before the embedded labels of one style that count up from 1; with `restarts`, a label may start again from 1
 * (the sub-headings (一)(二) of each part).
 */
function orderedCuts(content: string, pattern: RegExp, restarts = false): number[] {
  const cuts: number[] = [];
  let expected = 1;
  for (const m of content.matchAll(pattern)) {
    const n = /^\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumber(m[1]!);
    // One label matched twice (after a colon and again after the space behind it) is one cut.
    if (cuts.at(-1) === m.index! + m[0].length) continue;
    if (restarts && n === 1 && expected > 1) expected = 1;
    if (n === expected) {
      cuts.push(m.index! + m[0].length);
      expected++;
    }
  }
  return cuts;
}

/**
 * The cut before a heading run into the end of a paragraph, numbered one before the heading that opens the next
 * line (…取得了显著成效。2、文体活动有声有色。… then 3、献爱心…): a page that lost its line breaks there.
 */
function cutBeforeNext(content: string, next: ReturnType<typeof labelOf>): number[] {
  if (!next || next.number < 2 || (next.style !== 'cn-dun' && next.style !== 'arabic-dun' && next.style !== 'arabic-dot')) return [];
  const previous = next.style === 'cn-dun' ? '一二三四五六七八九十'[next.number - 2] : String(next.number - 1);
  if (previous === undefined) return [];
  const mark = next.style === 'arabic-dot' ? '.' : '、';
  const at = content.lastIndexOf(`。${previous}${mark}`);
  return at > 0 && !/^\d/u.test(content.slice(at + 1 + previous.length + 1)) ? [at + 1] : [];
}

/** A flattened line cut before each embedded heading. */
function unflatten(text: string, line: LineInfo, next: ReturnType<typeof labelOf> = null): LineInfo[] {
  const content = text.slice(line.start, line.end);
  const long = content.length >= FLATTENED;
  // The words a title ends with (structure.yaml titleEnds), read at each call so the dictionary compiler sees the file read.
  const { embeddedFirstLabel, leadIn } = loadStructureData();
  let cuts = orderedCuts(content, embeddedFirstLabel);
  // A lone 一、 opens the report's parts after a lead-in, or after a sentence end in a flattened line (a page cut before its
  // 二、: …取得了明显成效。一、加强领导，健全机构 全行成立了…).
  const opensParts = (cut: number) => cut > 0 && (leadIn.test(content.slice(0, cut)) || (long && SENTENCE_END.test(content.slice(0, cut))));
  if (cuts.length === 1 && !opensParts(cuts[0]!)) cuts = [];
  // In a shorter line, 一、…二、… are a paragraph's list unless a lead-in colon opens them and each item before the
  // next ends a sentence (现报告如下:一、资金情况。…。二、建设情况): the headings of a page flattened into a line.
  const headed = (k: number) => (k === 0 ? leadIn.test(content.slice(0, cuts[0])) : SENTENCE_END.test(content.slice(0, cuts[k])));
  if (cuts.length >= 2 && !long && !cuts.every((_, k) => headed(k))) cuts = [];
  const arabic = long ? orderedCuts(content, EMBEDDED_ARABIC) : [];
  if (arabic.length >= 2) cuts = unionOf(cuts, arabic);
  // So do a part's sub-headings (一)(二) in a flattened line, and a lone (一) after a lead-in colon (…二、主要做法: (一)强化学习
  // 教育，完善规章制度。狠抓…, a page cut before its (二)).
  const parts = long ? orderedCuts(content, EMBEDDED_CN_PAREN, true) : [];
  if (parts.length >= 2 || (parts.length === 1 && leadIn.test(content.slice(0, parts[0])))) cuts = unionOf(cuts, parts);
  if (cuts.length === 0) cuts = cutBeforeNext(content, next);
  cuts = cuts.filter((c) => c > 0 && c < content.length);
  if (cuts.length === 0) return [line];
  const bounds = [0, ...cuts, content.length];
  return bounds.slice(0, -1).map((from, k) => ({ ...line, start: line.start + from, end: line.start + bounds[k + 1]! }));
}

/** The first line from `from` on that holds words; a walk, not a copy of the rest, so a long text stays linear. */
function nextWithWords(text: string, lines: LineInfo[], from: number): LineInfo | undefined {
  for (let i = from; i < lines.length; i++) if (text.slice(lines[i]!.start, lines[i]!.end).trim() !== '') return lines[i];
  return undefined;
}

/** A line of prose: a sentence end, or long enough to be more than a title. */
const PROSE = /[。!！?？]|^.{41}/u;

const RUN_IN_FORMS: { form: string; pattern: RegExp }[] = [
  { form: 'ordinal', pattern: /^[一二三四五六七八九十]{1,2}是[^。;；:：!！?？“”\d]{2,20}。(?=.)/u },
  { form: 'sentence', pattern: /^[^。;；:：!！?？“”\d]{3,20}。(?=.)/u },
  { form: 'colon', pattern: /^[^。,，;；:：!！?？“”\d]{2,10}[:：](?=.)/u },
  { form: 'aspect', pattern: /^在[^，,。;；:：“”\d]{2,8}(?:上|方面)[，,](?=.)/u },
];

interface RunIn {
  form: string;
  text: string;
}

/**
 * 一是…，二是…；三是… open items of a paragraph's list: no heads. But 一是…。 opening a paragraph of its own with a short
 * title-like first sentence, beside a 二是…。 paragraph, heads it (一是强化组织保障。… / 二是深化志愿服务。…), as the gold
 * sets call it (gold-5 12, gold-6 16).
 */
const LIST_ITEM_OPENER = /^[一二三四五六七八九十]+是/u;

function runInHead(content: string): RunIn | null {
  if (LIST_ITEM_OPENER.test(content) && !RUN_IN_FORMS[0]!.pattern.test(content)) return null;
  // A first sentence in the writer's voice or opened by a time or linking word is prose (structure.yaml proseOpener).
  // Read at each call, not at import, so the dictionary compiler sees the file read.
  const proseOpener = loadStructureData().proseOpener;
  for (const { form, pattern } of RUN_IN_FORMS) {
    const m = pattern.exec(content);
    if (m && proseOpener.test(m[0])) return null;
    if (m && content.length > m[0].length + 10) return { form, text: m[0] };
  }
  return null;
}

/** A run-in head this short (with its 。) and without inner marks is a title. */
const TERSE_HEAD = 11;

/** The punctuation inside a head, its shape: 抓班子、建机制，是…。 and 讲医德、树新风，是…。 share 、，. */
const shape = (text: string) => text.slice(0, -1).replace(/[^,，、]/gu, '');

function sameRunIn(a: RunIn, b: RunIn | null): boolean {
  if (b === null || a.form !== b.form) return false;
  if (a.form !== 'sentence') return true;
  const sameStart = a.text[0] === b.text[0] && Math.abs(a.text.length - b.text.length) <= 4;
  const sameShape = shape(a.text) !== '' && shape(a.text) === shape(b.text) && Math.abs(a.text.length - b.text.length) <= 6;
  // Terse titles without inner marks (公司概况。/ 组织保障。/ 环境建设。) are parallel whatever their first word.
  // A short sentence ending in how a thing went states a result: no title (structure.yaml statementEnd).
  const statementEnd = loadStructureData().statementEnd;
  const terse = (t: string) => t.length <= TERSE_HEAD && shape(t) === '' && !statementEnd.test(t);
  return sameStart || sameShape || (terse(a.text) && terse(b.text));
}

/** The first style to appear is level 1, the next new one level 2, and so on; 'plain' lines sit at the top. */
function assignLevels(headings: Omit<Heading, 'level'>[]): Heading[] {
  const order: NumberingStyle[] = [];
  // Run-in heads sit below every numbered style the report uses.
  for (const h of headings) if (h.style !== 'plain' && h.style !== 'styled' && h.style !== 'run-in' && !order.includes(h.style)) order.push(h.style);
  order.push('run-in');
  return headings.map((h) => ({ ...h, level: h.style === 'plain' || h.style === 'styled' ? 1 : order.indexOf(h.style) + 1 }));
}

/** Gaps (二 then 四), restarts (back to 一 under the same parent) and a first number that is not 1. */
export function numberingProblems(headings: Heading[]): NumberingProblem[] {
  const problems: NumberingProblem[] = [];
  const last = new Map<number, number>();
  for (const h of headings) {
    if (h.number === null) continue;
    for (const deeper of [...last.keys()]) if (deeper > h.level) last.delete(deeper);
    const previous = last.get(h.level);
    if (previous === undefined) {
      if (h.number !== 1 && h.level === 1) problems.push({ kind: 'start', heading: h, message: `The first heading is numbered ${h.label}, not the first number: material may have been cut.` });
    } else if (h.number === previous) {
      problems.push({ kind: 'restart', heading: h, message: `Heading ${h.label} repeats the number before it.` });
    } else if (h.number < previous) {
      problems.push({ kind: 'restart', heading: h, message: `Numbering restarts at ${h.label} under the same heading: a trace of pasted material.` });
    } else if (h.number > previous + 1) {
      problems.push({ kind: 'gap', heading: h, message: `Numbering jumps to ${h.label} after ${previous}: a heading may have been cut.` });
    }
    last.set(h.level, h.number);
  }
  return problems;
}
