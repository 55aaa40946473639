// Gives each figure its claim (dictionaries/figures/claims.yaml): the nearest target, plan or rule cue before it
// in its sentence, a background cue in its clause, else what its section (下一步工作打算) or its document
// (a 工作方案, a 通知) makes of it, else achieved. In a plan, percentages are targets.
import type { Claim } from '../../model/document.js';
import type { FigureRefiner } from '../figures.js';
import { clauseStart } from '../clause.js';
import { firstStartingAt } from '../contained.js';
import { isPercent } from '../rules/index.js';

/** The claim a document's title gives every figure in it, or null. */
function documentClaim(text: string, documents: [Claim, RegExp][]): Claim | null {
  // The title may follow the unit's name on a line of its own.
  const lines = text.slice(0, 400).split('\n').map((l) => l.trim()).filter((l) => l !== '' && l.length <= 60).slice(0, 3);
  if (lines.some((l) => REPORT_TITLE.test(l))) return null;
  return documents.find(([, pattern]) => lines.some((l) => pattern.test(l)))?.[0] ?? null;
}

const REPORT_TITLE = /(?:总结|汇报|报告|述职)\s*$/u;
/** Background is for counts outside the named categories: 现有志愿者58人 is the unit's volunteer work. */
const BACKGROUND_CATEGORIES = new Set(['other', 'personnel', 'assistance', 'workload']);

/** Starts of heading lines that open a plans section, and of every heading line, in text order. */
function headings(text: string, plans: RegExp): { start: number; plans: boolean }[] {
  const out: { start: number; plans: boolean }[] = [];
  const HEADING = /^[ \t]*(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\)|第[一二三四五六七八九十]部分)([^\n]{0,40})$/gmu;
  for (let m = HEADING.exec(text); m; m = HEADING.exec(text)) out.push({ start: m.index, plans: plans.test(m[1]!) });
  return out;
}

/** A background cue counts within the figure's clause, and the clause before when this one starts with 其中. */
function backgroundFloor(text: string, at: number, sentenceStart: number): number {
  const start = clauseStart(text, at, sentenceStart);
  return text.startsWith('其中', start) && start > sentenceStart ? clauseStart(text, start - 1, sentenceStart) : start;
}

/**
 * The last claim cue that starts before a number in its sentence. A cue may run into the number it qualifies
 * (人口\d in 人口1万多人, 给予…奖励 around 给予500元奖励), so cues are matched in the whole sentence, once for all its
 * numbers, and each number takes the last one starting before it.
 */
class ClaimCueFinder {
  private sentenceStart = -1;
  private matches: { start: number; end: number }[][] = [];

  constructor(
    private readonly text: string,
    private readonly cues: [Claim, RegExp][],
  ) {}

  last(sentenceStart: number, sentenceEnd: number, at: number, backgroundFloor: number): { claim: Claim; at: number } | null {
    if (sentenceStart !== this.sentenceStart) {
      this.sentenceStart = sentenceStart;
      this.matches = this.cues.map(([, pattern]) => scan(pattern, this.text, sentenceStart, sentenceEnd));
    }
    let best: { claim: Claim; at: number } | null = null;
    this.cues.forEach(([claim], i) => {
      const matches = this.matches[i]!;
      const found = matches[firstStartingAt(matches, at) - 1];
      const floor = claim === 'background' ? backgroundFloor : sentenceStart;
      if (found && found.start >= floor && (!best || found.start > best.at)) best = { claim, at: found.start };
    });
    return best;
  }

  /** How many cues of `claim` the sentence of the last lookup holds. */
  countInSentence(claim: Claim): number {
    const i = this.cues.findIndex(([c]) => c === claim);
    return i < 0 ? 0 : this.matches[i]!.length;
  }
}

/** A sentence stating this many standing facts (现有…，辖区面积…，常住人口…) is a profile: its other counts are background too. */
const PROFILE_FACTS = 2;

/** The matches of a global pattern in text[from, to), offsets into the text. */
function scan(pattern: RegExp, text: string, from: number, to: number): { start: number; end: number }[] {
  const slice = text.slice(from, to);
  const out: { start: number; end: number }[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length });
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return out;
}

/** Whether a clause names a period of its own (今年, 全年, 2023年). */
function hasPeriod(clause: string, periods: RegExp): boolean {
  periods.lastIndex = 0;
  return periods.test(clause);
}

/** The clause holding `at`, within its sentence. */
function clauseAround(text: string, at: number, sentenceStart: number, sentenceEnd: number): string {
  const start = clauseStart(text, at, sentenceStart);
  const end = text.slice(at, sentenceEnd).search(/[,，;；]/u);
  return text.slice(start, end < 0 ? sentenceEnd : at + end);
}

export const assignClaims: FigureRefiner = (context, drafts) => {
  if (drafts.length === 0) return drafts;
  const { text, claims } = context;
  const byDocument = documentClaim(text, claims.documents);
  const heads = headings(text, claims.sections);
  
  const finder = new ClaimCueFinder(text, claims.cues);
  const datedOrDone = (clause: string) => claims.done.test(clause) || hasPeriod(clause, context.cues.periods);
  return drafts.map((d) => {
    if (d.table) return d;
    const q = d.quantity;
    const { start: sentenceStart, end: sentenceEnd } = d.sentence.norm;
    let best = finder.last(sentenceStart, sentenceEnd, q.start, backgroundFloor(text, q.start, sentenceStart));
    // A baseline (由上年的35%) is background whatever it counts.
    if (best?.claim === 'background' && !BACKGROUND_CATEGORIES.has(d.category) && text[best.at] !== '由') best = null;
    // A standing fact has no period of its own: 今年发展党员3名 is a result, whatever cue it holds.
    if (best?.claim === 'background' && text[best.at] !== '由' && datedOrDone(clauseAround(text, q.start, sentenceStart, sentenceEnd))) best = null;
    let claim: Claim = best?.claim ?? 'achieved';
    // A count outside the named categories in a profile sentence (下辖8个自然村，17个村民小组，人口3112人) is a standing
    // fact, unless its own clause dates or completes it (今年发展党员3名, 新建了…).
    if (!best && BACKGROUND_CATEGORIES.has(d.category) && finder.countInSentence('background') >= PROFILE_FACTS) {
      if (!datedOrDone(clauseAround(text, q.start, sentenceStart, sentenceEnd))) {
        best = { claim: 'background', at: q.start };
        claim = 'background';
      }
    }
    if (!best) {
      const section = heads[firstStartingAt(heads, q.start + 1) - 1];
      if (section?.plans) claim = 'plan';
      else if (byDocument) claim = byDocument;
      if (claim !== 'achieved' && claims.done.test(clauseAround(text, q.start, sentenceStart, sentenceEnd))) claim = 'achieved';
    }
    if (claim === 'plan' && isPercent(q)) claim = 'target';
    return { ...d, claim };
  });
};
