// Gives back to a report its work done that the plan cue 将 took: in a report (no plan or notice title), 将 before
// the whole of a body (将全局工作人员分成四个创城小组, 将全体党员编入5个学习小组) marks what was acted on, as 把 does; it
// says nothing of the future. Only when no other plan or target cue of the sentence stands before the number and no
// plans heading (下一步工作打算) is above it.
import type { FigureRefiner } from '../figures.js';

/** 将 + the whole of a body: the object of a disposal (将全局…, 将全体…), not a future 将全面/将全力. */
const DISPOSAL = /^将全(?:局|体|部|镇|乡|县|市|区|校|院|所|站|馆|处|队|厂|行|公司|中心|社区|村)/u;

export const disposal: FigureRefiner = (context, drafts) => {
  if (!drafts.some((d) => d.claim === 'plan')) return drafts;
  const { text, claims } = context;
  if (context.document.claim !== null) return drafts;
  return drafts.map((d) => {
    if (d.claim !== 'plan' || d.table || context.document.inPlansBefore(d.quantity.start)) return d;
    const before = text.slice(d.sentence.norm.start, d.quantity.start);
    let only = true;
    let found = false;
    for (const [claim, pattern] of claims.cues) {
      if (claim !== 'plan' && claim !== 'target') continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(before); m; m = pattern.exec(before)) {
        if (m[0].length === 0) pattern.lastIndex++;
        if (DISPOSAL.test(before.slice(m.index))) found = true;
        else only = false;
      }
      pattern.lastIndex = 0;
    }
    return found && only ? { ...d, claim: 'achieved' } : d;
  });
};
