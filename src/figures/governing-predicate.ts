// Finds the predicate governing a count in its clause (claims.yaml governing) and the target scope around it
// (claims.yaml target-scopes): the sentence shapes that decide a count's claim when no cue of its own does.
import { holds, matchesIn } from './matches.js';

/** How many characters may follow the object of a stative predicate in its clause: its noun. */
const STATIVE_TAIL = 6;

/** How far before a count its governing predicate and a target scope's opening are looked for at most. */
const REACH = 400;

/** The last match of a global pattern in text[from, to) that ends at or before `before`, or null. */
function lastEnd(pattern: RegExp, text: string, from: number, to: number, before: number): { start: number; end: number } | null {
  return matchesIn(pattern, text, from, to).filter((m) => m.end <= before).pop() ?? null;
}

/** The words of claims.yaml `governing`; every pattern but `subjectOf` and `frame.close` has the g flag. */
export interface GoverningWords {
  /** 有, 拥有, 面对 …: their object is what the unit has, unless the clause dates it. */
  stative: RegExp;
  /** 维护, 管护, 保证…畅通 …: their object is what the unit keeps up, whatever the clause dates. */
  maintaining: RegExp;
  /** Predicates of the means the work relies on (利用, 依托). */
  means: RegExp;
  /** A frame of scope around a count (在…十个行业中): `close` anchored at the count's end. */
  frame: { open: RegExp; close: RegExp };
  /** A scene's verb after a count and its noun (两位老人抱着…, 几个司机正在…), anchored at the count's end. */
  scene: RegExp;
  /** The measure words of the people a scene is about (位, 名, 人): a scene has people doing something, not things. */
  sceneUnits: Set<string>;
  /** Measure words of anything (个), which count people in a scene only before a noun of people (四五个过路司机). */
  sceneCounters: Set<string>;
  /** Nouns of people, anchored at the end of the noun after a count (司机, 老人, 居民). */
  scenePeople: RegExp;
  /** Verbs after a count that make it their subject (获评, 通过, 参加). */
  subjectOf: RegExp;
  /** Verbs of work (cues.yaml predicates). */
  work: RegExp;
}

/**
 * Whether `count` is the object of a stative, maintaining or means predicate of its `clause`, with no verb of work
 * nearer to it (nor, but for means, one after it in the clause): a standing fact. `datedOrDone` tells whether a
 * stretch dates or completes its work, which a stative predicate gives way to.
 */
export function governedAsStanding(
  text: string,
  clause: { start: number; end: number },
  count: { start: number; end: number },
  words: GoverningWords,
  datedOrDone: (stretch: string) => boolean,
): boolean {
  const from = Math.max(clause.start, count.start - REACH);
  const maintaining = lastEnd(words.maintaining, text, from, clause.end, count.start);
  const stative = lastEnd(words.stative, text, from, count.start, count.start);
  const means = lastEnd(words.means, text, from, clause.end, count.start);
  const work = lastEnd(words.work, text, from, count.start, count.start);
  const governing = [maintaining, stative, means].filter((m) => m !== null).sort((a, b) => b!.end - a!.end)[0];
  if (!governing || (work && work.end > governing.end)) return false;
  // What the work relies on (利用5个广场开展宣传) stays what the unit has, whatever the work after it.
  if (governing === means) return true;
  // A verb of work after the count makes it that verb's subject (有3人获评…, 有20名志愿者参加).
  const rest = text.slice(count.end, clause.end);
  if (holds(words.work, rest) || words.subjectOf.test(rest)) return false;
  if (governing === maintaining) return true;
  // 有 governs the first count after it: a later one of a list (有2人荣立一等功、10人荣立二等功) is no object of it.
  if (/、/u.test(text.slice(governing.end, count.start))) return false;
  // The object of 有 ends its clause, its noun at most after it (学校有…两个校区): a longer rest tells what the counted
  // did (有12名干警通过…考试), which the count is the subject of. A date describing the object (面对…发生在1980-2008年的
  // 104次…过程) dates no predicate: only the stretches around the object are read for one.
  return clause.end - count.end <= STATIVE_TAIL && !datedOrDone(text.slice(clause.start, governing.end)) && !datedOrDone(text.slice(count.end, clause.end));
}

/**
 * Whether the count stands in a frame of scope (在公众服务类十个行业中, 在四个社区…等方面): it names where or among what the
 * work happens, a standing fact (DECISIONS.md call 5), when no verb of work stands between the frame's opening and it.
 */
export function inScopeFrame(
  text: string,
  clause: { start: number; end: number },
  count: { start: number; end: number },
  frame: { open: RegExp; close: RegExp },
  work: RegExp,
): boolean {
  const open = lastEnd(frame.open, text, Math.max(clause.start, count.start - FRAME_REACH), count.start, count.start);
  return open !== null && !holds(work, text.slice(open.end, count.start)) && frame.close.test(text.slice(count.end, Math.min(clause.end, count.end + FRAME_REACH)));
}

/** How far a scope frame's opening stands before its count, and its closing after it, at most. */
const FRAME_REACH = 24;

/**
 * Whether a scope of targets (其总体目标是…, 具体量化如下：…) opens before `at` in its paragraph, at most REACH
 * characters back.
 */
export function inTargetScope(text: string, at: number, scope: RegExp): boolean {
  // The line's start looked for within the reach only: in a text of one long line, a search back to the start from
  // every count would cost the line's length each time.
  const floor = Math.max(0, at - REACH);
  const from = floor + text.slice(floor, at).lastIndexOf('\n') + 1;
  return lastEnd(scope, text, from, at, at) !== null;
}

/**
 * Whether the count, with its noun, is the subject of a scene (四五个过路司机正在里边喝水, 看见两位老人抱着一个小女孩): what
 * the writer saw going on, not work of the unit's. Only people are in a scene: 3座大型水闸正在紧张施工 and 两个工地正在
 *施工 are the unit's projects under way. A verb of work in the clause, before the count (组织12名党员正在社区清扫)
 * or after it (12名党员正在社区开展清扫), makes the count the unit's people at that work instead.
 */
export function inScene(
  text: string,
  clause: { start: number; end: number },
  count: { start: number; end: number; unit: string | null },
  words: Pick<GoverningWords, 'scene' | 'sceneUnits' | 'sceneCounters' | 'scenePeople' | 'work'>,
): boolean {
  if (count.unit === null || !(words.sceneUnits.has(count.unit) || words.sceneCounters.has(count.unit))) return false;
  const rest = text.slice(count.end, clause.end);
  const scene = words.scene.exec(rest);
  if (scene === null || (!words.sceneUnits.has(count.unit) && !words.scenePeople.test(scene[1]!))) return false;
  return !holds(words.work, rest) && !holds(words.work, text.slice(clause.start, count.start));
}
