// Gives each figure its claim (dictionaries/figures/claims.yaml): the nearest target, plan or rule cue before it
// in its sentence, a background cue in its clause, else what its section (下一步工作打算) or its document
// (a 工作方案, a 通知) makes of it, else achieved. In a plan, percentages are targets.
import type { Claim } from '../../model/document.js';
import type { FigureRefiner } from '../figures.js';
import { clauseStart } from '../clause.js';
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

export const assignClaims: FigureRefiner = (context, drafts) => {
  if (drafts.length === 0) return drafts;
  const { text, claims } = context;
  const byDocument = documentClaim(text, claims.documents);
  const heads = headings(text, claims.sections);
  return drafts.map((d) => {
    if (d.table) return d;
    const q = d.quantity;
    const before = text.slice(d.sentence.norm.start, q.start);
    let best = null as { claim: Claim; at: number } | null;
    for (const [claim, pattern] of claims.cues) {
      const floor = claim === 'background' ? backgroundFloor(text, q.start, d.sentence.norm.start) - d.sentence.norm.start : 0;
      pattern.lastIndex = floor;
      for (let m = pattern.exec(before); m; m = pattern.exec(before)) {
        if (!best || m.index > best.at) best = { claim, at: m.index };
        if (m[0].length === 0) pattern.lastIndex++;
      }
    }
    // A baseline (由上年的35%) is background whatever it counts.
    if (best?.claim === 'background' && !BACKGROUND_CATEGORIES.has(d.category) && before[best.at] !== '由') best = null;
    let claim: Claim = best?.claim ?? 'achieved';
    if (!best) {
      let section: { start: number; plans: boolean } | undefined;
      for (const h of heads) if (h.start <= q.start) section = h;
      if (section?.plans) claim = 'plan';
      else if (byDocument) claim = byDocument;
    }
    if (claim === 'plan' && isPercent(q)) claim = 'target';
    return { ...d, claim };
  });
};
