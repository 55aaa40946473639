// The people taking part in an event are counted with it: in 举办道德讲堂24期，参与职工3100余人次 the participants,
// whose clause names no cue of its own, take the category of the event counted in the clause right before
// (cues.yaml `participants`).
import type { FigureDraft, FigureRefiner } from '../figures.js';
import { CLAUSE_BREAKS, SENTENCE_BREAK, clauseStart } from '../clause.js';

/** How long the stretch before the count in its clause may be (参与活动的干部职工, 邀请罪犯亲属参加约). */
const LEAD_REACH = 12;

export const participants: FigureRefiner = (context, drafts) => {
  const { words, units, households } = context.cues.participants;
  const { text } = context;
  return drafts.map((d, i) => {
    const q = d.quantity;
    if (d.table || d.cue || d.category !== 'other' || q.unit === null || i === 0) return d;
    const start = clauseStart(text, q.start, d.sentence.norm.start);
    const lead = text.slice(start, q.start);
    // A count of times after the word 人次 (累计参加人次450次) counts people as 人次 does.
    if (!(units.has(q.unit) || households.has(q.unit) || (q.unit === '次' && lead.includes('人次')))) return d;
    if (start === d.sentence.norm.start || lead.length > LEAD_REACH || !words.some((w) => lead.includes(w))) return d;
    const event: FigureDraft = drafts[i - 1]!;
    if (event.table || !event.cue || event.category === 'other' || event.sentence !== d.sentence) return d;
    // The event stands in the clause right before: one clause break between them.
    const between = text.slice(event.quantity.end, start);
    if ((between.match(CLAUSE_BREAKS) ?? []).length !== 1 || SENTENCE_BREAK.test(between)) return d;
    // Households taking part (亲子志愿服务活动八次，参与家庭二百余户) count with the event whatever units it holds.
    if (!households.has(q.unit) && !context.cues.byCategory.get(event.category)!.accepts(q, event.cue.word)) return d;
    return { ...d, cue: event.cue, category: event.category };
  });
};
