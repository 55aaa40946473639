// An activity of volunteers is a volunteer figure: in 志愿服务队开展劝导活动36次 the 活动 cue gives way to the
// volunteer cue of its clause.
import type { Cue, FigureRefiner } from '../figures.js';
import { clauseStart } from '../clause.js';
import { firstStartingAt } from '../contained.js';

export const volunteerActivities: FigureRefiner = (context, drafts) =>
  drafts.map((d) => {
    if (d.cue?.category !== 'activity' || d.table) return d;
    const from = clauseStart(context.text, d.cue.start);
    // The sentence's cues are in text order: only those of the clause are looked at.
    let byVolunteers: Cue | undefined;
    for (let i = firstStartingAt(d.cues, from); i < d.cues.length && d.cues[i]!.start < d.cue.start && !byVolunteers; i++) {
      const c = d.cues[i]!;
      if (c.category === 'volunteer' && c.end <= d.cue.start) byVolunteers = c;
    }
    return byVolunteers && context.cues.byCategory.get('volunteer')!.accepts(d.quantity) ? { ...d, cue: byVolunteers, category: 'volunteer' } : d;
  });
