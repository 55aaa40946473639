// An activity of volunteers is a volunteer figure: in 志愿服务队开展劝导活动36次 the 活动 cue gives way to the
// volunteer cue of its clause.
import type { FigureRefiner } from '../figures.js';
import { clauseStart } from '../clause.js';
import { RULES } from '../rules/index.js';

const volunteerRule = RULES.find((r) => r.category === 'volunteer')!;

export const volunteerActivities: FigureRefiner = (context, drafts) =>
  drafts.map((d) => {
    if (d.cue?.category !== 'activity' || d.table) return d;
    const from = clauseStart(context.text, d.cue.start);
    const byVolunteers = d.cues.find((c) => c.category === 'volunteer' && c.start >= from && c.end <= d.cue!.start);
    return byVolunteers && volunteerRule.accepts(d.quantity) ? { ...d, cue: byVolunteers, category: 'volunteer' } : d;
  });
