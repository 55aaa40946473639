// Checks a report against a section checklist: each section is headed (a heading introduces it), inline (the
// body covers it without a heading) or missing, with the words that show it. Missing required sections are
// errors, missing expected ones warnings, optional ones only reported.
import type { ChecklistItem, Evidence, Finding, HonorRecord } from '../model/document.js';
import { normalize, originalEvidence, overlapsNonBody, type NormalizedText } from '../normalize/index.js';
import type { Segmented } from '../segment/index.js';
import { isChrome, loadStructureData, type Structure } from '../structure/index.js';
import { escapeRegExp } from '../dictionary/word-pattern.js';
import { loadChecklist, type Checklist, type ChecklistSection } from './checklist.js';

export { loadChecklist, DEFAULT_CHECKLIST, type Checklist } from './checklist.js';

export type SectionStatus = ChecklistItem['status'];

/** Evidence is at most this long, cut from the start of the heading or clause. */
const MAX_EVIDENCE = 40;
const CLAUSE = /[^，,。；;！!？?\n]+/gu;

interface Context {
  original: string;
  norm: NormalizedText;
  structure: Structure;
  paragraphs: Segmented['paragraphs'];
  honors: HonorRecord[];
  sections: ChecklistSection[];
  honorClause: RegExp | null;
  shortfall: RegExp | null;
  /** A heading's purpose adjunct (为创建活动提供有力保障): the goal it serves, not its topic. */
  headingPurpose: RegExp | null;
  /** A quoted slogan the work is framed by (以“设施完善、环境整洁”的工作思路): its words name goals, not work done. */
  slogan: RegExp | null;
  /** Paragraph words with clauses blanked, by span and masks: computed once a paragraph, read by every section. */
  masked: Map<string, string>;
  blocks?: HeadingBlock[];
  /** The paragraphs of the report's own body (no page chrome, no non-body text): found once, read by every section. */
  body?: Segmented['paragraphs'];
  /** The body with each lead-in line and its list items joined (withListsJoined), found once. */
  bodyLists?: Segmented['paragraphs'];
}

/** Which clauses a section reads past: those announcing an honor, those naming a shortfall. */
interface ClauseMasks {
  honors: boolean;
  shortfall: boolean;
  /** A guiding slogan blanked too (everywhere but in the opening's reading). */
  slogan?: boolean;
}

/**
 * A paragraph's words with each clause the masks select blanked out (same length, offsets kept): an honor's title
 * speaks of results only (被授予…综合治理…先进集体 covers no governance), and a clause that names a shortfall
 * (特色亮点还不够鲜明) tells what is lacking, not what was done.
 */
function maskedWords(ctx: Context, span: { start: number; end: number }, masks: ClauseMasks): string {
  const key = `${span.start}:${span.end}:${masks.honors ? 'h' : ''}${masks.shortfall ? 's' : ''}${masks.slogan ? 'g' : ''}`;
  let words = ctx.masked.get(key);
  if (words === undefined) {
    const patterns = [masks.honors ? ctx.honorClause : null, masks.shortfall ? ctx.shortfall : null].filter((p): p is RegExp => p !== null);
    words = ctx.norm.text.slice(span.start, span.end);
    if (patterns.length > 0) words = words.replace(CLAUSE, (clause) => (patterns.some((p) => p.test(clause)) ? ' '.repeat(clause.length) : clause));
    if (masks.slogan && ctx.slogan) words = words.replace(ctx.slogan, (m) => ' '.repeat(m.length));
    ctx.masked.set(key, words);
  }
  return words;
}

function evidenceOf(ctx: Context, start: number, end: number): Evidence {
  return originalEvidence(ctx.original, ctx.norm, start, Math.min(end, start + MAX_EVIDENCE));
}

/** The marks that break a clause. */
const CLAUSE_MARKS = '，,。；;：:！!？?\\s';
/** Where a clause may open: the start of the text or after a clause break. */
const CLAUSE_OPEN = new RegExp(`[${CLAUSE_MARKS}]`, 'u');

