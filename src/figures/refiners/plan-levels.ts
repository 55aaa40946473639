// In a plan or a notice, a count written as a level to reach is a target, not planned work or a rule: in a notice a
// range (培育所级“文明窗口”5至8个), a floor written with 以上 (新创建县级“巾帼文明岗”20个以上) or a count right
// after 达到 (注册文化志愿者总数达到450人) — when no cue of its own sentence gave it its claim, only the document's title.
// A count of actions (次, 场, 期: claims.yaml plan-actions) stays planned work unless 达到 sets it as a level.
import type { FigureRefiner } from '../figures.js';
import { clauseStart } from '../clause.js';
import { holds } from '../matches.js';
import { isPercent } from '../rules/index.js';

/** A floor written after the count. */
const FLOOR_AFTER = /^(?:以上|及以上)/u;
/** A level followed by 的 qualifies what meets it (得分90分以上的单位): a condition of a rule, no level to reach. */
const CONDITION_AFTER = /^(?:以上|及以上|以下|以内)?的/u;
/** Scores are the terms of an assessment's rules (年度得分90分以上), never levels a plan reaches. */
const SCORE_UNITS = new Set(['分']);
/** 达到 or 达 right before the count, with at most 约/近/总数 words between. */
const REACH_BEFORE = /达到?[约近]?$/u;

export const planLevels: FigureRefiner = (context, drafts) => {
  if (!drafts.some((d) => d.claim === 'plan' || d.claim === 'rule')) return drafts;
  const { text, claims } = context;
  const byDocument = context.document.claim;
  if (byDocument !== 'plan' && byDocument !== 'rule') return drafts;
  /** Whether a claim cue of the sentence stands before the number. */
  const cued = (from: number, to: number) =>
    claims.cues.some(([claim, pattern]) => claim !== 'background' && claim !== 'achieved' && holds(pattern, text.slice(from, to)))
    || claims.clauseCues.some(([, pattern]) => holds(pattern, text.slice(clauseStart(text, to, from), to)));
  return drafts.map((d) => {
    const q = d.quantity;
    if (d.table || d.claim !== byDocument || q.unit === null || SCORE_UNITS.has(q.unit) || isPercent(q) || q.value === null) return d;
    if (CONDITION_AFTER.test(text.slice(q.end))) return d;
    const reached = REACH_BEFORE.test(text.slice(clauseStart(text, q.start, d.sentence.norm.start), q.start));
    // A range is a level only in a notice, which sets it for the units below (培育所级“文明窗口”5至8个); in a plan it
    // is the size of an action the verb names (组建…小组3至5个, 帮助社区解决1—2个难题: DECISIONS.md call 3).
    const level = (q.valueMax !== null && byDocument === 'rule') || FLOOR_AFTER.test(text.slice(q.end)) || /以上$/u.test(q.text);
    if (!(reached || (level && !claims.planActions.has(q.unit)))) return d;
    if (cued(d.sentence.norm.start, q.start)) return d;
    return { ...d, claim: 'target' };
  });
};
