// People a unit sends out to serve are volunteers: in 组织党员干部480余人次到路口…开展文明交通志愿服务 (派出30名…到社区开展
// 志愿服务, 组织12名专家、20名农技人员组成…志愿服务队) the count stands between a verb of sending and a verb of going, and
// the volunteer cue of what they went to do may stand a clause later (cues.yaml `mobilised`).
import type { FigureDraft, FigureRefiner } from '../figures.js';
import { SENTENCE_BREAK, CLAUSE_BREAKS } from '../clause.js';
import { firstStartingAt } from '../contained.js';
import { isWeakCue } from '../cues.js';

/** How far after the verb of going the volunteer cue may stand (…到临城定沈路体育路路口,于早晚交通高峰期间常态化开展…志愿服务). */
const CUE_REACH = 48;

export const mobilised: FigureRefiner = (context, drafts) => {
  const { lead, after } = context.cues.mobilised;
  const volunteer = context.cues.byCategory.get('volunteer');
  if (!volunteer) return drafts;
  const { text } = context;
  return drafts.map((d): FigureDraft => {
    const q = d.quantity;
    // Only a count no strong cue has claimed: 开展 (weak) before the service word does not name it.
    if (d.table || (d.cue && !isWeakCue(context.cues, d.cue)) || !volunteer.accepts(q)) return d;
    if (!lead.test(text.slice(Math.max(d.sentence.norm.start, q.start - 16), q.start))) return d;
    const go = after.exec(text.slice(q.end, Math.min(d.sentence.norm.end, q.end + 24)));
    if (!go) return d;
    const from = q.end + go[0].length;
    // The first strong cue after the verb of going, at most one clause on, says what they went to do.
    for (let i = firstStartingAt(d.cues, from); i < d.cues.length && d.cues[i]!.start <= from + CUE_REACH; i++) {
      const c = d.cues[i]!;
      const between = text.slice(from, c.start);
      if (SENTENCE_BREAK.test(between) || (between.match(CLAUSE_BREAKS) ?? []).length > 1) break;
      if (isWeakCue(context.cues, c)) continue;
      return c.category === 'volunteer' ? { ...d, cue: c, category: 'volunteer' } : d;
    }
    return d;
  });
};