/**
 * Where a body cue stands in `words`, or -1. A cue written `^下一步` counts only where it opens a clause
 * (下一步，我们将… is a plan; 安排下一步工作 and 为下一步工作奠定基础 are not); one written `取得…成效` counts where its
 * parts stand in order within one clause (取得了一定的成效, 取得了显著的成绩).
 */
function cueAt(words: string, cue: string): number {
  // Most cues are plain words, read by indexOf: this runs for every cue of every section over every sentence.
  if (cue.includes('…')) return cueSpans(words, cue, true)[0]?.start ?? -1;
  if (!cue.startsWith('^')) return words.indexOf(cue);
  const bare = bareCue(cue);
  for (let at = words.indexOf(bare); at >= 0; at = words.indexOf(bare, at + 1)) {
    if (opensClause(words, at)) return at;
  }
  return -1;
}

/** A body cue's words, without the `^` that ties it to the start of a clause. */
const bareCue = (cue: string) => (cue.startsWith('^') ? cue.slice(1) : cue);

/** The most characters a gap cue's `…` stands for: a modifier (一定的, 较为显著的), not a clause. */
const CUE_GAP = 10;
const gapCues = new Map<string, RegExp>();

/** The pattern of a gap cue (`取得…成效`): its parts in order, with at most CUE_GAP characters of one clause between. */
function gapCue(cue: string): RegExp {
  let pattern = gapCues.get(cue);
  if (!pattern) {
    pattern = new RegExp(bareCue(cue).split('…').map(escapeRegExp).join(`[^${CLAUSE_MARKS}]{0,${CUE_GAP}}?`), 'gu');
    gapCues.set(cue, pattern);
  }
  return pattern;
}

/** Whether `at` starts a clause of `words`. */
const opensClause = (words: string, at: number) => at === 0 || CLAUSE_OPEN.test(words[at - 1]!);

/** A heading's block is about a section when this many distinct body cues of it stand in the block. */
const BLOCK_CUES = 4;
const BLOCK_SLACK = 1;

/**
 * Whether a heading's words name the section: a heading cue stands in them, not inside a phrase the section
 * excepts (营造…创建环境) and not inside a longer heading cue of another section (服务 in 志愿服务).
 */
function headingNames(section: ChecklistSection, words: string, sections: ChecklistSection[]): boolean {
  let rest = words;
  for (const phrase of section.headingExcept ?? []) rest = rest.replaceAll(phrase, '');
  const end = rest.replace(HEADING_TAIL, '').length;
  return section.heading.some((written) => {
    const cue = bareHeadingCue(written);
    for (let at = rest.indexOf(cue); at >= 0; at = rest.indexOf(cue, at + 1)) {
      // A cue written `计划$` names the section only where it ends the heading (四、问题和计划; not 认真计划，有序部署).
      if (written.endsWith('$') && at + cue.length !== end) continue;
      const inLonger = sections.some((other) => other !== section && other.heading.some((w) => {
        const o = bareHeadingCue(w);
        return o.length > cue.length && o.includes(cue) && rest.slice(Math.max(0, at - o.length), at + o.length).includes(o);
      }));
      if (!inLonger) return true;
    }
    return false;
  });
}

/** A heading cue's words, without the `$` that ties it to the end of the heading. */
const bareHeadingCue = (cue: string) => (cue.endsWith('$') ? cue.slice(0, -1) : cue);
/** What may close a heading after its last word: marks and spaces. */
const HEADING_TAIL = /[\s。.;；:：,，!！?？、]+$/u;

