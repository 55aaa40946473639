// Turns dictionary words into regular-expression source that matches each word literally, longer words first.

export const escapeRegExp = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `a|b|c` of the words, escaped, longest first: a word is tried before any of its own prefixes. */
export const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

/** The top-level alternatives of a regular-expression source (`a|(b|c)|d` → `a`, `(b|c)`, `d`). */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * Whether an alternative opens with a lookaround. The engine cannot skip ahead to such an alternative's first
 * character, so it is tried at every character of the text, four to five times slower than one written with its
 * first character first and the context before it checked in a lookbehind ending with that character (某(?<![王李]某)).
 */
export const opensWithLookaround = (source: string): boolean => topLevelAlternatives(source).some((a) => /^\(\?<?[=!]/.test(a));
