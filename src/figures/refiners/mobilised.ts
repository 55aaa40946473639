// People a unit sends out to serve are volunteers: in 组织党员干部480余人次到路口…开展文明交通志愿服务 (派出30名…到社区开展
// 志愿服务, 组织12名专家、20名农技人员组成…志愿服务队) the count stands between a verb of sending and a verb of going, and
// the volunteer cue of what they went to do may stand a clause later (cues.yaml `mobilised`).
import type { FigureDraft, FigureRefiner } from '../figures.js';
import { SENTENCE_BREAK, CLAUSE_BREAKS, CLAUSE_OR_SENTENCE_BREAK } from '../clause.js';
import { firstStartingAt } from '../contained.js';
import { isWeakCue } from '../cues.js';

/** How far after the verb of going the volunteer cue may stand (…到临城定沈路体育路路口,于早晚交通高峰期间常态化开展…志愿服务). */
const CUE_REACH = 48;
/** A cue that starts this close after the last one ends belongs to the same compound noun (主题党日志愿服务活动; 的 may join them). */
const COMPOUND_GAP = 1;

export const mobilised: FigureRefiner = (context, drafts) => {
  const { lead, after } = context.cues.mobilised;
  const volunteer = context.cues.byCategory.get('volunteer');
  if (!volunteer) return drafts;
  const { text } = context;
  return drafts.map((d): FigureDraft => {
    const q = d.quantity;
    if (d.table || d.category === 'volunteer' || !volunteer.accepts(q)) return d;
    if (!lead.test(text.slice(Math.max(d.sentence.norm.start, q.start - 16), q.start))) return d;
    const go = after.exec(text.slice(q.end, Math.min(d.sentence.norm.end, q.end + 24)));
    if (!go) return d;
    const from = q.end + go[0].length;
    // Only a count no strong cue has claimed, or one claimed by a word of what they went to do: 开展 (weak) before the
    // service word does not name it, nor does 义诊 in 开展义诊志愿服务活动.
    if (d.cue && !isWeakCue(context.cues, d.cue) && d.cue.start < from) return d;
    // The first strong cue after the verb of going, at most one clause on, opens the noun phrase of what they went
    // to do; the phrase's head, its last cue, names it (主题党日志愿服务活动 is a volunteer activity).
    for (let i = firstStartingAt(d.cues, from); i < d.cues.length && d.cues[i]!.start <= from + CUE_REACH; i++) {
      let c = d.cues[i]!;
      const between = text.slice(from, c.start);
      if (SENTENCE_BREAK.test(between) || (between.match(CLAUSE_BREAKS) ?? []).length > 1) break;
      if (isWeakCue(context.cues, c)) continue;
      for (let j = i + 1; j < d.cues.length && d.cues[j]!.start >= c.start && d.cues[j]!.start <= c.end + COMPOUND_GAP; j++) {
        const next = d.cues[j]!;
        if (next.end > c.end && !isWeakCue(context.cues, next) && !CLAUSE_OR_SENTENCE_BREAK.test(text.slice(c.end, next.start))) c = next;
      }
      return c.category === 'volunteer' ? { ...d, cue: c, category: 'volunteer' } : d;
    }
    return d;
  });
};