function headed(section: ChecklistSection, ctx: Context): Evidence | null {
  const half = ctx.norm.text.length / 2;
  const named = new Map(headingBlocks(ctx).map((b) => [b.heading, b.named]));
  for (const h of ctx.structure.normHeadings) {
    if (section.lateHeading && h.norm.start < half) continue;
    if (named.get(h)!.includes(section)) return evidenceOf(ctx, h.norm.start, h.norm.end);
  }
  // A heading whose block is about the section counts for it even when its words do not name it: the section has
  // at least BLOCK_CUES distinct cues in the block and no fewer than the block's main topic less BLOCK_SLACK (a
  // block framed as 强化教育 covers study and morals both). A heading that names another section (一、取得的成效)
  // is about that one, whatever its block mentions.
  if (section.closing || section.opening) return null;
  // Top-level blocks first; a part under a heading that names another section may still be about this one.
  // A parent heading (二、主要做法) over parts of its own is about each of its parts, not about the topic its block
  // gathers most cues of: its parts decide.
  // A heading that gathers the work as a whole (二、创建工作开展情况) is about all of it, whatever its block counts most.
  for (const b of headingBlocks(ctx)) {
    if (b.named.some((other) => other !== section) || b.parent || gathers(ctx, b.heading)) continue;
    const own = b.count(section);
    if (own >= BLOCK_CUES && own >= b.best() - BLOCK_SLACK) return evidenceOf(ctx, b.heading.norm.start, b.heading.norm.end);
  }
  // A heading that names no section (【打基础】, a metaphor) is about what its block's first sentence frames (GUIDE 4.1): the
  // section with the most distinct cues there, two at least.
  for (const b of headingBlocks(ctx)) {
    if (b.framed() === section) return evidenceOf(ctx, b.heading.norm.start, b.heading.norm.end);
  }
  return null;
}

/** A heading that gathers the work as a whole (二、创建工作开展情况, 主要做法, 具体措施) frames no one topic. */
const GATHERING = /情况|做法|措施/u;

/** Whether a heading gathers the work as a whole (GATHERING). */
const gathers = (ctx: Context, heading: HeadingBlock['heading']) => GATHERING.test(ctx.norm.text.slice(heading.norm.start, heading.norm.end));

/** A block's first sentence frames it with this many distinct cues of one section. */
const FRAME_CUES = 2;

/** The section a heading naming none frames by its block's first sentence: the one with the most distinct cues there. */
function framedSection(ctx: Context, heading: HeadingBlock['heading']): ChecklistSection | null {
  if (gathers(ctx, heading)) return null;
  const block = ctx.norm.text.slice(heading.norm.end, heading.sectionNorm.end);
  const start = heading.norm.end + (/^[\s。;；:：,，]*/u.exec(block)![0].length);
  const end = ctx.norm.text.slice(start, heading.sectionNorm.end).search(SENTENCE_MARK);
  const first = { start, end: end < 0 ? heading.sectionNorm.end : start + end };
  let best: ChecklistSection | null = null;
  let most = FRAME_CUES - 1;
  let tied = false;
  for (const section of ctx.sections) {
    if (section.opening || section.closing) continue;
    const n = distinctCues(ctx, first, section);
    if (n > most) [best, most, tied] = [section, n, false];
    else if (n === most) tied = true;
  }
  return tied ? null : best;
}

/**
 * The distinct body cues of a section in a sentence, read as inline cues are: past the phrases it excepts (交办事项
 * holds 办事 but serves no one), an honor's clause counting for results only, a shortfall's for none of these.
 */
function distinctCues(ctx: Context, sentence: { start: number; end: number }, section: ChecklistSection): number {
  const rest = withoutExcepted(section, maskedWords(ctx, sentence, { honors: !section.honorsCount, shortfall: true }));
  return new Set([...section.body, ...(section.bodyAlone ?? [])].filter((cue) => cueAt(rest, cue) >= 0)).size;
}

/** Words with the phrases a section excepts blanked, offsets kept: they hold a cue but name something else (精神文明创建活动). */
function withoutExcepted(section: ChecklistSection, words: string): string {
  for (const phrase of section.bodyExcept ?? []) words = words.replaceAll(phrase, ' '.repeat(phrase.length));
  return words;
}

