// Applies a list of replacements to a text and returns the new text with its offset map.
import { OffsetMap } from './offset-map.js';

export interface Replacement {
  start: number;
  end: number;
  text: string;
  /**
   * When the replacement has the length of what it replaces, each unit maps to its counterpart unless the
   * replacement is atomic; atomic replacements (phrase rules) map every unit to the whole replaced range.
   */
  atomic?: boolean;
}

export interface Rewritten {
  text: string;
  map: OffsetMap;
}

/** Replacements must not overlap; they are applied in order of position. */
export function rewrite(input: string, replacements: Replacement[]): Rewritten {
  if (replacements.length === 0) return { text: input, map: OffsetMap.identity(input.length) };
  const sorted = [...replacements].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  const origin: number[] = [];
  let cursor = 0;
  const keep = (from: number, to: number) => {
    parts.push(input.slice(from, to));
    for (let i = from; i < to; i++) origin.push(i, i + 1);
  };
  for (const r of sorted) {
    if (r.start < cursor) throw new Error(`overlapping replacements at ${r.start}`);
    keep(cursor, r.start);
    parts.push(r.text);
    const sameLength = r.text.length === r.end - r.start && !r.atomic;
    for (let k = 0; k < r.text.length; k++) {
      if (sameLength) origin.push(r.start + k, r.start + k + 1);
      else origin.push(r.start, r.end);
    }
    cursor = r.end;
  }
  keep(cursor, input.length);
  return { text: parts.join(''), map: new OffsetMap(Int32Array.from(origin), input.length) };
}

/** Runs `find` over every match of a global regex and collects replacements from it. */
export function replaceMatches(
  input: string,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => Replacement | null,
): Replacement[] {
  if (!pattern.global) throw new Error(`pattern ${pattern} must be global`);
  const out: Replacement[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(input); m; m = pattern.exec(input)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const r = replace(m);
    if (r) out.push(r);
  }
  return out;
}
