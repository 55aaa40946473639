// An activity of volunteers is a volunteer figure: in 志愿服务队开展劝导活动36次 the 活动 cue gives way to the
// volunteer cue of its clause (the pairs that give way are cues.yaml `gives-way`).
import type { Cue, FigureRefiner } from '../figures.js';
import { clauseStart } from '../clause.js';
import { firstStartingAt } from '../contained.js';

export const volunteerActivities: FigureRefiner = (context, drafts) =>
  drafts.map((d) => {
    const to = d.cue ? context.cues.givesWay.get(d.cue.category) : undefined;
    if (!d.cue || !to || d.table) return d;
    const from = clauseStart(context.text, d.cue.start);
    // The sentence's cues are in text order: only those of the clause are looked at.
    let doer: Cue | undefined;
    for (let i = firstStartingAt(d.cues, from); i < d.cues.length && d.cues[i]!.start < d.cue.start && !doer; i++) {
      const c = d.cues[i]!;
      if (c.category === to && c.end <= d.cue.start) doer = c;
    }
    return doer && context.cues.byCategory.get(to)!.accepts(d.quantity) ? { ...d, cue: doer, category: to } : d;
  });