interface HeadingBlock {
  heading: Structure['normHeadings'][number];
  /** The sections the heading's words name. */
  named: ChecklistSection[];
  /** Distinct body cues of a section in the heading's block (counted once). */
  count: (section: ChecklistSection) => number;
  /** The most distinct cues any section (not the opening or closing ones) has in the block (found once). */
  best: () => number;
  /** Whether a lower heading sits inside the block: a parent heading (二、主要做法) over parts of its own. */
  parent: boolean;
  /** For a heading that names no section and is no parent, the section its block's first sentence frames (found once). */
  framed: () => ChecklistSection | null;
}

/** Every heading with what its words name and its block's cue counts, top level first: computed once a document. */
function headingBlocks(ctx: Context): HeadingBlock[] {
  if (ctx.blocks) return ctx.blocks;
  const headings = ctx.structure.normHeadings;
  const inOrder = [...headings].sort((a, b) => a.norm.start - b.norm.start);
  const position = new Map(inOrder.map((h, i) => [h, i]));
  const byLevel = [...headings].sort((a, b) => a.level - b.level);
  ctx.blocks = byLevel.map((heading) => {
    const parent = hasLowerHeading(inOrder, position.get(heading)!);
    // The goal a heading's purpose adjunct names (…，为创建活动提供有力保障) is not what the heading is about.
    const own = ctx.norm.text.slice(heading.norm.start + (heading.label?.length ?? 0), heading.norm.end);
    const words = ctx.headingPurpose ? own.replace(ctx.headingPurpose, (m) => ' '.repeat(m.length)) : own;
    const counts = new Map<ChecklistSection, number>();
    let best: number | undefined;
    const count = (section: ChecklistSection) => {
      let n = counts.get(section);
      if (n === undefined) {
        const block = ctx.norm.text.slice(heading.norm.end, heading.sectionNorm.end);
        n = new Set(section.body.filter((cue) => cueAt(block, cue) >= 0)).size;
        counts.set(section, n);
      }
      return n;
    };
    const bestCount = () => (best ??= Math.max(0, ...ctx.sections.filter((s) => !s.opening && !s.closing).map(count)));
    // A heading framed in a shared word (思想道德建设) heads a section whose block also holds its cues (study and morals).
    const framed = (s: ChecklistSection) => [s.framedBy ?? []].flat().some((f) => f.heading.some((w) => words.includes(w)) && count(s) >= f.minBodyCues);
    const named = ctx.sections.filter((s) => headingNames(s, words, ctx.sections) || framed(s));
    let frames: ChecklistSection | null | undefined;
    const framedByFirst = () => (frames === undefined ? (frames = named.length > 0 || parent ? null : framedSection(ctx, heading)) : frames);
    return { heading, named, count, best: bestCount, parent, framed: framedByFirst };
  });
  return ctx.blocks;
}

/**
 * Whether a lower heading starts inside the block of `inOrder[i]` (headings by start). A block ends before the
 * next heading of its level or higher, so the headings after it inside the block are all lower: the walk stops at
 * the first one instead of testing every heading of the report (quadratic in headings on a long report).
 */
function hasLowerHeading(inOrder: Structure['normHeadings'], i: number): boolean {
  const heading = inOrder[i]!;
  for (let j = i + 1; j < inOrder.length && inOrder[j]!.norm.start < heading.sectionNorm.end; j++) {
    const h = inOrder[j]!;
    if (h.level > heading.level && h.norm.start > heading.norm.start) return true;
  }
  return false;
}

/** A list item on a line of its own: ①, 1. or 1、, (1). */
const LIST_ITEM = /^\s*(?:[\u2460-\u2473]|\d{1,2}[.、](?!\d)|[(（]\d{1,2}[)）])/u;
/** A line that leads into a list: it ends in a colon (重点完成了以下三件实事：). */
const LIST_LEAD = /[:：]\s*$/u;

