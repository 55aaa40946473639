// Coordinated rates share one value: in 见面率、反馈率和满意率均达到100% every cue gets its own figure.
import type { Cue } from '../figures.js';

// A coordinator, optionally followed by a short modifier of the next rate (、按时办结率).
const COORDINATOR = /^(?:、|,|，|和|及|与|以及)[\p{Script=Han}]{0,4}$/u;

/** The chosen cue together with the rate cues chained to it by 、/和/及 before it, in text order. */
export function coordinatedCues(text: string, chosen: Cue, cues: Cue[]): Cue[] {
  const rateCues = cues
    .filter((c) => c.category === 'rate' || c.category === 'satisfaction')
    // The longest cue at a place (满意率 rather than 率, 满意).
    .filter((c) => !cues.some((o) => o !== c && (o.category === 'rate' || o.category === 'satisfaction') && o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start))
    .sort((a, b) => a.start - b.start);
  const chain = [chosen];
  let head = chosen;
  for (let i = rateCues.indexOf(chosen) - 1; i >= 0; i--) {
    const previous = rateCues[i]!;
    if (previous.end > head.start) continue;
    if (!COORDINATOR.test(text.slice(previous.end, head.start))) break;
    chain.unshift(previous);
    head = previous;
  }
  return chain;
}
