// An activity of volunteers is a volunteer figure: in 志愿服务队开展劝导活动36次 the 活动 cue gives way to the
// volunteer cue of its clause (the pairs that give way are cues.yaml `gives-way`), and so does the cue of a count
// followed by the activities it counts when a volunteer word names them (开展20场“公益一小时”志愿者创文活动), and
// that of a clause opening with the cue word after a clause naming volunteer service (…志愿者服务，活动共开展20场).
import type { Cue, FigureDraft, FigureRefiner } from '../figures.js';
import { CLAUSE_OR_SENTENCE_BREAK, CLAUSE_OR_SENTENCE_BREAK_CHARS, clauseStart } from '../clause.js';
import { findStartingIn, firstStartingAt } from '../contained.js';

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
    if (!doer) doer = namedAfter(context.text, d, to);
    if (!doer) doer = backReference(context.text, d, to, from, context.cues.givesWayBack.get(d.cue.category) ?? []);
    // The team opening the sentence stands far from the count: the figure keeps its own cue word, as a volunteer cue.
    if (!doer && context.cues.givesWaySentence.get(d.cue.category)?.has(d.cue.word) && sentenceDoer(context.text, d, to)) doer = { ...d.cue, category: to };
    return doer && context.cues.byCategory.get(to)!.accepts(d.quantity) ? { ...d, cue: doer, category: to } : d;
  });

/** How far after the volunteer word the activity noun it names may end (志愿者创文活动, 志愿者义务劳动). */
const NAMED_REACH = 8;

/**
 * A cue of `to` after the quantity in its clause, followed within NAMED_REACH characters by a cue of the figure's
 * own category: the count's noun is an activity of volunteers (举办12场志愿者宣讲活动).
 */
function namedAfter(text: string, d: FigureDraft, to: string): Cue | undefined {
  const q = d.quantity;
  // The cues are sorted by start: those after the quantity are looked at until the first break after it.
  let scanned = q.end;
  for (let i = firstStartingAt(d.cues, q.end); i < d.cues.length; i++) {
    const c = d.cues[i]!;
    for (; scanned < c.start; scanned++) if (CLAUSE_OR_SENTENCE_BREAK_CHARS.includes(text[scanned]!)) return undefined;
    if (c.category !== to) continue;
    const noun = nounAfter(d, c);
    if (noun && !CLAUSE_OR_SENTENCE_BREAK.test(text.slice(c.end, noun.start))) return c;
  }
  return undefined;
}

/** The first cue of the figure's category starting at or after `c` ends and ending within NAMED_REACH of it. */
function nounAfter(d: FigureDraft, c: Cue): Cue | undefined {
  for (let i = firstStartingAt(d.cues, c.end); i < d.cues.length && d.cues[i]!.start <= c.end + NAMED_REACH; i++) {
    const a = d.cues[i]!;
    if (a.category === d.category && a.end - c.end <= NAMED_REACH) return a;
  }
  return undefined;
}

/**
 * A clause opening with the cue word itself (…开展常态化志愿者服务，活动共开展20场), or with the cue word after a word
 * pointing back (各类活动, gives-way `back-words`), speaks of the activities the clause before named: a cue of `to`
 * there is the doer.
 */
function backReference(text: string, d: FigureDraft, to: string, clause: number, back: string[]): Cue | undefined {
  if (!d.cue || clause <= d.sentence.norm.start) return undefined;
  const cue = d.cue;
  // …or one whose cue word a pointing word leads (…志愿活动，累计开展…的各类活动2000多场), after a clause that counts
  // nothing of its own: the activities it named are the ones summed up.
  if (cue.start !== clause && !back.some((w) => text.startsWith(w, cue.start - w.length))) return undefined;
  const previous = clauseStart(text, clause - 1, d.sentence.norm.start);
  if (cue.start !== clause && findStartingIn(d.inSentence, previous, clause)) return undefined;
  // The last such cue: from the clause's start back to the previous clause's.
  for (let i = firstStartingAt(d.cues, clause) - 1; i >= 0 && d.cues[i]!.start >= previous; i--) {
    const c = d.cues[i]!;
    if (c.category === to && c.end < clause) return c;
  }
  return undefined;
}

/**
 * A volunteer team the sentence opens with (报社“某某”志愿服务队现有志愿者146人，全年开展…等活动37次) does the
 * activities its later clauses count, when their cue is one of the gives-way pair's `sentence-cues` (活动, 义诊;
 * not a meeting, which is the unit's own): the volunteer cue of the sentence's first clause is their doer.
 */
function sentenceDoer(text: string, d: FigureDraft, to: string): Cue | undefined {
  const start = d.sentence.norm.start;
  const firstEnd = text.slice(start, d.quantity.start).search(/[，,；;]/u);
  if (firstEnd < 0) return undefined;
  for (let i = firstStartingAt(d.cues, start); i < d.cues.length && d.cues[i]!.start < start + firstEnd; i++) {
    const c = d.cues[i]!;
    if (c.category === to && c.end <= start + firstEnd) return c;
  }
  return undefined;
}