/** A line of prose broken off inside a word (…五名职工参加了全省系统举 / 办的职工运动会…): long, ending on a character. */
const BROKEN_LINE = /^[^\n\t|]{40,}\p{Script=Han}$/u;
/** A line that opens a part of its own: a numbered heading or item. */
const OPENS_PART = /^\s*(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、](?!\d)|第[一二三四五六七八九十]+[部章节])/u;

/**
 * A lead-in line and the list items after it read as one paragraph: the items share its topic. So does a line of
 * prose broken off inside a word (a page copied from a PDF) and the line that goes on with it.
 */
function withListsJoined<P extends { norm: { start: number; end: number } }>(paragraphs: P[], text: string): P[] {
  const out: P[] = [];
  let leading = false;
  let broken = false;
  for (const p of paragraphs) {
    const words = text.slice(p.norm.start, p.norm.end);
    const last = out.at(-1);
    if (last && ((leading && LIST_ITEM.test(words)) || (broken && !OPENS_PART.test(words)))) {
      out[out.length - 1] = { ...last, norm: { start: last.norm.start, end: p.norm.end } };
      broken = broken && BROKEN_LINE.test(words.trim());
      continue;
    }
    out.push(p);
    leading = LIST_LEAD.test(words);
    broken = BROKEN_LINE.test(words.trim());
  }
  return out;
}

/** The start of a sentence cut off: a clause mark first, or a closing quote before any opening one. */
const MID_SENTENCE = /^\s*(?:[,，、。;；:：)）”’」]|[^“‘「\n]{1,12}[”’」])/u;

/** The opening is this many paragraphs of prose: a site's prompt paragraph may come before the report's own. */
const OPENING_PARAGRAPHS = 3;

function inline(section: ChecklistSection, ctx: Context): Evidence | null {
  const text = ctx.norm.text;
  ctx.body ??= ctx.paragraphs.filter((p) => !overlapsNonBody(ctx.norm, p) && !isChrome(text.slice(p.norm.start, p.norm.end).trim()));
  let paragraphs = ctx.body;
  if (section.opening) {
    // The opening: the first paragraphs of prose before the first heading, after the title lines, a page's
    // chrome and an essay marker (…总结篇1).
    // A title-like plain line (…工作总结篇1) is no heading that ends the opening.
    // So is a page's title line read as a run-in or part heading (工作总结:…汇报五篇, 第一篇 工作总结…).
    const titleLike = (h: { style: string; text: string }) => (h.style === 'plain' || h.style === 'run-in' || h.style === 'ordinal-part') && /总结|汇报|报告|篇\s*\d|^\d|^第[一二三四五六七八九十\d]+篇/u.test(h.text);
    const firstHeading = ctx.structure.normHeadings.find((h) => !titleLike(h))?.norm.start ?? Infinity;
    const prose = (p: (typeof paragraphs)[number]) => {
      const words = text.slice(p.norm.start, p.norm.end).trim();
      return words.length > 50 || /[。,，]/u.test(words);
    };
    paragraphs = paragraphs.filter((p, i) => (i > 0 || ctx.structure.title === null) && prose(p)).filter((p) => p.norm.start < firstHeading).slice(0, OPENING_PARAGRAPHS);
    // A text that starts in the middle of a sentence (学、赶、帮、超”的浓烈氛围；…, a preview cut from a page) has
    // lost its opening.
    const first = paragraphs[0];
    if (first && ctx.structure.title === null && MID_SENTENCE.test(text.slice(first.norm.start, first.norm.end))) paragraphs = [];
  }
  else paragraphs = ctx.bodyLists ??= withListsJoined(paragraphs, text);
  if (section.closing) paragraphs = paragraphs.slice(Math.floor((paragraphs.length * 2) / 3));
  const needed = section.minBodyCues ?? 2;
  for (const p of paragraphs) {
    // The results section counts honors; the closing one (problems, plans) is where shortfalls belong.
    // The opening names the frame of the work (以…为目标): only the other sections read past a guiding slogan, masked once
    // a paragraph with the clauses.
    const words = withoutExcepted(section, maskedWords(ctx, p.norm, { honors: !section.honorsCount, shortfall: !section.closing, slogan: !section.opening }));
    // A cue counts where it stands, and for a section that needs a word (职工), only in a sentence holding one; not in a
    // clause holding a word that makes it something else (核心价值观 on a banner or a screen is publicity).
    const stands = (cue: string) => {
      const at = cueAt(words, cue);
      return at >= 0 && (!section.bodyNeeds || sentenceHoldsAny(words, at, section.bodyNeeds)) && !(section.bodyNotWith && clauseHoldsAny(words, at, section.bodyNotWith));
    };
    // A cue that names the section's own work (三会一课, 结对帮扶) shows it alone.
    const alone = (section.bodyAlone ?? []).filter(stands);
    const found = [...alone, ...section.body.filter(stands)];
    if (alone.length === 0 && !holdsSeparateCues(words, found, needed)) continue;
    const cue = cueSpans(words, found[0]!, true)[0]!;
    const at = p.norm.start + cue.start;
    // The clause around the first cue.
    CLAUSE.lastIndex = 0;
    for (let m = CLAUSE.exec(words); m; m = CLAUSE.exec(words)) {
      const start = p.norm.start + m.index;
      if (start <= at && at < start + m[0].length) return evidenceOf(ctx, start, start + m[0].length);
    }
    return evidenceOf(ctx, at, p.norm.start + cue.end);
  }
  return null;
}

