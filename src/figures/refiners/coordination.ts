// Coordinated rates share one value: in 见面率、反馈率和满意率均达到100% every cue gets its own figure.
import { withoutContained } from '../contained.js';
import type { Cue } from '../figures.js';

// A coordinator, optionally followed by a short modifier of the next rate (、按时办结率).
const COORDINATOR = /^(?:、|,|，|和|及|与|以及)[\p{Script=Han}]{0,4}$/u;

/**
 * The chosen cue together with the rate cues chained to it by 、/和/及 before it, in text order. Weak cues (提升, 增长:
 * verbs, not names of rates) join no chain: in 进行了改造提升，库区绿化率达32% only 绿化率 holds the value.
 */
export function coordinatedCues(text: string, chosen: Cue, cues: Cue[], weak: ReadonlySet<string> = new Set()): Cue[] {
  const { rateCues, position } = rateCuesOf(cues, weak);
  const chain = [chosen];
  let head = chosen;
  for (let i = (position.get(chosen) ?? -1) - 1; i >= 0; i--) {
    const previous = rateCues[i]!;
    if (previous.end > head.start) continue;
    if (!COORDINATOR.test(text.slice(previous.end, head.start))) break;
    chain.unshift(previous);
    head = previous;
  }
  return chain;
}

// A sentence's rate cues, found once for all the figures of that sentence.
const rateCuesOfSentence = new WeakMap<Cue[], { rateCues: Cue[]; position: Map<Cue, number> }>();

function rateCuesOf(cues: Cue[], weak: ReadonlySet<string>) {
  let found = rateCuesOfSentence.get(cues);
  if (!found) {
    // The longest cue at a place (满意率 rather than 率, 满意).
    const rateCues = withoutContained(cues.filter((c) => c.category === 'rate' || c.category === 'satisfaction')).filter((c) => !weak.has(c.word)).sort((a, b) => a.start - b.start);
    found = { rateCues, position: new Map(rateCues.map((c, i) => [c, i])) };
    rateCuesOfSentence.set(cues, found);
  }
  return found;
}
