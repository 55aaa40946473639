// Runs a global pattern that opens with a stretch of any characters (a lazy negated class) only near the words it
// must hold: tried at every character of a long text, such a pattern costs more than all the rest of its stage.

/** Sticky copies of the patterns, made at first use. */
const stickies = new WeakMap<RegExp, RegExp>();

function stickyOf(pattern: RegExp): RegExp {
  let sticky = stickies.get(pattern);
  if (!sticky) {
    sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
    stickies.set(pattern, sticky);
  }
  return sticky;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The matches of `pattern` (g flag) in `text`, the same as `text.matchAll(pattern)` gives, for a pattern whose every
 * match holds a match of `anchor` (g flag) starting `minLead` to `maxLead` characters after its own start. Only
 * the places that far before a match of the anchor (found at every place, overlapping) are tried.
 */
export function* matchAllAnchored(text: string, pattern: RegExp, anchor: RegExp, minLead: number, maxLead: number): Generator<RegExpExecArray> {
  const sticky = stickyOf(pattern);
  const unicode = pattern.unicode;
  /** The first place not tried yet, and not inside the last match. */
  let next = 0;
  anchor.lastIndex = 0;
  for (let a = anchor.exec(text); a; a = anchor.exec(text)) {
    anchor.lastIndex = a.index + 1;
    for (let at = Math.max(next, a.index - maxLead); at <= a.index - minLead; at++) {
      next = at + 1;
      // A global pattern with the u flag never starts inside a surrogate pair.
      if (unicode && at > 0 && isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1))) continue;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (!m) continue;
      yield m;
      next = m[0].length > 0 ? m.index + m[0].length : at + 1;
      at = next - 1;
    }
  }
}