/** Where a cue stands in `words`, every time or (`first`) the first time (a `^` cue only where it opens a clause). */
function cueSpans(words: string, cue: string, first = false): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const take = (start: number, end: number) => {
    if (!cue.startsWith('^') || opensClause(words, start)) spans.push({ start, end });
    return first && spans.length > 0;
  };
  if (cue.includes('…')) {
    const pattern = gapCue(cue);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(words); m; m = pattern.exec(words)) if (take(m.index, m.index + m[0].length)) break;
    return spans;
  }
  const bare = bareCue(cue);
  for (let at = words.indexOf(bare); at >= 0; at = words.indexOf(bare, at + 1)) if (take(at, at + bare.length)) break;
  return spans;
}

/**
 * Whether `needed` of the cues stand as words of their own: a cue each of whose occurrences lies inside or across a
 * longer cue (安全 in 安全生产, 理论学习 in 政治理论学习, 承诺书 in 服务承诺书) is part of that word, so one word never
 * counts as two cues. The same cue elsewhere in the paragraph (安全生产…未发生安全事故) still counts.
 */
function holdsSeparateCues(words: string, cues: string[], needed: number): boolean {
  const distinct = [...new Set(cues)];
  if (distinct.length < needed) return false;
  distinct.sort((a, b) => bareCue(b).length - bareCue(a).length);
  const taken: { start: number; end: number }[] = [];
  let kept = 0;
  for (const cue of distinct) {
    const spans = cueSpans(words, cue);
    if (spans.some((s) => !taken.some((t) => s.start < t.end && t.start < s.end)) && ++kept >= needed) return true;
    taken.push(...spans);
  }
  return false;
}

const SENTENCE_MARK = /[。！!？?\n]/u;
const CLAUSE_MARK = /[，,；;：:]/u;
const QUOTE_OPEN = /[“‘「『]/u;
const QUOTE_CLOSE = /[”’」』]/u;

/**
 * Whether the clause around `at` holds one of `needed`: the clause ends at a clause mark outside quotes, so a slogan
 * with a comma (“礼让斑马线,文明你我他”公益广告) stays in the clause that names it.
 */
function clauseHoldsAny(words: string, at: number, needed: string[]): boolean {
  const { start, end } = sentenceAround(words, at);
  let from = start;
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = words[i]!;
    if (QUOTE_OPEN.test(c)) depth++;
    else if (QUOTE_CLOSE.test(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE_MARK.test(c)) {
      if (i >= at) return needed.some((w) => words.slice(from, i).includes(w));
      from = i + 1;
    }
  }
  return needed.some((w) => words.slice(from, end).includes(w));
}

/** Whether the sentence around `at` holds one of `needed`. */
function sentenceHoldsAny(words: string, at: number, needed: string[]): boolean {
  const { start, end } = sentenceAround(words, at);
  const sentence = words.slice(start, end);
  return needed.some((w) => sentence.includes(w));
}

/** The bounds of the sentence of `words` around `at`, its marks left out. */
function sentenceAround(words: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !SENTENCE_MARK.test(words[start - 1]!)) start--;
  let end = at;
  while (end < words.length && !SENTENCE_MARK.test(words[end]!)) end++;
  return { start, end };
}

// A template's date leaves its figures blank: 20__年**月**日.
const SIGNATURE_DATE = '(?:\\d{4}|20[xX×_]{2}|二[〇零○][一二三四五六七八九〇零○]{2})年[\\d一二三四五六七八九十xX×_*]{0,3}月?[\\d一二三四五六七八九十xX×_*]{0,3}日?';
const DATE_LINE = new RegExp(`^${SIGNATURE_DATE}$`, 'u');
/** A flattened page's last sentence may end in the signature: …投入力度。 某某集团有限公司 二〇一一年五月二十六日. */
const SIGNED_END = new RegExp(`(?:^|[。!！?？])\\s*([^。!！?？,，;；:：]{2,30}?)\\s*${SIGNATURE_DATE}\\s*$`, 'u');

function signature(ctx: Context): Evidence | null {
  const paragraphs = ctx.paragraphs.slice(-3);
  const date = paragraphs.find((p) => DATE_LINE.test(ctx.norm.text.slice(p.norm.start, p.norm.end).trim()));
  if (date) return evidenceOf(ctx, date.norm.start, date.norm.end);
  const last = paragraphs.at(-1);
  if (!last) return null;
  const words = ctx.norm.text.slice(last.norm.start, last.norm.end).trimEnd();
  const m = SIGNED_END.exec(words);
  if (!m || !loadStructureData().unitEnd.test(m[1]!.trim())) return null;
  const start = last.norm.start + m.index + m[0].indexOf(m[1]!);
  return evidenceOf(ctx, start, last.norm.start + words.length);
}

function statusOf(section: ChecklistSection, ctx: Context): { status: SectionStatus; evidence: Evidence | null } {
  if (section.signature) {
    const e = signature(ctx);
    return e ? { status: 'inline', evidence: e } : { status: 'missing', evidence: null };
  }
  const h = headed(section, ctx);
  if (h) return { status: standsAsHeading(ctx.original, h.start) ? 'headed' : 'inline', evidence: h };
  const i = inline(section, ctx);
  if (i) return { status: 'inline', evidence: i };
  if (section.honorsCount && ctx.honors.length > 0) {
    const honor = ctx.honors[0]!;
    const text = honor.text.slice(0, MAX_EVIDENCE);
    return { status: 'inline', evidence: { start: honor.start, end: honor.start + text.length, text } };
  }
  return { status: 'missing', evidence: null };
}

/** A line this long is prose, not a heading line. */
const HEADING_LINE = 60;

/**
 * Whether a heading stands as one where a reader sees it: at the start of its line, or on a short line. A heading found
 * inside a long flattened line (a page that lost its line breaks: …取得了较好的成效。 一、深化志愿服务 本馆组建了…) is words of
 * the text: the section it names is covered inline.
 */
function standsAsHeading(original: string, start: number): boolean {
  const lineStart = original.lastIndexOf('\n', start - 1) + 1;
  const next = original.indexOf('\n', start);
  const lineEnd = next < 0 ? original.length : next;
  return lineEnd - lineStart <= HEADING_LINE || original.slice(lineStart, start).trim() === '';
}

type UnitKind = NonNullable<Checklist['unitKinds']>[number];

/** A report's unit is of a kind its title names (某镇综合文化站工作总结) or, under a title naming no other kind of unit
 * (社区…总结 is a community's) or none, the kind its text names often, first in its first third. */
function isUnitOfKind(kind: UnitKind, norm: NormalizedText, structure: Structure): boolean {
  const unit = new RegExp(kind.unit, 'gu');
  const title = structure.title ? normalize(structure.title.text).text : '';
  if (new RegExp(kind.unit, 'u').test(title)) return true;
  if (new RegExp(kind.otherUnit, 'u').test(title)) return false;
  const mentions = [...norm.text.matchAll(unit)];
  return mentions.length >= kind.minMentions && mentions[0]!.index < norm.text.length / 3;
}

/**
 * The checklist for a unit whose core business is what a section names in other units: a culture venue's cultural
 * activities for residents are its service, not its staff's own culture. The section's cues count for the other one
 * too; the section itself keeps only the heading words in `keep` (单位文化), and its body cues count only in a
 * paragraph that names the staff (`fromNeeds`: 职工, 工作人员).
 */
function withCuesMoved(sections: ChecklistSection[], move: UnitKind['move']): ChecklistSection[] {
  const from = sections.find((s) => s.id === move.from)!;
  const kept = (words: string[] | undefined) => (words ?? []).filter((w) => move.keep.includes(w));
  const moved = (words: string[] | undefined) => (words ?? []).filter((w) => !move.keep.includes(w));
  return sections.map((s) => {
    if (s === from) return { ...s, heading: kept(s.heading), bodyNeeds: move.fromNeeds };
    if (s.id !== move.to) return s;
    return { ...s, heading: [...s.heading, ...moved(from.heading)], headingExcept: [...(s.headingExcept ?? []), ...(from.headingExcept ?? [])], body: [...s.body, ...moved(from.body)], bodyAlone: [...(s.bodyAlone ?? []), ...moved(from.bodyAlone)] };
  });
}

const SEVERITY = { R: 'error', E: 'warning', O: 'info' } as const;

export interface ChecklistResult {
  checklist: string | null;
  items: ChecklistItem[];
  findings: Finding[];
}

export function checkSections(
  original: string,
  norm: NormalizedText,
  structure: Structure,
  segmented: Segmented,
  honors: HonorRecord[],
  checklist: Checklist = loadChecklist(),
): ChecklistResult {
  if (!checklist.genres.includes(structure.genre)) {
    return { checklist: null, items: [], findings: [{ ruleId: 'sections/not-applicable', severity: 'info', message: `The ${checklist.name} checklist is for ${checklist.genres.join(', ')}; this document reads as a ${structure.genre}.`, start: 0, end: 0, text: '' }] };
  }
  const kind = (checklist.unitKinds ?? []).find((k) => isUnitOfKind(k, norm, structure));
  const sections = kind ? withCuesMoved(checklist.sections, kind.move) : checklist.sections;
  const ctx: Context = { original, norm, structure, paragraphs: segmented.paragraphs, honors, sections, honorClause: checklist.honorClause ? new RegExp(checklist.honorClause, 'u') : null, shortfall: checklist.shortfallClause ? new RegExp(checklist.shortfallClause, 'u') : null, headingPurpose: checklist.headingPurpose ? new RegExp(checklist.headingPurpose, 'gu') : null, slogan: checklist.guidingSlogan ? new RegExp(checklist.guidingSlogan, 'gu') : null, masked: new Map() };
  const items: ChecklistItem[] = [];
  const findings: Finding[] = [];
  for (const section of sections) {
    const { status, evidence } = statusOf(section, ctx);
    items.push({ id: section.id, label: section.label, level: section.level, status, span: evidence ? { start: evidence.start, end: evidence.end } : null, text: evidence?.text ?? null });
    if (status === 'missing') {
      findings.push({ ruleId: `sections/missing/${section.id}`, severity: SEVERITY[section.level], message: `No ${section.label} section (${section.level === 'R' ? 'required' : section.level === 'E' ? 'expected' : 'optional'}).`, start: 0, end: 0, text: '' });
    }
  }
  return { checklist: checklist.name, items, findings };
}
